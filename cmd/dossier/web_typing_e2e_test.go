//go:build !js

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"dossier/corpus/search"
	"dossier/internal/e2e"
)

// A typing step: text to type, or one of these keys.
const (
	keyBackspace = "\b"
	keySelectAll = "\x01" // Ctrl+A
)

// typingSequences are what a fast typist does in the search bar: types,
// corrects with Backspace, selects everything with Ctrl+A and types over it.
var typingSequences = [][]string{
	{"pegasus spyware", keyBackspace, keyBackspace, keyBackspace, keyBackspace, keyBackspace, keyBackspace, keyBackspace, "nso",
		keySelectAll, "macron marokko", keyBackspace, "o"},
	{"cyber", keyBackspace, keyBackspace, "ber spionage 2019", keySelectAll, keyBackspace, "eu", keyBackspace, "u china", keyBackspace, keyBackspace, "ina rusland"},
}

// loadedSequence is typed while every core of the machine is busy.
var loadedSequence = []string{"abcdefghijklmnop", keySelectAll, "ponmlkjihgfedcba", keyBackspace, keyBackspace, keyBackspace, "cba 0123456789"}

// typedText is what a sequence leaves in an empty single-line entry whose
// cursor stays at the end.
func typedText(steps []string) string {
	var text []rune
	selected := false
	for _, step := range steps {
		switch step {
		case keySelectAll:
			selected = len(text) > 0
		case keyBackspace:
			if selected {
				text, selected = nil, false
			} else if len(text) > 0 {
				text = text[:len(text)-1]
			}
		default:
			if selected {
				text, selected = nil, false
			}
			text = append(text, []rune(step)...)
		}
	}
	return string(text)
}

// typeFast sends the steps as real key events, back to back, with no pause
// between them: each event is dispatched as soon as Chromium has taken the
// one before.
func (s *browserSession) typeFast(steps []string) {
	s.t.Helper()
	var actions []chromedp.Action[chromedp.Void]
	for _, step := range steps {
		switch step {
		case keySelectAll:
			actions = append(actions, chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
		default:
			actions = append(actions, chromedp.KeyEvent(step))
		}
	}
	for _, a := range actions {
		if err := chromedp.Do(s.ctx, a); err != nil {
			s.t.Fatal(err)
		}
	}
}

// addressQuery is the query the address's fragment carries, decoded, and
// whether it carries one.
func addressQuery(hash string) (string, bool) {
	for _, part := range strings.Split(strings.TrimPrefix(hash, "#"), "&") {
		if q, ok := strings.CutPrefix(part, "q="); ok {
			text, err := url.PathUnescape(q)
			if err != nil {
				return "", false
			}
			return text, true
		}
	}
	return "", false
}

// waitForQuery waits until the address carries the query want (none for
// "") and keeps carrying it for a moment, and returns what it carried last.
func (s *browserSession) waitForQuery(want string, timeout time.Duration) (string, bool) {
	s.t.Helper()
	var got string
	var since time.Time
	ok := e2e.Eventually(timeout, 100*time.Millisecond, func() bool {
		got, _ = addressQuery(s.eval(`location.hash`))
		if got != want {
			since = time.Time{}
			return false
		}
		if since.IsZero() {
			since = time.Now()
		}
		return time.Since(since) >= 700*time.Millisecond
	})
	return got, ok
}

// clearQuery presses Escape, which empties the search bar, and waits for
// the address to lose its query.
func (s *browserSession) clearQuery() {
	s.t.Helper()
	if err := chromedp.Do(s.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		s.t.Fatal(err)
	}
	if got, ok := s.waitForQuery("", 15*time.Second); !ok {
		s.t.Fatalf("after Escape the address still carries the query %q", got)
	}
}

// describeTyping says how the text typed differs from the text wanted:
// keys lost, doubled or swapped.
func describeTyping(got, want string) string {
	count := func(s string) map[rune]int {
		m := map[rune]int{}
		for _, r := range s {
			m[r]++
		}
		return m
	}
	g, w := count(got), count(want)
	var lost, extra []string
	for r, n := range w {
		if g[r] < n {
			lost = append(lost, fmt.Sprintf("%q×%d", r, n-g[r]))
		}
	}
	for r, n := range g {
		if w[r] < n {
			extra = append(extra, fmt.Sprintf("%q×%d", r, n-w[r]))
		}
	}
	switch {
	case len(lost) == 0 && len(extra) == 0:
		return "the same letters in another order: keys were reordered"
	default:
		return fmt.Sprintf("missing %v, extra %v", lost, extra)
	}
}

// burnCPU keeps every core busy for d, or until the returned function is
// called: the machine of a reader with other work running.
func burnCPU(d time.Duration) (stop func()) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := 1.0
			for ctx.Err() == nil {
				for range 100000 {
					x = x*1.0000001 + 1e-9
				}
			}
			_ = x
		}()
	}
	return func() { cancel(); wg.Wait() }
}

