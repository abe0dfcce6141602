// Command dossier is Dossier's reading room, on the desktop and in the browser.
//
//	dossier                     the articles built in, or the folder or dossier file opened last
//	dossier FOLDER              open a folder of articles (in the background, with progress)
//	dossier FILE.dossier        open a one-file collection the same way (what a file manager runs)
//	dossier '#q=pegasus&c=MA'   show a view: a link copied from Go › Copy link, or a web build's address
//	dossier FOLDER '#doc=…'     both: the view is shown once the folder (or file) has loaded
package main

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"dossier/assets"
	"dossier/corpus/library"
	"dossier/gui"
)

// appID, appVersion and appBuild must match FyneApp.toml: preferences and
// storage are filed under the ID, the About dialog shows the version, and
// FyneApp.toml is not compiled into a binary that `go build` makes (the
// desktop end-to-end test reads the version off the About dialog and
// compares it with FyneApp.toml).
const (
	appID      = "nl.dossier.reader"
	appName    = "Dossier"
	appVersion = "0.1.0"
	appBuild   = 1
)

func main() {
	gui.RelaxCollectorUntilFirstFrame() // in the browser; see there
	a := app.NewWithID(appID)
	setMetadata(a)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))

	if fyne.CurrentDevice().IsBrowser() {
		// The window's first frame first, then the articles: see gui.Start.
		gui.Start(a, library.OpenSeed, gui.Options{}).ShowAndRun()
		return
	}
	lib, err := library.OpenSeed()
	if err != nil {
		gui.NewErrorWindow(a, err).ShowAndRun()
		return
	}
	// An atomic copy of the preferences beside Fyne's own file.
	w := gui.New(a, lib, gui.Options{MemoryDir: a.Storage().RootURI().Path()})
	// A folder or a dossier file to open, a link to a view, or both;
	// anything else is reported in a dialog.
	w.OpenArgs(os.Args[1:])
	w.ShowAndRun()
}

// setMetadata gives the app its name and version when the binary carries
// none: `fyne package` and `fyne build` compile FyneApp.toml in, `go build`
// does not, and Fyne then falls back to version 0.0.1.
func setMetadata(a fyne.App) {
	meta := a.Metadata() // a packaged build's, or FyneApp.toml's under `go run`
	if meta.ID != "" {
		return
	}
	meta.ID, meta.Name, meta.Version, meta.Build = appID, appName, appVersion, appBuild
	app.SetMetadata(meta)
}
