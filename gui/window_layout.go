package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Proportions of the window: the results column, and the strip with the map
// and the timeline below. At 1280×800 the strip is about 230 dp tall, the
// map about 510 dp wide: Equal Earth is about twice as wide as tall, so the
// globe fills the map's pane, and the reader keeps its 680 dp column and
// over 500 dp of height.
const (
	sidebarShare = 0.34
	stripShare   = 0.70 // of the height, above the strip
	mapShare     = 0.40 // of the strip's width
)

// layout places the views: on the left the search bar, the filter chips, the
// count and the results, on a tinted background; on the right the reader;
// along the bottom the map (under the results) and the timeline (under the
// reader), which both narrow what is above them.
func (m *MainWindow) layout() fyne.CanvasObject {
	var themeButton *widget.Button
	themeButton = widget.NewButtonWithIcon("", contrastIcon(), func() {
		c := m.window.Canvas()
		at := fyne.NewPos(0, themeButton.Size().Height)
		widget.ShowPopUpMenuAtRelativePosition(m.themeMenu, c, at, themeButton)
	})
	themeButton.Importance = widget.LowImportance

	const inset = 8
	searchRow := container.NewBorder(nil, nil, nil, themeButton, m.search)
	// "Bedoelde u …?" gets a line of its own under the count, where it
	// wraps: beside the count it would set the column's width. So does the
	// notice that the hits have only most of the words, which says what the
	// count counts.
	header := container.NewVBox(container.NewBorder(nil, nil, m.count, m.bookmarks), m.partial, m.suggestion)
	top := container.New(layout.NewCustomPaddedLayout(inset, 0, inset, inset/2),
		container.NewVBox(searchRow, m.cutNotice, m.chips, header))
	results := container.New(layout.NewCustomPaddedLayout(0, inset/2, inset/2, inset/2),
		container.NewStack(m.list, m.empty))
	// The header goes before the results in the container, though a border
	// layout draws it above them either way: Tab follows this order, so the
	// keyboard reaches the search and the chips before the list.
	sidebarTop := container.NewVBox(top, widget.NewSeparator())
	m.sidebar = container.New(layout.NewBorderLayout(sidebarTop, nil, nil, nil), sidebarTop, results)
	sidebar := container.NewStack(newThemedFill(colorSidebar), m.sidebar)

	main := container.NewHSplit(sidebar, m.reader)
	main.Offset = sidebarShare

	var mapPane fyne.CanvasObject = container.NewCenter(mutedText(tr("pending.map"), theme.SizeNameText, fyne.TextStyle{}))
	if m.mapView != nil {
		mapPane = m.mapView
	}
	strip := container.NewHSplit(mapPane, container.New(layout.NewCustomPaddedLayout(0, 0, inset, inset), m.timeline))
	strip.Offset = mapShare
	m.main = main
	m.withStrip = container.NewVSplit(main, container.NewStack(newThemedFill(colorSidebar), strip))
	m.withStrip.Offset = stripShare
	m.body = container.NewStack()
	// Placed, not refreshed: the window lays the body out when it gets it,
	// and a refresh here laid the reader's article out once more, at a
	// size it does not have yet (137 ms of a browser's opening).
	m.placeStrip(!m.mem.StripHidden)
	return m.body
}

// StripShown reports whether the map and the timeline are on screen.
func (m *MainWindow) StripShown() bool { return !m.mem.StripHidden }

// showStrip puts the map and the timeline under the results and the
// reader, or folds them away to give the reader the window's height; the
// choice is remembered.
func (m *MainWindow) showStrip(show bool) {
	m.placeStrip(show)
	if show {
		m.withStrip.Refresh()
	}
	m.body.Refresh()
	if m.mem.StripHidden == show {
		m.mem.StripHidden = !show
		m.remember()
	}
	if m.stripItem != nil {
		m.stripItem.Checked = show
		m.mainMenu.Refresh()
	}
}

func (m *MainWindow) toggleStrip() { m.showStrip(m.mem.StripHidden) }

// placeStrip puts the views in the body, with the strip under them or not.
func (m *MainWindow) placeStrip(show bool) {
	if show {
		m.withStrip.Leading = m.main
		m.body.Objects = []fyne.CanvasObject{m.withStrip}
	} else {
		m.body.Objects = []fyne.CanvasObject{m.main}
	}
}

// relayoutSidebar places the header and the results again after the header
// changed height (a notice or the suggestion came or went), without
// redrawing what did not change.
func (m *MainWindow) relayoutSidebar() {
	if m.sidebar != nil {
		// Twice: the first pass gives wrapped text in the header its width,
		// and only then does it know its height. (The desktop driver would
		// correct it a frame later; the test driver never does.)
		m.sidebar.Layout.Layout(m.sidebar.Objects, m.sidebar.Size())
		m.sidebar.Layout.Layout(m.sidebar.Objects, m.sidebar.Size())
	}
}
