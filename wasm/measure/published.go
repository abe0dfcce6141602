//go:build !js

package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/chromedp/chromedp"

	"dossier/wasm/gensite"
	"dossier/wasm/headless"
)

// publishedQuery is what the measure types once the collection is open: a
// word of many generated articles.
const publishedQuery = "ransomware"

// publishedTyping is typed after the first search, a key every
// publishedKeyGap, to see whether each key still costs one frame with the
// large collection open.
const (
	publishedTyping = " hackers spionage"
	publishedKeyGap = 120 * time.Millisecond
)

// publishedSample is one load of a published site, each time from the
// start of the navigation.
type publishedSample struct {
	firstFrame, open, search time.Duration
	// While typing: the longest time from a key to the next frame, and the
	// longest gap between two frames.
	keyToFrame, frameGap time.Duration
	// draws is the median number of WebGL draw calls of a frame drawn
	// while typing: Fyne draws the whole window at every frame.
	draws int
}

// measurePublished generates articles, packs them, publishes them with
// Dossier's web build, serves the site on loopback and loads it loads
// times cold (a fresh browser context) and warm (the same context again,
// served by the service worker), in a window of width×height, each time
// followed by a bare Fyne hello-world built and served the same way, whose
// first frame the figures are also given in:
//
//	go run ./wasm/measure -published 10000 [-size 1280x800]
//
// It times the first frame, the collection open (the app's performance
// mark "dossier-collection-open", gui/published_js.go) and the first search
// answered: publishedQuery is typed as soon as the collection is open, and
// the search is answered at the mark "dossier-result" that carries that
// query in the published collection, set when the result is shown.
func measurePublished(ctx context.Context, articles, loads, quality int, width, height int64) error {
	work, err := os.MkdirTemp("", "dossier-measure-published-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	shell, err := buildApp(ctx, work, "Dossier", ".", "./cmd/dossier", quality)
	if err != nil {
		return err
	}
	hello := filepath.Join(work, "hello")
	if err := writeHelloWorld(hello); err != nil {
		return err
	}
	helloBuild, err := buildApp(ctx, work, "Hello", hello, ".", quality)
	if err != nil {
		return err
	}
	log.Printf("generating, packing and publishing %d articles…", articles)
	site, err := gensite.Publish(ctx, work, articles, shell.Dir)
	if err != nil {
		return err
	}
	server, err := headless.Serve(site.Dir)
	if err != nil {
		return err
	}
	defer server.Close()
	helloServer, err := headless.Serve(helloBuild.Dir)
	if err != nil {
		return err
	}
	defer helloServer.Close()

	browser, stop := headless.Start(ctx, filepath.Join(work, "profile"))
	defer stop()
	if err := chromedp.Do(browser); err != nil {
		return err
	}
	// The hello-world loads in turns with the site, in the same browser, as
	// the yardstick of the machine's speed at that moment.
	var cold, warm []publishedSample
	var helloCold, helloWarm []sample
	for i := range loads {
		c, w, err := loadPublished(browser, server.URL, articles, width, height)
		if err != nil {
			return fmt.Errorf("load %d: %w", i+1, err)
		}
		cold, warm = append(cold, c), append(warm, w)
		log.Printf("load %d: cold %v; warm %v", i+1, c, w)
		hc, hw, err := load(browser, helloServer.URL)
		if err != nil {
			return fmt.Errorf("hello-world, load %d: %w", i+1, err)
		}
		helloCold, helloWarm = append(helloCold, hc), append(helloWarm, hw)
		log.Printf("hello-world load %d: cold %v, warm %v (module ready, first frame)", i+1, hc, hw)
	}

	fmt.Printf("\npublished dossier: %d articles, %.1f MB (%s); from navigation, median of %d loads (headless Chromium, loopback, %dx%d)\n",
		articles, float64(site.Dossier.Size)/1e6, site.Dossier.File, loads, width, height)
	fmt.Printf("%-6s %12s %12s %14s %14s %14s %12s\n", "", "first frame", "collection", "first search", "key→frame max", "frame gap max", "draws/frame")
	rows := []struct {
		name    string
		samples []publishedSample
		hello   []sample
	}{{"cold", cold, helloCold}, {"warm", warm, helloWarm}}
	for _, row := range rows {
		m := func(f func(publishedSample) time.Duration) time.Duration { return median(row.samples, f) }
		fmt.Printf("%-6s %12v %12v %14v %14v %14v %12d\n", row.name,
			m(func(s publishedSample) time.Duration { return s.firstFrame }), m(func(s publishedSample) time.Duration { return s.open }),
			m(func(s publishedSample) time.Duration { return s.search }), m(func(s publishedSample) time.Duration { return s.keyToFrame }),
			m(func(s publishedSample) time.Duration { return s.frameGap }),
			median(row.samples, func(s publishedSample) int { return s.draws }))
	}
	fmt.Printf("\nhello-world's first frame in the same runs, and each figure above in it:\n")
	fmt.Printf("%-6s %12s %12s %12s %14s\n", "", "hello frame", "first frame", "collection", "first search")
	for _, row := range rows {
		hello := median(row.hello, sample.frame)
		in := func(f func(publishedSample) time.Duration) string {
			return fmt.Sprintf("%.2f×", float64(median(row.samples, f))/float64(hello))
		}
		fmt.Printf("%-6s %12v %12s %12s %14s\n", row.name, hello,
			in(func(s publishedSample) time.Duration { return s.firstFrame }), in(func(s publishedSample) time.Duration { return s.open }),
			in(func(s publishedSample) time.Duration { return s.search }))
	}
	return nil
}

// framesProbe records the time of every animation frame, the WebGL draw
// calls made before it, and the time of every key the page receives, from
// the first frame on.
const framesProbe = `(() => {
  window.__dossierFrames = [];
  window.__dossierDraws = [];
  window.__dossierKeys = [];
  let draws = 0;
  for (const context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!context) continue;
    for (const name of ["drawArrays", "drawElements"]) {
      const draw = context.prototype[name];
      context.prototype[name] = function (...args) { draws++; return draw.apply(this, args); };
    }
  }
  const tick = (t) => { window.__dossierFrames.push(t); window.__dossierDraws.push(draws); draws = 0; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  addEventListener("keydown", (e) => window.__dossierKeys.push(e.timeStamp), true);
})();`

// loadPublished opens the site cold in a fresh browser context, waits for
// the service worker to store it, dossier included, and opens it warm.
func loadPublished(browser context.Context, url string, articles int, width, height int64) (cold, warm publishedSample, err error) {
	tab, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	tab, cancelTimeout := context.WithTimeout(tab, 5*time.Minute)
	defer cancelTimeout()
	if err := chromedp.Do(tab, headless.ProbeFirstFrame(), chromedp.EmulateViewport(width, height)); err != nil {
		return cold, warm, err
	}
	if cold, err = openPublished(tab, url, articles); err != nil {
		return cold, warm, fmt.Errorf("cold: %w", err)
	}
	stored, err := chromedp.Run(tab, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then((r) => !!r.active)`, chromedp.EvalAwaitPromise))
	if err != nil || !stored {
		return cold, warm, errors.Join(errors.New("the service worker did not start"), err)
	}
	if warm, err = openPublished(tab, url, articles); err != nil {
		return cold, warm, fmt.Errorf("warm: %w", err)
	}
	return cold, warm, nil
}

func openPublished(tab context.Context, url string, articles int) (publishedSample, error) {
	var s publishedSample
	if err := chromedp.Do(tab, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
		return s, err
	}
	var err error
	if s.firstFrame, err = chromedp.Run(tab, headless.FirstFrame(2*time.Minute)); err != nil {
		return s, err
	}
	s.firstFrame = s.firstFrame.Round(time.Millisecond)
	if s.open, err = gensite.Opened(tab, articles); err != nil {
		return s, err
	}
	if s.search, err = gensite.Answer(tab, publishedQuery, articles); err != nil {
		return s, err
	}
	s.open, s.search = s.open.Round(time.Millisecond), s.search.Round(time.Millisecond)
	s.keyToFrame, s.frameGap, s.draws, err = typingFrames(tab)
	return s, err
}

// typingFrames types publishedTyping a key at a time and returns the
// longest time from a key to the frame after it, the longest gap between
// two frames while typing, and the median number of draw calls of a frame
// that drew.
func typingFrames(tab context.Context) (keyToFrame, frameGap time.Duration, draws int, err error) {
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](framesProbe+";true")); err != nil {
		return 0, 0, 0, err
	}
	for _, r := range publishedTyping {
		if err := chromedp.Do(tab, chromedp.KeyEvent(string(r)), chromedp.Sleep(publishedKeyGap)); err != nil {
			return 0, 0, 0, err
		}
	}
	times, err := chromedp.Run(tab, chromedp.Evaluate[[][]float64](`[window.__dossierKeys, window.__dossierFrames, window.__dossierDraws]`))
	if err != nil {
		return 0, 0, 0, err
	}
	keys, frames, drawn := times[0], times[1], times[2]
	if len(keys) == 0 || len(frames) < 2 || len(drawn) != len(frames) {
		return 0, 0, 0, fmt.Errorf("typing: %d keys and %d frames recorded", len(keys), len(frames))
	}
	for _, k := range keys {
		i, _ := slices.BinarySearch(frames, k)
		if i == len(frames) {
			return 0, 0, 0, fmt.Errorf("typing: no frame after a key")
		}
		keyToFrame = max(keyToFrame, msDuration(frames[i]-k))
	}
	var counts []int
	for i := 1; i < len(frames) && frames[i-1] <= keys[len(keys)-1]; i++ {
		if frames[i] >= keys[0] {
			frameGap = max(frameGap, msDuration(frames[i]-frames[i-1]))
			if drawn[i] > 0 {
				counts = append(counts, int(drawn[i]))
			}
		}
	}
	if len(counts) > 0 {
		slices.Sort(counts)
		draws = counts[len(counts)/2]
	}
	return keyToFrame, frameGap, draws, nil
}

func msDuration(ms float64) time.Duration {
	return time.Duration(ms * float64(time.Millisecond)).Round(time.Millisecond)
}

func (s publishedSample) String() string {
	return fmt.Sprintf("first frame %v, collection %v, first search %v, key→frame ≤%v, frame gap ≤%v, %d draws a frame",
		s.firstFrame, s.open, s.search, s.keyToFrame, s.frameGap, s.draws)
}
