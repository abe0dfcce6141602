//go:build !js

// Package gensite publishes generated articles as a site, and times its
// opening and a search in the browser, for the tools that measure and
// profile a published dossier (wasm/measure and wasm/profile).
package gensite

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/chromedp/chromedp"

	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/wasm"
)

// Publish generates articles (corpus/gen, seed 1), packs them into a
// dossier and publishes it with the web build in shell, all inside the
// folder work: the site is work/site.
func Publish(ctx context.Context, work string, articles int, shell string) (wasm.Site, error) {
	if err := gen.WriteDir(ctx, filepath.Join(work, "articles"), articles, 1); err != nil {
		return wasm.Site{}, err
	}
	file := filepath.Join(work, "gen.dossier")
	if _, _, err := dossier.Pack(ctx, filepath.Join(work, "articles"), file, dossier.PackOptions{}); err != nil {
		return wasm.Site{}, err
	}
	return wasm.Publish(filepath.Join(work, "site"), shell, file, "")
}

// Opened waits until the app in tab has opened the published dossier of
// articles articles (its performance mark "dossier-collection-open",
// gui/start_js.go) and returns when that was, from the navigation.
func Opened(tab context.Context, articles int) (time.Duration, error) {
	open := `performance.getEntriesByName("dossier-collection-open").filter((m) => m.detail === ` + strconv.Itoa(articles) + `).map((m) => m.startTime)[0]`
	ms, err := chromedp.Run(tab, chromedp.Poll[float64](open, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute)))
	if err != nil {
		return 0, fmt.Errorf("the collection did not open: %w", err)
	}
	return time.Duration(ms * float64(time.Millisecond)), nil
}

// Answer types query a key at a time into the app in tab and waits for its
// answer in the published dossier of articles articles (the mark
// "dossier-result" that carries that query, set when the result is shown,
// gui/published_js.go); it returns when that was, from the navigation.
func Answer(tab context.Context, query string, articles int) (time.Duration, error) {
	for _, r := range query {
		if err := chromedp.Do(tab, chromedp.KeyEvent(string(r))); err != nil {
			return 0, err
		}
	}
	answered := `performance.getEntriesByName("dossier-result").filter((m) => m.detail && m.detail.query === ` + strconv.Quote(query) +
		` && m.detail.articles === ` + strconv.Itoa(articles) + `).map((m) => m.startTime)[0]`
	ms, err := chromedp.Run(tab, chromedp.Poll[float64](answered, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(time.Minute)))
	if err != nil {
		return 0, fmt.Errorf("the search was not answered: %w", err)
	}
	return time.Duration(ms * float64(time.Millisecond)), nil
}
