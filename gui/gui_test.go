package gui

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// openSeed builds the main window over the embedded corpus with the test driver.
func openSeed(t *testing.T) (*MainWindow, *corpus.Corpus, fyne.App) {
	t.Helper()
	a := test.NewTempApp(t)
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatalf("LoadSeed: %v", err)
	}
	m := New(a, c)
	m.Window().Resize(fyne.NewSize(1200, 900))
	t.Cleanup(m.Window().Close)
	return m, c, a
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
	}
	return ""
}

// describe says how a block is drawn, for failure messages.
func describe(o fyne.CanvasObject) string {
	if l, ok := o.(*widget.Label); ok {
		return fmt.Sprintf("label %q (bold %v, size %q, wrapping %v)", l.Text, l.TextStyle.Bold, l.SizeName, l.Wrapping)
	}
	return fmt.Sprintf("%T %q", o, blockText(o))
}

func rowsInScreenOrder(m *MainWindow) []*articleRow {
	rows := objectsOfType[*articleRow](m.list)
	driver := fyne.CurrentApp().Driver()
	slices.SortFunc(rows, func(a, b *articleRow) int {
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
	wantMeta := []string{"jul 2021 · NRC", "dec 2018", "dec 2018", "feb 2018"}
	for i, row := range rows {
		doc := c.Docs()[i]
		if row.headline.Text != doc.Title {
			t.Errorf("row %d headline = %q, want %q", i, row.headline.Text, doc.Title)
		}
		if !row.headline.TextStyle.Bold {
			t.Errorf("row %d headline is not bold", i)
		}
		if got := row.meta.String(); got != wantMeta[i] {
			t.Errorf("row %d meta = %q, want %q", i, got, wantMeta[i])
		}
	}
	if !strings.HasPrefix(rows[0].headline.Text, "Was Macrons mobiel") {
		t.Errorf("first row is %q, want the newest article (Macron, 2021)", rows[0].headline.Text)
	}
}

func TestNewestArticleIsOpenAtStart(t *testing.T) {
	m, c, _ := openSeed(t)

	newest := c.Docs()[0]
	if got := m.State().OpenID(); got != newest.ID {
		t.Fatalf("open article = %q, want the newest %q", got, newest.ID)
	}
	title, ok := readerBlocks(m)[0].(*widget.Label)
	if !ok || title.Text != newest.Title || !title.TextStyle.Bold || title.SizeName != sizeReaderTitle {
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
	if l, ok := heading.(*widget.Label); !ok || !l.TextStyle.Bold || l.SizeName != sizeReaderHeading {
		t.Errorf("heading \"Hackingtools\" drawn as %s, want a bold label in heading size", describe(heading))
	}

	caption := findBlock(t, m, "President Trump en president Poetin. Foto: EPA-EFE")
	rt, ok := caption.(*widget.RichText)
	if !ok {
		t.Fatalf("caption drawn as %T, want rich text", caption)
	}
	style := rt.Segments[0].(*widget.TextSegment).Style
	if !style.TextStyle.Italic || style.ColorName != colorMuted || style.SizeName != sizeReaderSmall {
		t.Errorf("caption style = %+v, want italic, muted, small", style)
	}

	body := findBlock(t, m, "De deal was dat de Rus")
	if l, ok := body.(*widget.Label); !ok || l.TextStyle.Bold || l.SizeName != sizeReaderBody || l.Wrapping != fyne.TextWrapWord {
		t.Errorf("paragraph drawn as %s, want a plain wrapped label in body size", describe(body))
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
	blocks, gaps := articleBlocks(doc)
	if len(blocks) != 6 || len(gaps) != len(blocks) {
		t.Fatalf("got %d blocks and %d gaps, want title, meta and 4 paragraphs with a gap each", len(blocks), len(gaps))
	}
	if got := blockText(blocks[1]); got != "5 maart 2020 · Trouw · 8 woorden" {
		t.Errorf("meta = %q", got)
	}
	if gaps[4] <= gaps[5] {
		t.Errorf("a heading has %v above and the paragraph after it %v: the heading should open its section", gaps[4], gaps[5])
	}
	if l := blocks[4].(*widget.Label); !l.TextStyle.Bold || l.SizeName != sizeReaderHeading {
		t.Errorf("heading drawn as %s, want bold in heading size", describe(l))
	}
	if _, ok := blocks[3].(*widget.RichText); !ok {
		t.Errorf("caption drawn as %T, want muted rich text", blocks[3])
	}
}

func TestReaderLinksToTheOriginalWhenTheFileNamesOne(t *testing.T) {
	doc := &corpus.Document{ID: "x", Title: "Kop", URL: "https://example.org/a",
		Paragraphs: []corpus.Paragraph{{Kind: corpus.KindParagraph, Text: "Tekst."}}}
	blocks, _ := articleBlocks(doc)
	link, ok := blocks[len(blocks)-1].(*widget.Hyperlink)
	if !ok || link.URL.String() != "https://example.org/a" {
		t.Errorf("last block = %s, want a link to the original", describe(blocks[len(blocks)-1]))
	}
}

func TestReaderColumnKeepsLinesReadable(t *testing.T) {
	m, _, _ := openSeed(t)
	for _, windowWidth := range []float32{2000, 1200, 700} {
		m.Window().Resize(fyne.NewSize(windowWidth, 800))
		readerWidth := m.reader.Size().Width
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

func TestArrowKeysMoveThroughTheArticles(t *testing.T) {
	m, c, _ := openSeed(t)
	canvas := m.Window().Canvas()
	if canvas.Focused() != m.list {
		t.Fatalf("focused = %T, want the article list so the arrows work at once", canvas.Focused())
	}
	press := func(k fyne.KeyName) { canvas.Focused().TypedKey(&fyne.KeyEvent{Name: k}) }

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
}

func TestPageDownScrollsTheReader(t *testing.T) {
	m, _, _ := openSeed(t)
	m.Window().Resize(fyne.NewSize(1000, 400)) // short enough that the article scrolls
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
	m.State().OpenArticle(c.Docs()[2].ID) // as a later map or search view would

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

	chooseFromMenu(t, m, textThemeDark)
	if m.ThemeMode() != ThemeDark || background(theme.VariantLight) != dark {
		t.Errorf("after Donker: mode %q, background on a light system %v, want dark %v", m.ThemeMode(), background(theme.VariantLight), dark)
	}
	if fill := objectsOfType[*themedFill](m.Window().Content()); len(fill) == 0 || fill[0].rect.FillColor != mustColor(colorSidebar, true) {
		t.Errorf("the sidebar did not repaint in the dark colour")
	}

	chooseFromMenu(t, m, textThemeLight)
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
	c, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	m := New(a, c)
	defer m.Window().Close()
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
	m := New(a, empty)
	defer m.Window().Close()
	if m.State().OpenID() != "" {
		t.Errorf("open article = %q in an empty corpus", m.State().OpenID())
	}
	if got := blockText(readerBlocks(m)[0]); got != textNoneOpen {
		t.Errorf("reader shows %q, want the hint %q", got, textNoneOpen)
	}
}
