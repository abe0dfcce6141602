//go:build !js

package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"dossier/corpus/gen"
	"dossier/internal/e2e"
)

// launch says how to start the desktop app for an end-to-end test.
type launch struct {
	args []string // the app's command line
	env  []string // added to the test's environment
	wrap []string // a command to run the app under (unshare, strace), or nil
	home string   // HOME, "" for a fresh one
}

// launchedApp is a desktop app started by launchDesktopApp.
type launchedApp struct {
	*desktopApp
	stop func() // ends the app (and its wrappers) and waits for them
}

// launchDesktopApp starts the desktop binary bin on display with a fresh
// HOME (or l.home), under l.wrap if given, in its own process group so
// that stopping it (at the latest when the test ends) ends the wrappers and
// the app together, and waits for its window.
func launchDesktopApp(t *testing.T, bin, display string, l launch) *launchedApp {
	t.Helper()
	a := &desktopApp{t: t, display: display, output: &bytes.Buffer{}}
	home := l.home
	if home == "" {
		home = t.TempDir()
	}
	argv := append(append(append([]string(nil), l.wrap...), bin), l.args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), append([]string{"DISPLAY=" + display, "HOME=" + home, "LANG=nl_NL.UTF-8"}, l.env...)...)
	cmd.Stdout, cmd.Stderr = a.output, a.output
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// exited is closed when the app has ended, with its error in waitErr:
	// closed rather than sent, so that both the wait for the window and
	// stop can see it (a sent value taken by the first left stop waiting
	// for ever after an app that died early).
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		if strings.Contains(a.output.String(), "panic") {
			t.Errorf("the app logged a panic:\n%s", a.output.String())
		}
	}
	t.Cleanup(stop)
	shown := e2e.Eventually(60*time.Second, 300*time.Millisecond, func() bool {
		select {
		case <-exited:
			t.Fatalf("the app exited before showing a window: %v\n%s", waitErr, a.output.String())
		default:
		}
		out, err := a.xdotool("search", "--onlyvisible", "--name", "^Dossier")
		return err == nil && strings.TrimSpace(out) != ""
	})
	if !shown {
		t.Fatalf("no Dossier window appeared in 60s\n%s", a.output.String())
	}
	return &launchedApp{desktopApp: a, stop: stop}
}

// windowTitle is the title of the app's window.
func (a *desktopApp) windowTitle() string {
	a.t.Helper()
	id, err := a.xdotool("search", "--onlyvisible", "--name", "^Dossier")
	if err != nil {
		a.t.Fatal(err)
	}
	name, err := a.xdotool("getwindowname", strings.Fields(id)[0])
	if err != nil {
		a.t.Fatal(err)
	}
	return strings.TrimSpace(name)
}

// screenshot takes a screenshot into path and returns the words on it.
func (a *desktopApp) screenshot(path string) []e2e.Word {
	a.t.Helper()
	e2e.ScreenshotX11(a.t, a.display, path)
	return e2e.ReadWords(a.t, path)
}

func joinWords(words []e2e.Word) string {
	var b strings.Builder
	line := -1
	for _, w := range words {
		if line != -1 {
			if w.Line != line {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w.Text)
		line = w.Line
	}
	return b.String()
}

// corpusDocs is the size of the generated corpus: 100,000 articles, the
// size the issue names, or DOSSIER_E2E_DOCS. Much fewer, and the load may
// end before the test has clicked Cancel.
func corpusDocs(t *testing.T) int {
	if s := os.Getenv("DOSSIER_E2E_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1000 {
			t.Fatalf("DOSSIER_E2E_DOCS=%q: want a number of articles, at least 1000", s)
		}
		return n
	}
	return 100_000
}

// generatedCorpus writes n synthetic articles into a folder named cN, in
// memory (/dev/shm) when the machine has it: writing 100,000 small files to
// a busy disk takes minutes, to tmpfs seconds.
func generatedCorpus(t *testing.T, n int) string {
	t.Helper()
	parent := t.TempDir()
	if info, err := os.Stat("/dev/shm"); err == nil && info.IsDir() {
		if p, err := os.MkdirTemp("/dev/shm", "dossier-e2e-"); err == nil {
			parent = p
			t.Cleanup(func() { os.RemoveAll(p) })
		}
	}
	dir := filepath.Join(parent, fmt.Sprintf("c%d", n))
	start := time.Now()
	if err := gen.WriteDir(context.Background(), dir, n, 1); err != nil {
		t.Fatal(err)
	}
	t.Logf("generated %d articles in %s in %v", n, dir, time.Since(start).Round(time.Millisecond))
	return dir
}

// progress is what the loading dialog says: a stage and how far it is.
type progress struct {
	stage       int // 0 files, 1 countries, 2 index
	done, total int
}

