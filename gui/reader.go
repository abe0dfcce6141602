package gui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/dates"
	"dossier/corpus/geo"
	"dossier/corpus/roles"
	"dossier/gui/view"
)

// Typographic spacing of the reader, in dp, on top of the padding every
// text block already carries. Headings get room above so they open a section
// and sit close to the paragraph they introduce.
const (
	readerMaxTextWidth = 680 // ≈ 70 characters of 17 dp body text
	readerSideMargin   = 28
	readerTopMargin    = 28
	readerBottomMargin = 64
	gapAfterTitle      = -10
	gapBeforeRoles     = -8
	gapBeforeBody      = 18
	gapBeforeParagraph = 2
	gapBeforeHeading   = 22
	gapAfterHeading    = -8
	gapBeforeCaption   = -4
	gapBeforeLink      = 12
)

// reader shows the open article of the session as a reading column: the
// words the query matched highlighted (with next and previous match), the
// countries it names as links that add them to the filter, its dated
// expressions with the dates they stand for (reader_dates.go), and a small
// bar with the bookmark star, the match navigation and the text size.
type reader struct {
	widget.BaseWidget

	session *view.Session
	state   *view.State

	shownID string
	roles   *roles.Article // who spied on whom in the article shown; nil for none
	events  []dates.Event  // the dates the article shown talks about
	lines   *rolesLine     // the line under the title that says so, or nil
	column  *readingColumn
	blocks  *fyne.Container
	scroll  *readerScroll
	banner  *excludedBanner
	frame   *fyne.Container // the bar, the banner and the article, once drawn
	body    *afterLayout    // lays the article's scroll container out

	texts   []readerBlock // the blocks with text that can be marked
	matches []matchRef    // every match in reading order
	current int           // the match next/previous went to, or -1

	star       *widget.Button
	previous   *widget.Button
	next       *widget.Button
	matchLabel *widget.Label
	smaller    *widget.Button
	larger     *widget.Button
	bar        *fyne.Container

	pendingScroll float32 // a remembered offset, applied once the article is laid out
	// pendingMatch asks to scroll to the first match once the article is
	// laid out; followed is the article and query it was last asked for.
	pendingMatch bool
	followed     followedQuery
	anchor       matchAnchor
	// pendingSpot asks to scroll to the spot the article was opened at
	// (State.OpenArticleAt) once it is laid out.
	pendingSpot bool

	// tip shows the date of the expression under the pointer, over
	// everything, in tipLayer; tipOwner is the text it is about.
	tip      *floatingTip
	tipLayer *fyne.Container
	tipOwner *readerText

	// onTextSize makes the text one step larger or smaller (the window
	// changes the theme); onScrolled hears of every scroll, to remember it.
	onTextSize func(larger bool)
	onScrolled func(offset float32)
}

// readerBlock is a block of the column whose words can be marked: the title
// or a paragraph, with the country mentions it carries.
type readerBlock struct {
	text     *readerText
	mentions []geo.Mention
}

// matchRef is one match: which block, and where in its text.
type matchRef struct {
	block      int
	start, end int
}

func newReader(s *view.Session) *reader {
	r := &reader{
		session: s,
		state:   s.State(),
		current: -1,
		anchor:  matchAnchor{match: -1},
		column: &readingColumn{
			maxWidth: readerMaxTextWidth,
			margin:   fyne.NewSize(readerSideMargin, readerTopMargin),
		},
	}
	r.blocks = container.New(r.column)
	r.scroll = newReaderScroll(r.blocks)
	r.body = &afterLayout{then: r.applyPendingScroll}
	r.tip = newFloatingTip()
	r.tipLayer = container.NewWithoutLayout(r.tip.objects()...)
	r.tip.hide()
	r.scroll.OnScrolled = func(p fyne.Position) {
		if !r.body.busy {
			r.anchor = matchAnchor{match: -1} // the reader scrolled (not a new size): leave them there
		}
		r.hideDateTip()
		if r.onScrolled != nil {
			r.onScrolled(p.Y)
		}
	}

	r.star = widget.NewButtonWithIcon("", starOutlineIcon(), func() { r.state.ToggleBookmark(r.shownID) })
	r.previous = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { r.stepMatch(false) })
	r.next = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { r.stepMatch(true) })
	r.matchLabel = widget.NewLabel("")
	r.matchLabel.SizeName = theme.SizeNameCaptionText
	textSize := func(larger bool) func() {
		return func() {
			if r.onTextSize != nil {
				r.onTextSize(larger)
			}
		}
	}
	r.smaller = widget.NewButtonWithIcon("", textSizeIcon(false), textSize(false))
	r.larger = widget.NewButtonWithIcon("", textSizeIcon(true), textSize(true))
	for _, b := range []*widget.Button{r.star, r.previous, r.next, r.smaller, r.larger} {
		b.Importance = widget.LowImportance
	}
	r.bar = container.NewHBox(layout.NewSpacer(), r.matchLabel, r.previous, r.next,
		widget.NewSeparator(), r.smaller, r.larger, widget.NewSeparator(), r.star)

	r.banner = newExcludedBanner(s)

	r.ExtendBaseWidget(r)
	s.OnChanged(r.changed)
	r.show()
	r.followQuery()
	return r
}

