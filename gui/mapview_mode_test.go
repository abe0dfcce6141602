package gui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"dossier/corpus/search"
	"dossier/gui/view"
	"dossier/gui/worldmap"
)

// seedActorData is the seed articles' actor mode: China and the United
// States as actors, the EU once (its own network), and the arrows to their
// targets, a loop for the United States.
func seedActorData() view.MapData {
	return view.MapData{
		Mode:   view.MapActors,
		Counts: map[string]int{"CN": 1, "US": 1, "EU": 1},
		Arcs: map[search.Arc]int{
			{Actor: "CN", Target: "EU"}: 1, {Actor: "CN", Target: "CY"}: 1, {Actor: "CN", Target: "RU"}: 1,
			{Actor: "EU", Target: "EU"}: 1, {Actor: "EU", Target: "CY"}: 1, {Actor: "US", Target: "US"}: 1,
		},
	}
}

func TestMapModeSwitchAsksForTheMode(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	var asked []view.MapMode
	f.m.OnMode = func(mode view.MapMode) { asked = append(asked, mode) }
	sw := f.m.modes
	// A tap on each word, in the middle of its width.
	x := float32(0)
	for _, w := range sw.widths {
		test.TapCanvas(f.window.Canvas(), sw.Position().AddXY(x+w/2, sw.Size().Height/2))
		x += w
	}
	if !slices.Equal(asked, view.MapModes()) {
		t.Errorf("taps on the three words asked for %v, want %v", asked, view.MapModes())
	}
	if f.m.Mode() != view.MapMentions {
		t.Errorf("the map changed its mode itself, to %v: the state decides", f.m.Mode())
	}

	// The keyboard: Tab reaches the switch; the arrows choose the mode beside.
	asked = nil
	f.window.Canvas().Focus(sw)
	sw.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // none left of mentions
	sw.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f.m.SetMode(view.MapActors)
	sw.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f.m.SetMode(view.MapTargets)
	sw.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // none right of targets
	sw.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if want := []view.MapMode{view.MapActors, view.MapTargets, view.MapActors}; !slices.Equal(asked, want) {
		t.Errorf("the arrow keys asked for %v, want %v", asked, want)
	}
	if view.MapModes()[sw.chosen] != view.MapTargets {
		t.Errorf("the switch shows %v after SetMode(targets)", view.MapModes()[sw.chosen])
	}
}

// TestMapActorModeCountsAndArrows: in actor mode the hover says the role,
// the legend names the arrows, the EU has a disc and a tag that a click
// toggles, and the arrows are in the map image, not the hover overlay.
func TestMapActorModeCountsAndArrows(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.m.SetMapData(seedActorData())
	f.capture()
	f.hover(worldmap.LonLat{Lon: 103, Lat: 35}) // China
	if got := f.m.labelText.Text; got != "China · 1 artikel als dader" {
		t.Errorf("hover over China says %q", got)
	}
	f.hover(worldmap.LonLat{Lon: 20, Lat: 0}) // Congo
	if got := f.m.labelText.Text; !strings.HasSuffix(got, "geen artikelen als dader") {
		t.Errorf("hover over a country without actor articles says %q", got)
	}
	if title := f.m.legendParts.title.Text; title != "Artikelen als dader" {
		t.Errorf("legend title %q", title)
	}
	if last := f.m.legendParts.labels[len(f.m.legendParts.labels)-1].Text; last != "van dader naar doelwit" {
		t.Errorf("the legend's last entry is %q, want the arrows'", last)
	}
	if len(f.m.tagCodes) != 1 || f.m.tagCodes[0] != "EU" || !f.m.tags.Visible() {
		t.Errorf("tags %v, want the EU's", f.m.tagCodes)
	}
	f.tap(organisationPlaces["EU"])
	if !slices.Equal(f.toggled, []string{"EU"}) {
		t.Errorf("a tap on the EU's disc toggled %v", f.toggled)
	}
	f.tap(worldmap.LonLat{Lon: 103, Lat: 35})
	if !slices.Equal(f.toggled, []string{"CN"}) {
		t.Errorf("a tap on China toggled %v", f.toggled)
	}
	f.tap(worldmap.LonLat{Lon: 20, Lat: 0})
	if len(f.toggled) != 0 || !strings.Contains(f.m.labelText.Text, "geen artikelen om op te filteren") {
		t.Errorf("a tap on a country without actor articles toggled %v, label %q", f.toggled, f.m.labelText.Text)
	}

	// The arrows are part of the map image: hovering draws nothing again.
	drawn := f.m.mapRenders
	f.hover(worldmap.LonLat{Lon: 103, Lat: 35})
	f.hover(placeParis)
	f.capture()
	if f.m.mapRenders != drawn {
		t.Errorf("hovering drew the map %d times", f.m.mapRenders-drawn)
	}
	// Back to mentions: no arrows, no disc, no tag, the old legend.
	f.m.SetMapData(view.MapData{Counts: seedMapCounts()})
	f.capture()
	if len(f.m.tagCodes) != 0 || f.m.legendParts.title.Text != "Artikelen" || len(f.m.shownPlaces()) != 0 {
		t.Errorf("mentions mode keeps tags %v, legend %q", f.m.tagCodes, f.m.legendParts.title.Text)
	}
	f.tap(organisationPlaces["EU"])
	if slices.Contains(f.toggled, "EU") {
		t.Error("in mentions mode a tap where the EU's disc was toggled the EU")
	}
}

func TestMapTypeAheadFindsTheEUInActorMode(t *testing.T) {
	f := newMapFixture(t, ThemeLight)
	f.m.SetMapData(seedActorData())
	f.capture()
	f.focusMap(t)
	for _, r := range "europese" {
		f.m.TypedRune(r)
	}
	if f.m.cursor != "EU" {
		t.Fatalf("typing \"europese\" put the cursor on %q, want the EU", f.m.cursor)
	}
	f.key(fyne.KeyReturn)
	if !slices.Equal(f.toggled, []string{"EU"}) {
		t.Errorf("Enter on the EU toggled %v", f.toggled)
	}
	if got := f.m.labelText.Text; got != "Europese Unie · 1 artikel als dader" {
		t.Errorf("the label at the EU says %q", got)
	}
}

func TestMapRoleImages(t *testing.T) {
	for _, c := range []struct {
		mode     ThemeMode
		language string
		data     view.MapData
		name     string
	}{
		{ThemeLight, "nl", seedActorData(), "actors_light"},
		{ThemeDark, "nl", seedActorData(), "actors_dark"},
		{ThemeDark, "en", view.MapData{Mode: view.MapTargets, Counts: map[string]int{"EU": 2, "CY": 2, "RU": 1, "US": 1, "IL": 1},
			Selected: []string{"CY"}, Arcs: seedActorData().Arcs}, "targets_dark_en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.language != "nl" {
				inLanguage(t, c.language)
			}
			f := newMapFixture(t, c.mode)
			f.m.SetMapData(c.data)
			f.hover(worldmap.LonLat{Lon: 103, Lat: 35})
			test.AssertImageMatches(t, "mapview_"+c.name+".png", f.capture())
		})
	}
}
