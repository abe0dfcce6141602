package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/roles"
	"dossier/gui/view"
)

// filterChips shows the active filters as chips that remove themselves when
// tapped ("Marokko ×", "China als dader ×", "EU als doelwit ×",
// "Gepubliceerd van jun 2018 tot en met dec 2019 ×", "Gebeurd in 2017 ×",
// "Bladwijzers ×"), with
// two or more countries the rule that combines them ("een van deze landen"
// or "al deze landen", a tap switches), and one action that clears them all.
// It is hidden while no filter is active. Chips take the focus with Tab;
// Delete, Backspace, Space or Enter removes the focused one, and the focus
// moves on to the next chip, or back to the search when none is left.
type filterChips struct {
	widget.BaseWidget
	session *view.Session
	state   *view.State
	box     *fyne.Container
	mode    *widget.Button

	// onEmpty is where the focus goes when the last chip is removed with a key.
	onEmpty func()
}

func newFilterChips(s *view.Session) *filterChips {
	c := &filterChips{session: s, state: s.State(), box: container.New(&flowLayout{gap: 6})}
	c.mode = widget.NewButton("", func() {
		if c.state.CountryMode() == view.AllCountries {
			c.state.SetCountryMode(view.AnyCountry)
		} else {
			c.state.SetCountryMode(view.AllCountries)
		}
	})
	c.mode.Importance = widget.LowImportance
	c.ExtendBaseWidget(c)
	s.OnChanged(func(ch view.Change) {
		if ch.Has(view.ChangeCountries | view.ChangeCountryMode | view.ChangeRoles | view.ChangeRange | view.ChangeBy | view.ChangeBookmarksOnly | view.ChangeLibrary) {
			c.rebuild()
		}
	})
	c.rebuild()
	return c
}

func (c *filterChips) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.box) }

// Chips are the chips shown, in order.
func (c *filterChips) Chips() []*chip {
	var out []*chip
	for _, o := range c.box.Objects {
		if ch, ok := o.(*chip); ok {
			out = append(out, ch)
		}
	}
	return out
}

func (c *filterChips) rebuild() {
	var objects []fyne.CanvasObject
	for _, code := range c.state.Countries() {
		objects = append(objects, newChip(c.session.CountryName(code), func() { c.state.RemoveCountry(code) }))
	}
	if len(c.state.Countries()) > 1 {
		if c.state.CountryMode() == view.AllCountries {
			c.mode.SetText(tr("chips.mode.all"))
		} else {
			c.mode.SetText(tr("chips.mode.any"))
		}
		c.mode.Show()
		objects = append(objects, c.mode)
	} else {
		c.mode.Hide()
	}
	for _, role := range []roles.Role{roles.Actor, roles.Target} {
		for _, code := range c.state.Roles(role) {
			objects = append(objects, newChip(roleChipLabel(role, c.session.CountryName(code)), func() { c.state.RemoveRole(role, code) }))
		}
	}
	if c.state.HasRange() {
		from, to := c.state.Range()
		objects = append(objects, newChip(rangeChipLabel(from, to, c.state.By()), c.state.ClearRange))
	}
	if c.state.BookmarksOnly() {
		objects = append(objects, newChip(textBookmarksChip(), func() { c.state.SetBookmarksOnly(false) }))
	}
	if len(objects) > 1 {
		all := widget.NewButton(textClearAll(), c.state.ClearFilters)
		all.Importance = widget.LowImportance
		objects = append(objects, all)
	}
	for i, o := range objects {
		if ch, ok := o.(*chip); ok {
			ch.onKeyRemoved = func() { c.focusAfterRemoving(i) }
		}
	}
	c.box.Objects = objects
	c.box.Refresh()
	if len(objects) == 0 {
		c.Hide()
	} else {
		c.Show()
	}
	c.Refresh()
}

// roleChipLabel says the role with the name: "China als dader", "EU als
// doelwit".
func roleChipLabel(role roles.Role, name string) string {
	if role == roles.Target {
		return tr("chips.target", map[string]any{"Name": name})
	}
	return tr("chips.actor", map[string]any{"Name": name})
}

// focusAfterRemoving gives the focus to the chip that took the place of
// the i-th, or the one before it, or back to the search when no chip is left.
func (c *filterChips) focusAfterRemoving(i int) {
	chips := c.Chips()
	canvas := fyne.CurrentApp().Driver().CanvasForObject(c)
	switch {
	case canvas == nil:
	case len(chips) == 0 || !c.Visible():
		if c.onEmpty != nil {
			c.onEmpty()
		}
	default:
		canvas.Focus(chips[min(i, len(chips)-1)])
	}
}

// chip is one active filter: its name and a cross, on a tinted pill; a tap
// anywhere on it removes the filter, and so do Delete, Backspace, Space and
// Enter when it has the focus.
type chip struct {
	widget.BaseWidget
	label    string
	onRemove func()
	hovered  bool
	focused  bool
	// onKeyRemoved runs after a key removed the chip, to move the focus on.
	onKeyRemoved func()
}

