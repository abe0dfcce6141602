package wasm

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"dossier/assets"
)

func testApp(module string) App {
	return App{
		Name:     "Dossier",
		Wasm:     []byte("\x00asm" + strings.Repeat(module, 200)),
		WasmExec: []byte("// wasm_exec.js\nclass Go {}\n"),
		Icon:     assets.IconPNG,
	}
}

func assemble(t *testing.T, dir string, app App) Build {
	t.Helper()
	b, err := Assemble(dir, app, Options{BrotliQuality: 1})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readFile(t *testing.T, dir, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestHashedNames(t *testing.T) {
	a, b := HashedName("dossier.wasm", []byte("one")), HashedName("dossier.wasm", []byte("two"))
	if a == b || !regexp.MustCompile(`^dossier\.[0-9a-f]{16}\.wasm$`).MatchString(a) {
		t.Errorf("HashedName: %q and %q", a, b)
	}
	for name, want := range map[string]bool{
		a: true, a + ".br": true, a + ".gz": true, "dir/" + a: true,
		"index.html": false, "sw.js": false, "dossier.wasm": false,
		"dossier.0123456789ABCDEF.wasm": false, "dossier.0123456789abcde.wasm": false, "0123456789abcdef": false,
	} {
		if got := IsHashed(name); got != want {
			t.Errorf("IsHashed(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAssembleWritesAServableBuild checks the folder: every name the page,
// the manifest and the worker give is a file of the build, of the same origin,
// and the compressed variants hold the module.
func TestAssembleWritesAServableBuild(t *testing.T) {
	dir := t.TempDir()
	app := testApp("module ")
	b := assemble(t, dir, app)

	page := string(readFile(t, dir, PageFile))
	named := regexp.MustCompile(`(?:src|href|data-wasm|data-service-worker)="([^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(named) < 6 {
		t.Fatalf("the page names %d files:\n%s", len(named), page)
	}
	for _, m := range named {
		if !slices.Contains(b.Files, m[1]) {
			t.Errorf("the page names %q, which is not in the build %q", m[1], b.Files)
		}
	}
	if !strings.Contains(page, `data-wasm="`+b.Wasm+`"`) || !strings.Contains(page, `data-wasm-size="`+strconv.Itoa(len(app.Wasm))+`"`) {
		t.Errorf("the page does not give the module %s and its raw size %d:\n%s", b.Wasm, len(app.Wasm), page)
	}
	if !strings.Contains(page, "Content-Security-Policy") || !strings.Contains(page, "default-src 'self'") {
		t.Error("the page does not keep itself to its own origin with a Content-Security-Policy")
	}

	for _, enc := range []struct {
		suffix string
		open   func(io.Reader) (io.Reader, error)
	}{
		{".br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
		{".gz", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
	} {
		r, err := enc.open(bytes.NewReader(readFile(t, dir, b.Wasm+enc.suffix)))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, app.Wasm) {
			t.Errorf("%s%s does not decode to the module: %v", b.Wasm, enc.suffix, err)
		}
	}

	var manifest struct {
		Name, ShortName, StartURL, Display, ThemeColor, BackgroundColor string
		Icons                                                           []struct{ Src, Sizes, Type string }
	}
	data := bytes.ReplaceAll(readFile(t, dir, ManifestFile), []byte("_"), nil) // short_name → ShortName
	if err := json.Unmarshal(data, &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Name != "Dossier" || manifest.ShortName != "Dossier" || manifest.StartURL != "./" ||
		manifest.Display != "standalone" || manifest.ThemeColor == "" || manifest.BackgroundColor == "" {
		t.Errorf("manifest: %+v", manifest)
	}
	var sizes []string
	for _, icon := range manifest.Icons {
		img, err := png.Decode(bytes.NewReader(readFile(t, dir, icon.Src)))
		if err != nil {
			t.Fatalf("%s: %v", icon.Src, err)
		}
		got := strconv.Itoa(img.Bounds().Dx()) + "x" + strconv.Itoa(img.Bounds().Dy())
		if got != icon.Sizes || icon.Type != "image/png" {
			t.Errorf("icon %s is %s, the manifest says %s %s", icon.Src, got, icon.Sizes, icon.Type)
		}
		sizes = append(sizes, got)
	}
	if !slices.Equal(sizes, []string{"192x192", "512x512"}) {
		t.Errorf("icon sizes %q, want 192x192 and 512x512", sizes)
	}

	stored := workerAssets(t, dir)
	for _, name := range stored {
		if name != "./" && !slices.Contains(b.Files, name) {
			t.Errorf("the worker stores %q, which is not in the build", name)
		}
	}
	for _, want := range []string{"./", ManifestFile, b.Wasm} {
		if !slices.Contains(stored, want) {
			t.Errorf("the worker does not store %q: %q", want, stored)
		}
	}
	if worker := string(readFile(t, dir, ServiceWorkerFile)); !strings.Contains(worker, `"dossier-`+b.Version+`"`) {
		t.Errorf("the worker's cache is not named after build %s", b.Version)
	}
}

// TestShellStaysOnItsOrigin: the page, the loader and the worker name no
// address of another origin; the app must work with no network at all.
func TestShellStaysOnItsOrigin(t *testing.T) {
	absolute := regexp.MustCompile(`(?i:(https?:)?//[a-z0-9.-]+\.[a-z]{2,})|url\(`) // CSS url() in lower case only
	for _, name := range []string{"index.html", "loader.js", "sw.js"} {
		data, err := shell.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if m := absolute.Find(data); m != nil {
			t.Errorf("%s names another origin: %q", name, m)
		}
	}
}

func TestAssembleAgainReplacesTheOldBuild(t *testing.T) {
	dir := t.TempDir()
	old := assemble(t, dir, testApp("old "))
	if err := os.WriteFile(filepath.Join(dir, "README.txt"), []byte("not the build's"), 0o644); err != nil {
		t.Fatal(err)
	}
	same := assemble(t, dir, testApp("old "))
	if same.Version != old.Version || !slices.Equal(same.Files, old.Files) {
		t.Errorf("the same input gave another build: %s %q, then %s %q", old.Version, old.Files, same.Version, same.Files)
	}
	next := assemble(t, dir, testApp("new "))
	if next.Version == old.Version || next.Wasm == old.Wasm {
		t.Fatalf("a new module kept the version %s or the name %s", old.Version, old.Wasm)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, e := range entries {
		have = append(have, e.Name())
	}
	want := append(slices.Clone(next.Files), "README.txt")
	slices.Sort(want)
	if !slices.Equal(have, want) {
		t.Errorf("after the new build the folder holds\n%q\nwant\n%q", have, want)
	}
}

func TestAssembleRejectsBadInput(t *testing.T) {
	app := testApp("x")
	app.Icon = []byte("not a png")
	if _, err := Assemble(t.TempDir(), app, Options{}); err == nil {
		t.Error("a broken icon was accepted")
	}
	if _, err := Assemble(t.TempDir(), App{Name: "x"}, Options{}); err == nil {
		t.Error("a build without a module was accepted")
	}
}
