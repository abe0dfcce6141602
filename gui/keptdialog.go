package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus"
)

// keptShelf is what File › Kept collections shows: the collections the
// browser keeps, which of them is open, and the storage they take.
type keptShelf struct {
	entries      []keptEntry
	openID       string // the kept collection the window shows, or ""
	usage, quota int64
	estimated    bool // the browser told usage and quota
}

// readKeptShelf reads the shelf from k, for the window whose remembered
// collection is openKey ("" when the built-in articles show). It waits for
// the storage: call it off the UI goroutine.
func readKeptShelf(k keeper, openKey string) (keptShelf, error) {
	entries, err := k.list()
	if err != nil {
		return keptShelf{}, err
	}
	s := keptShelf{entries: entries}
	s.openID, _ = keptID(openKey)
	s.usage, s.quota, s.estimated = k.store.Estimate()
	return s, nil
}

// keptDialog is the list of kept collections with Open and Remove, usable
// with the keyboard alone: Tab reaches the list, the arrows and Space
// choose a collection, Tab the buttons.
type keptDialog struct {
	dialog   dialog.Dialog
	list     *widget.List
	open     *widget.Button
	remove   *widget.Button
	selected int // -1 for none
}

// showKeptDialog shows shelf; open and remove are called, on the UI
// goroutine, with the collection the reader chose to open or, once they
// confirmed it, to remove.
func (m *MainWindow) showKeptDialog(shelf keptShelf, open, remove func(keptEntry)) *keptDialog {
	d := &keptDialog{selected: -1}
	group := tr("digits.group")
	usage := tr("kept.storage.unknown")
	if shelf.estimated {
		usage = tr("kept.storage", map[string]any{"Used": byteSize(shelf.usage, group),
			"Free": byteSize(max(shelf.quota-shelf.usage, 0), group)})
	}
	d.open = widget.NewButton(tr("kept.open"), func() {
		if d.selected >= 0 {
			d.dialog.Hide()
			open(shelf.entries[d.selected])
		}
	})
	d.remove = widget.NewButton(tr("kept.remove"), func() {
		if d.selected < 0 {
			return
		}
		e := shelf.entries[d.selected]
		dialog.ShowCustomConfirm(tr("kept.remove.title"), tr("kept.remove.yes"), tr("kept.remove.no"),
			wrappedText(tr("kept.remove.question", map[string]any{"Name": e.Name})), func(yes bool) {
				if yes {
					d.dialog.Hide()
					remove(e)
				}
			}, m.window)
	})
	d.open.Importance = widget.HighImportance
	d.open.Disable()
	d.remove.Disable()

	var body fyne.CanvasObject
	if len(shelf.entries) == 0 {
		body = wrappedText(tr("kept.none"))
	} else {
		d.list = widget.NewList(func() int { return len(shelf.entries) },
			func() fyne.CanvasObject {
				name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
				name.Truncation = fyne.TextTruncateEllipsis
				about := widget.NewLabel("")
				about.Truncation = fyne.TextTruncateEllipsis
				return container.NewVBox(name, about)
			},
			func(i widget.ListItemID, o fyne.CanvasObject) {
				labels := o.(*fyne.Container).Objects
				e := shelf.entries[i]
				name := e.Name
				if e.ID == shelf.openID {
					name = tr("kept.isopen", map[string]any{"Name": name})
				}
				labels[0].(*widget.Label).SetText(name)
				labels[1].(*widget.Label).SetText(keptAbout(e, group))
			})
		d.list.OnSelected = func(i widget.ListItemID) {
			d.selected = i
			d.open.Enable()
			d.remove.Enable()
		}
		body = d.list
	}
	storage := widget.NewLabel(usage)
	storage.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(d.open, d.remove)
	content := container.NewBorder(nil, container.NewVBox(buttons, storage), nil, nil, body)
	d.dialog = dialog.NewCustom(tr("kept.title"), tr("dialog.close"), content, m.window)
	d.dialog.Resize(keptDialogSize(m.window.Canvas().Size()))
	d.dialog.Show()
	if d.list != nil {
		m.window.Canvas().Focus(d.list)
	}
	return d
}

// keptDialogSize fits the dialog in a window of size: 620×460, or less in
// a smaller window.
func keptDialogSize(window fyne.Size) fyne.Size {
	return fyne.NewSize(min(620, window.Width-40), min(460, window.Height-80))
}

// keptAbout says of a kept collection what it is, how many articles it
// has, its size and when it was kept: "dossierbestand · 4 artikelen ·
// 1,2 MB · 7 december 2026".
func keptAbout(e keptEntry, group string) string {
	kind := tr("kept.kind.dossier")
	if e.Kind == keptFolder {
		kind = tr("kept.kind.folder")
	}
	added := e.Added.Local()
	day := corpus.Date{Month: corpus.Month{Year: added.Year(), Month: added.Month()}, Day: added.Day()}
	return joinMeta(kind, articleCount(e.Articles), byteSize(e.Size, group), longDate(day))
}