var progressLine = regexp.MustCompile(`(Bestanden lezen|Landen zoeken|Zoekindex bouwen)\W+([\d.,]+)\s+van\s+([\d.,]+)`)

func readProgress(text string) (progress, bool) {
	m := progressLine.FindStringSubmatch(text)
	if m == nil {
		return progress{}, false
	}
	number := func(s string) int {
		n, _ := strconv.Atoi(strings.NewReplacer(".", "", ",", "").Replace(s))
		return n
	}
	stage := map[string]int{"Bestanden lezen": 0, "Landen zoeken": 1, "Zoekindex bouwen": 2}[m[1]]
	return progress{stage, number(m[2]), number(m[3])}, true
}

func (p progress) after(q progress) bool {
	return p.stage > q.stage || p.stage == q.stage && p.done > q.done
}

// dutchCount writes n as the Dutch interface does: 100.000.
func dutchCount(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// TestDesktopOpensAFolderArgument is the large-corpus scene on the
// real desktop binary under Xvfb: `dossier FOLDER` with 100,000 generated
// articles shows the loading dialog with its progress; the window keeps painting and reacting to the
// mouse while the folder loads; a real click on Cancel, found on the
// screenshot by OCR, closes the dialog and keeps the built-in articles. A
// second start lets the load finish and shows the folder's articles.
func TestDesktopOpensAFolderArgument(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the desktop app and loads a large corpus; skipped with -short")
	}
	e2e.RequireTools(t, "Xvfb", "import", "xdotool", "convert", "tesseract")
	started := time.Now()
	n := corpusDocs(t)
	dir := generatedCorpus(t, n)
	bin := e2e.GoBuild(t, "./cmd/dossier", "dossier", "CGO_ENABLED=1")
	out := e2e.OutputDir(t)

	t.Run("cancel", func(t *testing.T) {
		app := launchDesktopApp(t, bin, e2e.StartXvfb(t, 1280, 800), launch{args: []string{dir}})
		var first progress
		var words []e2e.Word
		shot := filepath.Join(out, "folder-progress.png")
		// Only the middle of the screen, where the dialog is, is read: a whole
		// screen takes Tesseract seconds, and the folder loads in about ten.
		middle := image.Rect(240, 200, 1040, 600)
		seen := e2e.Eventually(30*time.Second, 200*time.Millisecond, func() bool {
			e2e.ScreenshotX11(t, app.display, shot)
			words = e2e.ReadWordsIn(t, shot, middle)
			var ok bool
			first, ok = readProgress(joinWords(words))
			_, cancel := e2e.FindWord(words, "Annuleren")
			return ok && cancel
		})
		if !seen {
			t.Fatalf("no loading dialog with progress and Annuleren in %s; read:\n%s\napp output:\n%s", shot, joinWords(words), app.output.String())
		}
		text := joinWords(words)
		if !strings.Contains(text, "Corpus openen") || !strings.Contains(text, filepath.Base(dir)) {
			t.Errorf("the loading dialog does not say what it opens; read:\n%s", text)
		}
		if first.stage == 0 && first.total != n {
			t.Errorf("the dialog counts %d files, want %d", first.total, n)
		}
		t.Logf("progress at %v: %+v", time.Since(started).Round(time.Millisecond), first)
		cancel, _ := e2e.FindWord(words, "Annuleren")
		title, ok := e2e.FindWord(words, "openen") // the dialog's title, "Corpus openen"
		if !ok {
			t.Fatalf("no dialog title; read:\n%s", text)
		}

		// While the folder loads, the mouse is answered: the Cancel button
		// lights up under it ...
		x, y := cancel.Center()
		box := image.Rect(cancel.Left-30, cancel.Top-8, cancel.Left+cancel.W+30, cancel.Top+cancel.H+8)
		before := crop(t, shot, box)
		if _, err := app.xdotool("mousemove", strconv.Itoa(x), strconv.Itoa(y)); err != nil {
			t.Fatal(err)
		}
		moved := time.Now()
		hoverShot := filepath.Join(out, "folder-hover.png")
		hovered := e2e.Eventually(5*time.Second, 50*time.Millisecond, func() bool {
			e2e.ScreenshotX11(t, app.display, hoverShot)
			return differs(before, crop(t, hoverShot, box))
		})
		if !hovered {
			t.Fatalf("the Cancel button did not change under the mouse while loading (see %s)", hoverShot)
		}
		t.Logf("the Cancel button lit up within %v of the mouse (screenshots included)", time.Since(moved).Round(10*time.Millisecond))

		// A real click on Cancel, at once: the screenshot of the lit button
		// is read afterwards.
		titleBox := image.Rect(title.Left, title.Top, title.Left+title.W, title.Top+title.H)
		withTitle := crop(t, hoverShot, titleBox)
		if _, err := app.xdotool("click", "1"); err != nil {
			t.Fatal(err)
		}
		clicked := time.Now()

		// While the mouse was answered the window kept painting: the
		// progress had moved on, and the dialog was still there to cancel.
		dialogBox := image.Rect(cancel.Left-30, title.Top-15, cancel.Left+520, cancel.Top+cancel.H+15).Intersect(image.Rect(0, 0, 1280, 800))
		words = e2e.ReadWordsIn(t, hoverShot, dialogBox)
		later, ok := readProgress(joinWords(words))
		if !ok {
			t.Fatalf("the loading dialog is gone before Cancel could be clicked (the load finished?); "+
				"use a larger DOSSIER_E2E_DOCS. %s reads:\n%s", hoverShot, joinWords(words))
		}
		if !later.after(first) {
			t.Errorf("the progress did not move on: %+v, then %+v", first, later)
		}
		t.Logf("progress at %v: %+v", time.Since(started).Round(time.Millisecond), later)

		// The click closes the dialog at once.
		closedShot := filepath.Join(out, "folder-cancelled.png")
		closed := e2e.Eventually(15*time.Second, 50*time.Millisecond, func() bool {
			e2e.ScreenshotX11(t, app.display, closedShot)
			return differs(withTitle, crop(t, closedShot, titleBox))
		})
		if !closed {
			t.Fatalf("the dialog did not close within 15s of the click on Cancel")
		}
		t.Logf("the dialog closed within %v of the click (screenshots and the reading of the one before included)", time.Since(clicked).Round(10*time.Millisecond))

		// The built-in articles stay, and nothing of the folder arrives late.
		time.Sleep(3 * time.Second)
		text = app.waitForText(closedShot, append([]string{"4 artikelen"}, seedListWords...), 5)
		if strings.Contains(text, "Corpus openen") || strings.Contains(text, dutchCount(n)+" artikelen") {
			t.Errorf("after Cancel the dialog or the folder is shown; read:\n%s", text)
		}
		if title := app.windowTitle(); title != "Dossier" {
			t.Errorf("after Cancel the window is titled %q", title)
		}
	})

	t.Run("finish", func(t *testing.T) {
		app := launchDesktopApp(t, bin, e2e.StartXvfb(t, 1280, 800), launch{args: []string{dir}})
		loadStart := time.Now()
		want := dutchCount(n) + " artikelen"
		shot := filepath.Join(out, "folder-loaded.png")
		header := image.Rect(0, 30, 440, 110) // the search bar and the count above the results
		var text string
		loaded := e2e.Eventually(150*time.Second, time.Second, func() bool {
			e2e.ScreenshotX11(t, app.display, shot)
			text = joinWords(e2e.ReadWordsIn(t, shot, header))
			return strings.Contains(text, want)
		})
		if !loaded {
			t.Fatalf("the window never showed %q; read:\n%s\napp output:\n%s", want, text, app.output.String())
		}
		t.Logf("%s on screen %v after the window appeared", want, time.Since(loadStart).Round(time.Second))
		text = e2e.ReadText(t, shot)
		if !strings.Contains(text, "Corpus geopend") {
			t.Errorf("no report of the opened folder; read:\n%s", text)
		}
		if title, wantTitle := app.windowTitle(), "Dossier — "+filepath.Base(dir); title != wantTitle {
			t.Errorf("the window is titled %q, want %q", title, wantTitle)
		}
	})
	t.Logf("the whole scene took %v", time.Since(started).Round(time.Second))
}

