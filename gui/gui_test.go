package gui

import (
	"context"
	"fmt"
	"image/color"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/library"
)

// TestMain makes the interface Dutch, whatever the machine's locale, so that
// tests read the texts a Dutch reader sees. (The English ones are checked in
// strings_test.go.)
func TestMain(m *testing.M) {
	os.Setenv("LANGUAGE", "nl")
	addTranslations()
	os.Exit(m.Run())
}

// seedLibrary opens the built-in articles once per test binary.
var seedLibrary = func() func(t testing.TB) *library.Library {
	var lib *library.Library
	var err error
	return func(t testing.TB) *library.Library {
		t.Helper()
		if lib == nil && err == nil {
			lib, err = library.OpenSeed()
		}
		if err != nil {
			t.Fatalf("OpenSeed: %v", err)
		}
		return lib
	}
}()

// handBack collects the work a window hands back to the UI goroutine, so a
// test runs it on its own goroutine, when it chooses.
type handBack chan func()

func (h handBack) do(f func()) { h <- f }

// runUntil runs handed-back work until done reports true.
func (h handBack) runUntil(t *testing.T, done func() bool) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for !done() {
		select {
		case f := <-h:
			f()
		case <-deadline:
			t.Fatal("the background work did not finish in 20s")
		}
	}
}

// openWindow builds the main window over lib with the test driver, at the
// size the issue asks everything to fit in.
func openWindow(t *testing.T, a fyne.App, lib *library.Library) (*MainWindow, handBack) {
	t.Helper()
	h := make(handBack, 10000)
	m := New(a, lib, Options{syncSearch: true, NoRestoreCorpus: true, do: h.do})
	m.Window().Resize(fyne.NewSize(1280, 800))
	t.Cleanup(func() { closeWindow(a, m.Window()) })
	return m, h
}

// closeWindow closes w unless the test already did: the test driver
// panics on a second close.
func closeWindow(a fyne.App, w fyne.Window) {
	if slices.Contains(a.Driver().AllWindows(), w) {
		w.Close()
	}
}

// openSeed builds the main window over the built-in articles.
func openSeed(t *testing.T) (*MainWindow, *corpus.Corpus, fyne.App) {
	t.Helper()
	a := test.NewTempApp(t)
	lib := seedLibrary(t)
	m, _ := openWindow(t, a, lib)
	return m, lib.Corpus(), a
}

// objectsUnder lists o and everything drawn inside it, in drawing order.
func objectsUnder(o fyne.CanvasObject) []fyne.CanvasObject {
	all := []fyne.CanvasObject{o}
	var children []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		children = v.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(v).Objects()
	}
	for _, c := range children {
		all = append(all, objectsUnder(c)...)
	}
	return all
}

func objectsOfType[T fyne.CanvasObject](root fyne.CanvasObject) []T {
	var found []T
	for _, o := range objectsUnder(root) {
		if v, ok := o.(T); ok && o.Visible() {
			found = append(found, v)
		}
	}
	return found
}

// readerBlocks is what the reader column shows, top to bottom.
func readerBlocks(m *MainWindow) []fyne.CanvasObject { return m.reader.blocks.Objects }

// blockText is the text of a reader block, whatever widget draws it.
func blockText(o fyne.CanvasObject) string {
	switch v := o.(type) {
	case *widget.Label:
		return v.Text
	case *widget.RichText:
		return v.String()
	case *widget.Hyperlink:
		return v.Text
	case *readerText:
		return v.String()
	case *flowText:
		return v.String()
	}
	return ""
}

// describe says how a block is drawn, for failure messages.
func describe(o fyne.CanvasObject) string {
	if t, ok := o.(*readerText); ok {
		return fmt.Sprintf("text %q (bold %v, italic %v, size %q, colour %q)", t.String(), t.style.Bold, t.style.Italic, t.sizeName, t.colorName)
	}
	return fmt.Sprintf("%T %q", o, blockText(o))
}

func rowsInScreenOrder(m *MainWindow) []*resultRow {
	rows := objectsOfType[*resultRow](m.list)
	driver := fyne.CurrentApp().Driver()
	slices.SortFunc(rows, func(a, b *resultRow) int {
		return int(driver.AbsolutePositionForObject(a).Y - driver.AbsolutePositionForObject(b).Y)
	})
	return rows
}

