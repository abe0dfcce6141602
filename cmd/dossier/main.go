// Command dossier is Dossier's reading room, on the desktop and in the browser.
package main

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"dossier/assets"
	"dossier/corpus/library"
	"dossier/gui"
)

// appID must match FyneApp.toml: preferences and storage are filed under it,
// and FyneApp.toml is not compiled into the binary.
const appID = "nl.dossier.reader"

func main() {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))

	lib, err := library.OpenSeed()
	if err != nil {
		gui.NewErrorWindow(a, err).ShowAndRun()
		return
	}
	var opts gui.Options
	if !fyne.CurrentDevice().IsBrowser() {
		// An atomic copy of the preferences beside Fyne's own file.
		opts.MemoryDir = a.Storage().RootURI().Path()
	}
	w := gui.New(a, lib, opts)
	if len(os.Args) > 1 && !fyne.CurrentDevice().IsBrowser() {
		// A link to a view: "#q=pegasus&c=MA", or a web build's whole address.
		if err := w.OpenLink(os.Args[1]); err != nil {
			fyne.LogError("Dossier could not show all of the link", err)
		}
	}
	w.ShowAndRun()
}
