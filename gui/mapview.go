package gui

// The map view: a choropleth of matching articles per country.
//
// The window uses these calls:
//
//	m := NewMapView(world, countryName, onToggle) // onToggle(code) on a click on a country or its marker
//	m.OnMode = state.SetMapMode                   // a press on the mode switch (mapview_mode.go)
//	m.SetMapData(session.MapData())               // the mode, its counts per code, the filter to outline, the arrows
//	m.ResetView()                                 // back to the whole world
//
// Everything else is the user's: hovering names a country and its count,
// clicking toggles it as a filter (a country without articles only says so:
// a filter on it would empty the results), the keyboard does the same with
// the map focused (see mapview_keys.go), the scroll wheel zooms around the pointer,
// dragging pans, buttons zoom in, out and back to the world for touch and
// trackpad users, and a secondary click offers "zoom in on this country" and
// "whole world".
// Call every method on the UI goroutine (from elsewhere, through fyne.Do).

import (
	"fmt"
	"image"
	"image/color"
	"maps"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/gui/view"
	"dossier/gui/worldmap"
)

// The map's texts are keys "map.*" of the translations (see strings.go).
func textMapLegend() string     { return tr("map.legend") }
func textMapLegendNone() string { return tr("map.legend.none") }
func textMapWholeWorld() string { return tr("map.world") }
func textMapNothingToFilter(country string) string {
	return tr("map.nofilter", map[string]any{"Country": country})
}
func textMapFocus(country string) string {
	return tr("map.focus", map[string]any{"Country": country})
}

// How the map reacts to the user, in dp unless said otherwise.
const (
	// mapButtonZoom is the zoom factor of one press on + or −.
	mapButtonZoom = 2.0
	// mapScrollPerDoubling is how much scrolling doubles the zoom. Fyne turns
	// one wheel notch into 25 on Linux and Windows (10 on macOS, about 20 in a
	// browser), so a notch zooms by about 1.4 and a trackpad glides.
	mapScrollPerDoubling = 50.0
	// mapScrollMaxStep caps one scroll event, so an accelerated flick cannot
	// jump from the world to a street corner.
	mapScrollMaxStep = 50.0
	// mapHoverWidth is the hover outline's width (the keyboard cursor's too),
	// in the theme's accent colour and without the selection's halo, so the
	// two never look alike.
	mapHoverWidth = 2.0
	// mapFocusWidth is the focus ring's stroke around the whole map.
	mapFocusWidth = 2
	// mapLabelOffset places the hover label below and right of the pointer,
	// clear of the arrow.
	mapLabelOffsetX, mapLabelOffsetY = 14, 20
	// mapPanelAlpha is the opacity of the legend's and label's panels: solid
	// enough to read on any country, thin enough to see the map behind.
	mapPanelAlpha = 0xe6
	// mapSwatchWidth and mapSwatchHeight are a legend colour sample's size.
	mapSwatchWidth, mapSwatchHeight = 18, 11
	// mapZoomEpsilon tells "at the limit" from rounding after many scrolls.
	mapZoomEpsilon = 1e-6
	// mapCompactBelow is the height under which the map is a strip rather
	// than a picture: the legend shrinks to a row along the bottom and the
	// zoom buttons to a row in the top right corner, where Equal Earth's
	// rounded edge leaves room, showing only those that can do something
	// (at the whole world, only +), so that they cover little of the globe.
	mapCompactBelow = 320
)

