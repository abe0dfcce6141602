package gui

import (
	"image"
	"image/color"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/geo"
	"dossier/gui/worldmap"
)

// The test map is 1000×500 dp at scale 1: wide enough that Paris is not
// within reach of Luxembourg's marker.
const mapTestWidth, mapTestHeight = 1000, 500

// seedMapCounts are counts like those of the seed articles.
func seedMapCounts() map[string]int {
	return map[string]int{
		"US": 3, "RU": 3, "CN": 3, "IL": 2, "IR": 2, "CY": 2, "FR": 1, "MA": 1,
		"DE": 1, "UA": 1, "BE": 1, "FI": 1, "IQ": 1, "SA": 1, "ZA": 1,
	}
}

// Places the tests point at.
var (
	placeParis       = worldmap.LonLat{Lon: 2.3522, Lat: 48.8566}
	placeBerlin      = worldmap.LonLat{Lon: 13.4050, Lat: 52.5200}
	placeRabat       = worldmap.LonLat{Lon: -6.8498, Lat: 34.0209}
	placeNicosia     = worldmap.LonLat{Lon: 33.3823, Lat: 35.1856}
	placeWashington  = worldmap.LonLat{Lon: -77.0369, Lat: 38.9072}
	placeMidAtlantic = worldmap.LonLat{Lon: -40, Lat: 30}
)

type mapFixture struct {
	app     fyne.App
	window  fyne.Window
	m       *MapView
	toggled []string
}

// newMapFixture shows a map in a test window of fixed size, in Dossier's
// theme in the given mode, with the seed counts.
func newMapFixture(t *testing.T, mode ThemeMode) *mapFixture {
	t.Helper()
	return newMapFixtureOfSize(t, mode, fyne.NewSize(mapTestWidth, mapTestHeight))
}

// newMapFixtureOfSize is newMapFixture with a map of another size.
func newMapFixtureOfSize(t *testing.T, mode ThemeMode, size fyne.Size) *mapFixture {
	t.Helper()
	f := &mapFixture{app: test.NewTempApp(t)}
	f.app.Settings().SetTheme(newReadingTheme(mode, defaultTextSize))
	world, err := worldmap.Load()
	if err != nil {
		t.Fatalf("worldmap.Load: %v", err)
	}
	// Names in the interface's language, as the window gives them.
	language := interfaceLanguage()
	name := func(code string) string { return geo.Default().Name(code, language) }
	f.m = NewMapView(world, name, func(code string) { f.toggled = append(f.toggled, code) })
	f.m.SetData(seedMapCounts(), nil)
	f.window = test.NewWindow(f.m)
	f.window.SetPadded(false)
	f.window.Resize(size)
	t.Cleanup(f.window.Close)
	f.capture() // draws the map, as showing the window would
	return f
}

func (f *mapFixture) capture() image.Image { return f.window.Canvas().Capture() }

// at is where a place is on screen, in dp, in the map's current view.
func (f *mapFixture) at(p worldmap.LonLat) fyne.Position {
	frame := f.m.frame()
	x, y := f.m.view.ToPixel(frame.size, worldmap.Project(p))
	return fyne.NewPos(float32(x/frame.sx), float32(y/frame.sy))
}

func (f *mapFixture) tap(p worldmap.LonLat) {
	f.toggled = nil
	test.TapCanvas(f.window.Canvas(), f.at(p))
}

func (f *mapFixture) hover(p worldmap.LonLat) { test.MoveMouse(f.window.Canvas(), f.at(p)) }

func TestMapTapTogglesTheCountryUnderThePointer(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	tests := []struct {
		place string
		at    worldmap.LonLat
		want  []string
	}{
		{"Paris", placeParis, []string{"FR"}},
		{"Berlin", placeBerlin, []string{"DE"}},
		{"Washington", placeWashington, []string{"US"}},
		{"Nicosia, on Cyprus's marker", placeNicosia, []string{"CY"}},
		{"mid-Atlantic", placeMidAtlantic, nil},
	}
	for _, tt := range tests {
		f.tap(tt.at)
		if !slices.Equal(f.toggled, tt.want) {
			t.Errorf("tap at %s toggled %v, want %v", tt.place, f.toggled, tt.want)
		}
	}
}