func TestListShowsEverySeedArticleNewestFirst(t *testing.T) {
	m, c, _ := openSeed(t)

	rows := rowsInScreenOrder(m)
	if len(rows) != 4 {
		t.Fatalf("list shows %d rows, want the 4 seed articles", len(rows))
	}
	wantMeta := []string{"jul 2021 · NRC · FR MA IL IQ", "dec 2018 · US CN RU IR", "dec 2018 · US CN UA CY", "feb 2018 · US RU DE CN"}
	for i, row := range rows {
		doc := c.Docs()[i]
		if row.headline.String() != doc.Title {
			t.Errorf("row %d headline = %q, want %q", i, row.headline.String(), doc.Title)
		}
		if !row.headline.style.Bold {
			t.Errorf("row %d headline is not bold", i)
		}
		if got := row.meta.String(); got != wantMeta[i] {
			t.Errorf("row %d meta = %q, want %q", i, got, wantMeta[i])
		}
		if row.snippet.String() == "" {
			t.Errorf("row %d has no snippet", i)
		}
	}
	if !strings.HasPrefix(rows[0].headline.String(), "Was Macrons mobiel") {
		t.Errorf("first row is %q, want the newest article (Macron, 2021)", rows[0].headline.String())
	}
	if got := m.count.String(); got != "4 artikelen" {
		t.Errorf("count = %q, want \"4 artikelen\"", got)
	}
}

func TestEverythingFitsTheWindow(t *testing.T) {
	m, _, _ := openSeed(t)
	size := m.Window().Canvas().Size()
	driver := fyne.CurrentApp().Driver()
	for name, o := range map[string]fyne.CanvasObject{
		"search bar": m.search, "results": m.list, "reader": m.reader, "map": m.mapView, "timeline": m.timeline,
	} {
		pos, s := driver.AbsolutePositionForObject(o), o.Size()
		// Splits place their panes a few dp into their own padding.
		if !o.Visible() || s.Width < 100 || s.Height < 30 || pos.X < -4 || pos.Y < -4 ||
			pos.X+s.Width > size.Width+1 || pos.Y+s.Height > size.Height+1 {
			t.Errorf("%s at %v, %v is not fully inside the %v window", name, pos, s, size)
		}
	}
	if m.mapView.Size().Height < 150 || m.timeline.Size().Height < 120 {
		t.Errorf("map %v and timeline %v are too small to use", m.mapView.Size(), m.timeline.Size())
	}
	if m.reader.Size().Width < readerMaxTextWidth {
		t.Errorf("the reader is %v wide, narrower than its %v text column", m.reader.Size().Width, readerMaxTextWidth)
	}
}

// TestTheMapHasRoomAndTheReaderKeepsItsPage checks the strip's proportions
// at 1280×800: the map about twice as wide as tall, as the world is, and big
// enough to see a country in, and the reader still tall enough to read in.
func TestTheMapHasRoomAndTheReaderKeepsItsPage(t *testing.T) {
	m, _, _ := openSeed(t)
	if s := m.mapView.Size(); s.Width < 480 || s.Height < 220 || s.Width < 1.9*s.Height {
		t.Errorf("the map is %v, want at least 480×220 and about twice as wide as tall", s)
	}
	if h := m.reader.scroll.Size().Height; h < 480 {
		t.Errorf("the reader's page is %v tall, want at least 480", h)
	}
	if s := m.timeline.Size(); s.Width < 600 {
		t.Errorf("the timeline is %v, want at least 600 wide", s)
	}
}

func TestNewestArticleIsOpenAtStart(t *testing.T) {
	m, c, _ := openSeed(t)

	newest := c.Docs()[0]
	if got := m.State().OpenID(); got != newest.ID {
		t.Fatalf("open article = %q, want the newest %q", got, newest.ID)
	}
	title, ok := readerBlocks(m)[0].(*readerText)
	if !ok || title.String() != newest.Title || !title.style.Bold || title.sizeName != sizeReaderTitle {
		t.Errorf("reader starts with %s, want the title %q, bold, in title size", describe(readerBlocks(m)[0]), newest.Title)
	}
	meta := blockText(readerBlocks(m)[1])
	if meta != "juli 2021 · NRC · 358 woorden" {
		t.Errorf("meta line = %q", meta)
	}
}

func TestTappingARowOpensItsArticle(t *testing.T) {
	m, c, _ := openSeed(t)
	oldest := c.Docs()[3]

	rows := rowsInScreenOrder(m)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(rows[3]).AddXY(20, 10)
	test.TapCanvas(m.Window().Canvas(), at)

	if got := m.State().OpenID(); got != oldest.ID {
		t.Fatalf("after tapping the last row the open article is %q, want %q", got, oldest.ID)
	}
	if got := blockText(readerBlocks(m)[0]); got != oldest.Title {
		t.Errorf("reader title = %q, want %q", got, oldest.Title)
	}
}

