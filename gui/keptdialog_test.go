package gui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestKeptDialogListsOpensAndRemoves(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := openWindow(t, a, seedLibrary(t))
	store := newFakeStore(10_000_000)
	k := testKeeper(store)
	added := time.Date(2026, 12, 7, 10, 0, 0, 0, time.Local)
	haven := keptEntry{ID: "a", Name: "haven.dossier", Kind: keptDossier, Articles: 43, Added: added}
	folder := keptEntry{ID: "b", Name: "artikelen", Kind: keptFolder, Articles: 1, Added: added}
	if err := k.keep(haven, make([]byte, 676_000)); err != nil {
		t.Fatal(err)
	}
	if err := k.keep(folder, make([]byte, 1200)); err != nil {
		t.Fatal(err)
	}
	shelf, err := readKeptShelf(k, haven.key())
	if err != nil {
		t.Fatal(err)
	}
	var opened, removed []string
	d := m.showKeptDialog(shelf, func(e keptEntry) { opened = append(opened, e.ID) }, func(e keptEntry) { removed = append(removed, e.ID) })

	text := overlayTexts(m)
	for _, want := range []string{"Bewaarde collecties", "haven.dossier (geopend)", "dossierbestand · 43 artikelen · 676 kB · 7 december 2026",
		"artikelen", "map · 1 artikel · 1,2 kB", "gebruikt", "vrij"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "artikelen (geopend)") {
		t.Error("a collection that is not open is marked open")
	}
	if !d.open.Disabled() || !d.remove.Disabled() {
		t.Error("Open and Remove are enabled before a collection is chosen")
	}
	if m.Window().Canvas().Focused() != d.list {
		t.Error("the list does not have the focus, so the keyboard cannot choose")
	}
	// The keyboard chooses the first collection: Space on the focused list.
	d.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if d.selected != 0 || d.open.Disabled() {
		t.Fatalf("Space on the list chose %d", d.selected)
	}
	test.Tap(d.remove)
	if len(removed) != 0 {
		t.Fatal("removed without asking")
	}
	var yes *widget.Button
	for _, o := range m.Window().Canvas().Overlays().List() {
		for _, b := range objectsOfType[*widget.Button](o) {
			if b.Text == "Verwijderen" {
				yes = b
			}
		}
	}
	if yes == nil {
		t.Fatalf("no confirmation:\n%s", overlayTexts(m))
	}
	test.Tap(yes)
	if !slices.Equal(removed, []string{"b"}) {
		t.Errorf("removed %v, want the folder (added last, listed first)", removed)
	}

	d = m.showKeptDialog(shelf, func(e keptEntry) { opened = append(opened, e.ID) }, nil)
	d.list.Select(1)
	test.Tap(d.open)
	if !slices.Equal(opened, []string{"a"}) {
		t.Errorf("opened %v, want the dossier", opened)
	}
}

func TestKeptDialogWithNothingKept(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := openWindow(t, a, seedLibrary(t))
	shelf, err := readKeptShelf(testKeeper(newFakeStore(0)), "")
	if err != nil {
		t.Fatal(err)
	}
	m.showKeptDialog(shelf, nil, nil)
	text := overlayTexts(m)
	if !strings.Contains(text, "bewaart nog geen collecties") || !strings.Contains(text, "zegt niet hoeveel opslag") {
		t.Errorf("the empty dialog says:\n%s", text)
	}
}
