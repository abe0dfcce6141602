package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/corpus/library"
	"dossier/corpus/search"
	"dossier/gui/view"
)

// partialSearch stands in for the search engine's best-partial mode until
// it fills Result.Mode and Hit.Words: a query with "xyz" in it finds what
// the rest finds, as the best articles without xyz. The first hit matched
// its first word in another form (as firstMatch says), the others as typed.
func partialSearch(lib *library.Library, q search.Query) search.Result {
	if !strings.Contains(q.Text, "xyz") {
		r := lib.Search(q)
		r.Mode = search.ModeAll
		return r
	}
	var rest []string
	for _, w := range strings.Fields(q.Text) {
		if w != "xyz" {
			rest = append(rest, w)
		}
	}
	q.Text = strings.Join(rest, " ")
	r := lib.Search(q)
	r.Mode, r.LeftOut = search.ModePartial, []string{"xyz"}
	if len(rest) == 0 {
		return r
	}
	for i := range r.Hits {
		word := search.WordMatch{Query: rest[0], Reason: search.ReasonExact, Forms: []string{rest[0]}}
		if first, ok := firstMatch[rest[0]]; ok && i+q.Offset == 0 {
			word = first
		}
		r.Hits[i].Words = []search.WordMatch{word, {Query: "xyz"}}
	}
	return r
}

// firstMatch is how partialSearch's first hit matched a query's first word.
var firstMatch = map[string]search.WordMatch{
	"pegasis": {Query: "pegasis", Reason: search.ReasonTypo, Forms: []string{"Pegasus"}},
	"hackers": {Query: "hackers", Reason: search.ReasonStem, Forms: []string{"hacker"}},
}

// openPartialWindow opens the seed articles at 800×600 with partialSearch
// as the search engine.
func openPartialWindow(t *testing.T) *MainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	h := make(handBack, 10000)
	m := New(a, seedLibrary(t), Options{syncSearch: true, NoRestoreCorpus: true, do: h.do, search: partialSearch})
	m.Window().Resize(fyne.NewSize(800, 600))
	t.Cleanup(func() { closeWindow(a, m.Window()) })
	return m
}

func TestPartialResultsSaySoAboveTheHits(t *testing.T) {
	m := openPartialWindow(t)
	if m.partial.Visible() {
		t.Errorf("the notice shows without a query: %q", m.partial.String())
	}
	m.State().SetQuery("pegasis xyz")
	if m.session.Total() == 0 {
		t.Fatal("pegasis xyz found nothing")
	}
	got := m.partial.String()
	for _, want := range []string{"Geen artikel bevat alle woorden; dit zijn de beste.", "Zonder: xyz"} {
		if !strings.Contains(got, want) {
			t.Errorf("the notice reads %q, want it to contain %q", got, want)
		}
	}
	if m.empty.Showing() {
		t.Error("the empty state shows over partial results")
	}
	// At 800×600 the sidebar is narrow: the notice wraps within it and
	// pushes the results down rather than under it.
	sidebar := m.sidebar.Size().Width
	if w := m.partial.Size().Width; w > sidebar || m.partial.MinSize().Width > w {
		t.Errorf("the notice is %v dp wide (min %v) in a %v dp sidebar", w, m.partial.MinSize().Width, sidebar)
	}
	if m.partial.Size().Height < 2*fyne.MeasureText("Mg", 12, fyne.TextStyle{}).Height {
		t.Errorf("the notice is %v dp tall: it does not wrap", m.partial.Size().Height)
	}
	noticeBottom := fyne.CurrentApp().Driver().AbsolutePositionForObject(m.partial).Y + m.partial.Size().Height
	if top := fyne.CurrentApp().Driver().AbsolutePositionForObject(m.list).Y; top < noticeBottom {
		t.Errorf("the list starts at %v, above the notice's end at %v", top, noticeBottom)
	}

	m.State().SetQuery("pegasis")
	if m.partial.Visible() {
		t.Errorf("the notice stays for a query every hit matches: %q", m.partial.String())
	}
}

func TestPartialNoticeInEnglish(t *testing.T) {
	inLanguage(t, "en")
	m := openPartialWindow(t)
	m.State().SetQuery("china xyz")
	got := m.partial.String()
	for _, want := range []string{"No article has all the words; these are the best.", "Without: xyz"} {
		if !strings.Contains(got, want) {
			t.Errorf("the notice reads %q, want it to contain %q", got, want)
		}
	}
}

