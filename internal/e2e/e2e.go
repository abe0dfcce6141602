// Package e2e holds what the end-to-end tests share: finding the tools they
// drive (Xvfb, ImageMagick, Tesseract, Chromium), a virtual X display, builds
// of the real binaries, screenshots and reading them back.
//
// Under plain `go test` a missing tool skips the test with a message; under
// `make test`, which installs the tools and sets DOSSIER_E2E=1, it fails.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Required reports whether end-to-end tests must run rather than skip.
func Required() bool { return os.Getenv("DOSSIER_E2E") == "1" }

// RequireTools skips (or, under DOSSIER_E2E=1, fails) the test when a command is missing.
func RequireTools(t testing.TB, commands ...string) {
	t.Helper()
	var missing []string
	for _, c := range commands {
		if _, err := exec.LookPath(c); err != nil {
			missing = append(missing, c)
		}
	}
	if len(missing) == 0 {
		return
	}
	msg := fmt.Sprintf("needs %s, not installed; `make test` installs it and runs this test", strings.Join(missing, ", "))
	if Required() {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// RepoRoot is the module's root folder, found from this source file.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// OutputDir is a git-ignored folder where tests leave screenshots for people to look at.
func OutputDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(), "testoutput")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// GoBuild builds a package of this module into a temporary folder and returns the binary's path.
func GoBuild(t testing.TB, pkg, output string, env ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), output)
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = RepoRoot()
	cmd.Env = append(os.Environ(), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	return out
}

// StartXvfb starts a virtual X server on a free display and returns its name
// (":N") once a client can connect to it. An Xvfb that names its display but
// does not answer is replaced by a new one, at most twice.
func StartXvfb(t testing.TB, width, height int) string {
	t.Helper()
	RequireTools(t, "Xvfb", "xdpyinfo")
	var failures []string
	for range 3 {
		display, stop, err := startXvfb(width, height)
		if err == nil {
			t.Cleanup(stop)
			return display
		}
		failures = append(failures, err.Error())
	}
	t.Fatalf("Xvfb did not start:\n%s", strings.Join(failures, "\n"))
	return ""
}

// startXvfb starts one Xvfb and waits until xdpyinfo can talk to it.
func startXvfb(width, height int) (display string, stop func(), err error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	// -displayfd makes Xvfb pick a free display and write its number to fd 3.
	// -noreset: an X server resets when its last client leaves and refuses
	// connections meanwhile, so the app, started just as xdpyinfo below
	// left, failed now and then with "Failed to open display" (two
	// xdpyinfo started 0-90 ms apart on a loaded machine: 7-12 of 400
	// refused without it, none with it).
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-noreset", "-screen", "0", fmt.Sprintf("%dx%dx24", width, height), "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		w.Close()
		return "", nil, err
	}
	w.Close()
	stop = func() {
		cmd.Process.Kill()
		cmd.Wait()
	}
	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			stop()
			return "", nil, fmt.Errorf("Xvfb gave no display: %s", stderr.String())
		}
		display = ":" + n
	case <-time.After(20 * time.Second):
		stop()
		return "", nil, fmt.Errorf("Xvfb gave no display in 20s: %s", stderr.String())
	}
	answers := Eventually(10*time.Second, 100*time.Millisecond, func() bool {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := Run(ctx, []string{"DISPLAY=" + display}, "xdpyinfo")
		return err == nil
	})
	if !answers {
		stop()
		return "", nil, fmt.Errorf("Xvfb named display %s but xdpyinfo cannot open it: %s", display, stderr.String())
	}
	return display, stop, nil
}

// Run runs a command with a deadline and returns its standard output.
func Run(ctx context.Context, env []string, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return stdout.String(), fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String(), nil
}

// ScreenshotX11 saves the whole screen of an X display as a PNG.
func ScreenshotX11(t testing.TB, display, path string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := Run(ctx, []string{"DISPLAY=" + display}, "import", "-window", "root", path); err != nil {
		t.Fatal(err)
	}
}

