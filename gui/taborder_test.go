package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
)

// TestTabVisitsEveryViewInReadingOrder: from the search bar, Tab reaches
// the chips, the results list, the reader's buttons, the map and the
// timeline with its switch, in that order, and comes back round.
func TestTabVisitsEveryViewInReadingOrder(t *testing.T) {
	m, _, _ := openSeed(t)
	m.state.AddCountry("US")
	c := m.window.Canvas()
	c.Focus(m.search)
	named := map[fyne.Focusable]string{m.search: "search", m.list: "list", m.mapView: "map", m.timeline: "timeline", m.timeline.bySwitch: "timeline switch", m.reader.larger: "reader"}
	var order []string
	for range 60 {
		c.FocusNext()
		f := c.Focused()
		name, ok := named[f]
		if _, chip := f.(*chip); chip {
			name, ok = "chips", true
		}
		if ok && (len(order) == 0 || order[len(order)-1] != name) {
			order = append(order, name)
		}
		if f == fyne.Focusable(m.search) {
			break
		}
	}
	want := []string{"chips", "list", "reader", "map", "timeline", "timeline switch", "search"}
	if !slices.Equal(order, want) {
		t.Errorf("Tab visits %v, want %v", order, want)
	}
}
