//go:build !js

package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dossier/internal/e2e"
)

// TestDesktopSurvivesAHugePaste pastes 60,000 characters of mixed scripts
// into the search bar of the real window, through the X clipboard and
// Ctrl+V as a reader does. The window must say the query was cut, keep its
// columns, answer the next key (Esc) within a second, and look as it did
// before once the query is cleared. Before the search bar cut pastes, the
// entry took minutes to lay out such a line and seconds per keystroke after.
func TestDesktopSurvivesAHugePaste(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the desktop app; skipped with -short")
	}
	e2e.RequireTools(t, "xclip")
	app := startDesktopApp(t)
	out := e2e.OutputDir(t)
	beforePath := filepath.Join(out, "paste-before.png")
	app.waitForText(beforePath, seedListWords, 4)
	time.Sleep(time.Second) // the map and timeline settle
	e2e.ScreenshotX11(t, app.display, beforePath)
	before := e2e.ReadPNG(t, beforePath)

	app.setClipboard(e2e.HugePaste(60000))
	if _, err := app.xdotool("key", "ctrl+v"); err != nil {
		t.Fatal(err)
	}
	pastedPath := filepath.Join(out, "paste-pasted.png")
	text := app.waitForText(pastedPath, []string{"eerste", "tekens", "gezocht"}, 2)
	pasted := e2e.ReadPNG(t, pastedPath)
	if !strings.Contains(text, "500") {
		t.Errorf("the notice does not name the limit; the screen reads:\n%s", text)
	}
	if b, p := sidebarEdge(before), sidebarEdge(pasted); b < 0 || p != b {
		t.Errorf("the results column ends at x=%d before the paste and x=%d after it", b, p)
	}

	// The next keystroke: Esc clears the query. A screenshot taken within a
	// second of it must show the change: the time counted is up to the start
	// of that screenshot, not the seconds a loaded machine takes to save and
	// decode it.
	settled := app.settle(filepath.Join(out, "paste-settled.png"))
	pressed := time.Now()
	if _, err := app.xdotool("key", "Escape"); err != nil {
		t.Fatal(err)
	}
	var answeredBy time.Duration
	answered := e2e.Eventually(5*time.Second, 50*time.Millisecond, func() bool {
		shot := filepath.Join(out, "paste-escape.png")
		taken := time.Since(pressed)
		e2e.ScreenshotX11(t, app.display, shot)
		answeredBy = taken
		return e2e.DiffFraction(settled, e2e.ReadPNG(t, shot)) > 0.01
	})
	if !answered || answeredBy > time.Second {
		t.Errorf("Esc after the paste: the first screenshot that shows it was taken %v after the key (answered %v), want within a second", answeredBy.Round(10*time.Millisecond), answered)
	} else {
		t.Logf("Esc after the paste: the first screenshot that shows it was taken %v after the key", answeredBy.Round(10*time.Millisecond))
	}

	afterPath := filepath.Join(out, "paste-after.png")
	after := app.settle(afterPath)
	// The pasted text has words of the open article: the reader may rightly
	// follow the query to a match and stay there (the line that says who
	// spied on whom puts the first match below the fold). Everything else
	// must come back as it was: the search bar, the list, the map, the
	// timeline and the reader's bar.
	if d := e2e.DiffFractionOutside(before, after, readerText(before.Bounds())); d > 0.005 {
		t.Errorf("after clearing the query %.2f%% of the screen outside the reader's text differs from before the paste (%s, %s)", 100*d, beforePath, afterPath)
	}
}

// setClipboard makes xclip own the X clipboard with text; it serves it
// until the test ends.
func (a *desktopApp) setClipboard(text string) {
	a.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, "xclip", "-selection", "clipboard", "-loops", "0", "-quiet")
	cmd.Env = append(os.Environ(), "DISPLAY="+a.display)
	cmd.Stdin = strings.NewReader(text)
	// xclip -quiet reports each request it serves; with its standard error
	// on /dev/null it served none of a long text's in some runs here.
	var log bytes.Buffer
	cmd.Stderr = &log
	if err := cmd.Start(); err != nil {
		a.t.Fatal(err)
	}
	a.t.Cleanup(func() {
		cancel()
		cmd.Wait()
		if a.t.Failed() {
			a.t.Logf("xclip said:\n%s", log.String())
		}
	})
	// xclip reads all of its input before it takes the selection. Ask for
	// the selection's targets only: a whole transfer of a text this long
	// (the INCR protocol) leaves xclip unable to serve the next one.
	owned := e2e.Eventually(10*time.Second, 100*time.Millisecond, func() bool {
		got, err := e2e.Run(context.Background(), []string{"DISPLAY=" + a.display}, "xclip", "-selection", "clipboard", "-o", "-t", "TARGETS")
		return err == nil && strings.Contains(got, "UTF8_STRING")
	})
	if !owned {
		a.t.Fatal("xclip did not take the clipboard")
	}
}

// settle takes screenshots until two in a row are the same but for a
// blinking cursor, and returns the last.
func (a *desktopApp) settle(path string) image.Image {
	a.t.Helper()
	e2e.ScreenshotX11(a.t, a.display, path)
	last := e2e.ReadPNG(a.t, path)
	for range 20 {
		time.Sleep(300 * time.Millisecond)
		e2e.ScreenshotX11(a.t, a.display, path)
		next := e2e.ReadPNG(a.t, path)
		if e2e.DiffFraction(last, next) < 0.001 {
			return next
		}
		last = next
	}
	return last
}

// sidebarEdge finds where the results column ends: on rows across the
// sidebar, the first x after which 40 pixels differ from the column's own
// background, the divider and the reader. A row through a selected result
// or a highlighted word stops early there, so the edge is the largest
// found; -1 when no row finds one.
func sidebarEdge(img image.Image) int {
	b := img.Bounds()
	edge := -1
	for y := b.Min.Y + b.Dy()/5; y < b.Min.Y+b.Dy()*2/3; y += 8 {
		edge = max(edge, rowEdge(img, y))
	}
	return edge
}

// rowEdge is sidebarEdge on one row.
func rowEdge(img image.Image, y int) int {
	b := img.Bounds()
	tint := img.At(b.Min.X+2, y)
	same := func(c color.Color) bool {
		r1, g1, b1, _ := c.RGBA()
		r2, g2, b2, _ := tint.RGBA()
		return r1 == r2 && g1 == g2 && b1 == b2
	}
	run := 0
	for x := b.Min.X + 2; x < b.Max.X; x++ {
		if same(img.At(x, y)) {
			run = 0
			continue
		}
		if run++; run == 40 { // 40 px of something else: the divider and the reader
			return x - 39
		}
	}
	return -1
}