// TestWebTypingInChromium types fast into the web build's search bar with
// real key events, corrections and Ctrl+A included, on an idle and on a
// loaded machine, and checks the query the app ends up with exactly: the
// address follows the app's state, so its fragment carries the query as the
// app holds it. It then pastes a huge text and opens an address with a huge
// query, and checks that the app still answers a key within a second and
// looks as before once the query is cleared.
func TestWebTypingInChromium(t *testing.T) {
	s := startBrowserSession(t)
	s.open("")
	s.waitForHash("doc=")

	for _, loaded := range []bool{false, true} {
		name, sequences := "fast typing", typingSequences
		if loaded {
			name, sequences = "fast typing on a loaded machine", [][]string{loadedSequence}
		}
		t.Run(name, func(t *testing.T) {
			s.t = t
			for i, steps := range sequences {
				want := typedText(steps)
				var stop func()
				if loaded {
					stop = burnCPU(30 * time.Second)
				}
				start := time.Now()
				s.typeFast(steps)
				typed := time.Since(start)
				got, ok := s.waitForQuery(want, 15*time.Second)
				if stop != nil {
					stop()
				}
				if !ok {
					t.Errorf("sequence %d (%q): the app holds %q, want %q: %s", i, steps, got, want, describeTyping(got, want))
				} else {
					t.Logf("sequence %d: %d steps typed in %v, the app holds %q", i, len(steps), typed.Round(time.Millisecond), got)
				}
				// One more key, typed slowly: the search bar holds what the
				// state holds, so the new query is the old one and the key.
				s.typeKeys("x")
				if got, ok := s.waitForQuery(want+"x", 15*time.Second); !ok {
					t.Errorf("sequence %d: after one more x the app holds %q, want %q", i, got, want+"x")
				}
				s.clearQuery()
			}
		})
	}
	s.t = t
	testHugeQuery(t, s)
}

// hugeRunes is how long the huge texts are.
const hugeRunes = 60000

// checkAnswersAfterHuge presses Escape in a page that holds a huge query,
// and checks that the query is gone from the address within a second and
// that the page then looks as it did in the screenshot before.
func (s *browserSession) checkAnswersAfterHuge(before, after string, bound time.Duration) time.Duration {
	s.t.Helper()
	start := time.Now()
	if err := chromedp.Do(s.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		s.t.Fatal(err)
	}
	var hash string
	answered := e2e.Eventually(10*time.Second, 20*time.Millisecond, func() bool {
		hash = s.eval(`location.hash`)
		_, has := addressQuery(hash)
		return !has
	})
	elapsed := time.Since(start)
	if !answered {
		s.t.Fatalf("10 s after Escape the address still carries a query (%d bytes)", len(hash))
	}
	if bound > 0 && elapsed > bound {
		s.t.Errorf("the app took %v to answer Escape after the huge query, want under %v", elapsed.Round(time.Millisecond), bound.Round(time.Millisecond))
	} else {
		s.t.Logf("the app answered Escape in %v", elapsed.Round(time.Millisecond))
	}
	if before == "" {
		return elapsed
	}
	time.Sleep(1500 * time.Millisecond) // the cursor's blink and the list's last redraw
	shot := s.screenshot(after)
	// The pasted text has words of the open article ("Pegasus spionage"):
	// no article has all the words, and the best partial answers include
	// it, so the reader may rightly follow the query to a match and stay
	// there. What must come back is everything else: the search bar, the
	// list, the map and the timeline, and the reader's bar.
	was, is := e2e.ReadPNG(s.t, before), e2e.ReadPNG(s.t, shot)
	diff := e2e.DiffFractionOutside(was, is, readerText(was.Bounds()))
	if diff > 0.01 {
		s.t.Errorf("after clearing the huge query %.2f%% of the page outside the reader's text differs from before (%s, %s)", 100*diff, before, shot)
	} else {
		s.t.Logf("after clearing, %.3f%% of the page differs from before", 100*diff)
	}
	return elapsed
}

// readerText is where the reader's text is on a page of bounds b: right of
// the results column (a third of the width), under the reader's bar and
// above the map and timeline (the lower 30%).
func readerText(b image.Rectangle) image.Rectangle {
	return image.Rect(b.Min.X+b.Dx()*36/100, b.Min.Y+b.Dy()*9/100, b.Max.X, b.Min.Y+b.Dy()*70/100)
}