func TestMapCyprusIsAMarkerAtWorldScale(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	frame := f.m.frame()
	var cyprus *worldmap.Marker
	for _, mk := range f.m.world.Markers(frame.size, f.m.view, f.m.style(frame)) {
		if mk.Code == "CY" {
			cyprus = &mk
		}
	}
	if cyprus == nil {
		t.Fatal("no marker for Cyprus at world scale; the marker test below would prove nothing")
	}
	// Beside the dot, on the sea to its west (Lebanon's marker is east),
	// still hits Cyprus: a dot a few pixels wide is hard to point at.
	f.toggled = nil
	test.TapCanvas(f.window.Canvas(), fyne.NewPos(float32((cyprus.X-cyprus.R-2)/frame.sx), float32(cyprus.Y/frame.sy)))
	if !slices.Equal(f.toggled, []string{"CY"}) {
		t.Errorf("tap beside Cyprus's marker toggled %v, want [CY]", f.toggled)
	}
}

func TestMapTapOnTheLegendTogglesNothing(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	legend := f.m.legend
	inside := legend.Position().AddXY(legend.Size().Width/2, legend.Size().Height/2)
	frame := f.m.frame()
	x, y := frame.pixel(inside)
	if code, ok := f.m.world.HitTest(frame.size, f.m.view, f.m.style(frame), x, y); !ok {
		t.Logf("no country under the legend's middle (%v); the test still checks taps there do nothing", code)
	}
	f.toggled = nil
	test.TapCanvas(f.window.Canvas(), inside)
	if len(f.toggled) != 0 {
		t.Errorf("tap on the legend toggled %v", f.toggled)
	}
}

func TestMapHoverNamesTheCountryAndItsCount(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	counts := seedMapCounts()
	delete(counts, "FR")
	counts["DE"] = 1234
	f.m.SetData(counts, nil)
	tests := []struct {
		place string
		at    worldmap.LonLat
		want  string
	}{
		{"Rabat", placeRabat, "Marokko · 1 artikel"},
		{"Paris", placeParis, "Frankrijk · geen artikelen"},
		{"Washington", placeWashington, "Verenigde Staten · 3 artikelen"},
		{"Berlin", placeBerlin, "Duitsland · 1.234 artikelen"},
		{"Nicosia", placeNicosia, "Cyprus · 2 artikelen"},
	}
	for _, tt := range tests {
		f.hover(tt.at)
		if !f.m.label.Visible() || f.m.labelText.Text != tt.want {
			t.Errorf("hover over %s: label %q (visible %v), want %q", tt.place, f.m.labelText.Text, f.m.label.Visible(), tt.want)
		}
		if !f.m.hover.Visible() {
			t.Errorf("hover over %s: no outline overlay", tt.place)
		}
		label := f.m.label
		if p := label.Position(); p.X < 0 || p.Y < 0 || p.X+label.Size().Width > mapTestWidth || p.Y+label.Size().Height > mapTestHeight {
			t.Errorf("hover over %s: label at %v size %v leaves the map", tt.place, p, label.Size())
		}
	}

	f.hover(placeMidAtlantic)
	if f.m.label.Visible() || f.m.hover.Visible() {
		t.Errorf("over the sea the label (%q) or the outline is still shown", f.m.labelText.Text)
	}
	f.hover(placeRabat)
	f.m.MouseOut()
	if f.m.label.Visible() || f.m.hover.Visible() {
		t.Errorf("after the pointer left the map the label or the outline is still shown")
	}
}

func TestMapHoverLabelStaysInsideNearTheEdges(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	// Eastern Russia, near the right edge, and South Africa, low down.
	for _, p := range []worldmap.LonLat{{Lon: 170, Lat: 66}, {Lon: 24, Lat: -30}} {
		f.hover(p)
		label := f.m.label
		if !label.Visible() {
			t.Fatalf("hover at %v shows no label", p)
		}
		at, size := label.Position(), label.Size()
		if at.X < 0 || at.Y < 0 || at.X+size.Width > mapTestWidth || at.Y+size.Height > mapTestHeight {
			t.Errorf("hover at %v: label %q at %v size %v leaves the %v×%v map", p, f.m.labelText.Text, at, size, mapTestWidth, mapTestHeight)
		}
	}
}

