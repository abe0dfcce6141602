//go:build !js

package main

import (
	"context"
	"strconv"
	"time"

	"dossier/wasm/gensite"
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
func spanOpening(articles int) span {
	return span{mark: "wasm-instantiated", from: "module ready", to: "dossier open",
		end: func(tab context.Context) (time.Duration, error) { return gensite.Opened(tab, articles) }}
}

// spanTyping is typing into a published dossier of articles articles: from
// its opening (the app's mark "dossier-collection-open") to the answer to
// typed, typed a key at a time, as wasm/measure -published times the first
// search.
func spanTyping(typed string, articles int) span {
	return span{mark: "dossier-collection-open", from: "dossier open", to: "answer to " + strconv.Quote(typed),
		end: func(tab context.Context) (time.Duration, error) {
			if _, err := gensite.Opened(tab, articles); err != nil {
				return 0, err
			}
			return gensite.Answer(tab, typed, articles)
		}}
}