func TestReaderStylesHeadingsAndCaptions(t *testing.T) {
	m, _, _ := openSeed(t)
	m.State().OpenArticle("000_ff3dc8e55b17b03b") // CIA article: one caption, one heading

	heading := findBlock(t, m, "Hackingtools")
	if h, ok := heading.(*readerText); !ok || !h.style.Bold || h.sizeName != sizeReaderHeading {
		t.Errorf("heading \"Hackingtools\" drawn as %s, want bold text in heading size", describe(heading))
	}

	caption := findBlock(t, m, "President Trump en president Poetin. Foto: EPA-EFE")
	if c, ok := caption.(*readerText); !ok || !c.style.Italic || c.colorName != colorMuted || c.sizeName != sizeReaderSmall {
		t.Errorf("caption drawn as %s, want italic, muted, small", describe(caption))
	}

	body := findBlock(t, m, "De deal was dat de Rus")
	if b, ok := body.(*readerText); !ok || b.style.Bold || b.sizeName != sizeReaderBody {
		t.Errorf("paragraph drawn as %s, want plain text in body size", describe(body))
	}
}

// findBlock finds the reader block whose text starts with prefix.
func findBlock(t *testing.T, m *MainWindow, prefix string) fyne.CanvasObject {
	t.Helper()
	for _, b := range readerBlocks(m) {
		if strings.HasPrefix(blockText(b), prefix) {
			return b
		}
	}
	t.Fatalf("reader shows no block starting %q", prefix)
	return nil
}

func TestAdvertisingMarkerIsNeverShown(t *testing.T) {
	m, c, _ := openSeed(t)
	for _, doc := range c.Docs() {
		m.State().OpenArticle(doc.ID)
		for _, b := range readerBlocks(m) {
			if strings.Contains(blockText(b), "Lees verder na de advertentie") {
				t.Errorf("%s: reader shows the advertising marker in %q", doc.ID, blockText(b))
			}
		}
	}
}

func TestReaderStylesEachKindOfParagraph(t *testing.T) {
	doc := &corpus.Document{
		ID: "x", Path: "x.txt", Title: "Kop", Source: "Trouw",
		Date: corpus.Date{Month: corpus.Month{Year: 2020, Month: 3}, Day: 5},
		Paragraphs: []corpus.Paragraph{
			{Kind: corpus.KindParagraph, Text: "Eerste alinea."},
			{Kind: corpus.KindCaption, Text: "Onderschrift. Foto: ANP"},
			{Kind: corpus.KindHeading, Text: "Tussenkop"},
			{Kind: corpus.KindParagraph, Text: "Tweede alinea."},
		},
	}
	test.NewTempApp(t)
	blocks, gaps := articleBlocks(doc, nil, nil, nil, nil)
	if len(blocks) != 6 || len(gaps) != len(blocks) {
		t.Fatalf("got %d blocks and %d gaps, want title, meta and 4 paragraphs with a gap each", len(blocks), len(gaps))
	}
	if got := blockText(blocks[1]); got != "5 maart 2020 · Trouw · 8 woorden" {
		t.Errorf("meta = %q", got)
	}
	if gaps[4] <= gaps[5] {
		t.Errorf("a heading has %v above and the paragraph after it %v: the heading should open its section", gaps[4], gaps[5])
	}
	if h := blocks[4].(*readerText); !h.style.Bold || h.sizeName != sizeReaderHeading {
		t.Errorf("heading drawn as %s, want bold in heading size", describe(h))
	}
	if c := blocks[3].(*readerText); !c.style.Italic || c.colorName != colorMuted {
		t.Errorf("caption drawn as %s, want muted italic", describe(c))
	}
}

func TestReaderLinksToTheOriginalWhenTheFileNamesOne(t *testing.T) {
	test.NewTempApp(t)
	doc := &corpus.Document{ID: "x", Title: "Kop", URL: "https://example.org/a",
		Paragraphs: []corpus.Paragraph{{Kind: corpus.KindParagraph, Text: "Tekst."}}}
	blocks, _ := articleBlocks(doc, nil, nil, nil, nil)
	link, ok := blocks[len(blocks)-1].(*widget.Hyperlink)
	if !ok || link.URL.String() != "https://example.org/a" {
		t.Errorf("last block = %s, want a link to the original", describe(blocks[len(blocks)-1]))
	}
}

