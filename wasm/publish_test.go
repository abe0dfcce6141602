package wasm

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// publishFixture is a shell and a file standing for a dossier: Publish
// copies the file as it is (the caller checks it).
func publishFixture(t *testing.T, dossier string) (shellDir, dossierPath string) {
	t.Helper()
	shellDir = filepath.Join(t.TempDir(), "web")
	assemble(t, shellDir, testApp("module "))
	dossierPath = filepath.Join(t.TempDir(), "Nieuws 2024.dossier")
	if err := os.WriteFile(dossierPath, []byte(dossier), 0o644); err != nil {
		t.Fatal(err)
	}
	return shellDir, dossierPath
}

func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// workerAssets is the list of files the service worker stores.
func workerAssets(t *testing.T, dir string) []string {
	t.Helper()
	worker := string(readFile(t, dir, ServiceWorkerFile))
	list := regexp.MustCompile(`const ASSETS = (\[.*\]);`).FindStringSubmatch(worker)
	if list == nil {
		t.Fatalf("no asset list in the worker:\n%s", worker)
	}
	var assets []string
	if err := json.Unmarshal([]byte(list[1]), &assets); err != nil {
		t.Fatal(err)
	}
	return assets
}

func TestPublishWritesTheShellWithTheDossier(t *testing.T) {
	shellDir, dossierPath := publishFixture(t, "DOSSIER one")
	out := filepath.Join(t.TempDir(), "site")
	site, err := Publish(out, shellDir, dossierPath, "")
	if err != nil {
		t.Fatal(err)
	}
	if site.Dir != out || site.Dossier.Name != "Nieuws 2024.dossier" || site.Dossier.Size != int64(len("DOSSIER one")) {
		t.Errorf("site %+v", site)
	}
	if !regexp.MustCompile(`^nieuws-2024\.[0-9a-f]{16}\.dossier$`).MatchString(site.Dossier.File) || !IsHashed(site.Dossier.File) {
		t.Errorf("the dossier's name %q is not a hashed name", site.Dossier.File)
	}
	if got := string(readFile(t, out, site.Dossier.File)); got != "DOSSIER one" {
		t.Errorf("the dossier in the site holds %q", got)
	}
	if have := folderNames(t, out); !slices.Equal(have, site.Files) {
		t.Errorf("the folder holds\n%q\nPublish says\n%q", have, site.Files)
	}

	shellFiles := folderNames(t, shellDir)
	for _, name := range shellFiles {
		if IsHashed(name) && !slices.Contains(site.Files, name) {
			t.Errorf("the site lacks the shell's %s", name)
		}
	}

	page := string(readFile(t, out, PageFile))
	for _, want := range []string{
		`data-dossier="` + site.Dossier.File + `"`,
		`data-dossier-name="Nieuws 2024.dossier"`,
		`data-dossier-size="` + strconv.Itoa(len("DOSSIER one")) + `"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s:\n%s", want, page)
		}
	}
	if shellPage := string(readFile(t, shellDir, PageFile)); strings.Contains(shellPage, "data-dossier") {
		t.Errorf("the shell's own page names a dossier:\n%s", shellPage)
	}
	if !slices.Contains(workerAssets(t, out), site.Dossier.File) {
		t.Errorf("the worker does not store the dossier: %q", workerAssets(t, out))
	}
	if slices.Contains(workerAssets(t, shellDir), site.Dossier.File) {
		t.Error("the shell's worker stores the dossier")
	}
	if !strings.Contains(string(readFile(t, out, ServiceWorkerFile)), `"dossier-`+site.Version+`"`) {
		t.Errorf("the worker's cache is not named after the site's version %s", site.Version)
	}
}

// TestPublishAgainReplacesTheDossier: a new dossier gets a new name and a new
// worker version, and the old file is gone; the same dossier gives the same
// site.
func TestPublishAgainReplacesTheDossier(t *testing.T) {
	shellDir, dossierPath := publishFixture(t, "DOSSIER one")
	out := filepath.Join(t.TempDir(), "site")
	first, err := Publish(out, shellDir, dossierPath, "")
	if err != nil {
		t.Fatal(err)
	}
	same, err := Publish(out, shellDir, dossierPath, "")
	if err != nil {
		t.Fatal(err)
	}
	if same.Version != first.Version || same.Dossier != first.Dossier {
		t.Errorf("the same dossier gave another site: %+v, then %+v", first, same)
	}
	if err := os.WriteFile(dossierPath, []byte("DOSSIER two, longer"), 0o644); err != nil {
		t.Fatal(err)
	}
	next, err := Publish(out, shellDir, dossierPath, "")
	if err != nil {
		t.Fatal(err)
	}
	if next.Version == first.Version || next.Dossier.File == first.Dossier.File {
		t.Errorf("a new dossier kept the version %s or the name %s", next.Version, next.Dossier.File)
	}
	have := folderNames(t, out)
	if slices.Contains(have, first.Dossier.File) || !slices.Equal(have, next.Files) {
		t.Errorf("after the new publish the folder holds %q, want %q", have, next.Files)
	}
	if leftovers := folderNames(t, filepath.Dir(out)); !slices.Equal(leftovers, []string{"site"}) {
		t.Errorf("publishing left %q beside the site", leftovers)
	}
}

// TestPublishRefusesAndLeavesNothing: a folder that is not an earlier
// publish is not replaced, and a failed publish writes nothing.
func TestPublishRefusesAndLeavesNothing(t *testing.T) {
	shellDir, dossierPath := publishFixture(t, "DOSSIER")

	mine := t.TempDir()
	if err := os.WriteFile(filepath.Join(mine, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(mine, shellDir, dossierPath, ""); err == nil || !strings.Contains(err.Error(), mine) {
		t.Errorf("publishing over a folder of other files: %v", err)
	}
	if have := folderNames(t, mine); !slices.Equal(have, []string{"notes.txt"}) {
		t.Errorf("the refused folder now holds %q", have)
	}

	parent := t.TempDir()
	out := filepath.Join(parent, "site")
	if _, err := Publish(out, shellDir, filepath.Join(parent, "missing.dossier"), ""); err == nil {
		t.Error("a missing dossier was published")
	}
	if _, err := Publish(out, t.TempDir(), dossierPath, ""); !errors.Is(err, ErrNoShell) {
		t.Errorf("a folder without a web build as the shell: %v", err)
	}
	broken := filepath.Join(t.TempDir(), "web")
	assemble(t, broken, testApp("module "))
	sh, err := ReadShell(broken)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(broken, sh.Wasm)); err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(out, broken, dossierPath, ""); err == nil || !strings.Contains(err.Error(), sh.Wasm) {
		t.Errorf("a shell without its module: %v", err)
	}
	if have := folderNames(t, parent); len(have) != 0 {
		t.Errorf("failed publishes left %q", have)
	}

	empty := t.TempDir()
	if _, err := Publish(empty, shellDir, dossierPath, ""); err != nil {
		t.Errorf("publishing into an empty folder: %v", err)
	}
}