// MapView is the choropleth: countries coloured by how many matching articles
// name them, a legend for the colours, the country filter outlined, and zoom
// and pan to reach small countries (which are markers at world scale).
//
// The map is drawn into one canvas.Raster at device pixels and drawn again
// only when its size, view, theme or data change; the hover outline is a
// second raster on top, so moving the pointer never redraws the map.
type MapView struct {
	widget.BaseWidget

	world       *worldmap.World
	countryName func(code string) string
	onToggle    func(code string)

	counts   map[string]int
	selected map[string]bool
	// mode is what the map counts; flows are the arrows of the role modes
	// (mapview_flows.go).
	mode  view.MapMode
	flows []worldmap.Flow
	// OnMode is called with the mode a press on the mode switch chose.
	OnMode func(view.MapMode)
	// dataVersion counts the changes of data, mode and arrows; it keys the
	// cached map image.
	dataVersion uint64

	view    worldmap.View
	hovered string        // the country under the pointer, "" for none
	pointer fyne.Position // the pointer's last position over the map
	// The keyboard's state (mapview_keys.go): whether the map has focus,
	// the country the cursor is on ("" for none), and the letters typed
	// ahead and when the last came.
	focused bool
	cursor  string
	typed   string
	typedAt time.Time
	now     func() time.Time // time.Now; tests set a clock
	// keyboardLast says the label follows the keyboard cursor rather than
	// the pointer: whichever the user used last.
	keyboardLast bool
	// notice replaces the label's text for noticeFor, until the label moves
	// to another country: "no articles to filter on".
	notice, noticeFor string
	// dark and accent follow the theme; Refresh sets them.
	dark   bool
	accent color.RGBA

	// painter is shared by the map and the hover overlay: both draw the same
	// size, view and style, so the outline reuses the map's cached geometry.
	painter    *worldmap.Renderer
	mapImage   *image.RGBA
	mapKey     mapImageKey
	hoverImage *image.RGBA
	hoverKey   mapHoverKey
	// drawn is how the last map image covered the widget, so hit-testing
	// uses exactly the pixels the user sees.
	drawn mapPixelFrame
	// mapRenders counts how often the map was really drawn, not served from
	// the cache: tests check that hovering never draws it.
	mapRenders int

	base, hover  *canvas.Raster
	focusRing    *canvas.Rectangle // shown while the map has keyboard focus
	label        *fyne.Container   // the hover label: panel and text, placed by hand
	labelPanel   *canvas.Rectangle
	labelText    *canvas.Text
	legend       *fyne.Container // the legend: panel, title and entries, placed by hand
	legendKey    string          // what the legend shows, so an unchanged one is not rebuilt
	legendParts  mapLegendParts
	legendFor    mapLegendFit // how the legend was last placed, so an unchanged one is not moved
	buttons      *fyne.Container
	buttonsInRow bool // the buttons are a row (a short map), not a column
	zoomIn       *widget.Button
	zoomOut      *widget.Button
	zoomWorld    *widget.Button
	modes        *wordSwitch
	// tags name the organisations' discs; tagCodes are their codes, in
	// order, and tagsKey what they were made for.
	tags     *fyne.Container
	tagCodes []string
	tagsKey  string
}

// Compile-time checks that the map answers every kind of pointer input.
var (
	_ fyne.Tappable          = (*MapView)(nil)
	_ fyne.SecondaryTappable = (*MapView)(nil)
	_ fyne.Scrollable        = (*MapView)(nil)
	_ fyne.Draggable         = (*MapView)(nil)
	_ desktop.Hoverable      = (*MapView)(nil)
	_ desktop.Cursorable     = (*MapView)(nil)
	_ fyne.Focusable         = (*MapView)(nil)
)

// mapImageKey is everything the map image depends on.
type mapImageKey struct {
	size  image.Point
	scale float64
	view  worldmap.View
	dark  bool
	data  uint64
}

// mapHoverKey is everything the hover overlay depends on.
type mapHoverKey struct {
	size   image.Point
	scale  float64
	view   worldmap.View
	dark   bool
	code   string // the hovered country
	cursor string // the keyboard cursor's
	colour color.RGBA
}

// mapLegendParts are the legend's objects, built when what it shows changes
// and placed when the map's size does.
type mapLegendParts struct {
	panel    *canvas.Rectangle
	title    *canvas.Text
	swatches []*canvas.Rectangle // "none" first, then one per colour class
	labels   []*canvas.Text
	pad, gap float32
}

// mapLegendFit is how the legend is placed: in a column, or for a short map
// in rows no wider than width.
type mapLegendFit struct {
	compact bool
	width   float32
	key     string // the legend's legendKey when it was placed
}

// mapPixelFrame is how an image in device pixels covers the widget: Fyne
// stretches a raster's image over its size in dp, so a position in dp maps
// to pixels by a scale along each axis.
type mapPixelFrame struct {
	dp     fyne.Size
	size   image.Point
	sx, sy float64
}

func newMapPixelFrame(dp fyne.Size, width, height int) mapPixelFrame {
	f := mapPixelFrame{dp: dp, size: image.Pt(width, height), sx: 1, sy: 1}
	if dp.Width > 0 {
		f.sx = float64(width) / float64(dp.Width)
	}
	if dp.Height > 0 {
		f.sy = float64(height) / float64(dp.Height)
	}
	return f
}

// pixel is where a position in dp falls in the image.
func (f mapPixelFrame) pixel(p fyne.Position) (x, y float64) {
	return float64(p.X) * f.sx, float64(p.Y) * f.sy
}