var _ fyne.Focusable = (*chip)(nil)

func (c *chip) FocusGained() { c.focused = true; c.Refresh() }
func (c *chip) FocusLost()   { c.focused = false; c.Refresh() }
func (c *chip) TypedRune(r rune) {
	if r == ' ' {
		c.removeByKey()
	}
}

func (c *chip) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDelete, fyne.KeyBackspace, fyne.KeyReturn, fyne.KeyEnter:
		c.removeByKey()
	}
}

func (c *chip) removeByKey() {
	if c.onRemove != nil {
		c.onRemove()
	}
	if c.onKeyRemoved != nil {
		c.onKeyRemoved()
	}
}

func newChip(label string, onRemove func()) *chip {
	c := &chip{label: label, onRemove: onRemove}
	c.ExtendBaseWidget(c)
	return c
}

// Label is the filter's name.
func (c *chip) Label() string { return c.label }

func (c *chip) Tapped(*fyne.PointEvent) {
	if c.onRemove != nil {
		c.onRemove()
	}
}

func (c *chip) MouseIn(*desktop.MouseEvent)    { c.hovered = true; c.Refresh() }
func (c *chip) MouseMoved(*desktop.MouseEvent) {}
func (c *chip) MouseOut()                      { c.hovered = false; c.Refresh() }
func (c *chip) Cursor() desktop.Cursor         { return desktop.PointerCursor }

func (c *chip) CreateRenderer() fyne.WidgetRenderer {
	r := &chipRenderer{c: c, bg: canvas.NewRectangle(nil), text: canvas.NewText(c.label, nil),
		cross: canvas.NewImageFromResource(theme.CancelIcon())}
	r.cross.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type chipRenderer struct {
	c     *chip
	bg    *canvas.Rectangle
	text  *canvas.Text
	cross *canvas.Image
}

const chipCross = 14

func (r *chipRenderer) metrics() (pad, height float32) {
	th := r.c.Theme()
	pad = th.Size(theme.SizeNameInnerPadding)
	height = r.text.MinSize().Height + pad
	return
}

func (r *chipRenderer) Layout(size fyne.Size) {
	pad, _ := r.metrics()
	r.bg.Resize(size)
	r.bg.CornerRadius = size.Height / 2
	text := r.text.MinSize()
	r.text.Move(fyne.NewPos(pad+2, (size.Height-text.Height)/2))
	r.text.Resize(text)
	r.cross.Move(fyne.NewPos(size.Width-pad-chipCross+2, (size.Height-chipCross)/2))
	r.cross.Resize(fyne.NewSquareSize(chipCross))
}

func (r *chipRenderer) MinSize() fyne.Size {
	pad, height := r.metrics()
	return fyne.NewSize(pad+2+r.text.MinSize().Width+pad/2+chipCross+pad-2, height)
}

func (r *chipRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(colorChip, v)
	if r.c.hovered {
		r.bg.FillColor = th.Color(theme.ColorNameFocus, v)
	}
	r.bg.StrokeWidth = 0
	if r.c.focused {
		r.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		r.bg.StrokeWidth = 2
	}
	r.text.Text = r.c.label
	r.text.Color = th.Color(theme.ColorNameForeground, v)
	r.text.TextSize = th.Size(theme.SizeNameText)
	r.cross.Resource = theme.CancelIcon()
	r.bg.Refresh()
	r.text.Refresh()
	r.cross.Refresh()
	r.Layout(r.c.Size())
}

func (r *chipRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.text, r.cross}
}

func (r *chipRenderer) Destroy() {}

// flowLayout places objects in rows, left to right, starting a new row when
// the next one does not fit: chips wrap like words. Its height depends on its
// width, so MinSize answers for the width it was last laid out at.
type flowLayout struct {
	gap   float32
	width float32
}

func (f *flowLayout) rows(objects []fyne.CanvasObject, width float32, place bool) float32 {
	x, y, rowHeight := float32(0), float32(0), float32(0)
	var row []fyne.CanvasObject
	// finish centres the objects of a row on its height.
	finish := func() {
		if place {
			for _, o := range row {
				o.Move(fyne.NewPos(o.Position().X, y+(rowHeight-o.Size().Height)/2))
			}
		}
		row = row[:0]
	}
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		size := o.MinSize()
		if x > 0 && x+size.Width > width {
			finish()
			x, y = 0, y+rowHeight+f.gap
			rowHeight = 0
		}
		if place {
			o.Move(fyne.NewPos(x, y))
			o.Resize(size)
		}
		row = append(row, o)
		x += size.Width + f.gap
		rowHeight = max(rowHeight, size.Height)
	}
	finish()
	return y + rowHeight
}

func (f *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.rows(objects, size.Width, true)
}

func (f *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	width := f.width
	if width <= 0 {
		width = 1 << 20 // not laid out yet: one row
	}
	minWidth := float32(0)
	for _, o := range objects {
		if o.Visible() {
			minWidth = max(minWidth, o.MinSize().Width)
		}
	}
	return fyne.NewSize(minWidth, f.rows(objects, width, false))
}
