package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// appWithMetadata is an app with the metadata a packaged build (or
// cmd/dossier's main) gives it; the test app has none.
type appWithMetadata struct {
	fyne.App
	meta fyne.AppMetadata
}

func (a appWithMetadata) Metadata() fyne.AppMetadata { return a.meta }

// openAbout runs Help › About Dossier from the window's main menu and returns
// the dialog's lines.
func openAbout(t *testing.T, m *MainWindow) []string {
	t.Helper()
	var about *fyne.MenuItem
	menus := m.Window().MainMenu().Items
	last := menus[len(menus)-1]
	if last.Label != tr("menu.help") {
		t.Fatalf("the last menu is %q, not %q", last.Label, tr("menu.help"))
	}
	for _, item := range last.Items {
		if item.Label == tr("menu.about") {
			about = item
		}
	}
	if about == nil {
		t.Fatalf("no %q in the %q menu", tr("menu.about"), last.Label)
	}
	about.Action()
	overlay := m.Window().Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("the About dialog did not open")
	}
	var lines []string
	for _, l := range objectsOfType[*widget.Label](overlay) {
		lines = append(lines, strings.Split(l.Text, "\n")...)
	}
	return lines
}

func containsAll(t *testing.T, lines []string, want ...string) {
	t.Helper()
	text := strings.Join(lines, "\n")
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the About dialog lacks %q; it reads:\n%s", w, text)
		}
	}
}

func TestAboutDialog(t *testing.T) {
	a := appWithMetadata{App: test.NewTempApp(t), meta: fyne.AppMetadata{ID: "nl.dossier.reader", Name: "Dossier", Version: "0.1.0", Build: 7}}
	m, h := openWindow(t, a, seedLibrary(t))
	lines := openAbout(t, m)
	containsAll(t, lines,
		"Over Dossier",
		"Versie 0.1.0 (build 7)",
		"Gebouwd met Go 1.",
		"De ingebouwde artikelen",
		"4 artikelen · ",
		"Licentie", "Voor Dossier zelf is nog geen licentie vastgelegd",
		"Met dank aan",
		"Natural Earth 4.1.0, publiek domein", "world-atlas 2.0.2",
		"i18n-iso-countries 7.14.0",
		"Unicode CLDR 32", "golang.org/x/text",
		"Snowball-stemmer", "github.com/blevesearch/snowballstem",
		"Fyne",
	)
	if countries := m.session.Library().Countries(); len(countries) == 0 {
		t.Fatal("the seed names no countries")
	}

	// With a folder open, the dialog names it and counts its articles.
	m.Window().Canvas().Overlays().Top().Hide()
	dir := writeCorpus(t, 30)
	m.loadFolder(dir)
	h.runUntil(t, func() bool { return m.loader.done })
	m.report.Hide()
	containsAll(t, openAbout(t, m), dir, "30 artikelen · 1 land")
}

// TestAboutBuildFacts checks the build's lines: the revision, when it was
// made and whether the tree had changes, and the modules' versions.
func TestAboutBuildFacts(t *testing.T) {
	a := appWithMetadata{App: test.NewTempApp(t)}
	m, _ := openWindow(t, a, seedLibrary(t))
	facts := buildFacts{
		revision: "88b8c2f0123456789abcdef", modified: true, goVer: "go1.26.8",
		time:    time.Date(2026, 11, 24, 2, 18, 0, 0, time.UTC),
		modules: map[string]string{moduleFyne: "v2.7.1", moduleSnowball: "v0.9.0", moduleText: "v0.43.0"},
	}
	var lines []string
	for _, s := range m.aboutSections(facts) {
		lines = append(lines, s.lines...)
	}
	containsAll(t, lines,
		"Versie onbekend", // no metadata
		"Revisie 88b8c2f01234 · 2026-11-24 02:18 UTC · met lokale wijzigingen",
		"Gebouwd met Go 1.26.8",
		"golang.org/x/text v0.43.0", "github.com/blevesearch/snowballstem v0.9.0", "Fyne v2.7.1",
	)
	// A test binary's build information lists no modules; the desktop
	// end-to-end test reads the real binary's versions off the dialog.
}

func TestAboutDialogInEnglish(t *testing.T) {
	inLanguage(t, "en")
	a := appWithMetadata{App: test.NewTempApp(t), meta: fyne.AppMetadata{Version: "0.1.0", Build: 1}}
	m, _ := openWindow(t, a, seedLibrary(t))
	containsAll(t, openAbout(t, m),
		"About Dossier", "Version 0.1.0 (build 1)", "Built with Go", "The built-in articles", "4 articles · ",
		"Licence", "No licence has been set", "Credits", "Natural Earth 4.1.0, public domain")
}

// TestAboutCreditsMatchTheMapData keeps the versions the dialog credits in
// step with assets/world.README.md, which the map's generator writes.
func TestAboutCreditsMatchTheMapData(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "assets", "world.README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Natural Earth " + naturalEarthVersion + " ",
		"| world-atlas | " + worldAtlasVersion + " |",
		"| i18n-iso-countries | " + isoCountriesVersion + " |",
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("assets/world.README.md does not say %q: update the versions in gui/about.go", want)
		}
	}
}