// NewMapView makes a map of world, which must be loaded (worldmap.Load).
// countryName gives the name a hover label shows for an ISO code (the window
// passes corpus/geo's names in the interface's language); onToggle is called
// with the ISO code of a country the user clicks, or whose marker they click.
// Either may be nil.
func NewMapView(world *worldmap.World, countryName func(code string) string, onToggle func(code string)) *MapView {
	m := &MapView{
		world:       world,
		countryName: countryName,
		onToggle:    onToggle,
		counts:      map[string]int{},
		selected:    map[string]bool{},
		view:        worldmap.WorldView(),
		painter:     worldmap.NewRenderer(world),
		now:         time.Now,
	}
	m.base = canvas.NewRaster(m.drawMap)
	m.hover = canvas.NewRaster(m.drawHover)
	m.hover.Hide()
	m.focusRing = canvas.NewRectangle(color.Transparent)
	m.focusRing.StrokeWidth = mapFocusWidth
	m.focusRing.Hide()

	m.labelPanel = canvas.NewRectangle(color.Transparent)
	m.labelText = canvas.NewText("", color.Black)
	m.label = container.NewWithoutLayout(m.labelPanel, m.labelText)
	m.label.Hide()
	m.legend = container.NewWithoutLayout()

	m.zoomIn = widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { m.zoomAtCentre(mapButtonZoom) })
	m.zoomOut = widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { m.zoomAtCentre(1 / mapButtonZoom) })
	m.zoomWorld = widget.NewButtonWithIcon("", theme.ViewRestoreIcon(), m.ResetView)
	m.buttons = container.NewVBox(m.zoomIn, m.zoomOut, m.zoomWorld)
	m.modes = newWordSwitch(mapModeNames, m.chooseMode)
	m.tags = container.NewWithoutLayout()
	m.syncButtons()

	m.ExtendBaseWidget(m)
	return m
}

// SetData shows new counts of matching articles per ISO code and outlines the
// selected countries (the country filter). Codes the map does not know, such
// as organisations, are ignored, also for the colour scale. Nothing is redrawn
// when neither changed.
func (m *MapView) SetData(counts map[string]int, selected []string) {
	sel := make(map[string]bool, len(selected))
	for _, code := range selected {
		sel[code] = true
	}
	if maps.Equal(counts, m.counts) && maps.Equal(sel, m.selected) {
		return
	}
	m.counts = maps.Clone(counts)
	if m.counts == nil {
		m.counts = map[string]int{}
	}
	m.selected = sel
	m.dataVersion++
	m.Refresh()
}

// ResetView shows the whole world again.
func (m *MapView) ResetView() { m.setView(worldmap.WorldView()) }

// CreateRenderer is part of fyne.Widget.
func (m *MapView) CreateRenderer() fyne.WidgetRenderer {
	r := &mapViewRenderer{m: m, objects: []fyne.CanvasObject{m.base, m.hover, m.tags, m.legend, m.modes, m.label, m.buttons, m.focusRing}}
	r.Refresh()
	return r
}

// Tapped toggles the country under the pointer as a filter (see toggle).
// Taps on the legend do nothing: the user cannot see what lies under it.
func (m *MapView) Tapped(ev *fyne.PointEvent) {
	m.pointer = ev.Position
	if code, ok := m.countryAt(ev.Position); ok {
		m.keyboardLast = false
		m.setHovered(code)
		m.toggle(code)
	}
}

// toggle asks the window to add or drop code as a filter, except for a
// country without articles that is not in the filter yet: filtering on it
// would show nothing, so the label says why nothing happens instead. One in
// the filter (its count 0 because of other filters) can still be dropped.
func (m *MapView) toggle(code string) {
	if m.counts[code] == 0 && !m.selected[code] {
		m.notice, m.noticeFor = textMapNothingToFilter(m.name(code)), code
		m.placeLabel()
		return
	}
	if m.onToggle != nil {
		m.onToggle(code)
	}
}

// TappedSecondary offers to zoom in on the country under the pointer, which
// is how a marker-sized country is reached in one step, or to show the whole
// world again.
func (m *MapView) TappedSecondary(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		widget.ShowPopUpMenuAtPosition(m.contextMenu(ev.Position), c, ev.AbsolutePosition)
	}
}

// contextMenu is the secondary-click menu for a position on the map.
func (m *MapView) contextMenu(p fyne.Position) *fyne.Menu {
	var items []*fyne.MenuItem
	if code, ok := m.countryAt(p); ok {
		items = append(items, fyne.NewMenuItem(textMapFocus(m.name(code)), func() { m.focus(code) }))
	}
	whole := fyne.NewMenuItem(textMapWholeWorld(), m.ResetView)
	whole.Disabled = m.atWorldView()
	return fyne.NewMenu("", append(items, whole)...)
}