// answerBound is how long Escape may take after a huge query: a second,
// or half as long again as after a short query when the machine is so
// loaded (SwiftShader paints every frame on the CPU) that even that one
// took longer. The huge query must cost no more than a short one.
func answerBound(short time.Duration) time.Duration { return max(time.Second, short*3/2) }

// testHugeQuery gives the web build a huge query, pasted and through the
// address as a reload brings it back, in a page that shows no query.
func testHugeQuery(t *testing.T, s *browserSession) {
	huge := e2e.HugePaste(hugeRunes)
	s.waitForScreen("web-huge-before.png", seedListWords[:4], nil)
	// The reference: the same page, settled, with nothing typed.
	time.Sleep(time.Second)
	before := s.screenshot("web-huge-before.png")

	// For comparison: how long Escape takes with a short query.
	s.typeKeys("pegasus")
	s.waitForHash("q=pegasus")
	time.Sleep(time.Second)
	// The reader followed "pegasus" to its first match: the reference for
	// the huge queries is the page as it is now, with the query cleared.
	short := s.checkAnswersAfterHuge("", "", 0)
	time.Sleep(1500 * time.Millisecond)
	before = s.screenshot("web-huge-before-paste.png")

	t.Run("paste", func(t *testing.T) {
		s.t = t
		// The clipboard is only for the focused page.
		if _, err := chromedp.Call(s.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			if _, err := chromedp.Call(s.ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
				Setting:    browser.PermissionSettingGranted,
			}); err != nil {
				t.Fatalf("grant %s: %v", name, err)
			}
		}
		literal, err := json.Marshal(huge)
		if err != nil {
			t.Fatal(err)
		}
		want := len(utf16.Encode([]rune(huge)))
		got, err := chromedp.Run(s.ctx, chromedp.Evaluate[string](`navigator.clipboard.writeText(`+string(literal)+`).then(() => navigator.clipboard.readText()).then((t) => String(t.length))`, chromedp.EvalAwaitPromise))
		if err != nil || got != fmt.Sprint(want) {
			t.Fatalf("the clipboard holds %s UTF-16 units, want %d (%.300v)", got, want, err)
		}
		start := time.Now()
		if err := chromedp.Do(s.ctx, chromedp.KeyEvent("v", chromedp.KeyModifiers(chromedp.ModifierCtrl))); err != nil {
			t.Fatal(err)
		}
		var q string
		if !e2e.Eventually(30*time.Second, 50*time.Millisecond, func() bool {
			var ok bool
			q, ok = addressQuery(s.eval(`location.hash`))
			return ok
		}) {
			t.Fatalf("30 s after Ctrl+V the address carries no query")
		}
		t.Logf("the pasted query reached the address after %v, %d runes", time.Since(start).Round(time.Millisecond), utf8.RuneCountInString(q))
		if n := utf8.RuneCountInString(q); n > search.MaxQueryRunes || !strings.HasPrefix(huge, q) {
			t.Errorf("the address carries %d runes of the paste, want its first %d at most", n, search.MaxQueryRunes)
		}
		s.screenshot("web-huge-pasted.png")
		s.checkAnswersAfterHuge(before, "web-huge-paste-cleared.png", answerBound(short))
	})

	t.Run("reload with the query in the address", func(t *testing.T) {
		s.t = t
		start := time.Now()
		s.open("")
		s.waitForHash("doc=")
		t.Logf("the page opened in %v without a query", time.Since(start).Round(time.Millisecond))
		time.Sleep(1500 * time.Millisecond)
		before := s.screenshot("web-huge-before-reload.png")
		start = time.Now()
		s.open("#q=" + url.PathEscape(huge))
		t.Logf("the page with %d runes of query in its address opened in %v", hugeRunes, time.Since(start).Round(time.Millisecond))
		var q string
		if !e2e.Eventually(30*time.Second, 50*time.Millisecond, func() bool {
			var ok bool
			q, ok = addressQuery(s.eval(`location.hash`))
			return ok && utf8.RuneCountInString(q) <= search.MaxQueryRunes
		}) {
			t.Fatalf("the address still carries %d runes of query, want at most %d", utf8.RuneCountInString(q), search.MaxQueryRunes)
		}
		t.Logf("the page opened and cut the address's query to %d runes in %v", utf8.RuneCountInString(q), time.Since(start).Round(time.Millisecond))
		if !strings.HasPrefix(huge, q) {
			t.Errorf("the address's query %q is not the start of the huge one", q)
		}
		s.screenshot("web-huge-address.png")
		s.checkAnswersAfterHuge(before, "web-huge-address-cleared.png", answerBound(short))
	})
}