// TestDesktopBadFolderArgument starts the app with a folder that does not
// exist: the built-in articles open and a dialog says what was wrong.
func TestDesktopBadFolderArgument(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the desktop app; skipped with -short")
	}
	e2e.RequireTools(t, "Xvfb", "import", "xdotool", "convert", "tesseract")
	bin := e2e.GoBuild(t, "./cmd/dossier", "dossier", "CGO_ENABLED=1")
	missing := filepath.Join(t.TempDir(), "geen-map")
	app := launchDesktopApp(t, bin, e2e.StartXvfb(t, 1280, 800), launch{args: []string{missing}})
	text := app.waitForText(filepath.Join(e2e.OutputDir(t), "folder-missing.png"),
		[]string{"gestart", "geen-map", "bestaat", "niet", "4 artikelen"}, 5)
	if strings.Contains(text, "panic") {
		t.Errorf("the screen shows a panic:\n%s", text)
	}
}

func crop(t *testing.T, path string, r image.Rectangle) image.Image {
	t.Helper()
	img := e2e.ReadPNG(t, path)
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	for y := range r.Dy() {
		for x := range r.Dx() {
			out.Set(x, y, img.At(r.Min.X+x, r.Min.Y+y))
		}
	}
	return out
}

// differs reports whether two crops of the same size differ in more than a
// few pixels.
func differs(a, b image.Image) bool { return e2e.DiffCount(a, b) > 20 }