func TestReaderColumnKeepsLinesReadable(t *testing.T) {
	m, _, _ := openSeed(t)
	for _, windowWidth := range []float32{2400, 1280, 900} {
		m.Window().Resize(fyne.NewSize(windowWidth, 800))
		readerWidth := m.reader.scroll.Size().Width
		paragraph := readerBlocks(m)[2]
		width := paragraph.Size().Width
		if width > readerMaxTextWidth {
			t.Errorf("window %v: text column is %v wide, over the %v cap", windowWidth, width, float32(readerMaxTextWidth))
		}
		if readerWidth-2*readerSideMargin >= readerMaxTextWidth && width != readerMaxTextWidth {
			t.Errorf("window %v: text column is %v wide in a %v reader, want the full %v", windowWidth, width, readerWidth, float32(readerMaxTextWidth))
		}
		left := paragraph.Position().X
		right := m.reader.blocks.Size().Width - left - width
		if diff := left - right; diff > 1 || diff < -1 {
			t.Errorf("window %v: column is off centre (%v left, %v right)", windowWidth, left, right)
		}
		if paragraph.Size().Height <= paragraph.MinSize().Height-1 {
			t.Errorf("window %v: paragraph is cut off: %v tall, needs %v", windowWidth, paragraph.Size().Height, paragraph.MinSize().Height)
		}
	}
}

func TestSearchBarHasTheFocusAtStart(t *testing.T) {
	m, _, _ := openSeed(t)
	if f := m.Window().Canvas().Focused(); f != m.search {
		t.Fatalf("focused = %T, want the search bar", f)
	}
}

func TestArrowKeysMoveThroughTheResults(t *testing.T) {
	m, c, _ := openSeed(t)
	press := func(k fyne.KeyName) { m.Window().Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k}) }

	// From the search bar, as the reader types and then goes down the list.
	press(fyne.KeyDown)
	press(fyne.KeyDown)
	if got := m.State().OpenID(); got != c.Docs()[2].ID {
		t.Errorf("after Down, Down the open article is %q, want the third %q", got, c.Docs()[2].ID)
	}
	press(fyne.KeyUp)
	if got := m.State().OpenID(); got != c.Docs()[1].ID {
		t.Errorf("after Up the open article is %q, want %q", got, c.Docs()[1].ID)
	}
	for range 10 {
		press(fyne.KeyDown)
	}
	if got := m.State().OpenID(); got != c.Docs()[3].ID {
		t.Errorf("Down past the end opened %q, want to stay on the last %q", got, c.Docs()[3].ID)
	}
	// And from the list itself.
	m.Window().Canvas().Focus(m.list)
	press(fyne.KeyUp)
	if got := m.State().OpenID(); got != c.Docs()[2].ID {
		t.Errorf("Up in the list opened %q, want %q", got, c.Docs()[2].ID)
	}
}

func TestEnterOpensTheBestHit(t *testing.T) {
	m, _, _ := openSeed(t)
	m.State().OpenArticle("000_ff3dc8e55b17b03b")
	test.Type(m.search, "cyprus")
	m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	best, _ := m.session.Hit(0)
	if got := m.State().OpenID(); got != best.Doc.ID {
		t.Errorf("Enter opened %q, want the best hit %q", got, best.Doc.ID)
	}
}

func TestEscClearsTheQuery(t *testing.T) {
	m, _, _ := openSeed(t)
	test.Type(m.search, "pegasus")
	if m.session.Total() != 1 {
		t.Fatalf("\"pegasus\" finds %d articles, want 1", m.session.Total())
	}
	m.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.State().Query() != "" || m.search.Text != "" || m.session.Total() != 4 {
		t.Errorf("after Esc: query %q, search bar %q, %d results; want all cleared", m.State().Query(), m.search.Text, m.session.Total())
	}
}

func TestShortcutsFocusTheSearchBar(t *testing.T) {
	m, _, _ := openSeed(t)
	c := m.Window().Canvas()
	for _, s := range []fyne.Shortcut{shortcutSearch, shortcutSearchK} {
		c.Focus(m.list)
		c.(fyne.Shortcutable).TypedShortcut(s)
		if c.Focused() != m.search {
			t.Errorf("%s: focused = %T, want the search bar", s.ShortcutName(), c.Focused())
		}
	}
	c.Focus(m.list)
	m.list.TypedRune('/')
	if c.Focused() != m.search {
		t.Errorf("/: focused = %T, want the search bar", c.Focused())
	}
	c.Unfocus()
	test.TypeOnCanvas(c, "/")
	if c.Focused() != m.search {
		t.Errorf("/ with nothing focused: focused = %T, want the search bar", c.Focused())
	}
}