// ReadText returns the words Tesseract reads in a screenshot. The image is
// enlarged first: Tesseract reads screen-sized UI text far better at 2x.
func ReadText(t testing.TB, png string) string {
	t.Helper()
	RequireTools(t, "tesseract", "convert")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	big := filepath.Join(t.TempDir(), "ocr.png")
	if _, err := Run(ctx, nil, "convert", png, "-resize", "200%", "-colorspace", "Gray", big); err != nil {
		t.Fatal(err)
	}
	text, err := Run(ctx, nil, "tesseract", big, "stdout", "--psm", "3")
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// Eventually polls check until it returns true or the timeout passes.
func Eventually(timeout, interval time.Duration, check func() bool) bool {
	deadline := time.Now().Add(timeout)
	for {
		if check() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(interval)
	}
}

// Word is a word Tesseract read in a screenshot, with its box in the
// screenshot's own pixels.
type Word struct {
	Text            string
	Left, Top, W, H int
	Line            int // words on the same line share it
	Confidence      float64
}

// Center is the middle of the word's box, where a click on it lands.
func (w Word) Center() (x, y int) { return w.Left + w.W/2, w.Top + w.H/2 }

// ReadWords returns the words Tesseract reads in a screenshot with where it
// found them, in reading order (the same enlargement as ReadText, with the
// boxes scaled back to the screenshot's pixels).
func ReadWords(t testing.TB, png string) []Word {
	t.Helper()
	return ReadWordsIn(t, png, image.Rectangle{})
}

// ReadWordsIn is ReadWords on a part of the screenshot, which reads much
// faster than the whole screen; the boxes are still in the screenshot's
// pixels. An empty r reads the whole screenshot.
func ReadWordsIn(t testing.TB, png string, r image.Rectangle) []Word {
	t.Helper()
	RequireTools(t, "tesseract", "convert")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	big := filepath.Join(t.TempDir(), "ocr.png")
	args := []string{png}
	if !r.Empty() {
		args = append(args, "-crop", fmt.Sprintf("%dx%d+%d+%d", r.Dx(), r.Dy(), r.Min.X, r.Min.Y), "+repage")
	}
	args = append(args, "-resize", "200%", "-colorspace", "Gray", big)
	if _, err := Run(ctx, nil, "convert", args...); err != nil {
		t.Fatal(err)
	}
	tsv, err := Run(ctx, nil, "tesseract", big, "stdout", "--psm", "3", "tsv")
	if err != nil {
		t.Fatal(err)
	}
	var words []Word
	for _, row := range strings.Split(tsv, "\n") {
		// level page block par line word left top width height conf text
		f := strings.Split(row, "\t")
		if len(f) != 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		var n [9]int
		for i := range n {
			fmt.Sscan(f[i+1], &n[i])
		}
		var conf float64
		fmt.Sscan(f[10], &conf)
		line := (n[1]*1000+n[2])*1000 + n[3]
		words = append(words, Word{Text: f[11], Left: r.Min.X + n[5]/2, Top: r.Min.Y + n[6]/2, W: n[7] / 2, H: n[8] / 2, Line: line, Confidence: conf})
	}
	return words
}

// FindWord returns the first word read that equals text, ignoring case and
// the punctuation Tesseract may attach to it.
func FindWord(words []Word, text string) (Word, bool) {
	for _, w := range words {
		if strings.EqualFold(strings.Trim(w.Text, ".,:;!?‘’'\"()[]|"), text) {
			return w, true
		}
	}
	return Word{}, false
}

// ReadPNG decodes a screenshot.
func ReadPNG(t testing.TB, path string) image.Image {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// DiffFraction is the share of pixels that differ between two screenshots
// of the same size (1 when the sizes differ). A blinking text cursor or an
// antialiased edge is a few hundred pixels of a million.
func DiffFraction(a, b image.Image) float64 {
	return DiffFractionOutside(a, b, image.Rectangle{})
}

// DiffFractionOutside is DiffFraction over the pixels outside skip: for a
// part of the window that may rightly change, such as a reader that
// follows a query to its first match.
func DiffFractionOutside(a, b image.Image, skip image.Rectangle) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	differ, compared := diffOutside(a, b, skip)
	if compared == 0 {
		return 0
	}
	return float64(differ) / float64(compared)
}

// DiffCount is the number of pixels whose colour differs between two images
// of the same bounds.
func DiffCount(a, b image.Image) int {
	differ, _ := diffOutside(a, b, image.Rectangle{})
	return differ
}

// diffOutside counts the pixels of a's bounds outside skip, and those of them
// whose colour differs in b.
func diffOutside(a, b image.Image, skip image.Rectangle) (differ, compared int) {
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if image.Pt(x, y).In(skip) {
				continue
			}
			compared++
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				differ++
			}
		}
	}
	return differ, compared
}

// HugePaste is what a hostile reader pastes into a search field: n runes of
// Dutch, Chinese, Arabic, Cyrillic, emoji with modifiers, combining marks
// and zero-width characters, each part in turn, with no line breaks.
func HugePaste(n int) string {
	parts := []string{"Pegasus spionage ", "间谍软件 国家安全部 ", "تجسس الهاتف ", "шпионаж ", "🇲🇦👩🏽‍💻 ", "e\u0301te\u0301 ", "zero\u200bwidth\u200d "}
	var b strings.Builder
	for i, runes := 0, 0; runes < n; i++ {
		p := parts[i%len(parts)]
		b.WriteString(p)
		runes += utf8.RuneCountInString(p)
	}
	return b.String()
}