func (r *reader) CreateRenderer() fyne.WidgetRenderer {
	body := container.New(r.body, r.scroll)
	r.frame = container.New(readerFrame{},
		container.New(layout.NewCustomPaddedLayout(2, 0, 8, 8), r.bar), r.banner, body)
	return widget.NewSimpleRenderer(container.NewStack(r.frame, r.tipLayer))
}

// restoreScroll scrolls to a remembered offset as soon as the article is
// laid out tall enough to have it. It wins over scrolling to the first
// match: the reader returns to where they were.
func (r *reader) restoreScroll(y float32) {
	r.pendingScroll = y
	r.pendingMatch, r.pendingSpot = false, false
	r.anchor = matchAnchor{match: -1}
	r.applyPendingScroll()
}

func (r *reader) applyPendingScroll() {
	if r.scroll.Size().Height <= 0 {
		return
	}
	switch {
	case r.pendingSpot:
		r.pendingSpot, r.pendingMatch = false, false
		r.goToSpot()
	case r.pendingMatch:
		r.pendingMatch = false
		if len(r.matches) > 0 {
			r.goToMatch(0)
		}
	default:
		r.keepAnchor()
	}
	if r.pendingScroll <= 0 {
		return
	}
	if r.blocks.MinSize().Height-r.scroll.Size().Height < r.pendingScroll {
		return // not laid out at its full height yet
	}
	y := r.pendingScroll
	r.pendingScroll = 0
	r.scroll.ScrollToOffset(fyne.NewPos(0, y))
}

// afterLayout stretches its one object over its size, then runs then.
type afterLayout struct {
	then func()
	// busy is set while it lays out: a scroll offset that changes then is
	// the layout's doing (a shorter article, a taller page), not the reader's.
	busy bool
}

func (a *afterLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	a.busy = true
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	a.busy = false
	a.then()
}

func (a *afterLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// readerFrame stacks the tool bar and the banner at their heights over the
// article, which takes the rest, with the theme's padding between them. The
// banner's text wraps, so it learns its width before its height is read.
type readerFrame struct{}

func (readerFrame) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		height := size.Height - y
		if i < len(objects)-1 {
			o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
			height = o.MinSize().Height
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, height))
		y += height + theme.Padding()
	}
}

func (readerFrame) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	shown := 0
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height)
			shown++
		}
	}
	if shown > 1 {
		s.Height += float32(shown-1) * theme.Padding()
	}
	return s
}

func (r *reader) changed(c view.Change) {
	switch {
	case c.Has(view.ChangeOpen | view.ChangeLibrary):
		r.show()
	case c.Has(view.ChangeResult | view.ChangeSpot):
		r.mark()
	}
	if c.Has(view.ChangeSpot) {
		// Before following the query, which then leaves the page to the spot.
		r.pendingSpot = true
	}
	if c.Has(view.ChangeResult | view.ChangeOpen | view.ChangeLibrary) {
		r.followQuery()
	}
	if r.pendingSpot {
		r.applyPendingScroll()
	}
	if c.Has(view.ChangeBookmarks | view.ChangeOpen | view.ChangeLibrary) {
		r.showStar()
	}
	if c.Has(view.ChangeResult|view.ChangeOpen|view.ChangeLibrary|view.ChangeBookmarks) && r.banner.update() && r.frame != nil {
		r.frame.Refresh() // the banner came, went or changed its height
	}
}

// show displays the state's open article from its top, rebuilding only when
// it changed so that other changes keep the scroll position.
func (r *reader) show() {
	id := r.state.OpenID()
	if id == r.shownID && len(r.blocks.Objects) > 0 {
		r.mark()
		return
	}
	r.shownID = id
	r.texts = nil
	r.roles, r.lines, r.events = nil, nil, nil
	r.hideDateTip()
	doc, ok := r.session.Doc(id)
	if !ok {
		r.shownID = ""
		r.setBlocks(placeholderBlocks())
	} else {
		r.roles = r.session.Roles(id)
		r.events = r.session.Events(id)
		r.setBlocks(r.articleBlocks(doc))
	}
	r.mark()
	r.showStar()
	r.pendingScroll = 0
	if r.scroll.Size().IsZero() {
		// Before the first layout (see setBlocks) scrolling would lay the
		// article out at no width; the first layout takes the offset.
		r.scroll.Offset = fyne.Position{}
	} else {
		r.scroll.ScrollToTop()
	}
}

func (r *reader) setBlocks(objects []fyne.CanvasObject, gaps []float32) {
	r.column.gaps = gaps
	r.blocks.Objects = objects
	if r.scroll.Size().IsZero() {
		// Not laid out yet (the window is being built): its first layout
		// lays the blocks out at their real width. Refreshing now made the
		// scroll lay the whole article out at no width first.
		return
	}
	r.blocks.Refresh()
	r.scroll.Refresh()
}