func TestTypingAQueryUpdatesResultsMapAndTimeline(t *testing.T) {
	m, _, _ := openSeed(t)
	test.Type(m.search, "pegasis")

	if m.State().Query() != "pegasis" {
		t.Fatalf("state query = %q", m.State().Query())
	}
	rows := rowsInScreenOrder(m)
	if len(rows) != 1 || !strings.HasPrefix(rows[0].headline.String(), "Was Macrons mobiel") {
		t.Fatalf("results after \"pegasis\": %d rows, want the Macron article", len(rows))
	}
	if got := m.count.String(); got != "1 artikel" {
		t.Errorf("count = %q, want \"1 artikel\"", got)
	}
	if !m.suggestion.Visible() || m.suggestion.Text != "Bedoelde u Pegasus?" {
		t.Errorf("suggestion = %q (visible %v), want \"Bedoelde u Pegasus?\"", m.suggestion.Text, m.suggestion.Visible())
	}
	snippet := rows[0].snippet
	if len(snippet.marks) == 0 || string(snippet.text[snippet.marks[0].start:snippet.marks[0].end]) != "Pegasus" {
		t.Errorf("snippet marks %v, want \"Pegasus\" highlighted", snippet.marks)
	}
	// The map colours the countries of that one article, the timeline one month.
	if m.mapView.counts["MA"] != 1 || m.mapView.counts["US"] != 0 {
		t.Errorf("map counts = %v, want Morocco 1 and no United States", m.mapView.counts)
	}
	total := 0
	for _, n := range m.timeline.data.counts {
		total += n
	}
	july2021 := corpus.Month{Year: 2021, Month: time.July}.Index() - m.timeline.data.first
	if total != 1 || m.timeline.data.counts[july2021] != 1 {
		t.Errorf("timeline counts sum to %d, want one article in July 2021", total)
	}
}

// TestEmptyResultSaysWhyAndOffersTheSpelling: a query no article has every
// word of lists the best articles, says so and offers the spelling above
// them; one no article has any word of, or none within the filters, leaves
// the list empty and says why, offering the spelling there.
func TestEmptyResultSaysWhyAndOffersTheSpelling(t *testing.T) {
	m, _, _ := openSeed(t)
	test.Type(m.search, "pegasis hackers")
	if m.session.Total() != 3 || m.empty.Showing() {
		t.Fatalf("\"pegasis hackers\" finds %d articles (empty state %v), want the 3 with either word", m.session.Total(), m.empty.Showing())
	}
	if got := m.partial.String(); !strings.Contains(got, "dit zijn de beste.") || !strings.Contains(got, "Zonder: pegasis") {
		t.Errorf("the partial notice reads %q", got)
	}
	if !m.suggestion.Visible() || m.suggestion.Text != "Bedoelde u Pegasus hackers?" {
		t.Errorf("suggestion above the results = %q (visible %v)", m.suggestion.Text, m.suggestion.Visible())
	}
	test.TapAt(m.suggestion, fyne.NewPos(20, m.suggestion.Size().Height/2)) // on its text
	if m.State().Query() != "Pegasus hackers" || m.search.Text != "Pegasus hackers" {
		t.Errorf("tapping the suggestion left query %q, search bar %q", m.State().Query(), m.search.Text)
	}

	m.State().SetQuery("qqqzzz")
	if m.session.Total() != 0 || !m.empty.Showing() || m.partial.Visible() {
		t.Fatalf("\"qqqzzz\": %d articles, empty state %v, partial notice %q", m.session.Total(), m.empty.Showing(), m.partial.String())
	}
	if got := m.empty.reason.Text; got != "Geen enkel artikel bevat ‘qqqzzz’." {
		t.Errorf("reason = %q", got)
	}
	if m.empty.suggestion.Visible() {
		t.Errorf("a suggestion %q for a word like none of the corpus", m.empty.suggestion.Text)
	}

	m.State().SetQuery("pegasis")
	m.State().AddCountry("CN")
	if m.session.Total() != 0 || !m.empty.Showing() {
		t.Fatalf("\"pegasis\" in China: %d articles, empty state %v", m.session.Total(), m.empty.Showing())
	}
	if got := m.empty.reason.Text; got != "Geen enkel artikel met ‘pegasis’ past bij de filters." {
		t.Errorf("reason = %q", got)
	}
	if !m.empty.suggestion.Visible() || m.empty.suggestion.Text != "Bedoelde u Pegasus?" {
		t.Errorf("suggestion = %q (visible %v)", m.empty.suggestion.Text, m.empty.suggestion.Visible())
	}
	link := m.empty.suggestion
	test.TapAt(link, fyne.NewPos(20, link.Size().Height/2)) // on its text
	if m.State().Query() != "Pegasus" || m.search.Text != "Pegasus" {
		t.Errorf("tapping the suggestion left query %q, search bar %q", m.State().Query(), m.search.Text)
	}
	m.State().RemoveCountry("CN")

	m.State().SetQuery("")
	m.State().AddCountry("FI")
	m.State().SetRange(corpus.Month{Year: 2021, Month: 1}, corpus.Month{Year: 2021, Month: 12})
	if m.session.Total() != 0 || m.empty.reason.Text != "Geen enkel artikel past bij de filters." || !m.empty.clear.Visible() {
		t.Errorf("empty by filters: %d results, reason %q, clear button %v", m.session.Total(), m.empty.reason.Text, m.empty.clear.Visible())
	}
	test.Tap(m.empty.clear)
	if m.State().HasFilters() || m.session.Total() != 4 {
		t.Errorf("\"Filters wissen\" left filters %v and %d results", m.State().HasFilters(), m.session.Total())
	}
}

