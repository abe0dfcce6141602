package gui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
	"dossier/corpus/roles"
)

// rolesLine is the small line under an article's title that says who spied
// on whom, "China → Europese Unie, Cyprus", the actors in their colour, the
// targets in theirs, as the text marks them. Fyne 2.7 has no tooltips, and a
// hover works neither in a browser on a touch screen nor from the keyboard,
// so a tap on the line, or Enter or Space with the focus on it (Tab), opens
// a pop-up with the evidence: for each actor and target the sentences that
// gave it its role, the deciding words marked, and the groups the article
// names, each a link that searches for the group by all its names.
type rolesLine struct {
	widget.BaseWidget

	text    *flowText
	article *roles.Article
	doc     *corpus.Document
	name    func(code string) string
	onGroup func(name string)

	pressable // opens the evidence
	popup     *widget.PopUp
}

var (
	_ fyne.Tappable      = (*rolesLine)(nil)
	_ fyne.Focusable     = (*rolesLine)(nil)
	_ desktop.Hoverable  = (*rolesLine)(nil)
	_ desktop.Cursorable = (*rolesLine)(nil)
)

// newRolesLine makes the line for an article's roles, or returns nil when
// the article names no actor and no target: then there is nothing to say.
// name gives a country's or organisation's name in the interface's language;
// onGroup searches for a group.
func newRolesLine(doc *corpus.Document, a *roles.Article, name func(string) string, onGroup func(string)) *rolesLine {
	if doc == nil || a == nil || len(a.Actors) == 0 && len(a.Targets) == 0 {
		return nil
	}
	l := &rolesLine{article: a, doc: doc, name: name, onGroup: onGroup}
	l.pressable = pressable{self: l, press: l.showEvidence}
	text, marks := whoWhom(a, name)
	l.text = newFlowText(text, sizeReaderSmall, fyne.TextStyle{})
	l.text.colorName = colorMuted
	l.text.Set(text, marks)
	l.ExtendBaseWidget(l)
	return l
}

// whoWhom is the line's text, "China → Europese Unie, Cyprus", and the
// marks that colour the actors and the targets. A side without parties
// says so: "onbekende dader → Israël".
func whoWhom(a *roles.Article, name func(string) string) (string, []mark) {
	var b strings.Builder
	var marks []mark
	runes := 0
	write := func(s string) {
		b.WriteString(s)
		runes += utf8.RuneCountInString(s)
	}
	side := func(parties []roles.Party, kind markKind, unknown string) {
		if len(parties) == 0 {
			write(unknown)
			return
		}
		for i, p := range parties {
			if i > 0 {
				write(", ")
			}
			start := runes
			write(name(p.Code))
			marks = append(marks, mark{start: start, end: runes, kind: kind, code: p.Code})
		}
	}
	side(a.Actors, markActor, tr("reader.roles.unknownactor"))
	write(" → ")
	side(a.Targets, markTarget, tr("reader.roles.unknowntarget"))
	return b.String(), marks
}

// Text is what the line says.
func (l *rolesLine) Text() string { return string(l.text.text) }

// evidenceWidth is the widest the evidence pop-up gets, and
// evidenceMinHeight the least height it takes when the line lies low in the
// window, in dp.
const evidenceWidth, evidenceMinHeight = 560, 240

// showEvidence opens the pop-up under the line, as tall as its content and
// the room below the line allow (at least evidenceMinHeight, when Fyne moves
// it up to fit). Its close button takes the focus, so that Escape closes it
// however it was opened.
func (l *rolesLine) showEvidence() {
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil {
		return
	}
	var popup *widget.PopUp
	closeButton := newEscapeButton(tr("dialog.close"), func() {
		popup.Hide()
		c.Focus(l)
	})
	blocks := l.evidenceBlocks(func(name string) {
		popup.Hide()
		if l.onGroup != nil {
			l.onGroup(name)
		}
	})
	blocks = append(blocks, container.NewHBox(closeButton))
	width := min(evidenceWidth, c.Size().Width-4*theme.Padding())
	pad := theme.Padding()
	column := container.New(&readingColumn{maxWidth: width, margin: fyne.NewSize(pad, pad)}, blocks...)
	// Wrapped text knows its height once it knows its width.
	column.Resize(fyne.NewSize(width+2*pad, 1))
	column.Resize(fyne.NewSize(width+2*pad, column.MinSize().Height))
	below := c.Size().Height - fyne.CurrentApp().Driver().AbsolutePositionForObject(l).Y - l.Size().Height - 2*pad
	height := min(column.MinSize().Height, max(below, evidenceMinHeight))
	scroll := container.NewVScroll(column)
	popup = widget.NewPopUp(scroll, c)
	l.popup = popup
	popup.Resize(fyne.NewSize(width+2*pad, height))
	popup.ShowAtRelativePosition(fyne.NewPos(0, l.Size().Height), l)
	c.Focus(closeButton)
}

