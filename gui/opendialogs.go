package gui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"dossier/corpus/dossier"
)

// File › Open corpus folder… and File › Open dossier file… ask for what to
// open and hand it to the background loader (desktop only: the browser has
// no files). They are two items because Fyne's file dialog chooses either a
// folder or a file, never one of both: in a file dialog a folder is only
// entered.

// openCorpusFolder asks for a folder of articles and opens it.
func (m *MainWindow) openCorpusFolder() {
	if fyne.CurrentDevice().IsBrowser() {
		return
	}
	m.pickFolder("dialog.opencorpus", m.loadFolder)
}

// openDossierFile asks for a dossier file, showing only .dossier files (and
// the folders to find them in), and opens it.
func (m *MainWindow) openDossierFile() {
	if fyne.CurrentDevice().IsBrowser() {
		return
	}
	m.pickFile("dialog.opendossier", []string{dossier.Extension}, m.loadDossier)
}

// pickFolder asks for a folder and hands its path to then.
func (m *MainWindow) pickFolder(titleKey string, then func(dir string)) {
	d := dialog.NewFolderOpen(func(uri fyne.ListableURI, err error) {
		if err != nil {
			m.showError(tr("dialog.error"), err)
			return
		}
		if uri != nil {
			then(uri.Path())
		}
	}, m.window)
	m.showOpenDialog(d, titleKey)
}

// pickFile asks for a file, showing only those with one of extensions (and
// the folders to find them in), and hands its path to then, which reads
// it itself (in the background, as the loader and the importer do).
func (m *MainWindow) pickFile(titleKey string, extensions []string, then func(path string)) {
	d := dialog.NewFileOpen(func(file fyne.URIReadCloser, err error) {
		if err != nil {
			m.showError(tr("dialog.error"), err)
			return
		}
		if file != nil {
			file.Close()
			then(file.URI().Path())
		}
	}, m.window)
	d.SetFilter(storage.NewExtensionFileFilter(extensions))
	m.showOpenDialog(d, titleKey)
}

// showOpenDialog shows an open dialog at a size that fits long names,
// starting beside the collection opened last, titled by the translation
// titleKey: Fyne's own title says only "Open File" or "Open Folder", not
// what Dossier wants.
func (m *MainWindow) showOpenDialog(d *dialog.FileDialog, titleKey string) {
	d.SetTitleText(tr(titleKey))
	if m.mem.Corpus != "" {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(m.mem.Corpus))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}
