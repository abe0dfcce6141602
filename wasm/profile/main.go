//go:build !js

// Command profile shows where Dossier's web build spends the time between
// "module ready" (the loader's performance mark "wasm-instantiated") and its
// first frame, in headless Chromium on localhost:
//
//	go run ./wasm/profile -loads 3
//
// It builds the app like a release (wasm.ProfileFlags) but keeps the
// module's function names, serves it on loopback, and records a CPU profile
// of each load from the mark to the first frame (the same probe as
// wasm/measure). With -published N it profiles typing instead: a site
// publishing N generated articles, from the dossier's opening to the answer
// to -type. It prints the functions and the Go packages that took the
// most time, by self time (on top of the stack) and by total time (anywhere
// on it), over all loads. -out writes the last profile as a .cpuprofile file
// that Chromium's DevTools open.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"

	"dossier/assets"
	"dossier/wasm"
	"dossier/wasm/gensite"
	"dossier/wasm/headless"
)

// startProfile starts the browser's CPU profiler (console.profile) when the
// page sets the performance mark named (the loader's "wasm-instantiated"
// when the module is ready), and notes the time of the mark.
func startProfile(named string) string {
	return `(() => {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    const entry = mark(name, ...rest);
    if (name === ` + strconv.Quote(named) + ` && window.__dossierReady === undefined) {
      window.__dossierReady = performance.now();
      console.profile("dossier-start");
    }
    return entry;
  };
})();`
}