func TestReaderHighlightsMatchesAndSteps(t *testing.T) {
	m, _, _ := openSeed(t)
	test.Type(m.search, "pegasis")
	if n := m.reader.MatchCount(); n != 5 {
		t.Fatalf("reader counts %d matches of \"pegasis\" (Pegasus), want 5", n)
	}
	// The reader went to the first match by itself (see reader_follow_test.go).
	if got := m.reader.matchLabel.Text; got != "treffer 1 van 5" || m.reader.CurrentMatch() != 0 {
		t.Errorf("match label = %q, current %d; want the first match", got, m.reader.CurrentMatch())
	}
	m.Window().Resize(fyne.NewSize(1280, 500))
	shortcut := m.Window().Canvas().(fyne.Shortcutable)
	shortcut.TypedShortcut(shortcutNextMatch)
	shortcut.TypedShortcut(shortcutNextMatch)
	if m.reader.CurrentMatch() != 2 || m.reader.matchLabel.Text != "treffer 3 van 5" {
		t.Errorf("after two next: match %d, label %q", m.reader.CurrentMatch(), m.reader.matchLabel.Text)
	}
	if m.reader.scroll.Offset.Y <= 0 {
		t.Errorf("the reader did not scroll to the third match")
	}
	current := 0
	for _, b := range m.reader.texts {
		for _, mk := range b.text.marks {
			if mk.kind == markCurrent {
				current++
				if got := string(b.text.text[mk.start:mk.end]); got != "Pegasus" {
					t.Errorf("current match marks %q", got)
				}
			}
		}
	}
	if current != 1 {
		t.Errorf("%d current matches marked, want 1", current)
	}
	shortcut.TypedShortcut(shortcutPreviousMatch)
	shortcut.TypedShortcut(shortcutPreviousMatch)
	shortcut.TypedShortcut(shortcutPreviousMatch)
	if m.reader.CurrentMatch() != 4 {
		t.Errorf("previous from the first match went to %d, want the last (4)", m.reader.CurrentMatch())
	}
	test.Tap(m.reader.next)
	if m.reader.CurrentMatch() != 0 {
		t.Errorf("next from the last match went to %d, want the first", m.reader.CurrentMatch())
	}
}

func TestTappingACountryMentionSetsTheFilter(t *testing.T) {
	m, _, _ := openSeed(t)
	// "Marokkaanse" in the first paragraph of the Macron article.
	block := findBlock(t, m, "Een mobiel telefoonnummer").(*readerText)
	var mention *run
	for i, r := range block.renderer.runs {
		if r.mention >= 0 && string(block.text[r.start:r.end]) == "Marokkaanse" {
			mention = &block.renderer.runs[i]
		}
	}
	if mention == nil {
		t.Fatal("\"Marokkaanse\" is not drawn as a country mention")
	}
	test.TapAt(block, fyne.NewPos(mention.x+mention.w/2, mention.y+4))
	if got := m.State().Countries(); !slices.Equal(got, []string{"MA"}) {
		t.Fatalf("after tapping \"Marokkaanse\" the country filter is %v, want [MA]", got)
	}
	chips := m.chips.Chips()
	if len(chips) != 1 || chips[0].Label() != "Marokko" {
		t.Errorf("chips = %v, want one \"Marokko\"", chipLabels(chips))
	}
	if m.mapView.selected["MA"] != true {
		t.Errorf("the map does not outline Morocco")
	}
	if m.session.Total() != 1 {
		t.Errorf("%d articles name Morocco, want 1", m.session.Total())
	}
}