func (r *reader) showStar() {
	if r.shownID == "" {
		r.star.Disable()
		return
	}
	r.star.Enable()
	if r.state.IsBookmarked(r.shownID) {
		r.star.SetIcon(starIcon())
	} else {
		r.star.SetIcon(starOutlineIcon())
	}
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

func (r *reader) scrollBy(dy float32) { r.scrollTo(r.scroll.Offset.Y + dy) }

func (r *reader) scrollTo(y float32) {
	r.anchor = matchAnchor{match: -1} // goToMatch and goToSpot set it again after
	maxOffset := max(0, r.blocks.MinSize().Height-r.scroll.Size().Height)
	y = min(max(y, 0), maxOffset)
	r.scroll.ScrollToOffset(fyne.NewPos(0, y))
	if r.onScrolled != nil {
		r.onScrolled(y)
	}
}

func placeholderBlocks() ([]fyne.CanvasObject, []float32) {
	hint := mutedText(textNoneOpen(), sizeReaderBody, fyne.TextStyle{})
	return []fyne.CanvasObject{hint}, []float32{readerTopMargin}
}

// articleBlocks lays an article out as blocks of the reading column, with the
// space above each, and remembers the blocks whose words can be marked.
func (r *reader) articleBlocks(doc *corpus.Document) ([]fyne.CanvasObject, []float32) {
	var underTitle fyne.CanvasObject
	if r.lines = newRolesLine(doc, r.roles, r.session.CountryName, r.searchGroup); r.lines != nil {
		underTitle = r.lines
	}
	return articleBlocks(doc, r.session.Places(doc.ID), func(t *readerText, mentions []geo.Mention) {
		t.onSelect = r.selected
		t.dragFallback = r.scroll
		t.onGroup = r.searchGroup
		t.onDate = r.dateHovered
		r.texts = append(r.texts, readerBlock{text: t, mentions: mentions})
	}, r.state.AddCountry, underTitle)
}

// searchGroup searches for a threat-actor group by its name, which finds
// the articles that name it by any of its names: what a tap on a group's
// name in the text, or in the evidence, does.
func (r *reader) searchGroup(name string) {
	if name != "" {
		r.state.SetQuery(name)
	}
}

// selected keeps one selection in the article: the newest, in block t.
func (r *reader) selected(t *readerText) {
	for _, b := range r.texts {
		if b.text != t {
			b.text.selectRunes(0, 0)
		}
	}
}

// Selection is the text selected in the article, "" for none.
func (r *reader) Selection() string {
	for _, b := range r.texts {
		if s := b.text.selected(); s != "" {
			return s
		}
	}
	return ""
}

// articleBlocks lays an article out: the title, the meta line, underTitle
// when there is one (who spied on whom), the paragraphs styled by kind, and
// a link to the original. add is told of every block of text with the
// mentions in it; onMention runs when a mention is tapped.
func articleBlocks(doc *corpus.Document, places *geo.Places, add func(*readerText, []geo.Mention), onMention func(string), underTitle fyne.CanvasObject) ([]fyne.CanvasObject, []float32) {
	if places == nil {
		places = &geo.Places{}
	}
	body := doc.Body()
	objects := make([]fyne.CanvasObject, 0, len(body)+3)
	gaps := make([]float32, 0, cap(objects))
	place := func(o fyne.CanvasObject, gap float32) {
		objects = append(objects, o)
		gaps = append(gaps, gap)
	}
	text := func(s string, mentions []geo.Mention, size fyne.ThemeSizeName, style fyne.TextStyle) *readerText {
		t := newReaderText(s, size, style, onMention)
		if add != nil {
			add(t, mentions)
		}
		return t
	}

	place(text(doc.Title, places.Title, sizeReaderTitle, fyne.TextStyle{Bold: true}), 0)
	place(mutedText(joinMeta(longDate(doc.Date), doc.Source, wordCount(doc.Words())), sizeReaderSmall, fyne.TextStyle{}), gapAfterTitle)
	if underTitle != nil {
		place(underTitle, gapBeforeRoles)
	}

	previous := corpus.Kind("")
	for i, p := range body {
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
		var mentions []geo.Mention
		if i < len(places.Paragraphs) {
			mentions = places.Paragraphs[i]
		}
		var block *readerText
		switch p.Kind {
		case corpus.KindHeading:
			block = text(p.Text, mentions, sizeReaderHeading, fyne.TextStyle{Bold: true})
		case corpus.KindCaption:
			block = text(p.Text, mentions, sizeReaderSmall, fyne.TextStyle{Italic: true})
			block.colorName = colorMuted
		default:
			block = text(p.Text, mentions, sizeReaderBody, fyne.TextStyle{})
		}
		place(block, gap)
		previous = p.Kind
	}

	if link, err := url.Parse(doc.URL); doc.URL != "" && err == nil && link.Scheme != "" {
		place(widget.NewHyperlink(textOriginal(), link), gapBeforeLink)
	}
	return objects, gaps
}

// mutedText is secondary text (the meta line, hints) in the theme's muted
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