// TestMapHoverDoesNotRedrawTheMap checks the promise that makes hovering
// cheap: the outline is drawn on the overlay, the map is not drawn again.
func TestMapHoverDoesNotRedrawTheMap(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	drawn := f.m.mapRenders
	for _, p := range []worldmap.LonLat{placeParis, placeBerlin, placeRabat, placeMidAtlantic, placeNicosia} {
		f.hover(p)
		f.capture()
	}
	if f.m.mapRenders != drawn {
		t.Errorf("hovering drew the map %d more times, want none", f.m.mapRenders-drawn)
	}

	f.hover(placeParis)
	img := f.m.drawHover(mapTestWidth, mapTestHeight).(*image.RGBA)
	paris := f.at(placeParis)
	if img.RGBAAt(int(paris.X), int(paris.Y)).A != 0 {
		t.Errorf("the overlay covers Paris; it should draw only France's outline")
	}
	if n := mapOpaquePixels(img, image.Rect(0, 0, mapTestWidth, mapTestHeight)); n < 100 {
		t.Errorf("the overlay has %d drawn pixels; France's outline should show", n)
	}
}

func mapOpaquePixels(img *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y).A > 0 {
				n++
			}
		}
	}
	return n
}

func TestMapOutlinesTheSelectedCountries(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	before := mapToRGBA(f.capture())
	f.m.SetData(seedMapCounts(), []string{"FR"})
	after := mapToRGBA(f.capture())

	box := func(west, south, east, north float64) image.Rectangle {
		a, b := f.at(worldmap.LonLat{Lon: west, Lat: north}), f.at(worldmap.LonLat{Lon: east, Lat: south})
		return image.Rect(int(a.X), int(a.Y), int(b.X)+1, int(b.Y)+1)
	}
	if n := mapChangedPixels(before, after, box(-6, 41, 10, 52)); n < 50 {
		t.Errorf("selecting France changed %d pixels around France, want its outline", n)
	}
	if n := mapChangedPixels(before, after, box(70, 15, 140, 55)); n != 0 {
		t.Errorf("selecting France changed %d pixels over Asia", n)
	}
	if f.m.selected["FR"] != true || len(f.m.selected) != 1 {
		t.Errorf("selection = %v, want FR", f.m.selected)
	}
}

func mapToRGBA(img image.Image) *image.RGBA {
	if rgba, ok := img.(*image.RGBA); ok {
		return rgba
	}
	out := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			out.Set(x, y, img.At(x, y))
		}
	}
	return out
}

func mapChangedPixels(a, b *image.RGBA, r image.Rectangle) int {
	n := 0
	r = r.Intersect(a.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
			}
		}
	}
	return n
}

func TestMapSameDataDoesNotRedraw(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	drawn, version := f.m.mapRenders, f.m.dataVersion
	f.m.SetData(seedMapCounts(), nil)
	f.capture()
	if f.m.mapRenders != drawn || f.m.dataVersion != version {
		t.Errorf("SetData with the same counts drew the map again")
	}
	counts := seedMapCounts()
	counts["NL"] = 7
	f.m.SetData(counts, nil)
	f.capture()
	if f.m.mapRenders != drawn+1 {
		t.Errorf("SetData with new counts drew the map %d times, want once", f.m.mapRenders-drawn)
	}
}

func TestMapScrollZoomsAroundThePointer(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	paris := f.at(placeParis)
	f.m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: paris}, Scrolled: fyne.Delta{DY: 25}})
	if f.m.view.Zoom <= 1.2 {
		t.Fatalf("after a wheel notch up the zoom is %v, want more than 1.2", f.m.view.Zoom)
	}
	if moved := f.at(placeParis).Subtract(paris); math.Hypot(float64(moved.X), float64(moved.Y)) > 0.5 {
		t.Errorf("zooming moved Paris by %v under the pointer", moved)
	}
	f.tap(placeParis)
	if !slices.Equal(f.toggled, []string{"FR"}) {
		t.Errorf("after zooming, a tap at Paris toggled %v", f.toggled)
	}
	for range 3 {
		f.m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: paris}, Scrolled: fyne.Delta{DY: -25}})
	}
	if f.m.view != worldmap.WorldView() {
		t.Errorf("scrolling back out ends at %+v, want the whole world", f.m.view)
	}
}

