package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/gui/view"
)

// excludedBanner says, under the reader's tool bar, that the open article is
// not among the current results: the reader keeps it, so as not to lose the
// reader's place, but the list no longer shows it and the highlights may be
// missing. It offers the ways back: clearing the filters (or, when only the
// query excludes the article, the query) and opening the first result.
type excludedBanner struct {
	widget.BaseWidget
	session *view.Session
	state   *view.State

	message      *widget.Label
	icon         *widget.Icon
	clearFilters *widget.Button
	clearSearch  *widget.Button
	first        *widget.Button
}

func newExcludedBanner(s *view.Session) *excludedBanner {
	b := &excludedBanner{session: s, state: s.State()}
	b.message = widget.NewLabel(tr("reader.excluded"))
	b.message.Wrapping = fyne.TextWrapWord
	b.icon = widget.NewIcon(theme.InfoIcon())
	b.clearFilters = widget.NewButtonWithIcon(tr("reader.excluded.clearfilters"), theme.ContentClearIcon(), b.state.ClearFilters)
	b.clearSearch = widget.NewButtonWithIcon(tr("reader.excluded.clearsearch"), theme.ContentClearIcon(), func() { b.state.SetQuery("") })
	b.first = widget.NewButtonWithIcon(tr("reader.excluded.first"), theme.NavigateNextIcon(), b.openFirst)
	b.ExtendBaseWidget(b)
	b.update()
	return b
}

// update shows the banner while the open article is excluded, with the
// buttons that apply, and reports whether its height may have changed.
func (b *excludedBanner) update() bool {
	wasVisible := b.Visible()
	shown := func(o fyne.CanvasObject, on bool) bool {
		changed := o.Visible() != on
		if on {
			o.Show()
		} else {
			o.Hide()
		}
		return changed
	}
	if !b.session.OpenExcluded() {
		b.Hide()
		return wasVisible
	}
	changed := shown(b.clearFilters, b.state.HasFilters())
	changed = shown(b.clearSearch, !b.state.HasFilters() && b.state.Query() != "") || changed
	changed = shown(b.first, b.session.Total() > 0) || changed
	b.Show()
	b.Refresh()
	return changed || !wasVisible
}

// openFirst opens the best hit of the current result.
func (b *excludedBanner) openFirst() {
	if hit, ok := b.session.Hit(0); ok {
		b.state.OpenArticle(hit.Doc.ID)
	}
}

func (b *excludedBanner) CreateRenderer() fyne.WidgetRenderer {
	r := &bannerRenderer{b: b, fill: canvas.NewRectangle(nil), accent: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

// bannerRenderer draws the banner as a panel tinted with the theme's primary
// colour, with a stripe of it on the left: the same theme colours in light
// and dark, so the text keeps the foreground's contrast on either. The
// message wraps beside the icon; the buttons follow below it, wrapping to
// further rows when the reader is narrow.
type bannerRenderer struct {
	b            *excludedBanner
	fill, accent *canvas.Rectangle
}

const bannerAccentWidth = 3

func (r *bannerRenderer) buttons() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.b.clearFilters, r.b.clearSearch, r.b.first}
}

func (r *bannerRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.fill, r.accent, r.b.icon, r.b.message}, r.buttons()...)
}

// arrange places (when place is set) the icon, the message and the buttons
// in width, and returns the height they take. The message measures its
// wrapped height at the width it was last given, so Layout gives it its
// width first.
func (r *bannerRenderer) arrange(width float32, place bool) float32 {
	th := r.b.Theme()
	pad := th.Size(theme.SizeNamePadding)
	iconSize := th.Size(theme.SizeNameInlineIcon)
	left := bannerAccentWidth + 2*pad
	textX := left + iconSize
	textWidth := max(width-textX-pad, 1)
	if place {
		for range 2 { // the second time at the height the first width gave
			r.b.message.Resize(fyne.NewSize(textWidth, r.b.message.MinSize().Height))
		}
		r.b.message.Move(fyne.NewPos(textX, pad))
		// The icon sits by the first line of text, however many follow.
		firstLine := fyne.MeasureText("Mg", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height + 2*th.Size(theme.SizeNameInnerPadding)
		r.b.icon.Resize(fyne.NewSquareSize(iconSize))
		r.b.icon.Move(fyne.NewPos(left, pad+(firstLine-iconSize)/2))
	}
	y := pad + r.b.message.MinSize().Height

	// The buttons line up under the text, as many to a row as fit.
	x, rowHeight, any := textX, float32(0), false
	for _, o := range r.buttons() {
		if !o.Visible() {
			continue
		}
		size := o.MinSize()
		if any && x+size.Width > width-pad {
			x, y = textX, y+rowHeight+pad
			rowHeight = 0
		}
		if !any {
			y += pad / 2
		}
		if place {
			o.Resize(size)
			o.Move(fyne.NewPos(x, y))
		}
		x += size.Width + pad
		rowHeight = max(rowHeight, size.Height)
		any = true
	}
	return y + rowHeight + pad
}

func (r *bannerRenderer) Layout(size fyne.Size) {
	r.fill.Resize(size)
	r.accent.Resize(fyne.NewSize(bannerAccentWidth, size.Height))
	r.arrange(size.Width, true)
}

// MinSize is the height the banner takes at the width it has; the reader
// lays it out twice, so that the second time it knows its width.
func (r *bannerRenderer) MinSize() fyne.Size {
	th := r.b.Theme()
	pad := th.Size(theme.SizeNamePadding)
	width := bannerAccentWidth + 3*pad + th.Size(theme.SizeNameInlineIcon) + r.b.message.MinSize().Width
	return fyne.NewSize(width, r.arrange(r.b.Size().Width, false))
}

func (r *bannerRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	primary := th.Color(theme.ColorNamePrimary, v)
	r.fill.FillColor = withAlpha(primary, 0x24)
	r.accent.FillColor = primary
	r.fill.Refresh()
	r.accent.Refresh()
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

func (r *bannerRenderer) Destroy() {}
