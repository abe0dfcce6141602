//go:build !js

package main

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"dossier/assets"
	"dossier/internal/e2e"
	"dossier/wasm"
	"dossier/wasm/headless"
)

// The Macron article, the only one about Pegasus and the only one naming
// Morocco, and words of the other articles' titles that it does not contain:
// seeing them means the list or the reader shows another article.
const macronID = "003_0df74ff2f132de6e"

var otherArticleWords = []string{"diplomatieke", "Amerikaanse"}

// webBuildOptions assemble with a fast brotli level: the level changes the
// size of the .br file, not its format, and the best one costs a minute and a
// half.
var webBuildOptions = wasm.Options{BrotliQuality: 5}

// compiledWebApp is the module, compiled once for all the tests of a run:
// each assembles its own build from it.
var compiledWebApp = sync.OnceValues(func() (wasm.Compiled, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	return wasm.Compile(ctx, e2e.RepoRoot(), "./cmd/dossier")
})

// buildWebApp makes the web build as `make web-build` does.
func buildWebApp(t *testing.T) (wasm.App, wasm.Build) {
	t.Helper()
	compiled, err := compiledWebApp()
	if err != nil {
		t.Fatal(err)
	}
	app := wasm.App{Name: "Dossier", Wasm: compiled.Wasm, WasmExec: compiled.WasmExec, Icon: assets.IconPNG}
	build, err := wasm.Assemble(t.TempDir(), app, webBuildOptions)
	if err != nil {
		t.Fatal(err)
	}
	return app, build
}

// loadingProbe runs in every page before its scripts and keeps, in
// window.__dossierProgress, every value the loading bar showed, so that a
// test can check that the bar counted the compressed download right: up to
// 100 and never past it.
const loadingProbe = `(() => {
  window.__dossierProgress = [];
  new MutationObserver(() => {
    const bar = document.getElementById("bar");
    const now = bar && bar.getAttribute("aria-valuenow");
    const seen = window.__dossierProgress;
    if (now !== null && now !== undefined && seen[seen.length - 1] !== Number(now)) seen.push(Number(now));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-valuenow"] });
})();`

// browserSession is one headless Chromium on the web build, recording every
// request its page makes.
type browserSession struct {
	t      *testing.T
	ctx    context.Context
	server *headless.Server
	app    wasm.App   // what the server's build was made of
	build  wasm.Build // the build the server serves

	mu       sync.Mutex
	requests []string // URLs, as the page asked for them
}

func startBrowserSession(t *testing.T) *browserSession {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the WebAssembly app and starts Chromium; skipped with -short")
	}
	e2e.RequireTools(t, headless.Chromium, "convert", "tesseract")
	app, build := buildWebApp(t)
	server, err := headless.Serve(build.Dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })

	browser, stop := headless.Start(context.Background(), t.TempDir())
	t.Cleanup(stop)
	// The first Run starts the browser and must not carry the deadline, which
	// would stop the browser with it (see chromedp.Run).
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start %s: %v", headless.Chromium, err)
	}
	ctx, cancel := context.WithTimeout(browser, 8*time.Minute)
	t.Cleanup(cancel)

	s := &browserSession{t: t, ctx: ctx, server: server, app: app, build: build}
	if err := chromedp.Listen(ctx, func(ev any) {
		if sent, ok := ev.(*network.EventRequestWillBeSent); ok {
			s.mu.Lock()
			s.requests = append(s.requests, sent.Request.URL)
			s.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	// The page, not the browser window, is 1280×800, the desktop's size.
	if err := chromedp.Do(ctx, headless.ProbeFirstFrame(), chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: loadingProbe}); err != nil {
		t.Fatal(err)
	}
	return s
}

// open loads the page at the address (the server's plus a fragment) from
// scratch and waits for the app's first frame.
// reopenOffline closes the server, takes the browser offline, its service
// worker too, and opens the page again, which the service worker must
// serve.
func (s *browserSession) reopenOffline() {
	s.t.Helper()
	s.server.Close()
	if _, err := chromedp.Call(s.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: ptr(true),
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	}); err != nil {
		s.t.Fatal(err)
	}
	s.open("")
	if c := s.eval(`String(!!navigator.serviceWorker.controller)`); c != "true" {
		s.t.Errorf("the page offline is not served by the service worker")
	}
}