func TestMapDragPans(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.m.zoomIn.Tapped(&fyne.PointEvent{})
	f.capture()
	berlin := f.at(placeBerlin)
	test.Drag(f.window.Canvas(), fyne.NewPos(500, 250), 60, -30)
	if moved := f.at(placeBerlin).Subtract(berlin); math.Abs(float64(moved.X-60)) > 0.5 || math.Abs(float64(moved.Y+30)) > 0.5 {
		t.Errorf("dragging by (60, -30) moved Berlin by %v", moved)
	}
}

func TestMapZoomButtons(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	if !f.m.zoomOut.Disabled() || !f.m.zoomWorld.Disabled() || f.m.zoomIn.Disabled() {
		t.Errorf("at the whole world: zoom in disabled %v, out %v, world %v; want only in enabled",
			f.m.zoomIn.Disabled(), f.m.zoomOut.Disabled(), f.m.zoomWorld.Disabled())
	}
	tapButton := func(b *widget.Button) {
		test.TapCanvas(f.window.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(5, 5))
	}
	tapButton(f.m.zoomIn)
	tapButton(f.m.zoomIn)
	if f.m.view.Zoom != 4 {
		t.Errorf("after + + the zoom is %v, want 4", f.m.view.Zoom)
	}
	if f.m.zoomOut.Disabled() || f.m.zoomWorld.Disabled() {
		t.Errorf("zoomed in, but − or the world button is disabled")
	}
	tapButton(f.m.zoomOut)
	if f.m.view.Zoom != 2 {
		t.Errorf("after − the zoom is %v, want 2", f.m.view.Zoom)
	}
	tapButton(f.m.zoomWorld)
	if f.m.view != worldmap.WorldView() {
		t.Errorf("the world button left the view at %+v", f.m.view)
	}
	if len(f.toggled) != 0 {
		t.Errorf("pressing the buttons toggled %v on the map below them", f.toggled)
	}
	for range 10 {
		f.m.zoomAtCentre(mapButtonZoom)
	}
	if f.m.view.Zoom != worldmap.MaxZoom || !f.m.zoomIn.Disabled() {
		t.Errorf("at the deepest zoom: zoom %v, + disabled %v", f.m.view.Zoom, f.m.zoomIn.Disabled())
	}
	f.m.ResetView()
	if f.m.view != worldmap.WorldView() {
		t.Errorf("ResetView left the view at %+v", f.m.view)
	}
}

func TestMapSecondaryTapZoomsToACountry(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.m.TappedSecondary(&fyne.PointEvent{Position: f.at(placeNicosia), AbsolutePosition: f.at(placeNicosia)})
	popUp := f.window.Canvas().Overlays().Top()
	if popUp == nil || !strings.Contains(test.RenderObjectToMarkup(popUp), "Inzoomen op Cyprus") {
		t.Errorf("secondary tap on Cyprus shows no menu offering to zoom in on it")
	}
	if popUp != nil {
		f.window.Canvas().Overlays().Remove(popUp)
	}

	menu := f.m.contextMenu(f.at(placeNicosia))
	var labels []string
	for _, item := range menu.Items {
		labels = append(labels, item.Label)
	}
	if !slices.Equal(labels, []string{"Inzoomen op Cyprus", "Hele wereld"}) || !menu.Items[1].Disabled {
		t.Fatalf("menu = %q (whole world disabled %v), want to zoom in on Cyprus, and the whole world disabled", labels, menu.Items[1].Disabled)
	}
	menu.Items[0].Action()
	if f.m.view.Zoom < 10 {
		t.Errorf("zooming in on Cyprus gave zoom %v", f.m.view.Zoom)
	}
	f.capture()
	frame := f.m.frame()
	for _, mk := range f.m.world.Markers(frame.size, f.m.view, f.m.style(frame)) {
		if mk.Code == "CY" {
			t.Errorf("zoomed in on Cyprus, it is still a marker")
		}
	}
	f.tap(placeNicosia)
	if !slices.Equal(f.toggled, []string{"CY"}) {
		t.Errorf("tap on Cyprus's shape toggled %v", f.toggled)
	}
	menu = f.m.contextMenu(f.at(placeMidAtlantic))
	if len(menu.Items) != 1 || menu.Items[0].Disabled {
		t.Errorf("over the sea, zoomed in, the menu should offer only the whole world")
	}
}

