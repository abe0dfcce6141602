//go:build !js

// Command measure weighs and times Dossier's web build next to a bare Fyne
// hello-world built the same way (release flags, the same page, loader and
// service worker), for the README's figures:
//
//	go run ./wasm/measure -loads 7
//
// It prints the module's size raw, gzip and brotli for both, and the time from
// navigation to the first frame the app draws in headless Chromium on
// localhost, as the median of several loads: cold (a fresh browser profile:
// nothing cached) and warm (the same profile again: served by the service
// worker). The two apps load in turns, so both see the same machine.
//
// The hello-world is a module of its own in a temporary folder, requiring
// fyne.io/fyne/v2 v2.7.1 like Dossier; its dependencies come from the module
// cache, or the module proxy (GOFLAGS=-mod=mod).
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"dossier/assets"
	"dossier/wasm"
	"dossier/wasm/headless"
)

const helloGoMod = `module hello

go 1.26

require fyne.io/fyne/v2 v2.7.1
`

const helloMain = `package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello World!"))
	w.ShowAndRun()
}
`

// sample is one load: when the module was downloaded and compiled (the
// loader's performance mark "wasm-instantiated") and when the app showed its
// first frame, both from the start of the navigation.
type sample struct{ instantiated, firstFrame time.Duration }

// app is one web build under measure.
type app struct {
	name       string
	build      wasm.Build
	url        string
	cold, warm []sample
}

