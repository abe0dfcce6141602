package gui

import (
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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

// TestBrokenDossierLeavesTheLibrary opens, as `dossier FILE` does, files
// that are not dossiers or not whole ones, each after a folder of 5
// articles: each is taken for a dossier (by its name), refused with a
// sentence that says what is wrong, and the folder stays shown, remembered
// and named in the title, with no loading dialog left: never half open.
func TestBrokenDossierLeavesTheLibrary(t *testing.T) {
	whole, err := os.ReadFile(packDossier(t, 7))
	if err != nil {
		t.Fatal(err)
	}
	// A newer Dossier's file: format 3 in the header (after the magic, at
	// byte 8), with the header's CRC-32C (at byte 36) made right again.
	newer := slices.Clone(whole)
	binary.LittleEndian.PutUint32(newer[8:], 3)
	binary.LittleEndian.PutUint32(newer[36:], crc32.Checksum(newer[:36], crc32.MakeTable(crc32.Castagnoli)))
	damaged := slices.Clone(whole)
	damaged[len(damaged)*2/3] ^= 0xff

	for _, tt := range []struct {
		name string
		data []byte
		want []string
	}{
		{"x.dossier", []byte("\x00\xffgarbage\n"), []string{"’ is geen dossierbestand."}},
		{"half.dossier", whole[:len(whole)/2], []string{"’ is onvolledig: het bestand houdt op voor zijn einde"}},
		{"newer.dossier", newer, []string{"’ is gemaakt door een nieuwere versie van Dossier (formaat 3; deze versie leest formaat 1)"}},
		{"damaged.dossier", damaged, []string{"’ is beschadigd", "\nDetails: "}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			m, h := openWindow(t, a, seedLibrary(t))
			dir := writeCorpus(t, 5)
			m.loadFolder(dir)
			h.runUntil(t, func() bool { return m.loader.done })
			m.report.Hide()
			file := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(file, tt.data, 0o600); err != nil {
				t.Fatal(err)
			}

			m.OpenArgs([]string{file})
			if m.loader.from.path != file || m.loader.from.failedKey != "dossier.failed" {
				t.Fatalf("%s is not being opened as a dossier", tt.name)
			}
			h.runUntil(t, func() bool { return m.loader.done })
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
			want := append([]string{"Het dossierbestand kon niet worden geopend", "‘" + file + "’"}, tt.want...)
			for _, w := range want {
				if !strings.Contains(texts, w) {
					t.Errorf("the overlays lack %q; they read:\n%s", w, texts)
				}
			}
			if strings.Contains(texts, "Dossierbestand openen") {
				t.Errorf("the loading dialog is still open: %q", texts)
			}
		})
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