// Scrolled zooms around the pointer, so the place under it stays put.
func (m *MapView) Scrolled(ev *fyne.ScrollEvent) {
	step := math.Max(-mapScrollMaxStep, math.Min(mapScrollMaxStep, float64(ev.Scrolled.DY)))
	if step == 0 {
		return
	}
	m.pointer = ev.Position
	f := m.frame()
	x, y := f.pixel(ev.Position)
	m.setView(m.view.ZoomAt(f.size, x, y, math.Exp2(step/mapScrollPerDoubling)))
}

// Dragged pans the map with the pointer. The hover label hides while the map
// moves under it.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	m.setHovered("")
	f := m.frame()
	m.setView(m.view.Pan(f.size, float64(ev.Dragged.DX)*f.sx, float64(ev.Dragged.DY)*f.sy))
}

// DragEnd is part of fyne.Draggable; the next pointer move brings the hover
// label back.
func (m *MapView) DragEnd() {}

// MouseIn is part of desktop.Hoverable.
func (m *MapView) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved outlines the country under the pointer and names it, with its
// count, beside the pointer.
func (m *MapView) MouseMoved(ev *desktop.MouseEvent) {
	m.pointer = ev.Position
	m.keyboardLast = false
	code, _ := m.countryAt(ev.Position)
	m.setHovered(code)
}

// MouseOut is part of desktop.Hoverable.
func (m *MapView) MouseOut() { m.setHovered("") }

// Cursor is a pointing hand over a country, which says it can be clicked.
func (m *MapView) Cursor() desktop.Cursor {
	if m.hovered != "" {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// countryAt is the country under a position in dp, if any. The legend hides
// what is under it, so it answers none there.
func (m *MapView) countryAt(p fyne.Position) (string, bool) {
	if m.overLegend(p) {
		return "", false
	}
	f := m.frame()
	x, y := f.pixel(p)
	view, style := m.view.Clamp(f.size), m.style(f)
	// The organisations' discs lie over the land and the sea.
	if code, ok := worldmap.PlaceAt(f.size, view, style, m.shownPlaces(), x, y); ok {
		return code, true
	}
	return m.world.HitTest(f.size, view, style, x, y)
}

func (m *MapView) overLegend(p fyne.Position) bool {
	if !m.legend.Visible() {
		return false
	}
	at, size := m.legend.Position(), m.legend.Size()
	return p.X >= at.X && p.Y >= at.Y && p.X < at.X+size.Width && p.Y < at.Y+size.Height
}

// frame is how the map's image covers the widget: as last drawn when the
// widget has not been resized since, otherwise as the canvas will draw it.
func (m *MapView) frame() mapPixelFrame {
	dp := m.Size()
	if m.drawn.dp == dp && m.drawn.size.X > 0 {
		return m.drawn
	}
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(m); c != nil {
		scale = c.Scale()
	}
	return newMapPixelFrame(dp, int(math.Ceil(float64(dp.Width*scale))), int(math.Ceil(float64(dp.Height*scale))))
}

// style is the map style for the theme, its lengths in the frame's pixels.
func (m *MapView) style(f mapPixelFrame) worldmap.Style {
	s := worldmap.LightStyle()
	if m.dark {
		s = worldmap.DarkStyle()
	}
	return s.Scaled(f.sx)
}

// countScale is the colour scale for the current counts: up to the largest
// count of a country or organisation on the map, so the count of one it
// does not draw (the EU in mentions mode) cannot stretch it.
func (m *MapView) countScale(p worldmap.Palette) worldmap.Scale {
	most := 0
	for code, n := range m.counts {
		if m.onMap(code) {
			most = max(most, n)
		}
	}
	return worldmap.NewScale(most, p)
}

// drawMap is the map raster's generator. It draws only when something the
// picture depends on changed; otherwise (Fyne asks again after a theme walk
// or when it rebuilds textures) it hands back the image it drew last.
func (m *MapView) drawMap(width, height int) image.Image {
	if width <= 0 || height <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	f := newMapPixelFrame(m.base.Size(), width, height)
	m.drawn = f
	// A resize can leave the view beyond the map's edge; clamp it here, where
	// the size in pixels is known.
	m.view = m.view.Clamp(f.size)
	key := mapImageKey{size: f.size, scale: f.sx, view: m.view, dark: m.dark, data: m.dataVersion}
	if m.mapImage != nil && key == m.mapKey {
		return m.mapImage
	}
	m.mapImage = mapImageOfSize(m.mapImage, f.size)
	style := m.style(f)
	places := m.shownPlaces()
	layer := worldmap.Layer{Fill: m.countScale(style.Palette).Fills(m.counts), Selected: m.selected, Places: places}
	m.painter.Render(m.mapImage, m.view, style, layer)
	if m.drawsRoles() {
		// The arrows go with the map image: they change with the data, never
		// with the hover, and the cache keeps hovering cheap.
		m.painter.Flows(m.mapImage, m.view, style, m.flows, places)
	}
	m.mapKey = key
	m.mapRenders++
	return m.mapImage
}

// drawHover is the hover overlay's generator: the outlines of the hovered
// country and of the keyboard cursor's on a transparent image the size of
// the map.
func (m *MapView) drawHover(width, height int) image.Image {
	if (m.hovered == "" && m.cursor == "") || width <= 0 || height <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1)) // transparent, stretched
	}
	f := newMapPixelFrame(m.hover.Size(), width, height)
	view := m.view.Clamp(f.size)
	key := mapHoverKey{size: f.size, scale: f.sx, view: view, dark: m.dark, code: m.hovered, cursor: m.cursor, colour: m.accent}
	if m.hoverImage != nil && key == m.hoverKey {
		return m.hoverImage
	}
	m.hoverImage = mapImageOfSize(m.hoverImage, f.size)
	clear(m.hoverImage.Pix)
	places := m.shownPlaces()
	for _, code := range []string{m.hovered, m.cursor} {
		if at, ok := places[code]; ok {
			m.painter.OutlinePlace(m.hoverImage, view, m.style(f), at, m.accent, mapHoverWidth*f.sx)
		} else if code != "" {
			m.painter.Outline(m.hoverImage, view, m.style(f), code, m.accent, mapHoverWidth*f.sx)
		}
	}
	m.hoverKey = key
	return m.hoverImage
}

