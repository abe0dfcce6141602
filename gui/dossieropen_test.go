package gui

import (
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"dossier/corpus/dossier"
)

// packDossier packs a folder of n articles (see writeCorpus) into a dossier
// file named spionage.dossier, as `dossier-cli pack` does.
func packDossier(t *testing.T, n int) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "spionage.dossier")
	articles, _, err := dossier.Pack(context.Background(), writeCorpus(t, n), file, dossier.PackOptions{})
	if err != nil || articles != n {
		t.Fatalf("packing %d articles: %d packed, %v", n, articles, err)
	}
	return file
}

// TestOpenArgsDossierThenLink starts as `dossier spionage.dossier
// '#q=…&doc=…'` does: the dossier opens in the background, is reported with
// its name and number of articles, remembered and named in the title, and
// the link's view is shown in it.
func TestOpenArgsDossierThenLink(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	m, h := openWindow(t, a, seed)
	file := packDossier(t, 7)

	m.OpenArgs([]string{file, "#q=marokko&doc=a003"})
	if m.loader == nil || m.loader.done || m.loader.from.path != file {
		t.Fatal("the dossier is not loading")
	}
	if !strings.Contains(overlayTexts(m), "Dossierbestand openen") {
		t.Errorf("no loading dialog; overlays %q", overlayTexts(m))
	}
	h.runUntil(t, func() bool { return m.loader.done })
	if n := m.session.Library().Corpus().Len(); n != 7 {
		t.Fatalf("the window shows %d articles, want the dossier's 7", n)
	}
	if m.State().OpenID() != "a003" || m.State().Query() != "marokko" {
		t.Errorf("after loading: article %q, query %q; want the link's a003 and marokko", m.State().OpenID(), m.State().Query())
	}
	if want := "spionage.dossier is geopend: een dossierbestand met 7 artikelen."; !strings.Contains(overlayTexts(m), want) {
		t.Errorf("the report lacks %q; the overlays read:\n%s", want, overlayTexts(m))
	}
	if got := a.Preferences().String(preferenceCorpus); got != file {
		t.Errorf("remembered %q, want %q", got, file)
	}
	if title := m.Window().Title(); !strings.HasSuffix(title, "spionage.dossier") {
		t.Errorf("title %q does not name the dossier", title)
	}
}

// TestRememberedDossierReopensWithItsArticle restarts with a dossier file
// remembered: it opens in the background and its last article comes back.
func TestRememberedDossierReopensWithItsArticle(t *testing.T) {
	a := test.NewTempApp(t)
	seed := seedLibrary(t)
	file := packDossier(t, 9)
	first, h := openWindow(t, a, seed)
	first.loadDossier(file)
	h.runUntil(t, func() bool { return first.loader.done })
	first.State().OpenArticle("a005")
	first.Window().Close()

	again := make(handBack, 1000)
	m := New(a, seed, Options{syncSearch: true, do: again.do})
	t.Cleanup(func() { closeWindow(a, m.Window()) })
	if m.loader == nil || m.loader.from.path != file {
		t.Fatal("the remembered dossier is not being opened")
	}
	again.runUntil(t, func() bool { return m.loader.done })
	if m.session.Library().Corpus().Len() != 9 || m.State().OpenID() != "a005" {
		t.Errorf("after the restart: %d articles, article %q open; want the dossier's 9 and a005", m.session.Library().Corpus().Len(), m.State().OpenID())
	}
}

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
	if want := "‘" + garbage + "’ is geen dossierbestand."; !strings.Contains(overlayTexts(m), want) {
		t.Errorf("the dialog lacks %q; the overlays read:\n%s", want, overlayTexts(m))
	}
}

