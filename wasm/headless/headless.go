// This package starts a browser from the outside; a program running inside
// one (GOOS=js) has none to start, and chromedp does not build there.

//go:build !js

// Package headless runs the web build in Debian's Chromium without a window,
// for the browser tests (cmd/dossier) and the load-time measurement
// (wasm/measure): the browser's flags, a loopback server that records what it
// is asked for, and a probe for the app's first frame.
package headless

import (
	"context"
	"net"
	"net/http"
	"os/exec"
	"slices"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"dossier/wasm"
)

// Chromium is the browser's command: Debian's package, never a download.
const Chromium = "chromium"

// Available reports whether Chromium is installed.
func Available() bool {
	_, err := exec.LookPath(Chromium)
	return err == nil
}

// allocatorOptions run Chromium headless on a machine without a GPU or a
// network: WebGL through SwiftShader, and no background requests of the
// browser's own, which would blur what the app itself asks for. The browser
// speaks Dutch, Dossier's first language, as the desktop tests do.
func allocatorOptions(userDataDir string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium),
		chromedp.UserDataDir(userDataDir),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-features", "MediaRouter,OptimizationHints,Translate"),
		chromedp.Flag("accept-lang", "nl-NL,nl"),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.WindowSize(1280, 800),
	}
}

// Start starts Chromium with a fresh profile in userDataDir and returns the
// context of its first tab. Cancel it to stop the browser.
func Start(parent context.Context, userDataDir string) (context.Context, context.CancelFunc) {
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, allocatorOptions(userDataDir)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	return ctx, func() {
		cancel()
		cancelAlloc()
	}
}

// Request is one request the server answered.
type Request struct {
	Path           string
	AcceptEncoding string
	Encoding       string // the Content-Encoding sent, "" for none
	Status         int
}

// Server serves a web build on a loopback port with wasm.Handler, and keeps
// a log of the requests.
type Server struct {
	URL string // "http://127.0.0.1:port/"

	srv *http.Server
	mu  sync.Mutex
	log []Request
}

// Serve starts serving dir on 127.0.0.1 and a free port.
func Serve(dir string) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{URL: "http://" + ln.Addr().String() + "/"}
	files := wasm.Handler(dir)
	s.srv = &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		files.ServeHTTP(rec, r)
		s.mu.Lock()
		s.log = append(s.log, Request{Path: r.URL.Path, AcceptEncoding: r.Header.Get("Accept-Encoding"),
			Encoding: w.Header().Get("Content-Encoding"), Status: rec.status})
		s.mu.Unlock()
	})}
	go s.srv.Serve(ln)
	return s, nil
}

// Requests lists the requests answered so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.log)
}

// Close stops the server at once: the network is gone for the browser.
func (s *Server) Close() error { return s.srv.Close() }

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

// firstFrameProbe runs in every page before its own scripts. The app draws
// with WebGL from Go and presents a frame at the next animation frame, so
// the first animation frame after the first draw call is the first frame
// the app shows; its event loop runs from then on, so it takes input. The
// time is performance.now(), milliseconds since the navigation started.
const firstFrameProbe = `(() => {
  let drawn = false;
  const mark = () => {
    if (drawn) return;
    drawn = true;
    requestAnimationFrame(() => { window.__dossierFirstFrame = performance.now(); });
  };
  for (const gl of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!gl) continue;
    for (const name of ["drawArrays", "drawElements"]) {
      const draw = gl.prototype[name];
      gl.prototype[name] = function (...args) { mark(); return draw.apply(this, args); };
    }
  }
})();`

// ProbeFirstFrame makes every page the tab loads from now on record the time
// of its first frame; FirstFrame reads it.
func ProbeFirstFrame() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: firstFrameProbe})
		return err
	})
}

// FirstFrame waits up to timeout until the page has shown its first frame,
// and returns how long after the start of the navigation that was.
func FirstFrame(timeout time.Duration) chromedp.Action[time.Duration] {
	return func(ctx context.Context, t *chromedp.Target) (time.Duration, error) {
		ms, err := chromedp.Poll[float64](`window.__dossierFirstFrame`,
			chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(timeout))(ctx, t)
		return time.Duration(ms * float64(time.Millisecond)), err
	}
}
