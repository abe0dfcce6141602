package gui

import (
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/geo"
)

// The map data's sources, as assets/world.README.md names them (the About
// test checks that they still agree). They are npm packages read by the
// generator, so the build knows nothing of them.
const (
	naturalEarthVersion = "4.1.0"
	worldAtlasVersion   = "2.0.2"
	isoCountriesVersion = "7.14.0"
)

// Modules whose versions the About dialog reads from the build.
const (
	moduleFyne     = "fyne.io/fyne/v2"
	moduleSnowball = "github.com/blevesearch/snowballstem"
	moduleText     = "golang.org/x/text"
)

// aboutSection is a heading and its lines in the About dialog.
type aboutSection struct {
	heading string
	lines   []string
}

// buildFacts is what the Go toolchain wrote into the binary: the commit it
// was built from, when, whether the tree had changes, the Go version and the
// versions of the modules it uses.
type buildFacts struct {
	revision string
	time     time.Time
	modified bool
	goVer    string
	modules  map[string]string
}

func readBuildFacts() buildFacts {
	f := buildFacts{goVer: runtime.Version(), modules: map[string]string{}}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return f
	}
	if info.GoVersion != "" {
		f.goVer = info.GoVersion
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			f.revision = s.Value
		case "vcs.time":
			f.time, _ = time.Parse(time.RFC3339, s.Value)
		case "vcs.modified":
			f.modified = s.Value == "true"
		}
	}
	for _, d := range info.Deps {
		if d.Replace != nil {
			d = d.Replace
		}
		f.modules[d.Path] = d.Version
	}
	return f
}

// withVersion appends a module's version to a name when the build knows it.
func (f buildFacts) withVersion(name, module string) string {
	if v := f.modules[module]; v != "" && v != "(devel)" {
		return name + " " + v
	}
	return name
}

// aboutSections is the About dialog's text: the version and build, the
// corpus that is open, the licence and the credits for data and code.
func (m *MainWindow) aboutSections(build buildFacts) []aboutSection {
	meta := m.app.Metadata()
	version := tr("about.version", map[string]any{"Version": meta.Version, "Build": meta.Build})
	if meta.Version == "" {
		version = tr("about.version.unknown")
	}
	app := []string{version}
	if build.revision != "" {
		rev := build.revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		when, changes := "", ""
		if !build.time.IsZero() {
			when = build.time.UTC().Format("2006-01-02 15:04") + " UTC"
		}
		if build.modified {
			changes = tr("about.modified")
		}
		app = append(app, joinMeta(tr("about.revision", map[string]any{"Revision": rev}), when, changes))
	}
	app = append(app, tr("about.go", map[string]any{"Go": strings.TrimPrefix(build.goVer, "go")}))

	lib := m.session.Library()
	name := tr("about.corpus.builtin")
	if lib != m.seed && m.mem.Corpus != "" {
		name = m.mem.Corpus
	}
	countries := 0
	for _, c := range lib.Countries() {
		if c.Articles > 0 {
			countries++
		}
	}
	corpusLines := []string{name, joinMeta(articleCount(lib.Corpus().Len()), trN("count.countries", countries))}

	return []aboutSection{
		{"Dossier", app},
		{tr("about.corpus"), corpusLines},
		{tr("about.licence"), []string{tr("about.licence.none")}},
		{tr("about.credits"), []string{
			tr("about.credit.map", map[string]any{"NaturalEarth": naturalEarthVersion, "WorldAtlas": worldAtlasVersion}),
			tr("about.credit.codes", map[string]any{"Version": isoCountriesVersion}),
			tr("about.credit.names", map[string]any{"CLDR": geo.CLDRVersion, "Module": build.withVersion(moduleText, moduleText)}),
			tr("about.credit.stemmer", map[string]any{"Module": build.withVersion(moduleSnowball, moduleSnowball)}),
			tr("about.credit.fyne", map[string]any{"Fyne": build.withVersion("Fyne", moduleFyne)}),
		}},
	}
}

// showAbout shows the About dialog (Help › About Dossier): each section a
// heading and one selectable label, as a version or a path is for copying
// into a bug report.
func (m *MainWindow) showAbout() {
	var rows []fyne.CanvasObject
	for _, s := range m.aboutSections(readBuildFacts()) {
		heading := widget.NewLabelWithStyle(s.heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		body := widget.NewLabel(strings.Join(s.lines, "\n"))
		body.Wrapping = fyne.TextWrapWord
		body.Selectable = true
		rows = append(rows, heading, body)
	}
	d := dialog.NewCustom(tr("about.title"), tr("dialog.close"), container.NewVScroll(container.NewVBox(rows...)), m.window)
	d.Resize(fyne.NewSize(640, 660))
	d.Show()
}