// TestTruncatedDossierLeavesTheLibrary: a real dossier cut short, as by a
// broken download, is refused whole with a message that says so, and the
// folder shown before stays.
func TestTruncatedDossierLeavesTheLibrary(t *testing.T) {
	a := test.NewTempApp(t)
	m, h := openWindow(t, a, seedLibrary(t))
	dir := openFolderFirst(t, m, h)
	data, err := os.ReadFile(packDossier(t, 7))
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "half.dossier")
	if err := os.WriteFile(cut, data[:len(data)/2], 0o600); err != nil {
		t.Fatal(err)
	}

	m.OpenArgs([]string{cut})
	h.runUntil(t, func() bool { return m.loader.done })
	checkStillShows(t, m, a, dir, cut)
	if want := "‘" + cut + "’ is onvolledig"; !strings.Contains(overlayTexts(m), want) {
		t.Errorf("the dialog lacks %q; the overlays read:\n%s", want, overlayTexts(m))
	}
}

// TestNewerDossierSaysSo: a dossier whose header says format 3 (with a
// right checksum, as a newer Dossier would write it) is refused with both
// versions named; the window keeps what it showed.
func TestNewerDossierSaysSo(t *testing.T) {
	a := test.NewTempApp(t)
	m, h := openWindow(t, a, seedLibrary(t))
	dir := openFolderFirst(t, m, h)
	file := packDossier(t, 7)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// The header: the magic, then the format version at byte 8, and at
	// byte 36 a CRC-32C of the 36 bytes before it.
	binary.LittleEndian.PutUint32(data[8:], 3)
	binary.LittleEndian.PutUint32(data[36:], crc32.Checksum(data[:36], crc32.MakeTable(crc32.Castagnoli)))
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}

	m.loadDossier(file)
	h.runUntil(t, func() bool { return m.loader.done })
	checkStillShows(t, m, a, dir, file)
	if want := "is gemaakt door een nieuwere versie van Dossier (formaat 3; deze versie leest formaat 1)"; !strings.Contains(overlayTexts(m), want) {
		t.Errorf("the dialog lacks %q; the overlays read:\n%s", want, overlayTexts(m))
	}
}

// TestDossierErrorTexts: each kind of problem package dossier names is said
// in Dutch, with the detail where the kind alone is vague; other errors keep
// their words.
func TestDossierErrorTexts(t *testing.T) {
	const path = "/tmp/x.dossier"
	for _, tt := range []struct {
		err  error
		want string
	}{
		{&dossier.Error{Path: path, Problem: dossier.NotDossier, Reason: "not a dossier file"}, "‘/tmp/x.dossier’ is geen dossierbestand."},
		{&dossier.Error{Path: path, Problem: dossier.Older, Found: 0}, "‘/tmp/x.dossier’ is gemaakt door een oudere versie van Dossier (formaat 0; deze versie leest formaat 1). Maak het opnieuw met dossier-cli pack."},
		{&dossier.Error{Path: path, Problem: dossier.Incompatible, Reason: "dossier files are little-endian, and this machine is not"},
			"‘/tmp/x.dossier’ is gemaakt door een andere build van Dossier en kan hier niet worden gelezen. Maak het opnieuw met dossier-cli pack.\nDetails: dossier files are little-endian, and this machine is not"},
		{&dossier.Error{Path: path, Problem: dossier.Damaged, Reason: `damaged: the checksum of section "docs" does not match`},
			"‘/tmp/x.dossier’ is beschadigd: een deel ervan klopt niet met zijn controlegetal of is onleesbaar.\nDetails: the checksum of section \"docs\" does not match"},
		{&dossier.Error{Path: path, Problem: dossier.Unreadable, Reason: "cannot be read: permission denied", Err: &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission}},
			"‘/tmp/x.dossier’ kan niet worden gelezen: "},
		{errors.New("something else"), "something else"},
	} {
		if got := dossierErrorText(tt.err); !strings.HasPrefix(got, tt.want) {
			t.Errorf("dossierErrorText(%v) =\n%q, want\n%q", tt.err, got, tt.want)
		}
	}
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
