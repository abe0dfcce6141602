//go:build !js

package main

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"
)

// span is what a load's profile covers: from the page's performance mark
// mark (named from) to the end that end waits for (named to), which returns
// its time from the navigation; a nil end is the first frame.
type span struct {
	mark     string
	from, to string
	end      func(tab context.Context) (time.Duration, error)
}

// spanStart is the start: module ready to first frame.
var spanStart = span{mark: "wasm-instantiated", from: "module ready", to: "first frame"}

// spanOpening is a published dossier's opening: module ready to the app's
// mark "dossier-collection-open".
var spanOpening = span{mark: "wasm-instantiated", from: "module ready", to: "dossier open",
	end: func(tab context.Context) (time.Duration, error) {
		open := `performance.getEntriesByName("dossier-collection-open").map((m) => m.startTime)[0]`
		ms, err := chromedp.Run(tab, chromedp.Poll[float64](open, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute)))
		if err != nil {
			return 0, fmt.Errorf("the dossier did not open: %w", err)
		}
		return time.Duration(ms * float64(time.Millisecond)), nil
	}}

// spanTyping is typing into a published dossier of articles articles: from
// its opening (the app's mark "dossier-collection-open") to the answer to
// typed, typed a key at a time (the mark "dossier-result" with that query),
// as wasm/measure -published times the first search.
func spanTyping(typed string, articles int) span {
	return span{mark: "dossier-collection-open", from: "dossier open", to: "answer to " + strconv.Quote(typed),
		end: func(tab context.Context) (time.Duration, error) {
			open := `performance.getEntriesByName("dossier-collection-open").length > 0`
			if _, err := chromedp.Run(tab, chromedp.Poll[bool](open, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute))); err != nil {
				return 0, fmt.Errorf("the dossier did not open: %w", err)
			}
			for _, r := range typed {
				if err := chromedp.Do(tab, chromedp.KeyEvent(string(r))); err != nil {
					return 0, err
				}
			}
			answered := `performance.getEntriesByName("dossier-result").filter((m) => m.detail && m.detail.query === ` + strconv.Quote(typed) +
				` && m.detail.articles === ` + strconv.Itoa(articles) + `).map((m) => m.startTime)[0]`
			ms, err := chromedp.Run(tab, chromedp.Poll[float64](answered, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(time.Minute)))
			if err != nil {
				return 0, fmt.Errorf("the search was not answered: %w", err)
			}
			return time.Duration(ms * float64(time.Millisecond)), nil
		}}
}
