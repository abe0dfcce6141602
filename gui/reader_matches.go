package gui

import (
	"strings"

	"fyne.io/fyne/v2"

	"dossier/corpus/geo"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

// mark highlights the words of the current query in every block, with the
// country mentions, and resets the match navigation to before the first match.
func (r *reader) mark() {
	r.matches = r.matches[:0]
	r.current = -1
	r.anchor.match = -1
	r.hideDateTip()
	var hl search.Highlights
	if r.shownID != "" {
		hl = r.session.Highlights(r.shownID)
	}
	// The blocks are the title, then the paragraphs (see articleBlocks).
	for i := range r.texts {
		var spans [][2]int
		switch {
		case i == 0:
			spans = hl.Title
		case i-1 < len(hl.Paragraphs):
			spans = hl.Paragraphs[i-1]
		}
		for _, sp := range spans {
			r.matches = append(r.matches, matchRef{block: i, start: sp[0], end: sp[1]})
		}
	}
	r.applyMarks()
}

// applyMarks gives every block its marks: mentions, actors, targets and
// groups, matches, and the current match.
func (r *reader) applyMarks() {
	perBlock := make([][]mark, len(r.texts))
	for i, b := range r.texts {
		for _, m := range b.mentions {
			if m.Kind == geo.Country {
				perBlock[i] = append(perBlock[i], mark{start: m.RuneStart, end: m.RuneEnd, kind: markMention, code: m.Code})
			}
		}
	}
	if r.roles != nil {
		for _, m := range r.roles.Marks {
			// The blocks are the title (paragraph -1), then the paragraphs.
			kind := roleMarkKind(m.Kind)
			if i := m.Paragraph + 1; kind != 0 && i >= 0 && i < len(perBlock) {
				perBlock[i] = append(perBlock[i], mark{start: m.RuneStart, end: m.RuneEnd, kind: kind, code: m.Code, group: m.Group})
			}
		}
	}
	r.dateMarks(perBlock)
	for i, m := range r.matches {
		kind := markMatch
		if i == r.current {
			kind = markCurrent
		}
		perBlock[m.block] = append(perBlock[m.block], mark{start: m.start, end: m.end, kind: kind})
	}
	for i, b := range r.texts {
		b.text.SetMarks(perBlock[i])
	}
	r.showMatchCount()
}

// roleMarkKind is how the reader marks what a roles.Mark names; 0 for a
// kind it does not know.
func roleMarkKind(k roles.MarkKind) markKind {
	switch k {
	case roles.MarkActor:
		return markActor
	case roles.MarkTarget:
		return markTarget
	case roles.MarkGroup:
		return markGroup
	}
	return 0
}

func (r *reader) showMatchCount() {
	n := len(r.matches)
	text := ""
	switch {
	case n == 0:
	case r.current < 0:
		text = trN("reader.matches.count", n)
	default:
		text = tr("reader.matches", map[string]any{"Current": groupDigits(r.current + 1), "Total": groupDigits(n)})
	}
	// Only what changed is redrawn: this runs at every keystroke, and a
	// button's refresh draws its icon anew.
	if none := n == 0; none != r.next.Disabled() {
		if none {
			r.previous.Disable()
			r.next.Disable()
		} else {
			r.previous.Enable()
			r.next.Enable()
		}
	}
	if text != r.matchLabel.Text {
		r.matchLabel.SetText(text)
		// The label's width changed with its text: lay the bar out again
		// now, rather than when the driver next checks minimum sizes (the
		// test driver never does).
		r.bar.Refresh()
	}
}

// stepMatch moves to the next (or previous) match, round the end, and
// scrolls it into view, a third down the page.
func (r *reader) stepMatch(next bool) {
	n := len(r.matches)
	if n == 0 {
		return
	}
	switch {
	case r.current < 0 && next:
		r.current = 0
	case r.current < 0:
		r.current = n - 1
	case next:
		r.current = (r.current + 1) % n
	default:
		r.current = (r.current - 1 + n) % n
	}
	r.goToMatch(r.current)
}

// goToMatch makes match i the current one and scrolls it into view, a third
// down the page, where the eye finds it with some context above.
func (r *reader) goToMatch(i int) {
	r.current = i
	r.applyMarks()
	m := r.matches[i]
	text := r.texts[m.block].text
	y := text.Position().Y + text.LineOffset(m.start)
	r.scrollTo(y - r.scroll.Size().Height/3)
	r.anchor = matchAnchor{match: i, size: r.scroll.Size()}
}

// matchAnchor is the match (or the spot) the reader was last scrolled to,
// with the page's size then. A window is laid out more than once as it
// opens, and the text wraps anew at each width: until the reader scrolls
// themselves (which drops the anchor), the match is scrolled to again at a
// new size.
type matchAnchor struct {
	match int  // -1 for none
	spot  bool // the spot the article was opened at, rather than a match
	size  fyne.Size
}

// keepAnchor scrolls to the anchored match again when the page changed size.
func (r *reader) keepAnchor() {
	a := r.anchor
	switch {
	case r.scroll.Size() == a.size:
	case a.spot:
		r.goToSpot()
	case a.match >= 0 && a.match < len(r.matches):
		r.goToMatch(a.match)
	}
}

// followedQuery is an article and the query text the reader scrolled to
// its first match for, as comparableQuery gives it.
type followedQuery struct{ id, query string }

// followQuery scrolls to the first match when the result of a new query
// text arrives, or an article is opened while a query is active: the reader
// sees at once why the article matched. It scrolls once per article and
// query text, so a result that only changed the filters, or the same
// query's result arriving again, leaves the reader where they are; and it
// never overrides a remembered position being restored.
func (r *reader) followQuery() {
	want := followedQuery{id: r.shownID, query: comparableQuery(r.session.Query().Text)}
	if want == r.followed {
		return
	}
	r.followed = want
	// An article the query does not find may still hold some of its words
	// (a pasted page shares a few with anything): it keeps its place, and
	// the banner says it is not among the results.
	if want.query == "" || len(r.matches) == 0 || r.pendingScroll > 0 || r.pendingSpot || r.session.OpenExcluded() {
		return
	}
	r.pendingMatch = true
	r.applyPendingScroll()
}

// comparableQuery is a query text without the differences that do not
// change its matches: case and spacing.
func comparableQuery(q string) string { return strings.Join(strings.Fields(strings.ToLower(q)), " ") }

// CurrentMatch is the match next/previous went to, as its number from 0, or -1.
func (r *reader) CurrentMatch() int { return r.current }

// MatchCount is the number of matches in the open article.
func (r *reader) MatchCount() int { return len(r.matches) }