func TestMapFollowsTheTheme(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	sea := f.at(placeMidAtlantic)
	pixelAt := func() color.RGBA { return mapToRGBA(f.capture()).RGBAAt(int(sea.X), int(sea.Y)) }
	if got, want := pixelAt(), worldmap.LightStyle().Ocean; got != want {
		t.Errorf("light theme: sea is %v, want %v", got, want)
	}
	f.app.Settings().SetTheme(newReadingTheme(ThemeDark, defaultTextSize))
	if got, want := pixelAt(), worldmap.DarkStyle().Ocean; got != want {
		t.Errorf("dark theme: sea is %v, want %v", got, want)
	}
	if !f.m.dark {
		t.Errorf("the map did not switch to its dark style")
	}
}

func TestMapLegendNamesTheClasses(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	counts := map[string]int{"FR": 1, "DE": 2, "US": 4, "CN": 9, "EU": 500}
	f.m.SetData(counts, nil)
	var texts []string
	for _, o := range f.m.legend.Objects {
		if text, ok := o.(*canvas.Text); ok {
			texts = append(texts, text.Text)
		}
	}
	want := []string{"Artikelen", "geen", "1", "2", "3–4", "5–9"}
	if !slices.Equal(texts, want) {
		t.Errorf("legend reads %q, want %q (the EU's 500 must not stretch the scale)", texts, want)
	}
}