// mapImageOfSize reuses img when it has the size, so redrawing allocates nothing.
func mapImageOfSize(img *image.RGBA, size image.Point) *image.RGBA {
	if img != nil && img.Rect.Size() == size {
		return img
	}
	return image.NewRGBA(image.Rectangle{Max: size})
}

// setView shows another part of the map, clamped to it.
func (m *MapView) setView(v worldmap.View) {
	v = v.Clamp(m.frame().size)
	if v == m.view {
		return
	}
	m.view = v
	m.base.Refresh()
	m.syncButtons()
	if m.hovered != "" || m.cursor != "" {
		m.hover.Refresh()
	}
	if m.hovered != "" {
		// The map moved under the pointer: outline what is there now.
		code, _ := m.countryAt(m.pointer)
		m.setHovered(code)
	}
	m.placeLabel() // the cursor's country moved with the map
	m.placeTags()
}

func (m *MapView) zoomAtCentre(factor float64) {
	f := m.frame()
	m.setView(m.view.ZoomAt(f.size, float64(f.size.X)/2, float64(f.size.Y)/2, factor))
}

// focus zooms in on a country's main landmass.
func (m *MapView) focus(code string) {
	if v, ok := m.world.FocusView(m.frame().size, code); ok {
		m.setView(v)
	}
}

func (m *MapView) atWorldView() bool { return m.view.Zoom <= 1+mapZoomEpsilon }

// syncButtons disables the buttons that cannot do anything in this view.
func (m *MapView) syncButtons() {
	enable := func(b *widget.Button, on bool) {
		switch {
		case on && b.Disabled():
			b.Enable()
		case !on && !b.Disabled():
			b.Disable()
		}
	}
	enable(m.zoomIn, m.view.Zoom < worldmap.MaxZoom*(1-mapZoomEpsilon))
	enable(m.zoomOut, !m.atWorldView())
	enable(m.zoomWorld, !m.atWorldView())
	if m.buttonsInRow {
		m.placeButtons(m.Size())
	}
}