func chipLabels(chips []*chip) []string {
	var out []string
	for _, c := range chips {
		out = append(out, c.Label())
	}
	return out
}

func TestChipsShowAndClearTheFilters(t *testing.T) {
	m, _, _ := openSeed(t)
	if m.chips.Visible() {
		t.Errorf("chips shown without filters")
	}
	m.mapView.onToggle("RU") // as a click on Russia does
	m.timeline.onRange(corpus.Month{Year: 2018, Month: time.June}, corpus.Month{Year: 2019, Month: time.December})
	m.State().SetBookmarksOnly(true)
	want := []string{"Rusland", "Gepubliceerd van jun 2018 tot en met dec 2019", "Bladwijzers"}
	if got := chipLabels(m.chips.Chips()); !slices.Equal(got, want) {
		t.Fatalf("chips = %q, want %q", got, want)
	}
	test.Tap(m.chips.Chips()[1])
	if m.State().HasRange() {
		t.Errorf("tapping the date chip left the range set")
	}
	clearAll := objectsOfType[*widget.Button](m.chips)
	if len(clearAll) != 1 || clearAll[0].Text != "Alles wissen" {
		t.Fatalf("no \"Alles wissen\" beside two chips")
	}
	test.Tap(clearAll[0])
	if m.State().HasFilters() || m.chips.Visible() || m.session.Total() != 4 {
		t.Errorf("after \"Alles wissen\": filters %v, chips shown %v, %d results", m.State().HasFilters(), m.chips.Visible(), m.session.Total())
	}
}

func TestTimelineMonthAndMapToggle(t *testing.T) {
	m, _, _ := openSeed(t)
	m.timeline.onMonth(corpus.Month{Year: 2018, Month: time.December})
	if m.session.Total() != 2 {
		t.Errorf("December 2018 has %d articles, want 2", m.session.Total())
	}
	if got := chipLabels(m.chips.Chips()); !slices.Equal(got, []string{"Gepubliceerd in dec 2018"}) {
		t.Errorf("chips = %q", got)
	}
	m.mapView.onToggle("FR")
	m.mapView.onToggle("FR")
	if len(m.State().Countries()) != 0 {
		t.Errorf("toggling France twice left %v", m.State().Countries())
	}
}

func TestTextSizeShortcuts(t *testing.T) {
	m, _, a := openSeed(t)
	body := findBlock(t, m, "Een mobiel telefoonnummer").(*readerText)
	before := body.MinSize().Height
	c := m.Window().Canvas().(fyne.Shortcutable)
	c.TypedShortcut(shortcutLarger)
	if m.TextSize() != 19 {
		t.Errorf("Ctrl+= made the text %v, want 19", m.TextSize())
	}
	if a.Settings().Theme().Size(sizeReaderBody) != 19 || body.MinSize().Height <= before {
		t.Errorf("the body did not grow: theme size %v, height %v (was %v)", a.Settings().Theme().Size(sizeReaderBody), body.MinSize().Height, before)
	}
	c.TypedShortcut(shortcutSmaller)
	c.TypedShortcut(shortcutSmaller)
	if m.TextSize() != 15 {
		t.Errorf("Ctrl+- twice made the text %v, want 15", m.TextSize())
	}
	if got := a.Preferences().Float(preferenceTextSize); got != 15 {
		t.Errorf("remembered text size %v, want 15", got)
	}
	// The search bar passes the window's shortcuts on.
	m.search.TypedShortcut(shortcutDefaultSize)
	if m.TextSize() != defaultTextSize {
		t.Errorf("Ctrl+0 in the search bar made the text %v", m.TextSize())
	}
}

func TestPageDownScrollsTheReader(t *testing.T) {
	m, _, _ := openSeed(t)
	m.Window().Resize(fyne.NewSize(1280, 500)) // short enough that the article scrolls
	m.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if m.reader.scroll.Offset.Y <= 0 {
		t.Fatalf("PageDown left the reader at offset %v", m.reader.scroll.Offset.Y)
	}
	m.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if m.reader.scroll.Offset.Y != 0 {
		t.Errorf("opening the next article kept offset %v, want its top", m.reader.scroll.Offset.Y)
	}
}