func TestMapLegendLabelsAndCounts(t *testing.T) {
	for _, tt := range []struct {
		stop worldmap.Stop
		want string
	}{
		{worldmap.Stop{Min: 1, Max: 1}, "1"},
		{worldmap.Stop{Min: 3, Max: 4}, "3–4"},
		{worldmap.Stop{Min: 1000, Max: 1999}, "1.000–1.999"},
	} {
		if got := mapLegendLabel(tt.stop); got != tt.want {
			t.Errorf("mapLegendLabel(%+v) = %q, want %q", tt.stop, got, tt.want)
		}
	}
	for n, want := range map[int]string{0: "geen artikelen", 1: "1 artikel", 2: "2 artikelen", 12345: "12.345 artikelen"} {
		if got := articlesPhrase(n); got != want {
			t.Errorf("articlesPhrase(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestMapImages keeps masters of the map in both themes, with the seed
// counts, France selected and the pointer on Morocco: the choropleth, the
// legend, the selection outline, the hover outline and label, the markers
// and the zoom buttons in one picture each. The English one ("_en") has
// the legend and the label in English.
func TestMapImages(t *testing.T) {
	for _, c := range []struct {
		mode     ThemeMode
		language string
	}{{ThemeLight, "nl"}, {ThemeDark, "nl"}, {ThemeLight, "en"}} {
		name := string(c.mode)
		if c.language != "nl" {
			name += "_" + c.language
		}
		t.Run(name, func(t *testing.T) {
			if c.language != "nl" {
				inLanguage(t, c.language)
			}
			f := newMapFixture(t, c.mode)
			f.m.SetData(seedMapCounts(), []string{"FR"})
			f.hover(placeRabat)
			test.AssertImageMatches(t, "mapview_"+name+".png", f.capture())
		})
	}
}

// TestMapImageZoomedOnEurope keeps a master of a zoomed view, where
// Luxembourg, Malta and Cyprus are markers or shapes by their size on screen.
func TestMapImageZoomedOnEurope(t *testing.T) {
	f := newMapFixture(t, ThemeDark)
	f.m.SetData(seedMapCounts(), []string{"CY", "BE"})
	europe := f.at(worldmap.LonLat{Lon: 15, Lat: 48})
	for range 3 {
		f.m.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: europe}, Scrolled: fyne.Delta{DY: mapScrollPerDoubling}})
	}
	test.AssertImageMatches(t, "mapview_europe_dark.png", f.capture())
}

// The map's pane in the window at 1280×800 is about this size: a strip, in
// which the legend is one row and the zoom buttons a row (see
// mapCompactBelow).
const mapStripWidth, mapStripHeight = 510, 230

func TestMapStripHasACompactLegendAndButtons(t *testing.T) {
	f := newMapFixtureOfSize(t, ThemeLight, fyne.NewSize(mapStripWidth, mapStripHeight))
	f.m.SetData(map[string]int{"FR": 1, "DE": 2, "US": 4, "CN": 9, "RU": 1234}, nil)
	inside := func(what string, o fyne.CanvasObject) {
		t.Helper()
		p, s := o.Position(), o.Size()
		if p.X < 0 || p.Y < 0 || p.X+s.Width > mapStripWidth || p.Y+s.Height > mapStripHeight {
			t.Errorf("%s at %v size %v leaves the %v×%v map", what, p, s, mapStripWidth, mapStripHeight)
		}
	}
	legend := f.m.legend
	inside("the legend", legend)
	var texts []string
	var rows []float32
	for _, o := range legend.Objects {
		if text, ok := o.(*canvas.Text); ok {
			texts = append(texts, text.Text)
			if !slices.Contains(rows, text.Position().Y) {
				rows = append(rows, text.Position().Y)
			}
		}
	}
	if want := []string{"Artikelen", "geen", "1–2", "3–9", "10–29", "30–99", "100–299", "300–1.234"}; !slices.Equal(texts, want) {
		t.Errorf("legend reads %q, want %q", texts, want)
	}
	if len(rows) > 2 || legend.Size().Height > mapStripHeight/4 {
		t.Errorf("the legend's %d texts take %d rows and %v dp of the %v dp map, want at most two rows and a quarter",
			len(texts), len(rows), legend.Size().Height, mapStripHeight)
	}

	// At the whole world only + can do something, and only + is shown, in
	// the top right corner.
	visible := func() []*widget.Button {
		var out []*widget.Button
		for _, o := range f.m.buttons.Objects {
			if b := o.(*widget.Button); b.Visible() {
				out = append(out, b)
			}
		}
		return out
	}
	corner := func(b *widget.Button) fyne.Position {
		return b.Position().Add(f.m.buttons.Position()).AddXY(b.Size().Width, 0)
	}
	if got := visible(); len(got) != 1 || got[0] != f.m.zoomIn {
		t.Fatalf("at the whole world %d buttons show, want only +", len(got))
	}
	inside("the buttons", f.m.buttons)
	plus := corner(f.m.zoomIn)
	if plus.X < mapStripWidth-20 || plus.Y > 20 {
		t.Errorf("+ ends at %v, want it in the top right corner", plus)
	}
	test.TapCanvas(f.window.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(f.m.zoomIn).AddXY(5, 5))
	if got := visible(); len(got) != 3 || f.m.view.Zoom != mapButtonZoom {
		t.Fatalf("after + the zoom is %v and %d buttons show, want %v and all three", f.m.view.Zoom, len(got), mapButtonZoom)
	}
	inside("the buttons", f.m.buttons)
	if got := corner(f.m.zoomIn); got != plus {
		t.Errorf("+ moved from %v to %v when the other buttons appeared", plus, got)
	}
	for _, b := range visible() {
		if b.Position().Y != 0 {
			t.Errorf("the buttons are not one row: one is at %v", b.Position())
		}
	}
	test.TapCanvas(f.window.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(f.m.zoomWorld).AddXY(5, 5))
	if f.m.view != worldmap.WorldView() || len(visible()) != 1 {
		t.Errorf("the world button left the view at %+v with %d buttons", f.m.view, len(visible()))
	}
	if len(f.toggled) != 0 {
		t.Errorf("pressing the buttons toggled %v on the map below them", f.toggled)
	}
}

// TestMapStripImages keeps masters of the map at the size of its pane in
// the window, in both themes: with the seed counts, and with counts up to
// 1,234, whose legend takes two rows.
func TestMapStripImages(t *testing.T) {
	wide := seedMapCounts()
	maps.Copy(wide, map[string]int{"US": 1234, "CN": 300, "RU": 120, "BR": 40, "IN": 12, "AU": 5})
	for mode, counts := range map[ThemeMode]map[string]int{ThemeLight: seedMapCounts(), ThemeDark: wide} {
		t.Run(string(mode), func(t *testing.T) {
			f := newMapFixtureOfSize(t, mode, fyne.NewSize(mapStripWidth, mapStripHeight))
			f.m.SetData(counts, []string{"FR"})
			test.AssertImageMatches(t, "mapview_strip_"+string(mode)+".png", f.capture())
		})
	}
}

// mapFacetCounts spreads articles over every country on the map as a search's
// country facet would: a few countries named very often, most rarely (Zipf),
// the ranking shuffled by salt so that each call gives other numbers.
func mapFacetCounts(world *worldmap.World, articles, salt int) map[string]int {
	codes := world.Codes()
	weight := make([]float64, len(codes))
	total := 0.0
	for i := range codes {
		rank := (i*7919+salt*104729)%len(codes) + 1
		weight[i] = 1 / float64(rank)
		total += weight[i]
	}
	counts := make(map[string]int, len(codes))
	for i, code := range codes {
		if n := int(float64(articles) * weight[i] / total); n > 0 {
			counts[code] = n
		}
	}
	return counts
}

// newBenchMap is a map of 1280×640 dp at scale 1, outside any window, for
// the benchmarks, which ask its rasters for images themselves.
func newBenchMap(b *testing.B) *MapView {
	test.NewTempApp(b)
	world, err := worldmap.Load()
	if err != nil {
		b.Fatal(err)
	}
	m := NewMapView(world, nil, nil)
	m.Resize(fyne.NewSize(1280, 640))
	return m
}

// BenchmarkMapViewSetData1280x640 is a query's worth of work for the map over
// 100,000 articles: new facet counts in, the raster's image out, as Fyne asks
// for it after the refresh. The budget is 16 ms.
func BenchmarkMapViewSetData1280x640(b *testing.B) {
	m := newBenchMap(b)
	counts := [2]map[string]int{mapFacetCounts(m.world, 100_000, 0), mapFacetCounts(m.world, 100_000, 1)}
	selected := []string{"FR", "RU"}
	m.SetData(counts[1], selected)
	m.base.Generator(1280, 640)
	for i := 0; b.Loop(); i++ {
		m.SetData(counts[i%2], selected)
		m.base.Generator(1280, 640)
	}
}

// BenchmarkMapViewHover1280x640 is one pointer move onto another country:
// hit-test, label and the overlay's outline.
func BenchmarkMapViewHover1280x640(b *testing.B) {
	m := newBenchMap(b)
	m.SetData(mapFacetCounts(m.world, 100_000, 0), nil)
	m.base.Generator(1280, 640)
	frame := m.frame()
	var places [2]fyne.Position
	for i, p := range []worldmap.LonLat{placeParis, placeBerlin} {
		x, y := m.view.ToPixel(frame.size, worldmap.Project(p))
		places[i] = fyne.NewPos(float32(x), float32(y))
	}
	for i := 0; b.Loop(); i++ {
		m.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: places[i%2]}})
		m.hover.Generator(1280, 640)
	}
}

// BenchmarkMapViewPan1280x640 is one step of a drag: a new view, so the map's
// geometry is rasterised again.
func BenchmarkMapViewPan1280x640(b *testing.B) {
	m := newBenchMap(b)
	m.SetData(mapFacetCounts(m.world, 100_000, 0), nil)
	m.zoomAtCentre(2)
	m.base.Generator(1280, 640)
	for i := 0; b.Loop(); i++ {
		m.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: float32(1 - 2*(i%2))}})
		m.base.Generator(1280, 640)
	}
}