func main() {
	loads := flag.Int("loads", 3, "`number` of loads to profile")
	warm := flag.Bool("warm", false, "profile warm loads (from the service worker) instead of cold ones")
	top := flag.Int("top", 25, "`number` of functions and packages to list")
	interval := flag.Int("interval", 500, "sampling interval in `microseconds`")
	pkg := flag.String("pkg", "./cmd/dossier", "the `package` to build")
	focus := flag.String("focus", "", "also list what the functions whose names hold this `text` call, by total time (several, comma-separated)")
	shot := flag.String("shot", "", "save a screenshot taken as soon as the first frame is shown to this `file` (.png), to see what the first frame holds")
	out := flag.String("out", "", "write the last profile to this `file` (.cpuprofile, for DevTools)")
	articles := flag.Int("published", 0, "profile typing instead of the start: publish this `number` of generated articles, and profile from the dossier's opening to the answer to -type")
	typed := flag.String("type", "ransomware", "what to type, a key at a time, with -published; with none, profile from module ready to the dossier's opening")
	flag.Parse()
	log.SetFlags(0)
	if !headless.Available() {
		log.Fatalf("profile needs %s (Debian's package)", headless.Chromium)
	}
	ctx := context.Background()
	work, err := os.MkdirTemp("", "dossier-profile-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(work)

	log.Printf("building %s with function names…", *pkg)
	compiled, err := wasm.CompileWith(ctx, ".", *pkg, wasm.ProfileFlags())
	if err != nil {
		log.Fatal(err)
	}
	build, err := wasm.Assemble(filepath.Join(work, "web"), wasm.App{
		Name: "Dossier", Wasm: compiled.Wasm, WasmExec: compiled.WasmExec, Icon: assets.IconPNG,
	}, wasm.Options{BrotliQuality: 1})
	if err != nil {
		log.Fatal(err)
	}
	site := build.Dir
	span := spanStart
	if *articles > 0 {
		log.Printf("generating, packing and publishing %d articles…", *articles)
		published, err := gensite.Publish(ctx, work, *articles, build.Dir)
		if err != nil {
			log.Fatal(err)
		}
		site = published.Dir
		span = spanTyping(*typed, *articles)
		if *typed == "" {
			span = spanOpening(*articles)
		}
	}
	server, err := headless.Serve(site)
	if err != nil {
		log.Fatal(err)
	}
	defer server.Close()

	browser, stop := headless.Start(ctx, filepath.Join(work, "browser"))
	defer stop()
	if err := chromedp.Do(browser); err != nil {
		log.Fatal(err)
	}
	var all []window
	for i := range *loads {
		w, err := profileLoad(browser, server.URL, span, *warm, *interval, *shot)
		if err != nil {
			log.Fatalf("load %d: %v", i+1, err)
		}
		log.Printf("load %d: %s %v, %s %v, %d samples", i+1, span.from,
			w.ready.Round(time.Millisecond), span.to, w.frame.Round(time.Millisecond), len(w.samples))
		all = append(all, w)
		if *out != "" {
			data, err := json.Marshal(w.profile)
			if err == nil {
				err = os.WriteFile(*out, data, 0o644)
			}
			if err != nil {
				log.Fatal(err)
			}
		}
	}
	report(os.Stdout, span, all, *top, *focus)
}

// window is one load's profile, cut to the samples of its span (from
// module ready to the first frame, or from the published dossier's opening
// to the answer to what was typed).
type window struct {
	ready, frame time.Duration // the span's start and end, from the navigation
	profile      *profiler.Profile
	samples      []sample
}

// sample is one tick of the profiler: the stack from the innermost frame
// out, and the time it stands for.
type sample struct {
	stack    []string
	duration time.Duration
}

// profileLoad loads the app in a fresh browser context (and again, for a
// warm load) and returns the profile of the last load.
func profileLoad(browser context.Context, url string, span span, warm bool, intervalMicros int, shot string) (window, error) {
	tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	tab, cancelTimeout := context.WithTimeout(tab, 3*time.Minute)
	defer cancelTimeout()

	profiles := make(chan *profiler.Profile, 4)
	if err := chromedp.Listen(tab, func(ev any) {
		if finished, ok := ev.(*profiler.EventConsoleProfileFinished); ok {
			select {
			case profiles <- finished.Profile:
			default:
			}
		}
	}); err != nil {
		return window{}, err
	}
	if err := chromedp.Do(tab, headless.ProbeFirstFrame(), chromedp.EmulateViewport(1280, 800),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			if _, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: startProfile(span.mark)}); err != nil {
				return err
			}
			if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, t, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: int64(intervalMicros)})
			return err
		})); err != nil {
		return window{}, err
	}
	open := func() (window, error) {
		if err := chromedp.Do(tab, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
			return window{}, err
		}
		frame, err := chromedp.Run(tab, headless.FirstFrame(2*time.Minute))
		if err != nil {
			return window{}, err
		}
		if span.end != nil {
			if frame, err = span.end(tab); err != nil {
				return window{}, err
			}
		}
		if shot != "" {
			png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
			if err == nil {
				err = os.WriteFile(shot, png, 0o644)
			}
			if err != nil {
				return window{}, err
			}
		}
		readyMs, err := chromedp.Run(tab, chromedp.Evaluate[float64](`console.profileEnd("dossier-start"), window.__dossierReady`))
		if err != nil {
			return window{}, err
		}
		var p *profiler.Profile
		select {
		case p = <-profiles:
		case <-time.After(time.Minute):
			return window{}, fmt.Errorf("no profile came")
		}
		ready := time.Duration(readyMs * float64(time.Millisecond))
		return window{ready: ready, frame: frame, profile: p, samples: cut(p, frame-ready)}, nil
	}
	w, err := open()
	if err != nil || !warm {
		return w, err
	}
	stored, err := chromedp.Run(tab, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then((r) => !!r.active)`, chromedp.EvalAwaitPromise))
	if err != nil || !stored {
		return window{}, fmt.Errorf("the service worker did not start: %v", err)
	}
	return open()
}

// cut returns the samples of p in the first span of time after its start,
// each with its stack of function names.
func cut(p *profiler.Profile, span time.Duration) []sample {
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	stacks := map[int64][]string{}
	stackOf := func(id int64) []string {
		if s, ok := stacks[id]; ok {
			return s
		}
		var s []string
		for at, ok := id, true; ok; at, ok = parent[at] {
			if n := byID[at]; n != nil && n.CallFrame != nil {
				if name := frameName(n); name != "(root)" {
					s = append(s, name)
				}
			}
		}
		stacks[id] = s
		return s
	}
	var out []sample
	var at int64 // microseconds since the profile's start
	for i, id := range p.Samples {
		at += p.TimeDeltas[i]
		if time.Duration(at)*time.Microsecond > span {
			break
		}
		// A sample stands for the time until the next one.
		next := int64(0)
		if i+1 < len(p.TimeDeltas) {
			next = p.TimeDeltas[i+1]
		}
		out = append(out, sample{stack: stackOf(id), duration: time.Duration(next) * time.Microsecond})
	}
	return out
}

// frameName names a frame: a Go function by its name in the module (V8 may
// put a $ before it), a JavaScript function with its file, or one of V8's
// own, such as (program), (idle) and (garbage collector).
func frameName(n *profiler.ProfileNode) string {
	f := n.CallFrame
	name := strings.TrimPrefix(f.FunctionName, "$")
	if strings.HasPrefix(f.URL, "wasm://") || f.URL == "" {
		if name == "" {
			return "(anonymous)"
		}
		return name
	}
	if name == "" {
		name = "(anonymous)"
	}
	return name + " [" + filepath.Base(f.URL) + "]"
}

// packageOf is the Go package of a function name as V8 gives it: the
// module's names with "/", "-", "(", ")" and "*" turned into "_", so
// "dossier_gui" of "dossier_gui.__MainWindow_.buildViews" and
// "fyne.io_fyne_v2_widget" of "fyne.io_fyne_v2_widget.__Label_.Refresh".
// JavaScript and V8's own frames are their own groups.
func packageOf(name string) string {
	if strings.HasPrefix(name, "(") {
		return name
	}
	if i := strings.Index(name, " ["); i >= 0 {
		return "JavaScript " + name[i+1:]
	}
	from := 0
	// A module path that starts with a domain has a dot of its own
	// ("golang.org_x_image_vector.…").
	if underscore := strings.Index(name, "_"); underscore > 0 {
		if dot := strings.LastIndex(name[:underscore], "."); dot > 0 && isDomain(name[dot+1:underscore]) {
			from = underscore
		}
	}
	if dot := strings.Index(name[from:], "."); dot >= 0 {
		return name[:from+dot]
	}
	return name
}

// isDomain says whether s is the top-level domain of a module path.
func isDomain(s string) bool {
	switch s {
	case "com", "org", "io", "net", "dev", "in", "co", "me", "cc":
		return true
	}
	return false
}

type figure struct {
	name        string
	self, total time.Duration
}

func report(w *os.File, span span, windows []window, top int, focus string) {
	var total time.Duration
	functions, packages := map[string]*figure{}, map[string]*figure{}
	var focuses []string
	if focus != "" {
		focuses = strings.Split(focus, ",")
	}
	callees := make([]map[string]*figure, len(focuses))
	for i := range callees {
		callees[i] = map[string]*figure{}
	}
	add := func(figures map[string]*figure, name string, self bool, d time.Duration) {
		f := figures[name]
		if f == nil {
			f = &figure{name: name}
			figures[name] = f
		}
		if self {
			f.self += d
		} else {
			f.total += d
		}
	}
	for _, win := range windows {
		total += win.frame - win.ready
		for _, s := range win.samples {
			if len(s.stack) == 0 {
				continue
			}
			add(functions, s.stack[0], true, s.duration)
			add(packages, packageOf(s.stack[0]), true, s.duration)
			for f, text := range focuses {
				// The outermost call of the function, so that recursion counts once.
				for i := len(s.stack) - 1; i >= 0; i-- {
					if strings.Contains(s.stack[i], text) {
						callee := "(self) " + s.stack[i]
						if i > 0 {
							callee = s.stack[i-1]
						}
						add(callees[f], callee, false, s.duration)
						break
					}
				}
			}
			seenFunc, seenPkg := map[string]bool{}, map[string]bool{}
			for _, name := range s.stack {
				if !seenFunc[name] {
					seenFunc[name] = true
					add(functions, name, false, s.duration)
				}
				if p := packageOf(name); !seenPkg[p] {
					seenPkg[p] = true
					add(packages, p, false, s.duration)
				}
			}
		}
	}
	n := time.Duration(len(windows))
	fmt.Fprintf(w, "\n%s to %s: %v on average over %d loads; times below are per load\n", span.from, span.to, (total / n).Round(time.Millisecond), len(windows))
	table := func(title string, figures map[string]*figure, by func(*figure) time.Duration) {
		list := make([]*figure, 0, len(figures))
		for _, f := range figures {
			list = append(list, f)
		}
		slices.SortFunc(list, func(a, b *figure) int { return cmp.Or(cmp.Compare(by(b), by(a)), strings.Compare(a.name, b.name)) })
		fmt.Fprintf(w, "\n%s\n%9s %9s  %s\n", title, "self", "total", "")
		for _, f := range list[:min(top, len(list))] {
			fmt.Fprintf(w, "%7.1fms %7.1fms  %s\n", ms(f.self/n), ms(f.total/n), f.name)
		}
	}
	table("packages by self time", packages, func(f *figure) time.Duration { return f.self })
	table("packages by total time", packages, func(f *figure) time.Duration { return f.total })
	table("functions by self time", functions, func(f *figure) time.Duration { return f.self })
	table("functions by total time", functions, func(f *figure) time.Duration { return f.total })
	for i, text := range focuses {
		table("what functions named *"+text+"* call", callees[i], func(f *figure) time.Duration { return f.total })
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
