package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/gui/view"
)

// partialNotice says, above the results, that no article has every word of
// the query and that the hits are the articles with the most of them, and
// which words they lack. It follows the session, and hides itself when the
// hits match the whole query.
type partialNotice struct {
	widget.BaseWidget
	session *view.Session

	text *widget.RichText
	box  *fyne.Container
}

func newPartialNotice(s *view.Session) *partialNotice {
	p := &partialNotice{session: s}
	p.text = widget.NewRichText()
	p.text.Wrapping = fyne.TextWrapWord
	icon := widget.NewIcon(theme.NewColoredResource(theme.InfoIcon(), colorMuted))
	// The icon level with the first line: the text sits below the rich
	// text's inner padding, and is shorter than the icon.
	th := fyne.CurrentApp().Settings().Theme()
	line := fyne.MeasureText("Mg", th.Size(theme.SizeNameCaptionText), fyne.TextStyle{}).Height
	top := th.Size(theme.SizeNameInnerPadding) + line/2 - th.Size(theme.SizeNameInlineIcon)/2
	p.box = container.NewBorder(nil, nil, container.New(layout.NewCustomPaddedLayout(max(top, 0), 0, 0, 0), container.NewVBox(icon)), nil, p.text)
	p.ExtendBaseWidget(p)
	s.OnChanged(func(c view.Change) {
		if c.Has(view.ChangeResult) {
			p.update()
		}
	})
	p.update()
	return p
}

func (p *partialNotice) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.box)
}

func (p *partialNotice) update() {
	words, partial := view.LeftOut(p.session.Result())
	if !partial {
		p.Hide()
		return
	}
	// The left-out words on a line of their own are found at a glance; a
	// line break rather than a paragraph keeps the two lines together.
	style := func(bold bool) widget.RichTextStyle {
		return widget.RichTextStyle{ColorName: colorMuted, SizeName: theme.SizeNameCaptionText, Inline: true, TextStyle: fyne.TextStyle{Bold: bold}}
	}
	notice := tr("partial.notice")
	if len(words) > 0 {
		notice += "\n"
	}
	p.text.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: notice, Style: style(false)}}
	if len(words) > 0 {
		p.text.Segments = append(p.text.Segments,
			&widget.TextSegment{Text: tr("partial.leftout", map[string]any{"Words": strings.Join(words, ", ")}), Style: style(true)})
	}
	p.text.Refresh()
	p.Show()
	p.Refresh()
}

// String is the notice as the reader reads it, for tests.
func (p *partialNotice) String() string {
	if !p.Visible() {
		return ""
	}
	return p.text.String()
}
