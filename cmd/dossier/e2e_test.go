//go:build !js

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossier/internal/e2e"
)

// seedListWords are words of the seed headlines as the article list shows
// them; finding most of them on screen means the list was drawn.
var seedListWords = []string{"Macrons", "mobiel", "diplomatieke", "communicatie", "Amerikaanse", "inlichtingendienst"}

func wordsFound(text string, words []string) []string {
	var found []string
	for _, w := range words {
		if strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
			found = append(found, w)
		}
	}
	return found
}

// TestDesktopWindowDrawsArticleList starts the real desktop binary under Xvfb,
// waits for its window, takes a screenshot and reads the article list off it.
func TestDesktopWindowDrawsArticleList(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the desktop app; skipped with -short")
	}
	e2e.RequireTools(t, "Xvfb", "import", "xdotool", "convert", "tesseract")
	bin := e2e.GoBuild(t, "./cmd/dossier", "dossier", "CGO_ENABLED=1")
	display := e2e.StartXvfb(t, 1280, 800)

	app := exec.Command(bin)
	// A fresh HOME keeps the test away from the developer's own preferences.
	app.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir(), "LANG=nl_NL.UTF-8")
	var output bytes.Buffer
	app.Stdout, app.Stderr = &output, &output
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	t.Cleanup(func() {
		app.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			app.Process.Kill()
		}
	})

	windowShown := e2e.Eventually(60*time.Second, 300*time.Millisecond, func() bool {
		select {
		case err := <-exited:
			t.Fatalf("the app exited before showing a window: %v\n%s", err, output.String())
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		out, err := e2e.Run(ctx, []string{"DISPLAY=" + display}, "xdotool", "search", "--onlyvisible", "--name", "^Dossier$")
		return err == nil && strings.TrimSpace(out) != ""
	})
	if !windowShown {
		t.Fatalf("no window titled Dossier appeared in 60s\n%s", output.String())
	}

	shot := filepath.Join(e2e.OutputDir(t), "desktop.png")
	var text string
	drawn := e2e.Eventually(30*time.Second, time.Second, func() bool {
		e2e.ScreenshotX11(t, display, shot)
		text = e2e.ReadText(t, shot)
		return len(wordsFound(text, seedListWords)) >= 4
	})
	if !drawn {
		t.Fatalf("the screenshot %s does not show the article list; read %q of %q\ntext read:\n%s\napp output:\n%s",
			shot, wordsFound(text, seedListWords), seedListWords, text, output.String())
	}
	if strings.Contains(output.String(), "panic") {
		t.Errorf("the app logged a panic:\n%s", output.String())
	}
	t.Logf("screenshot: %s; read %q", shot, wordsFound(text, seedListWords))
}

// TestWebBuildCompiles builds the app for the browser, as `make web` does.
func TestWebBuildCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WebAssembly app; skipped with -short")
	}
	wasmFile := e2e.GoBuild(t, "./cmd/dossier", "dossier.wasm", "GOOS=js", "GOARCH=wasm")
	data, err := os.ReadFile(wasmFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\x00asm")) {
		t.Fatalf("%s is not a WebAssembly module", wasmFile)
	}
}