func TestStateChangesSelectTheListRow(t *testing.T) {
	m, c, a := openSeed(t)
	m.State().OpenArticle(c.Docs()[2].ID) // as the quick open or a key would

	// The list marks its selection with a rectangle in the selection colour.
	selection := a.Settings().Theme().Color(theme.ColorNameSelection, a.Settings().ThemeVariant())
	driver := a.Driver()
	var marked []float32
	for _, r := range objectsOfType[*canvas.Rectangle](m.list) {
		if r.FillColor == selection {
			marked = append(marked, driver.AbsolutePositionForObject(r).Y)
		}
	}
	want := driver.AbsolutePositionForObject(rowsInScreenOrder(m)[2]).Y
	if len(marked) != 1 || marked[0] != want {
		t.Errorf("selection marks at y=%v, want one at the third row, y=%v", marked, want)
	}
}

func TestThemeSwitchChangesTheVariant(t *testing.T) {
	m, _, a := openSeed(t)
	background := func(system fyne.ThemeVariant) color.Color {
		return a.Settings().Theme().Color(theme.ColorNameBackground, system)
	}
	light, _ := readingPalette(theme.ColorNameBackground, false)
	dark, _ := readingPalette(theme.ColorNameBackground, true)

	if m.ThemeMode() != ThemeSystem {
		t.Fatalf("a fresh app starts in %q, want to follow the system", m.ThemeMode())
	}
	if background(theme.VariantLight) != light || background(theme.VariantDark) != dark {
		t.Errorf("in system mode the theme does not follow the system's variant")
	}

	chooseFromMenu(t, m, "Donker")
	if m.ThemeMode() != ThemeDark || background(theme.VariantLight) != dark {
		t.Errorf("after Donker: mode %q, background on a light system %v, want dark %v", m.ThemeMode(), background(theme.VariantLight), dark)
	}
	if fill := objectsOfType[*themedFill](m.Window().Content()); len(fill) == 0 || fill[0].rect.FillColor != mustColor(colorSidebar, true) {
		t.Errorf("the sidebar did not repaint in the dark colour")
	}

	chooseFromMenu(t, m, "Licht")
	if m.ThemeMode() != ThemeLight || background(theme.VariantDark) != light {
		t.Errorf("after Licht: mode %q, background on a dark system %v, want light %v", m.ThemeMode(), background(theme.VariantDark), light)
	}
	if got := a.Preferences().String(preferenceTheme); got != string(ThemeLight) {
		t.Errorf("stored preference = %q, want %q", got, ThemeLight)
	}
	for mode, item := range m.themeItems {
		if item.Checked != (mode == ThemeLight) {
			t.Errorf("menu item %q checked = %v", item.Label, item.Checked)
		}
	}
}

func TestThemeChoiceSurvivesARestart(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(preferenceTheme, string(ThemeDark))
	m, _ := openWindow(t, a, seedLibrary(t))
	if m.ThemeMode() != ThemeDark {
		t.Errorf("mode after restart = %q, want the stored %q", m.ThemeMode(), ThemeDark)
	}
	if !m.themeItems[ThemeDark].Checked {
		t.Errorf("the menu does not tick the stored choice")
	}
}

func mustColor(name fyne.ThemeColorName, dark bool) color.Color {
	c, _ := readingPalette(name, dark)
	return c
}

// chooseFromMenu runs Beeld › Thema › label from the window's main menu.
func chooseFromMenu(t *testing.T, m *MainWindow, label string) {
	t.Helper()
	for _, menu := range m.Window().MainMenu().Items {
		for _, item := range menu.Items {
			if item.ChildMenu == nil {
				continue
			}
			for _, child := range item.ChildMenu.Items {
				if child.Label == label {
					child.Action()
					return
				}
			}
		}
	}
	t.Fatalf("no menu item %q", label)
}

func TestEmptyCorpusShowsAHint(t *testing.T) {
	a := test.NewTempApp(t)
	empty, _ := corpus.New(nil)
	lib, err := library.Open(context.Background(), empty, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, _ := openWindow(t, a, lib)
	if m.State().OpenID() != "" {
		t.Errorf("open article = %q in an empty corpus", m.State().OpenID())
	}
	if got := blockText(readerBlocks(m)[0]); got != textNoneOpen() {
		t.Errorf("reader shows %q, want the hint %q", got, textNoneOpen())
	}
	if !m.empty.Showing() || m.empty.reason.Text != "Dit corpus bevat geen artikelen." {
		t.Errorf("empty state %v: %q", m.empty.Visible(), m.empty.reason.Text)
	}
}