func (s *browserSession) open(fragment string) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx,
		chromedp.Navigate("about:blank"),
		chromedp.Navigate(s.server.URL+fragment),
		chromedp.WaitVisible(chromedp.CSS("canvas")),
		chromedp.WaitNotPresent(chromedp.ID("loading")),
	); err != nil {
		status, _ := chromedp.Run(s.ctx, chromedp.Evaluate[string](`document.getElementById("status")?.textContent ?? ""`))
		s.t.Fatalf("the app did not start in the browser: %v (%s)", err, status)
	}
	if _, err := chromedp.Run(s.ctx, headless.FirstFrame(2*time.Minute)); err != nil {
		s.t.Fatalf("the app drew no frame: %v", err)
	}
}

func (s *browserSession) eval(js string) string {
	s.t.Helper()
	v, err := chromedp.Run(s.ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		s.t.Fatalf("%s: %v", js, err)
	}
	return v
}

// typeKeys types text with real key events, one key at a time as a person
// does. The app gives the search bar the focus at start.
func (s *browserSession) typeKeys(text string) {
	s.t.Helper()
	for _, r := range text {
		if err := chromedp.Do(s.ctx, chromedp.KeyEvent(string(r)), chromedp.Sleep(60*time.Millisecond)); err != nil {
			s.t.Fatal(err)
		}
	}
}

// pressShortcut presses Ctrl and a key, as a reader does for Ctrl+D.
func (s *browserSession) pressShortcut(key string) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx, chromedp.KeyEvent(key, chromedp.KeyModifiers(chromedp.ModifierCtrl)), chromedp.Sleep(300*time.Millisecond)); err != nil {
		s.t.Fatal(err)
	}
}

// switchTabs takes the focus from the page's window and gives it back, many
// times while the app draws, as a reader going to another tab and back does.
// Fyne's browser driver used to die on it (see shieldWindowFocus in
// wasm/loader.js), and the keys typed after it went nowhere.
func (s *browserSession) switchTabs() {
	s.t.Helper()
	s.eval(`(async () => {
		for (let i = 0; i < 40; i++) {
			window.dispatchEvent(new FocusEvent(i % 2 ? "focus" : "blur"));
			await new Promise((done) => setTimeout(done, 7));
		}
		return "ok";
	})()`)
}

// emulateColorScheme makes the browser report the system's colour scheme
// as light or dark.
func (s *browserSession) emulateColorScheme(scheme string) {
	s.t.Helper()
	if _, err := chromedp.Call(s.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		s.t.Fatal(err)
	}
}

// click moves the mouse to a point of the app's 1280×800 canvas and clicks
// there. Fyne's browser driver takes the pointer's place from mouse moves,
// not from the click.
func (s *browserSession) click(x, y int) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx,
		chromedp.MouseEvent(chromedp.MouseMoved, float64(x), float64(y)),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.MouseClickXY(float64(x), float64(y)),
		chromedp.Sleep(500*time.Millisecond)); err != nil {
		s.t.Fatal(err)
	}
}

// hover rests the mouse on a point of the app's 1280×800 canvas.
func (s *browserSession) hover(x, y int) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx,
		chromedp.MouseEvent(chromedp.MouseMoved, float64(x), float64(y)),
		chromedp.Sleep(time.Second)); err != nil {
		s.t.Fatal(err)
	}
}

// screenshot saves what the page shows into testoutput/name.
func (s *browserSession) screenshot(name string) string {
	s.t.Helper()
	png, err := chromedp.Run(s.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		s.t.Fatalf("screenshot: %v", err)
	}
	shot := filepath.Join(e2e.OutputDir(s.t), name)
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		s.t.Fatal(err)
	}
	return shot
}

// waitForHash waits until the address's fragment holds every part.
func (s *browserSession) waitForHash(parts ...string) string {
	s.t.Helper()
	var hash string
	ok := e2e.Eventually(30*time.Second, 200*time.Millisecond, func() bool {
		hash = s.eval(`location.hash`)
		for _, p := range parts {
			if !strings.Contains(hash, p) {
				return false
			}
		}
		return true
	})
	if !ok {
		s.t.Fatalf("the address's fragment is %q, want it to hold %q", hash, parts)
	}
	return hash
}

