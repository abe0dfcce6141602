//go:build !js

package main

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"dossier/assets"
	"dossier/internal/e2e"
	"dossier/wasm"
)

// chromiumFlags run Debian's Chromium headless on a machine without a GPU or
// a network: WebGL through SwiftShader, and no background requests.
var chromiumFlags = []chromedp.ExecAllocatorOption{
	chromedp.Headless,
	chromedp.NoSandbox,
	chromedp.DisableGPU,
	chromedp.NoFirstRun,
	chromedp.NoDefaultBrowserCheck,
	chromedp.Flag("disable-quic", true),
	chromedp.Flag("disable-background-networking", true),
	chromedp.Flag("disable-component-update", true),
	chromedp.Flag("disable-sync", true),
	chromedp.Flag("use-angle", "swiftshader"),
	chromedp.Flag("enable-unsafe-swiftshader", true),
	chromedp.WindowSize(1280, 800),
}

// buildWebApp assembles what `make web-build` does in a temporary folder.
func buildWebApp(t *testing.T) string {
	t.Helper()
	wasmFile := e2e.GoBuild(t, "./cmd/dossier", "dossier.wasm", "GOOS=js", "GOARCH=wasm")
	dir := filepath.Dir(wasmFile)
	wasmExec, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"index.html": wasm.IndexHTML, "wasm_exec.js": wasmExec, "icon.png": assets.IconPNG} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// serveLoopback serves a folder on 127.0.0.1 with the handler `make web` uses.
func serveLoopback(t *testing.T, dir string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: wasm.Handler(dir)}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// TestWebBuildInChromium loads the WebAssembly build in real Chromium, waits
// for Fyne's canvas, and reads the article list off a screenshot.
func TestWebBuildInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WebAssembly app and starts Chromium; skipped with -short")
	}
	e2e.RequireTools(t, "chromium", "convert", "tesseract")
	url := serveLoopback(t, buildWebApp(t))

	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath("chromium"),
		chromedp.UserDataDir(t.TempDir()),
	}, chromiumFlags...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelTimeout()

	if err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS("canvas")),
		chromedp.WaitNotPresent(chromedp.ID("loading")),
	); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status")?.textContent ?? ""`))
		t.Fatalf("the app did not start in the browser: %v (%s)", err, status)
	}

	shot := filepath.Join(e2e.OutputDir(t), "web.png")
	var text string
	drawn := e2e.Eventually(60*time.Second, 2*time.Second, func() bool {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
		text = e2e.ReadText(t, shot)
		return len(wordsFound(text, seedListWords)) >= 4
	})
	if !drawn {
		t.Fatalf("the browser screenshot %s does not show the article list; text read:\n%s", shot, text)
	}
	t.Logf("screenshot: %s; read %q", shot, wordsFound(text, seedListWords))
}