// evidenceBlocks are the pop-up's content: a title, then each actor and
// each target with the sentences that say so, then the groups.
func (l *rolesLine) evidenceBlocks(searchGroup func(string)) []fyne.CanvasObject {
	title := widget.NewLabelWithStyle(tr("reader.roles.evidence"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	blocks := []fyne.CanvasObject{title}
	party := func(p roles.Party, key string, kind markKind) {
		head := tr(key, map[string]any{"Name": l.name(p.Code)})
		heading := newFlowText(head, theme.SizeNameText, fyne.TextStyle{Bold: true})
		heading.Set(head, []mark{{start: 0, end: utf8.RuneCountInString(head), kind: kind, code: p.Code}})
		blocks = append(blocks, heading)
		for _, e := range p.Evidence {
			where := tr("reader.roles.title")
			if e.Paragraph >= 0 {
				where = tr("reader.roles.paragraph", map[string]any{"Number": e.Paragraph + 1})
			}
			blocks = append(blocks, mutedText(where, theme.SizeNameCaptionText, fyne.TextStyle{}))
			sentence := newFlowText(e.Sentence, theme.SizeNameText, fyne.TextStyle{})
			sentence.Set(e.Sentence, l.decidingWords(e))
			blocks = append(blocks, sentence)
		}
	}
	for _, p := range l.article.Actors {
		party(p, "reader.roles.asactor", markActor)
	}
	for _, p := range l.article.Targets {
		party(p, "reader.roles.astarget", markTarget)
	}
	for _, g := range l.article.Groups {
		link := widget.NewHyperlink(tr("reader.roles.group", map[string]any{"Group": g.Name}), nil)
		link.OnTapped = func() { searchGroup(g.Name) }
		// In a box of its own, the link is as wide as its text: a tap beside
		// the text, which a link ignores, is then beside the link too.
		blocks = append(blocks, container.NewHBox(link))
	}
	return blocks
}

// decidingWords marks, in an evidence sentence, the words that decided it,
// which Evidence gives as runes of the paragraph (or the title).
func (l *rolesLine) decidingWords(e roles.Evidence) []mark {
	text := l.doc.Title
	if e.Paragraph >= 0 {
		body := l.doc.Body()
		if e.Paragraph >= len(body) {
			return nil
		}
		text = body[e.Paragraph].Text
	}
	if e.Start < 0 || e.Start > len(text) {
		return nil
	}
	offset := utf8.RuneCountInString(text[:e.Start])
	length := utf8.RuneCountInString(e.Sentence)
	var marks []mark
	for _, w := range e.Words {
		start, end := w.RuneStart-offset, w.RuneEnd-offset
		if start >= 0 && end <= length && start < end {
			marks = append(marks, mark{start: start, end: end, kind: markMatch})
		}
	}
	return marks
}

func (l *rolesLine) CreateRenderer() fyne.WidgetRenderer {
	r := &rolesLineRenderer{l: l, icon: canvas.NewImageFromResource(theme.InfoIcon()), ring: canvas.NewRectangle(nil)}
	r.icon.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type rolesLineRenderer struct {
	l    *rolesLine
	icon *canvas.Image
	ring *canvas.Rectangle
}

// rolesIconSize is the info icon's side, in dp: it says the line opens more.
const rolesIconSize = 16

func (r *rolesLineRenderer) iconRoom() float32 { return rolesIconSize + theme.Padding() }

func (r *rolesLineRenderer) Layout(size fyne.Size) {
	room := r.iconRoom()
	r.l.text.Move(fyne.NewPos(room, 0))
	r.l.text.Resize(fyne.NewSize(max(0, size.Width-room), size.Height))
	pad := r.l.Theme().Size(theme.SizeNameInnerPadding)
	r.icon.Move(fyne.NewPos(theme.Padding()/2, pad+(r.lineHeight()-rolesIconSize)/2))
	r.icon.Resize(fyne.NewSquareSize(rolesIconSize))
	r.ring.Resize(size)
}

// lineHeight is the height of the text's first line, which the icon is
// centred on.
func (r *rolesLineRenderer) lineHeight() float32 {
	th := r.l.Theme()
	return fyne.MeasureText("Mg", th.Size(sizeReaderSmall), fyne.TextStyle{}).Height
}

func (r *rolesLineRenderer) MinSize() fyne.Size {
	r.l.text.Resize(fyne.NewSize(max(0, r.l.Size().Width-r.iconRoom()), r.l.text.Size().Height))
	text := r.l.text.MinSize()
	return fyne.NewSize(text.Width+r.iconRoom(), text.Height)
}

func (r *rolesLineRenderer) Refresh() {
	r.icon.Resource = theme.NewThemedResource(theme.InfoIcon())
	r.l.drawRing(r.ring, r.l.Theme())
	r.icon.Refresh()
	r.l.text.Refresh()
	r.Layout(r.l.Size())
}

func (r *rolesLineRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.ring, r.icon, r.l.text}
}

func (r *rolesLineRenderer) Destroy() {}

// escapeButton is a button that Escape presses too: the close button of a
// pop-up, which has no Escape of its own.
type escapeButton struct{ widget.Button }

func newEscapeButton(label string, tapped func()) *escapeButton {
	b := &escapeButton{}
	b.Text, b.OnTapped = label, tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

func (b *escapeButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && b.OnTapped != nil {
		b.OnTapped()
		return
	}
	b.Button.TypedKey(ev)
}