// waitForScreen takes screenshots into testoutput/name until Tesseract reads
// every word of want and none of unwanted, and returns the file's path.
func (s *browserSession) waitForScreen(name string, want, unwanted []string) string {
	s.t.Helper()
	shot := filepath.Join(e2e.OutputDir(s.t), name)
	var text string
	// The frame right after a change can still show a part of the one before
	// (the search bar's placeholder under the first letters): let it settle.
	time.Sleep(time.Second)
	ok := e2e.Eventually(60*time.Second, 2*time.Second, func() bool {
		s.screenshot(name)
		text = e2e.ReadText(s.t, shot)
		return len(wordsFound(text, want)) == len(want) && len(wordsFound(text, unwanted)) == 0
	})
	if !ok {
		s.t.Fatalf("the screenshot %s shows %q of %q, and %q, which it should not; text read:\n%s",
			shot, wordsFound(text, want), want, wordsFound(text, unwanted), text)
	}
	return shot
}

// copyToDocs copies a screenshot into docs/ as name, for the README.
func copyToDocs(t *testing.T, shot, name string) {
	t.Helper()
	data, err := os.ReadFile(shot)
	if err == nil {
		err = os.WriteFile(filepath.Join(e2e.RepoRoot(), "docs", name), data, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// otherOrigins lists the requests that went anywhere but the server.
func (s *browserSession) otherOrigins() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	own, err := url.Parse(s.server.URL)
	if err != nil {
		s.t.Fatal(err)
	}
	var other []string
	for _, raw := range s.requests {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Scheme+"://"+u.Host != own.Scheme+"://"+own.Host) {
			other = append(other, raw)
		}
	}
	return other
}

// TestWebBuildInChromium runs the release web build in real Chromium, as a
// reader meets it: it searches with real key events and the address follows,
// a deep link restores its view, a reload with the network off still works,
// and nothing is fetched from another origin.
func TestWebBuildInChromium(t *testing.T) {
	s := startBrowserSession(t)

	t.Run("search by typing", func(t *testing.T) {
		s.t = t
		s.open("")
		// The bar counts the decompressed bytes against the module's raw size,
		// while the server sends it brotli-compressed.
		if progress := s.eval(`JSON.stringify(window.__dossierProgress)`); !strings.HasSuffix(progress, ",100]") ||
			slices.ContainsFunc(strings.Split(strings.Trim(progress, "[]"), ","), func(p string) bool { n, _ := strconv.Atoi(p); return n > 100 }) {
			t.Errorf("the loading bar showed %s, want rising to 100", progress)
		}
		s.waitForScreen("web.png", seedListWords[:4], nil)
		s.switchTabs()
		s.typeKeys("pegasis")
		s.waitForHash("q=pegasis")
		shot := s.waitForScreen("web-pegasis.png", []string{"Macrons", "Pegasus"}, otherArticleWords)
		if os.Getenv("DOSSIER_SCREENSHOTS") == "1" {
			// The README's picture of the web build: `make screenshots`.
			copyToDocs(t, shot, "screenshot-web.png")
		}
	})

	t.Run("deep link", func(t *testing.T) {
		s.t = t
		link := "#q=pegasus&c=MA&from=2018-01&to=2021-12&doc=" + macronID
		s.open(link)
		if hash := s.waitForHash("q=pegasus"); hash != link {
			t.Errorf("after opening %s the address says %s", link, hash)
		}
		s.waitForScreen("web-deeplink.png", []string{"Macrons", "pegasus"}, otherArticleWords)

		// The reader edits the address: the view follows without a reload.
		s.eval(`location.hash = "#c=CY&doc=001_3ad7682215385845"; location.hash`)
		s.waitForHash("c=CY", "doc=001_3ad7682215385845")
		s.waitForScreen("web-hashchange.png", []string{"diplomatieke"}, []string{"Macrons", "Pegasus"})
	})

	t.Run("actors and targets", func(t *testing.T) {
		s.t = t
		// A link opens the map in actor mode, with its arrows; a click on a
		// country there makes it the actor filter, which the address and a
		// chip then say.
		const chinaEU = "002_cb3a6902d3015a5d"
		link := "#map=actors&doc=" + chinaEU
		s.open(link)
		s.waitForHash("map=actors")
		shot := s.waitForScreen("web-actors.png", []string{"diplomatieke", "communicatienetwerk"}, nil)
		if os.Getenv("DOSSIER_SCREENSHOTS") == "1" {
			copyToDocs(t, shot, "screenshot-roles-web.png")
			s.emulateColorScheme("dark")
			waitForLuminance(t, s, "web-actors-dark.png", func(l float64) bool { return l < 0.35 })
			copyToDocs(t, s.screenshot("web-actors-dark.png"), "screenshot-roles-web-dark.png")
			s.emulateColorScheme("light")
			waitForLuminance(t, s, "web-actors-light.png", func(l float64) bool { return l >= 0.35 })
		}
		s.click(370, 628) // China on the 1280×800 layout's map
		s.waitForHash("a=CN", "map=actors")
		s.waitForScreen("web-actors-china.png", []string{"China", "dader"}, []string{"Macrons"})
		// Back to the article the deep link left open, which the tests after
		// this one start from (the app remembers it across loads).
		s.open("#doc=001_3ad7682215385845")
	})

	t.Run("dates in the text", func(t *testing.T) {
		s.t = t
		// No seed article was published in the autumn of 2017, but the CIA
		// article (February 2018) talks of September 2017: selected by the
		// dates in the text, it is the one result.
		const ciaTools = "000_ff3dc8e55b17b03b"
		link := "#by=event&from=2017-09&to=2017-12&doc=" + ciaTools
		s.open(link)
		s.waitForHash("by=event", "from=2017-09")
		s.waitForScreen("web-dates.png", []string{"schimmige", "Gebeurd"}, []string{"Macrons", "geïnfiltreerd"})
		if os.Getenv("DOSSIER_SCREENSHOTS") == "1" {
			s.hover(543, 745) // September 2017 on the timeline's band of dates
			copyToDocs(t, s.screenshot("web-dates-hover.png"), "screenshot-dates-web.png")
			s.emulateColorScheme("dark")
			waitForLuminance(t, s, "web-dates-dark.png", func(l float64) bool { return l < 0.35 })
			copyToDocs(t, s.screenshot("web-dates-dark.png"), "screenshot-dates-web-dark.png")
			s.emulateColorScheme("light")
			waitForLuminance(t, s, "web-dates-light.png", func(l float64) bool { return l >= 0.35 })
		}
		s.open("#doc=001_3ad7682215385845")
	})

	t.Run("system colour scheme", func(t *testing.T) {
		s.t = t
		// The theme follows the system's scheme while the app runs, and the
		// switch does not end it (it did, inside Fyne's browser driver: see
		// shieldColorScheme in wasm/loader.js).
		for _, scheme := range []string{"dark", "light"} {
			s.emulateColorScheme(scheme)
			l := waitForLuminance(t, s, "web-scheme-"+scheme+".png", func(l float64) bool { return (l < 0.35) == (scheme == "dark") })
			if (l < 0.35) != (scheme == "dark") {
				t.Errorf("with the system %s the page's mean luminance is %.2f", scheme, l)
			}
		}
		s.typeKeys("eu")
		s.waitForHash("q=eu")
	})

	t.Run("map and timeline by mouse", func(t *testing.T) {
		s.t = t
		// The views are linked in the browser too: a click on the map and a
		// drag on the timeline become filters, in the address and as chips.
		s.open("")
		s.waitForScreen("web-mouse.png", seedListWords[:4], nil)
		s.click(150, 615) // the United States on the 1280×800 layout's map
		s.waitForHash("c=US")
		// From February 2018 to March 2019 on the bars: the axis runs from
		// September 2017, the earliest month the seed articles tell of.
		if err := chromedp.Do(s.ctx,
			chromedp.MouseEvent(chromedp.MouseMoved, 613, 700), chromedp.Sleep(300*time.Millisecond),
			chromedp.MouseEvent(chromedp.MousePressed, 613, 700, chromedp.ButtonLeft), chromedp.Sleep(100*time.Millisecond),
			chromedp.MouseEvent(chromedp.MouseMoved, 715, 700, chromedp.ButtonLeft), chromedp.Sleep(100*time.Millisecond),
			chromedp.MouseEvent(chromedp.MouseMoved, 818, 700, chromedp.ButtonLeft), chromedp.Sleep(100*time.Millisecond),
			chromedp.MouseEvent(chromedp.MouseReleased, 818, 700, chromedp.ButtonLeft)); err != nil {
			t.Fatal(err)
		}
		hash := s.waitForHash("c=US", "from=2018-", "to=2019-")
		s.waitForScreen("web-mouse-filtered.png", []string{"Verenigde", "Staten", "diplomatieke"}, []string{"Macrons"})
		t.Logf("after a click on the map and a drag on the timeline the address is %s", hash)
	})

	t.Run("new build", func(t *testing.T) {
		s.t = t
		// A new build on the server: the next visit shows its page, and its
		// service worker stores it in place of the old one.
		next := s.app
		next.Description = "A new build of Dossier."
		build, err := wasm.Assemble(s.build.Dir, next, webBuildOptions)
		if err != nil {
			t.Fatal(err)
		}
		if build.Version == s.build.Version {
			t.Fatal("the new build has the old version")
		}
		s.build = build
		s.open("")
		if got := s.eval(`document.querySelector('meta[name="description"]').content`); got != next.Description {
			t.Errorf("the visit after a new build showed the page of the old one (%q)", got)
		}
		ok := e2e.Eventually(60*time.Second, 500*time.Millisecond, func() bool {
			return s.eval(`caches.keys().then((k) => k.join(","))`) == "dossier-"+build.Version
		})
		if !ok {
			t.Errorf("the offline store holds %s, want only dossier-%s", s.eval(`caches.keys().then((k) => k.join(","))`), build.Version)
		}
	})

	t.Run("offline", func(t *testing.T) {
		s.t = t
		// The service worker has stored the build during the visits above.
		stored := s.eval(`(async () => {
			await navigator.serviceWorker.ready;
			const names = (await caches.keys()).filter((n) => n.startsWith("dossier-"));
			const counts = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length));
			return names.map((n, i) => n + ":" + counts[i]).join(",");
		})()`)
		if want := "dossier-" + s.build.Version + ":" + strconv.Itoa(len(s.build.Assets)); stored != want {
			t.Fatalf("the offline store holds %q, want %q", stored, want)
		}
		s.reopenOffline()
		s.waitForScreen("web-offline.png", seedListWords[:4], nil)
		s.typeKeys("pegasis")
		s.waitForHash("q=pegasis")
		// The reader keeps the article read last; the list shows the one hit
		// and the spelling the search suggests.
		s.waitForScreen("web-offline-pegasis.png", []string{"Macrons", "Pegasus", "Bedoelde"}, nil)
	})

	t.Run("preferences survive a reload", func(t *testing.T) {
		s.t = t
		// A bookmark, a larger text and the dark theme, set the way a reader
		// does, are still there after a reload: Fyne keeps preferences in
		// localStorage. (Offline since the subtest above: the service worker
		// serves the reloads.)
		s.open("#doc=" + macronID)
		// "nummers" stands in the reader only, and Tesseract reads it
		// whatever is marked on the line above it ("dagblad" it lost under
		// the dashed underline of a target).
		s.waitForScreen("web-prefs.png", []string{"Macrons", "nummers"}, nil)
		before := s.wordHeight("web-prefs.png", "nummers")
		s.pressShortcut("d") // bookmark the article being read
		s.pressShortcut("=")
		s.pressShortcut("=")
		s.waitForWordHeight("web-prefs-larger.png", "nummers", func(h int) bool { return float64(h) >= 1.12*float64(before) })
		s.click(410, 53) // the theme button right of the search bar
		dark := s.waitForWord("web-prefs-theme-menu.png", "Donker")
		s.click(dark.Center())
		waitForLuminance(t, s, "web-prefs-dark.png", func(l float64) bool { return l < 0.35 })

		s.open("")
		if l := waitForLuminance(t, s, "web-prefs-reloaded.png", func(l float64) bool { return l < 0.35 }); l >= 0.35 {
			t.Errorf("after a reload the page is light (mean luminance %.2f): the dark theme was forgotten", l)
		}
		s.waitForScreen("web-prefs-reloaded.png", []string{"Macrons", "nummers"}, nil)
		if after := s.wordHeight("web-prefs-reloaded.png", "nummers"); float64(after) < 1.12*float64(before) {
			t.Errorf("after a reload the reader's words are %d px high, %d px before two steps larger: the text size was forgotten", after, before)
		}
		filter := s.waitForWord("web-prefs-bookmarks.png", "Bladwijzers")
		s.click(filter.Center())
		s.waitForScreen("web-prefs-bookmarked.png", []string{"Macrons", "1 artikel"}, otherArticleWords)

		// Back to the defaults, for whatever runs in this browser next.
		s.click(filter.Center())
		s.pressShortcut("d")
		s.pressShortcut("0")
	})

	s.t = t
	if other := s.otherOrigins(); len(other) > 0 {
		t.Errorf("the app asked other origins for %q", other)
	}
	var wasmRequests []headless.Request
	for _, r := range s.server.Requests() {
		if strings.TrimPrefix(r.Path, "/") == s.build.Wasm {
			wasmRequests = append(wasmRequests, r)
		}
	}
	if len(wasmRequests) == 0 || slices.ContainsFunc(wasmRequests, func(r headless.Request) bool { return r.Encoding != "br" }) {
		t.Errorf("the module was not always sent brotli-compressed: %+v", wasmRequests)
	}
	t.Logf("%d requests recorded, none to another origin; the module was downloaded %d times", len(s.requests), len(wasmRequests))
}

func ptr[T any](v T) *T { return &v }

// wordHeight is the height in pixels of the first word read on the
// screenshot testoutput/name that equals word.
func (s *browserSession) wordHeight(name, word string) int {
	s.t.Helper()
	shot := filepath.Join(e2e.OutputDir(s.t), name)
	w, ok := e2e.FindWord(e2e.ReadWords(s.t, shot), word)
	if !ok {
		s.t.Fatalf("%q is not on %s", word, shot)
	}
	return w.H
}

// waitForWord takes screenshots into testoutput/name until Tesseract reads
// word on one, and returns where.
func (s *browserSession) waitForWord(name, word string) e2e.Word {
	s.t.Helper()
	var found e2e.Word
	if !e2e.Eventually(30*time.Second, time.Second, func() bool {
		var ok bool
		found, ok = e2e.FindWord(e2e.ReadWords(s.t, s.screenshot(name)), word)
		return ok
	}) {
		s.t.Fatalf("%q did not appear: see testoutput/%s", word, name)
	}
	return found
}

// waitForWordHeight takes screenshots into testoutput/name until the first
// word read that equals word is as high as ok wants.
func (s *browserSession) waitForWordHeight(name, word string, ok func(int) bool) {
	s.t.Helper()
	var h int
	if !e2e.Eventually(30*time.Second, time.Second, func() bool {
		w, found := e2e.FindWord(e2e.ReadWords(s.t, s.screenshot(name)), word)
		h = w.H
		return found && ok(h)
	}) {
		s.t.Fatalf("%q is %d px high on testoutput/%s, not what was wanted", word, h, name)
	}
}

// waitForLuminance takes screenshots until the mean luminance of the page
// (0 black, 1 white) satisfies ok, for at most 30 seconds, and returns the
// last value.
func waitForLuminance(t *testing.T, s *browserSession, name string, ok func(float64) bool) float64 {
	t.Helper()
	var l float64
	e2e.Eventually(30*time.Second, time.Second, func() bool {
		l = meanLuminance(t, s.screenshot(name))
		return ok(l)
	})
	return l
}

// meanLuminance is the mean Rec. 709 luma of a PNG, from 0 to 1.
func meanLuminance(t *testing.T, path string) float64 {
	t.Helper()
	img := e2e.ReadPNG(t, path)
	var sum float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			sum += (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(bl)) / 0xffff
		}
	}
	return sum / float64(((b.Dx()+1)/2)*((b.Dy()+1)/2))
}
