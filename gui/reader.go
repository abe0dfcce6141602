package gui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// Typographic spacing of the reader, in dp, on top of the padding every
// label already carries. Headings get room above so they open a section and
// sit close to the paragraph they introduce.
const (
	readerMaxTextWidth = 680 // ≈ 70 characters of 17 dp body text
	readerSideMargin   = 28
	readerTopMargin    = 36
	readerBottomMargin = 64
	gapAfterTitle      = -10
	gapBeforeBody      = 18
	gapBeforeParagraph = 2
	gapBeforeHeading   = 22
	gapAfterHeading    = -8
	gapBeforeCaption   = -4
	gapBeforeLink      = 12
)

// reader shows the open article of a State as a reading column.
type reader struct {
	widget.BaseWidget

	corpus *corpus.Corpus
	state  *State

	shownID string
	column  *readingColumn
	blocks  *fyne.Container
	scroll  *container.Scroll
}

func newReader(c *corpus.Corpus, state *State) *reader {
	r := &reader{
		corpus: c,
		state:  state,
		column: &readingColumn{
			maxWidth: readerMaxTextWidth,
			margin:   fyne.NewSize(readerSideMargin, readerTopMargin),
		},
	}
	r.blocks = container.New(r.column)
	r.scroll = container.NewVScroll(r.blocks)
	r.ExtendBaseWidget(r)
	state.OnChanged(r.follow)
	r.follow()
	return r
}

func (r *reader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(r.scroll)
}

// follow shows the state's open article, rebuilding only when it changed so
// that unrelated state changes keep the reader's scroll position.
func (r *reader) follow() {
	id := r.state.OpenID()
	if id == r.shownID && len(r.blocks.Objects) > 0 {
		return
	}
	r.shownID = id
	doc, ok := r.corpus.Doc(id)
	if !ok {
		r.setBlocks(placeholderBlocks())
	} else {
		r.setBlocks(articleBlocks(doc))
	}
	r.scroll.ScrollToTop()
}

func (r *reader) setBlocks(objects []fyne.CanvasObject, gaps []float32) {
	r.column.gaps = gaps
	r.blocks.Objects = objects
	r.blocks.Refresh()
	r.scroll.Refresh()
}

// scrollPage moves the text by most of a screen, keeping a few lines of
// context, the way PageDown works in a browser.
func (r *reader) scrollPage(down bool) {
	step := r.scroll.Size().Height * 0.85
	if !down {
		step = -step
	}
	r.scrollBy(step)
}

func (r *reader) scrollBy(dy float32) {
	maxOffset := max(0, r.blocks.Size().Height-r.scroll.Size().Height)
	y := min(max(r.scroll.Offset.Y+dy, 0), maxOffset)
	r.scroll.ScrollToOffset(fyne.NewPos(0, y))
}

func placeholderBlocks() ([]fyne.CanvasObject, []float32) {
	hint := mutedText(textNoneOpen, sizeReaderBody, fyne.TextStyle{})
	return []fyne.CanvasObject{hint}, []float32{readerTopMargin}
}

// articleBlocks lays an article out as blocks of the reading column, with the
// space above each. Body text is selectable so that readers can copy quotes.
func articleBlocks(doc *corpus.Document) ([]fyne.CanvasObject, []float32) {
	objects := make([]fyne.CanvasObject, 0, len(doc.Paragraphs)+3)
	gaps := make([]float32, 0, cap(objects))
	add := func(o fyne.CanvasObject, gap float32) {
		objects = append(objects, o)
		gaps = append(gaps, gap)
	}

	add(readerLabel(doc.Title, sizeReaderTitle, fyne.TextStyle{Bold: true}), 0)
	add(mutedText(joinMeta(longDate(doc.Date), doc.Source, wordCount(doc.Words())), sizeReaderSmall, fyne.TextStyle{}), gapAfterTitle)

	previous := corpus.Kind("")
	for i, p := range doc.Paragraphs {
		gap := float32(gapBeforeParagraph)
		switch {
		case i == 0:
			gap = gapBeforeBody
		case p.Kind == corpus.KindHeading:
			gap = gapBeforeHeading
		case p.Kind == corpus.KindCaption:
			gap = gapBeforeCaption
		case previous == corpus.KindHeading:
			gap = gapAfterHeading
		}
		add(paragraphBlock(p), gap)
		previous = p.Kind
	}

	if link, err := url.Parse(doc.URL); doc.URL != "" && err == nil && link.Scheme != "" {
		add(widget.NewHyperlink(textOriginal, link), gapBeforeLink)
	}
	return objects, gaps
}

func paragraphBlock(p corpus.Paragraph) fyne.CanvasObject {
	switch p.Kind {
	case corpus.KindHeading:
		return readerLabel(p.Text, sizeReaderHeading, fyne.TextStyle{Bold: true})
	case corpus.KindCaption:
		return mutedText(p.Text, sizeReaderSmall, fyne.TextStyle{Italic: true})
	}
	return readerLabel(p.Text, sizeReaderBody, fyne.TextStyle{})
}

func readerLabel(text string, size fyne.ThemeSizeName, style fyne.TextStyle) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, style)
	l.SizeName = size
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	return l
}

// mutedText is secondary text (captions, the meta line) in the theme's muted
// colour, which Label cannot take: its only grey is the too-faint disabled one.
func mutedText(text string, size fyne.ThemeSizeName, style fyne.TextStyle) *widget.RichText {
	t := widget.NewRichText(&widget.TextSegment{
		Text: text,
		Style: widget.RichTextStyle{
			ColorName: colorMuted,
			SizeName:  size,
			TextStyle: style,
			Inline:    true,
		},
	})
	t.Wrapping = fyne.TextWrapWord
	return t
}
