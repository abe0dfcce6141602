package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/dossier"
)

// openFolderFirst opens a folder of 5 articles, so that a failed open can be
// seen to leave it in place.
func openFolderFirst(t *testing.T, m *MainWindow, h handBack) string {
	t.Helper()
	dir := writeCorpus(t, 5)
	m.loadFolder(dir)
	h.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library().Corpus().Len() != 5 {
		t.Fatalf("the folder opened with %d articles, want 5", m.session.Library().Corpus().Len())
	}
	m.report.Hide()
	return dir
}

// checkStillShows checks that a failed open left the window on dir's
// library, remembered and named in the title, and said why in an error
// dialog that names the file.
func checkStillShows(t *testing.T, m *MainWindow, a fyne.App, dir, file string) {
	t.Helper()
	if n := m.session.Library().Corpus().Len(); n != 5 {
		t.Errorf("the window shows %d articles, want the folder's 5", n)
	}
	if got := a.Preferences().String(preferenceCorpus); got != dir {
		t.Errorf("remembered %q, want the folder %q still", got, dir)
	}
	if title := m.Window().Title(); !strings.HasSuffix(title, filepath.Base(dir)) {
		t.Errorf("title %q, want the folder's name still", title)
	}
	texts := overlayTexts(m)
	if !strings.Contains(texts, "Het dossierbestand kon niet worden geopend") || !strings.Contains(texts, filepath.Base(file)) {
		t.Errorf("the overlays read %q, want the error dialog naming %s", texts, filepath.Base(file))
	}
	if strings.Contains(texts, "Dossierbestand openen") {
		t.Errorf("the loading dialog is still open: %q", texts)
	}
}

// TestGarbageDossierLeavesTheLibrary: a file named x.dossier that holds a
// few bytes of garbage is opened as a dossier (by its name), fails with a
// message, and the folder shown before stays.
func TestGarbageDossierLeavesTheLibrary(t *testing.T) {
	a := test.NewTempApp(t)
	m, h := openWindow(t, a, seedLibrary(t))
	dir := openFolderFirst(t, m, h)
	garbage := filepath.Join(t.TempDir(), "x.dossier")
	if err := os.WriteFile(garbage, []byte("\x00\xffgarbage\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	m.OpenArgs([]string{garbage})
	if m.loader == nil || m.loader.from.path != garbage {
		t.Fatalf("x.dossier is not being opened as a dossier")
	}
	h.runUntil(t, func() bool { return m.loader.done })
	checkStillShows(t, m, a, dir, garbage)
}

// TestDossierArgsSaySo: a missing x.dossier and a file that is neither a
// folder nor a dossier get a sentence each; nothing is opened.
func TestDossierArgsSaySo(t *testing.T) {
	m, _ := openWindow(t, test.NewTempApp(t), seedLibrary(t))
	missing := filepath.Join(t.TempDir(), "weg.dossier")
	text := filepath.Join(t.TempDir(), "notities.txt")
	if err := os.WriteFile(text, []byte("geen dossier\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m.OpenArgs([]string{missing, text})
	if m.loader != nil {
		t.Errorf("%s started loading", m.loader.from.path)
	}
	texts := overlayTexts(m)
	for _, want := range []string{
		"Het dossierbestand ‘" + missing + "’ bestaat niet.",
		"‘" + text + "’ is geen map en geen dossierbestand.",
	} {
		if !strings.Contains(texts, want) {
			t.Errorf("the dialog lacks %q; the overlays read:\n%s", want, texts)
		}
	}
}

// TestDossierByContentWhateverItsName: a file manager may hand over a
// dossier under any name; a file that starts as a dossier is opened as one.
func TestDossierByContentWhateverItsName(t *testing.T) {
	unnamed := filepath.Join(t.TempDir(), "download")
	if err := os.WriteFile(unnamed, []byte(dossier.Magic+"and then damage"), 0o600); err != nil {
		t.Fatal(err)
	}
	path, _, problems := sortArgs([]string{unnamed})
	if path != unnamed || len(problems) > 0 {
		t.Errorf("sortArgs(%s) = %q, %q; want it to open", unnamed, path, problems)
	}
	folder := filepath.Join(t.TempDir(), "archief.dossier")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	if isDossierFile(folder) {
		t.Errorf("a folder named %s is taken for a dossier file", filepath.Base(folder))
	}
}

// TestOpenDossierDialogShowsOnlyDossiers: File › Open dossier file… says
// what it asks for, starts beside the collection opened last and lists the
// dossier files and the folders to find them in, not other files.
func TestOpenDossierDialogShowsOnlyDossiers(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := openWindow(t, a, seedLibrary(t))
	dir := t.TempDir()
	for _, name := range []string{"spionage.dossier", "notities.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "archief"), 0o700); err != nil {
		t.Fatal(err)
	}
	m.mem.Corpus = filepath.Join(dir, "spionage.dossier")
	m.openDossierFile()

	var names []string
	for _, o := range m.Window().Canvas().Overlays().List() {
		for _, l := range objectsOfType[*widget.Label](o) {
			names = append(names, l.Text)
		}
	}
	listed := strings.Join(names, "\n")
	if !strings.Contains(listed, "Een dossierbestand openen (.dossier)") {
		t.Errorf("the dialog is not titled as Dossier's; its labels read %q", names)
	}
	if !strings.Contains(listed, "spionage") || !strings.Contains(listed, "archief") || strings.Contains(listed, "notities") {
		t.Errorf("the dialog lists %q; want spionage.dossier and the folder archief, not notities.txt", names)
	}
}