// placeButtons puts the zoom buttons in the top right corner: a column of
// +, − and whole world, or on a short map a row of those that are enabled,
// + in the corner.
func (m *MapView) placeButtons(size fyne.Size) {
	compact := size.Height < mapCompactBelow && m.rowFits(size.Width)
	changed := compact != m.buttonsInRow
	if changed {
		m.buttonsInRow = compact
		if compact {
			m.buttons.Layout = layout.NewHBoxLayout()
			m.buttons.Objects = []fyne.CanvasObject{m.zoomWorld, m.zoomOut, m.zoomIn}
		} else {
			m.buttons.Layout = layout.NewVBoxLayout()
			m.buttons.Objects = []fyne.CanvasObject{m.zoomIn, m.zoomOut, m.zoomWorld}
		}
	}
	for _, b := range []*widget.Button{m.zoomIn, m.zoomOut, m.zoomWorld} {
		if show := !compact || !b.Disabled(); show != b.Visible() {
			changed = true
			if show {
				b.Show()
			} else {
				b.Hide()
			}
		}
	}
	margin := m.margin()
	buttons := m.buttons.MinSize()
	m.buttons.Resize(buttons)
	m.buttons.Move(fyne.NewPos(size.Width-buttons.Width-margin, margin))
	if changed {
		m.buttons.Refresh() // lays the buttons out again, as Resize does only for a new size
	}
}

// rowFits reports whether the zoom buttons fit in a row beside the mode
// switch on a map of this width; on a narrow strip they stay a column, under
// the corner, rather than cover the switch.
func (m *MapView) rowFits(width float32) bool {
	button := m.zoomIn.MinSize().Width
	row := 3*button + 2*m.Theme().Size(theme.SizeNamePadding)
	return m.modes.MinSize().Width+row+3*m.margin() <= width
}

// margin keeps the legend and the buttons off the map's edges.
func (m *MapView) margin() float32 { return m.Theme().Size(theme.SizeNamePadding) * 2 }

// setHovered outlines code (none for "") on the overlay and names it in the
// label beside the pointer.
func (m *MapView) setHovered(code string) {
	if code != m.hovered {
		m.hovered = code
		m.syncOverlay()
	}
	m.placeLabel()
}

// syncOverlay shows the outline overlay while a country is hovered or under
// the keyboard cursor, and draws it again.
func (m *MapView) syncOverlay() {
	if m.hovered == "" && m.cursor == "" {
		m.hover.Hide()
		return
	}
	m.hover.Show()
	m.hover.Refresh()
}

// labelled is the country the label names, and where it points: the
// keyboard cursor's, at its marker, when the keyboard was used last,
// otherwise the hovered one's, at the pointer.
func (m *MapView) labelled() (string, fyne.Position) {
	if m.keyboardLast && m.cursor != "" {
		return m.cursor, m.cursorPosition()
	}
	return m.hovered, m.pointer
}

// placeLabel shows the labelled country's name and count below and right of
// the pointer (or the cursor's country), or on the other side where the
// map's edge is too near.
func (m *MapView) placeLabel() {
	code, pointer := m.labelled()
	if code == "" {
		m.label.Hide()
		return
	}
	text := m.hoverText(code)
	if m.noticeFor == code {
		text = m.notice
	} else {
		m.notice, m.noticeFor = "", ""
	}
	if text != m.labelText.Text || !m.label.Visible() {
		m.labelText.Text = text
		m.labelText.Refresh()
		pad := m.Theme().Size(theme.SizeNameInnerPadding) / 2
		textSize := m.labelText.MinSize()
		m.labelText.Resize(textSize)
		m.labelText.Move(fyne.NewPos(pad, pad/2))
		size := fyne.NewSize(textSize.Width+2*pad, textSize.Height+pad)
		m.labelPanel.Resize(size)
		m.label.Resize(size)
	}
	size, bounds := m.label.Size(), m.Size()
	at := pointer.AddXY(mapLabelOffsetX, mapLabelOffsetY)
	if at.X+size.Width > bounds.Width {
		at.X = pointer.X - mapLabelOffsetX/2 - size.Width
	}
	if at.Y+size.Height > bounds.Height {
		at.Y = pointer.Y - mapLabelOffsetY/2 - size.Height
	}
	m.label.Move(fyne.NewPos(max(0, at.X), max(0, at.Y)))
	if !m.label.Visible() {
		m.label.Show()
		m.label.Refresh()
	}
}

// hoverText is "Marokko · 1 artikel", "Frankrijk · geen artikelen", in a
// role mode "China · 1 artikel als dader".
func (m *MapView) hoverText(code string) string {
	return m.name(code) + textMetaSep() + mapCountPhrase(m.mode, m.counts[code])
}

// name is a country's name as the window wants it shown, falling back to the
// map's English name and then the code, so a label is never empty.
func (m *MapView) name(code string) string {
	if m.countryName != nil {
		if name := m.countryName(code); name != "" {
			return name
		}
	}
	if c, ok := m.world.Country(code); ok && c.Name != "" {
		return c.Name
	}
	return code
}

