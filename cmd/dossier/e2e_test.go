//go:build !js

package main

import (
	"bytes"
	"context"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossier/internal/e2e"
)

// seedListWords are words of the seed headlines as the results list shows
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

// desktopApp is the real desktop binary running in its own virtual X display.
type desktopApp struct {
	t       *testing.T
	display string
	output  *bytes.Buffer
}

// startDesktopApp builds the app, starts it under a fresh Xvfb at 1280×800
// with a fresh HOME (so no preferences leak in or out) and waits for its window.
func startDesktopApp(t *testing.T, env ...string) *desktopApp {
	t.Helper()
	return startDesktopAppWith(t, nil, env...)
}

// startDesktopAppWith is startDesktopApp with command-line arguments: a
// folder, or a link to a view.
func startDesktopAppWith(t *testing.T, args []string, env ...string) *desktopApp {
	t.Helper()
	e2e.RequireTools(t, "Xvfb", "import", "xdotool", "convert", "tesseract")
	bin := e2e.GoBuild(t, "./cmd/dossier", "dossier", "CGO_ENABLED=1")
	a := &desktopApp{t: t, display: e2e.StartXvfb(t, 1280, 800), output: &bytes.Buffer{}}

	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), append([]string{"DISPLAY=" + a.display, "HOME=" + t.TempDir(), "LANG=nl_NL.UTF-8"}, env...)...)
	cmd.Stdout, cmd.Stderr = a.output, a.output
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
		}
		if strings.Contains(a.output.String(), "panic") {
			t.Errorf("the app logged a panic:\n%s", a.output.String())
		}
	})

	shown := e2e.Eventually(60*time.Second, 300*time.Millisecond, func() bool {
		select {
		case err := <-exited:
			t.Fatalf("the app exited before showing a window: %v\n%s", err, a.output.String())
		default:
		}
		out, err := a.xdotool("search", "--onlyvisible", "--name", "^Dossier$")
		return err == nil && strings.TrimSpace(out) != ""
	})
	if !shown {
		t.Fatalf("no window titled Dossier appeared in 60s\n%s", a.output.String())
	}
	return a
}

func (a *desktopApp) xdotool(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return e2e.Run(ctx, []string{"DISPLAY=" + a.display}, "xdotool", args...)
}

// waitForText takes screenshots into path until Tesseract reads enough of
// the words on them, and returns what it read.
func (a *desktopApp) waitForText(path string, words []string, enough int) string {
	a.t.Helper()
	var text string
	seen := e2e.Eventually(30*time.Second, time.Second, func() bool {
		e2e.ScreenshotX11(a.t, a.display, path)
		text = e2e.ReadText(a.t, path)
		return len(wordsFound(text, words)) >= enough
	})
	if !seen {
		a.t.Fatalf("the screenshot %s shows %q of %q\ntext read:\n%s\napp output:\n%s",
			path, wordsFound(text, words), words, text, a.output.String())
	}
	return text
}

// TestDesktopWindow starts the real desktop binary under Xvfb, reads the
// article list off a screenshot, then types a misspelt query with real key
// events and reads the result and the suggested spelling.
func TestDesktopWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the desktop app; skipped with -short")
	}
	app := startDesktopApp(t)
	out := e2e.OutputDir(t)
	app.waitForText(filepath.Join(out, "desktop.png"), seedListWords, 4)

	// The search bar has the focus at start, so typing goes straight into it.
	if _, err := app.xdotool("type", "--delay", "60", "pegasis"); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(out, "desktop-pegasis.png")
	app.waitForText(shot, []string{"Bedoelde", "Pegasus", "artikel", "Macrons"}, 4)
	// The results column only: the reader, at the first match, may well
	// name an "inlichtingendienst".
	list := joinWords(e2e.ReadWordsIn(t, shot, image.Rect(0, 110, 440, 560)))
	if found := wordsFound(list, []string{"diplomatieke", "inlichtingendienst"}); len(found) > 0 {
		t.Errorf("after typing pegasis the list still shows other articles (%q)", found)
	}
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

// TestREADMEScreenshots renews the README's screenshots (`make screenshots`).
// They are the app as a reader first meets it, in light and in dark; the
// map counting actors, with arrows to their targets, opened by a link:
// every arrow of the seed articles in light, China's alone in dark; and the
// timeline's dates: a period selected by the dates in the text, and the
// dates of a month under the pointer.
func TestREADMEScreenshots(t *testing.T) {
	if os.Getenv("DOSSIER_SCREENSHOTS") != "1" {
		t.Skip("renews docs/screenshot-*.png only under `make screenshots` (DOSSIER_SCREENSHOTS=1)")
	}
	const chinaEU, ciaTools = "002_cb3a6902d3015a5d", "000_ff3dc8e55b17b03b"
	for _, shot := range []struct {
		theme, link, query, file string
		words                    []string // some of which show once the window is drawn
		hover                    []string // where the pointer rests, when it matters: x and y
	}{
		{"light", "", "", "screenshot-light.png", seedListWords[:2], nil},
		{"dark", "", "pegasis", "screenshot-dark.png", seedListWords[:2], nil},
		{"light", "#map=actors&doc=" + chinaEU, "", "screenshot-roles-light.png", []string{"diplomatieke", "communicatienetwerk", "Cyprus"}, nil},
		{"dark", "#a=CN&map=actors&doc=" + chinaEU, "", "screenshot-roles-dark.png", []string{"diplomatieke", "communicatienetwerk", "dader"}, nil},
		// The articles that talk about the autumn of 2017, whatever their
		// date; and the events of February 2018 under the pointer, on the
		// timeline of the seeds (1280×800: September 2017 to July 2021).
		{"light", "#by=event&from=2017-09&to=2017-12&doc=" + ciaTools, "", "screenshot-dates-light.png", []string{"schimmige", "Gebeurd"}, nil},
		{"dark", "#doc=" + chinaEU, "", "screenshot-dates-dark.png", []string{"diplomatieke", "communicatienetwerk"}, []string{"615", "745"}},
	} {
		t.Run(strings.TrimSuffix(shot.file, ".png"), func(t *testing.T) {
			var args []string
			if shot.link != "" {
				args = []string{shot.link}
			}
			app := startDesktopAppWith(t, args, "FYNE_THEME="+shot.theme)
			app.waitForText(filepath.Join(e2e.OutputDir(t), "readme-"+shot.file), shot.words, 2)
			if shot.query != "" {
				if _, err := app.xdotool("type", "--delay", "60", shot.query); err != nil {
					t.Fatal(err)
				}
			}
			if shot.hover != nil {
				if _, err := app.xdotool(append([]string{"mousemove"}, shot.hover...)...); err != nil {
					t.Fatal(err)
				}
			}
			time.Sleep(2 * time.Second) // let the map and timeline settle after the last keystroke
			e2e.ScreenshotX11(t, app.display, filepath.Join(e2e.RepoRoot(), "docs", shot.file))
		})
	}
}
