// Command dossier is Dossier's reading room, on the desktop and in the browser.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"dossier/assets"
	"dossier/corpus"
	"dossier/gui"
)

// appID must match FyneApp.toml: preferences and storage are filed under it,
// and FyneApp.toml is not compiled into the binary.
const appID = "nl.dossier.reader"

func main() {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))

	c, err := corpus.LoadSeed()
	if err != nil {
		gui.NewErrorWindow(a, err).ShowAndRun()
		return
	}
	gui.New(a, c).ShowAndRun()
}