// mapLegendLabel names a class of counts: "1", "3–4", "1.000–1.999".
func mapLegendLabel(s worldmap.Stop) string {
	if s.Min == s.Max {
		return groupDigits(s.Min)
	}
	return tr("map.legend.range", map[string]any{"From": groupDigits(s.Min), "To": groupDigits(s.Max)})
}

// applyTheme picks the map style for the theme and colours the legend and the
// label to match. Whether the map is dark follows the theme's actual
// background, not only the system variant: Dossier's own theme can force
// dark on a light system.
func (m *MapView) applyTheme() {
	th, variant := m.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	m.dark = mapIsDark(th.Color(theme.ColorNameBackground, variant))
	m.accent = color.RGBAModel.Convert(th.Color(theme.ColorNamePrimary, variant)).(color.RGBA)
	m.focusRing.StrokeColor = th.Color(theme.ColorNameFocus, variant)
	m.focusRing.CornerRadius = th.Size(theme.SizeNameInputRadius)

	panel, edge := mapPanelColours(th, variant)
	m.labelPanel.FillColor, m.labelPanel.StrokeColor = panel, edge
	m.labelPanel.StrokeWidth = 1
	m.labelPanel.CornerRadius = th.Size(theme.SizeNameInputRadius)
	m.labelText.Color = th.Color(theme.ColorNameForeground, variant)
	m.labelText.TextSize = th.Size(theme.SizeNameText)
	m.labelText.Text = "" // makes placeLabel measure the text again in the new size
	m.placeLabel()

	m.buildLegend(th, variant)
	m.syncPlaceTags()
}

// buildLegend makes the legend afresh when what it shows changed: a title,
// a swatch for "no articles" and one per colour class with its range of
// counts, on a panel. placeLegend places them.
func (m *MapView) buildLegend(th fyne.Theme, variant fyne.ThemeVariant) {
	style := m.style(mapPixelFrame{sx: 1, sy: 1})
	stops := m.countScale(style.Palette).Stops()
	fg := th.Color(theme.ColorNameForeground, variant)
	textSize := th.Size(theme.SizeNameCaptionText)
	panelFill, panelEdge := mapPanelColours(th, variant)
	titleText, none := textMapLegendFor(m.mode), textMapLegendNone()
	flows := ""
	if m.drawsRoles() {
		flows = tr("map.legend.flows")
	}
	// Most new counts keep the classes; then the legend stays as it is.
	key := fmt.Sprint(stops, style.Land, fg, textSize, panelFill, panelEdge, titleText, none, flows, style.Flow)
	if key == m.legendKey {
		return
	}
	m.legendKey = key
	swatchEdge := withAlpha(fg, 0x55)
	parts := mapLegendParts{
		panel: canvas.NewRectangle(panelFill),
		title: canvas.NewText(titleText, fg),
		pad:   th.Size(theme.SizeNameInnerPadding) * 2 / 3,
		gap:   th.Size(theme.SizeNamePadding) * 3 / 2,
	}
	parts.panel.StrokeColor, parts.panel.StrokeWidth = panelEdge, 1
	parts.panel.CornerRadius = th.Size(theme.SizeNameInputRadius)
	parts.title.TextSize, parts.title.TextStyle = textSize, fyne.TextStyle{Bold: true}
	parts.title.Resize(parts.title.MinSize())
	objects := []fyne.CanvasObject{parts.panel, parts.title}

	entry := func(fill color.Color, label string) {
		text := canvas.NewText(label, fg)
		text.TextSize = textSize
		text.Resize(text.MinSize())
		swatch := canvas.NewRectangle(fill)
		swatch.StrokeColor, swatch.StrokeWidth, swatch.CornerRadius = swatchEdge, 1, 2
		swatch.Resize(fyne.NewSize(mapSwatchWidth, mapSwatchHeight))
		parts.swatches = append(parts.swatches, swatch)
		parts.labels = append(parts.labels, text)
		objects = append(objects, swatch, text)
	}
	entry(style.Land, none)
	for _, stop := range stops {
		entry(stop.Colour, mapLegendLabel(stop))
	}
	if flows != "" {
		// The arrows' sample: a bar of their colour and width, not a swatch.
		entry(style.Flow, flows)
		bar := parts.swatches[len(parts.swatches)-1]
		bar.StrokeWidth, bar.CornerRadius = 0, 1.5
		bar.Resize(fyne.NewSize(mapSwatchWidth, float32(style.FlowMinWidth)*1.5))
	}
	m.legendParts = parts
	m.legend.Objects = objects
	m.placeLegend(m.legendFor.compact, m.legendFor.width)
}