// TestRowsSayHowTheirWordsMatched: the first hit matched hackers in another
// form and lacks xyz, and its row says so under the snippet, as the other
// rows say they lack xyz; rows keep one height, and the line stays inside
// its row.
func TestRowsSayHowTheirWordsMatched(t *testing.T) {
	m := openPartialWindow(t)
	m.State().SetQuery("hackers xyz")
	rows := objectsOfType[*resultRow](m.list)
	if len(rows) < 2 {
		t.Fatalf("%d rows shown", len(rows))
	}
	first, _ := m.session.Hit(0)
	var row *resultRow
	for _, r := range rows {
		if r.id == first.Doc.ID {
			row = r
		}
	}
	if row == nil {
		t.Fatal("no row for the first hit")
	}
	if got, want := row.notes.String(), "hackers → hacker (woordvorm) · zonder xyz"; got != want || !row.notes.Visible() {
		t.Errorf("the first row's notes read %q (shown %v), want %q", got, row.notes.Visible(), want)
	}
	for _, r := range rows {
		if got := r.notes.String(); r != row && got != "zonder xyz" {
			t.Errorf("row %s's notes read %q, want only the missing word", r.id, got)
		}
	}
	height := rows[0].Size().Height
	snippetLines := func(r *resultRow) (got, want int) {
		want = rowLines - r.headline.renderer.lineCount()
		if r.notes.Visible() {
			want--
		}
		return r.snippet.maxLines, max(want, 1)
	}
	for _, r := range rows {
		if got, want := snippetLines(r); got != want {
			t.Errorf("row %s: %d snippet lines, want %d", r.id, got, want)
		}
		if r.Size().Height != height {
			t.Errorf("rows of %v and %v dp", height, r.Size().Height)
		}
		if !r.notes.Visible() {
			continue
		}
		if bottom := r.notes.Position().Y + r.notes.MinSize().Height; bottom > r.Size().Height+1 {
			t.Errorf("row %s: the notes end at %v, below the row's %v", r.id, bottom, r.Size().Height)
		}
		if snip := r.snippet.Position().Y + r.snippet.MinSize().Height; snip > r.notes.Position().Y+2*r.Theme().Size("innerPadding") {
			t.Errorf("row %s: the snippet ends at %v, over the notes at %v", r.id, snip, r.notes.Position().Y)
		}
	}

	// Every word as typed: no line, and the snippet has its lines back.
	m.State().SetQuery("hackers")
	for _, r := range objectsOfType[*resultRow](m.list) {
		if r.notes.Visible() {
			t.Errorf("row %s has notes %q for a query it matched as typed", r.id, r.notes.String())
		}
		if got, want := snippetLines(r); got != want {
			t.Errorf("row %s: %d snippet lines without notes, want %d", r.id, got, want)
		}
	}
}

func TestWordNotesInBothLanguages(t *testing.T) {
	notes := []view.WordNote{
		{Query: "Fransen", Reason: search.ReasonCountry, Forms: []string{"Franse", "Frankrijk"}},
		{Query: "2021", Reason: "year"},
		{Query: "kernk", Reason: search.ReasonPrefix, Forms: []string{"kernkoppen"}},
		{Query: "xyz"},
	}
	for language, want := range map[string]string{
		"nl": "Fransen → Franse, Frankrijk (land) · 2021 (jaar) · kernk → kernkoppen (woordbegin) · zonder xyz",
		"en": "Fransen → Franse, Frankrijk (country) · 2021 (year) · kernk → kernkoppen (prefix) · without xyz",
	} {
		t.Run(language, func(t *testing.T) {
			if language != "nl" {
				inLanguage(t, language)
			}
			got, marks := wordNotesText(notes)
			if got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
			var marked []string
			for _, mk := range marks {
				marked = append(marked, string([]rune(got)[mk.start:mk.end]))
			}
			if strings.Join(marked, "|") != "Franse|Frankrijk|kernkoppen" {
				t.Errorf("marked %q, want the article's forms", marked)
			}
		})
	}
}

// TestEveryReasonHasAName: each kind of match reads as a word in both
// languages, never as a translation key.
func TestEveryReasonHasAName(t *testing.T) {
	reasons := []search.Reason{search.ReasonExact, search.ReasonStem, search.ReasonSpelling, search.ReasonCountry,
		search.ReasonPrefix, search.ReasonCompound, search.ReasonTypo, search.ReasonPhrase, "year"}
	for _, language := range []string{"nl", "en"} {
		t.Run(language, func(t *testing.T) {
			if language != "nl" {
				inLanguage(t, language)
			}
			seen := map[string]bool{}
			for _, r := range reasons {
				label := reasonLabel(r)
				if label == "" || strings.Contains(label, "reason.") || seen[label] {
					t.Errorf("%s reads %q", r, label)
				}
				seen[label] = true
			}
		})
	}
	if got := reasonLabel("someday"); got != "someday" {
		t.Errorf("an unknown reason reads %q, want its own name", got)
	}
}