func main() {
	loads := flag.Int("loads", 7, "`number` of cold and of warm loads of each app")
	quality := flag.Int("brotli", 11, "brotli `level`, 1 to 11; 11 is what `make web-build` ships")
	published := flag.Int("published", 0, "instead, time a site publishing a dossier of this `number` of generated articles (see published.go)")
	size := flag.String("size", "1280x800", "with -published, the browser window's `WIDTHxHEIGHT`")
	flag.Parse()
	log.SetFlags(0)
	if !headless.Available() {
		log.Fatalf("measure needs %s (Debian's package)", headless.Chromium)
	}
	ctx := context.Background()
	if *published > 0 {
		var width, height int64
		if _, err := fmt.Sscanf(*size, "%dx%d", &width, &height); err != nil || width < 100 || height < 100 {
			log.Fatalf("-size %q: want WIDTHxHEIGHT, each 100 or more", *size)
		}
		if err := measurePublished(ctx, *published, *loads, *quality, width, height); err != nil {
			log.Fatal(err)
		}
		return
	}
	work, err := os.MkdirTemp("", "dossier-measure-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)

	hello := filepath.Join(work, "hello")
	if err := writeHelloWorld(hello); err != nil {
		log.Fatal(err)
	}
	apps := []*app{{name: "Dossier"}, {name: "Hello"}}
	sources := map[string][2]string{"Dossier": {".", "./cmd/dossier"}, "Hello": {hello, "."}}
	for _, a := range apps {
		src := sources[a.name]
		a.build, err = buildApp(ctx, work, a.name, src[0], src[1], *quality)
		if err != nil {
			log.Fatal(err)
		}
		server, err := headless.Serve(a.build.Dir)
		if err != nil {
			log.Fatal(err)
		}
		defer server.Close()
		a.url = server.URL
	}

	browser, stop := headless.Start(ctx, filepath.Join(work, "profile"))
	defer stop()
	if err := chromedp.Do(browser); err != nil {
		log.Fatal(err)
	}
	for i := range *loads {
		for _, a := range apps {
			cold, warm, err := load(browser, a.url)
			if err != nil {
				log.Fatalf("%s, load %d: %v", a.name, i+1, err)
			}
			a.cold, a.warm = append(a.cold, cold), append(a.warm, warm)
			log.Printf("%-8s load %d: cold %v, warm %v (module ready, first frame)", a.name, i+1, cold, warm)
		}
	}
	report(apps, *loads)
}

// buildApp compiles the package pkg of the module in dir for the browser
// and assembles it as a web build named name in work/web-name.
func buildApp(ctx context.Context, work, name, dir, pkg string, quality int) (wasm.Build, error) {
	log.Printf("building %s (brotli level %d)…", name, quality)
	compiled, err := wasm.Compile(ctx, dir, pkg, "GOFLAGS=-mod=mod -buildvcs=false")
	if err != nil {
		return wasm.Build{}, err
	}
	return wasm.Assemble(filepath.Join(work, "web-"+strings.ToLower(name)), wasm.App{
		Name: name, Wasm: compiled.Wasm, WasmExec: compiled.WasmExec, Icon: assets.IconPNG,
	}, wasm.Options{BrotliQuality: quality})
}

// load opens the app in a fresh browser context (a cold load: no HTTP cache,
// no service worker), waits for the service worker to store the build, and
// opens it again (a warm load).
func load(browser context.Context, url string) (cold, warm sample, err error) {
	tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	tab, cancelTimeout := context.WithTimeout(tab, 3*time.Minute)
	defer cancelTimeout()
	open := func() (sample, error) {
		if err := chromedp.Do(tab, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
			return sample{}, err
		}
		frame, err := chromedp.Run(tab, headless.FirstFrame(2*time.Minute))
		if err != nil {
			return sample{}, err
		}
		ms, err := chromedp.Run(tab, chromedp.Evaluate[float64](`performance.getEntriesByName("wasm-instantiated")[0].startTime`))
		return sample{instantiated: time.Duration(ms * float64(time.Millisecond)), firstFrame: frame}, err
	}
	if err := chromedp.Do(tab, headless.ProbeFirstFrame(), chromedp.EmulateViewport(1280, 800)); err != nil {
		return sample{}, sample{}, err
	}
	if cold, err = open(); err != nil {
		return sample{}, sample{}, fmt.Errorf("cold: %w", err)
	}
	stored, err := chromedp.Run(tab, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then((r) => !!r.active)`, chromedp.EvalAwaitPromise))
	if err != nil || !stored {
		return sample{}, sample{}, errors.Join(errors.New("the service worker did not start"), err)
	}
	if warm, err = open(); err != nil {
		return sample{}, sample{}, fmt.Errorf("warm: %w", err)
	}
	return cold, warm, nil
}

func (s sample) String() string {
	return fmt.Sprintf("%v, %v", s.instantiated.Round(time.Millisecond), s.firstFrame.Round(time.Millisecond))
}

func writeHelloWorld(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(helloGoMod), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "main.go"), []byte(helloMain), 0o644)
}

func report(apps []*app, loads int) {
	sizes := map[string][3]int64{}
	fmt.Printf("\n%-10s %12s %12s %12s\n", "module", "raw", "gzip", "brotli")
	for _, a := range apps {
		var s [3]int64
		for i, suffix := range []string{"", ".gz", ".br"} {
			info, err := os.Stat(filepath.Join(a.build.Dir, a.build.Wasm+suffix))
			if err != nil {
				log.Fatal(err)
			}
			s[i] = info.Size()
		}
		sizes[a.name] = s
		fmt.Printf("%-10s %9.1f MB %9.1f MB %9.1f MB\n", a.name, mb(s[0]), mb(s[1]), mb(s[2]))
	}
	d, h := sizes["Dossier"], sizes["Hello"]
	fmt.Printf("%-10s %11.2f× %11.2f× %11.2f×\n", "ratio", ratio(d[0], h[0]), ratio(d[1], h[1]), ratio(d[2], h[2]))

	fmt.Printf("\nfrom navigation, median of %d loads (headless Chromium, localhost)\n", loads)
	fmt.Printf("%-10s %14s %14s %14s %14s\n", "", "cold: module", "first frame", "warm: module", "first frame")
	for _, a := range apps {
		fmt.Printf("%-10s %14v %14v %14v %14v\n", a.name,
			median(a.cold, sample.module), median(a.cold, sample.frame), median(a.warm, sample.module), median(a.warm, sample.frame))
	}
}

func (s sample) module() time.Duration { return s.instantiated.Round(time.Millisecond) }
func (s sample) frame() time.Duration  { return s.firstFrame.Round(time.Millisecond) }

func mb(n int64) float64       { return float64(n) / 1e6 }
func ratio(a, b int64) float64 { return float64(a) / float64(b) }

// median is the middle value of one figure of the samples.
func median[S any, T cmp.Ordered](samples []S, figure func(S) T) T {
	values := make([]T, len(samples))
	for i, s := range samples {
		values[i] = figure(s)
	}
	slices.Sort(values)
	return values[len(values)/2]
}