// placeLegend lays the legend out: in a column under its title, or, compact,
// in a row after its title that wraps to more rows beyond width.
func (m *MapView) placeLegend(compact bool, width float32) {
	fit := mapLegendFit{compact: compact, width: width, key: m.legendKey}
	if !compact {
		fit.width = 0 // a column does not depend on the width
	}
	if fit == m.legendFor || m.legendParts.panel == nil {
		return
	}
	m.legendFor = fit
	p := m.legendParts
	title := p.title.MinSize()
	lineHeight := title.Height
	top := p.pad / 2
	p.title.Move(fyne.NewPos(p.pad, top))
	right, x, y := p.pad+title.Width, p.pad, top+lineHeight+2
	if compact {
		x, y = right+2*p.gap, top
	}
	for i, swatch := range p.swatches {
		label := p.labels[i]
		w := mapSwatchWidth + p.gap + label.MinSize().Width
		if compact && x > p.pad && x+w+p.pad > width {
			x, y = p.pad, y+lineHeight+2 // wrap
		}
		swatch.Move(fyne.NewPos(x, y+(lineHeight-swatch.Size().Height)/2))
		label.Move(fyne.NewPos(x+mapSwatchWidth+p.gap, y))
		right = max(right, x+w)
		if compact {
			x += w + 2*p.gap
		} else {
			y += lineHeight
		}
	}
	if compact {
		y += lineHeight
	}
	size := fyne.NewSize(right+p.pad, y+p.pad/2)
	p.panel.Resize(size)
	m.legend.Resize(size)
	m.legend.Refresh()
}

// mapPanelColours are the fill and edge of the panels over the map: the
// theme's background, a little see-through, with a faint edge that holds it
// apart from land and sea alike.
func mapPanelColours(th fyne.Theme, variant fyne.ThemeVariant) (fill, edge color.Color) {
	return withAlpha(th.Color(theme.ColorNameBackground, variant), mapPanelAlpha),
		withAlpha(th.Color(theme.ColorNameForeground, variant), 0x30)
}

// mapIsDark says whether a background wants light drawing on it.
func mapIsDark(background color.Color) bool {
	r, g, b, _ := background.RGBA()
	return 0.2126*float64(r)+0.7152*float64(g)+0.0722*float64(b) < 0x8000
}

// mapViewRenderer places the map, its overlay, the legend (bottom left), the
// hover label and the zoom buttons (top right).
type mapViewRenderer struct {
	m       *MapView
	objects []fyne.CanvasObject
}

func (r *mapViewRenderer) Layout(size fyne.Size) {
	m := r.m
	m.base.Resize(size)
	m.hover.Resize(size)
	m.focusRing.Resize(size)
	margin := m.margin()
	m.placeLegend(size.Height < mapCompactBelow, size.Width-2*margin)
	legend := m.legend.Size()
	m.legend.Move(fyne.NewPos(margin, size.Height-legend.Height-margin))
	m.placeButtons(size)
	modes := m.modes.MinSize()
	m.modes.Resize(modes)
	m.modes.Move(fyne.NewPos(margin, margin))
	m.placeLabel()
	m.placeTags()
}

// MinSize is room for a compact map: the mode switch and a zoom button
// beside it (the others then stand in a column under it), and below them
// one row of the legend, at least as wide as its widest entry. It does not
// follow the layout of the moment, so it stays the same at any size.
func (r *mapViewRenderer) MinSize() fyne.Size {
	p, margin := r.m.legendParts, r.m.margin()
	button := r.m.zoomIn.MinSize()
	buttonsWidth := r.m.modes.MinSize().Width + margin + button.Width
	legendWidth, legendHeight := float32(0), float32(0)
	if p.title != nil {
		title := p.title.MinSize()
		legendWidth = title.Width
		for _, label := range p.labels {
			legendWidth = max(legendWidth, mapSwatchWidth+p.gap+label.MinSize().Width)
		}
		legendWidth += 2 * p.pad
		legendHeight = title.Height + p.pad
	}
	return fyne.NewSize(max(buttonsWidth, legendWidth)+2*margin, button.Height+legendHeight+3*margin)
}

// Refresh follows the theme and the data: the legend and label restyle at
// once, and the map raster is asked again, which redraws only if the theme's
// darkness or the data changed.
func (r *mapViewRenderer) Refresh() {
	r.m.applyTheme()
	r.Layout(r.m.Size())
	r.m.base.Refresh()
	if r.m.hover.Visible() {
		r.m.hover.Refresh()
	}
}

func (r *mapViewRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *mapViewRenderer) Destroy()                     {}
