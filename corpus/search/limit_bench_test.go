package search

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// hugeQueryRunes is the length of the pasted queries of
// BenchmarkSearchHugeQuery: a hundred times MaxQueryRunes.
const hugeQueryRunes = 50000

// hugeQueries are what a reader might paste into the search field, in
// several scripts, each repeated to at least hugeQueryRunes runes.
var hugeQueries = []struct{ script, unit string }{
	{"latin-distinct", ""}, // filled by distinctWords
	{"latin-repeated", "spionage Frankrijk diplomaten "},
	{"phrase-open", `"europese diplomaten `},
	{"cjk", "习近平在北京会见了法国总统马克龙。"},
	{"arabic", "التجسس الإلكتروني على الدبلوماسيين الأوروبيين "},
	{"emoji", "🙂👍🏽👨‍👩‍👧🇳🇱 "},
	{"combining", "e\u0301a\u0308o\u0302\u0323 "},
	{"zero-width", "spi\u200bon\u200dage\u2060 \ufeff"},
	{"controls", "spionage\x00\t\r\n\x1b[31m"},
}

// hugeQuery returns the query of script at least n runes long.
func hugeQuery(script, unit string, n int) string {
	var b strings.Builder
	for i, runes := 0, 0; runes < n; i++ {
		if unit == "" {
			word := fmt.Sprintf("woord%d ", i)
			b.WriteString(word)
			runes += len(word)
			continue
		}
		b.WriteString(unit)
		runes += utf8.RuneCountInString(unit)
	}
	return b.String()
}

// BenchmarkSearchHugeQuery times Search (with its suggestion) and Highlight
// on queries of hugeQueryRunes runes that nobody limited with LimitQuery,
// and, for scale, on the same queries cut to MaxQueryRunes: the time must
// not grow with what is pasted beyond the words a query uses.
func BenchmarkSearchHugeQuery(b *testing.B) {
	ix := mustSeedGeoIndex(b)
	doc := ix.Docs()[0]
	for _, hq := range hugeQueries {
		huge := hugeQuery(hq.script, hq.unit, hugeQueryRunes)
		short := string([]rune(huge)[:MaxQueryRunes])
		for _, q := range []struct{ size, text string }{{"500", short}, {"50000", huge}} {
			b.Run(fmt.Sprintf("search/%s/%s", hq.script, q.size), func(b *testing.B) {
				for b.Loop() {
					ix.Search(Query{Text: q.text, Limit: 20})
				}
			})
			b.Run(fmt.Sprintf("highlight/%s/%s", hq.script, q.size), func(b *testing.B) {
				for b.Loop() {
					ix.Highlight(Query{Text: q.text}, doc)
				}
			})
		}
	}
}
