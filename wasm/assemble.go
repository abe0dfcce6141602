package wasm

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	texttemplate "text/template"
)

// App is what Assemble makes a web build of.
type App struct {
	Name        string // the full name, for the page title and the manifest
	ShortName   string // under an installed app's icon; Name when empty
	Description string
	Wasm        []byte // the compiled module (see Compile)
	WasmExec    []byte // wasm_exec.js of the Go toolchain that compiled it
	Icon        []byte // a square PNG, best at 512×512 or more
}

// Colours of the page and the installed app: the reading theme's background
// and its primary colour, light and dark, so that the loading screen, the
// splash screen of an installed app and the app itself look like one thing.
const (
	colorBackground     = "#fcfbf8"
	colorBackgroundDark = "#1c1e22"
	colorTheme          = "#2c6d94"
	colorThemeDark      = "#7db6da"
)

// The unhashed files: they name the hashed ones, so they are always asked for
// afresh (see Handler) and never renamed.
const (
	PageFile          = "index.html"
	ServiceWorkerFile = "sw.js"
	ManifestFile      = "manifest.webmanifest"
	ShellFile         = "shell.json" // the build's Shell, for Publish
)

// iconSizes are the sizes a web app manifest needs for an installable app.
var iconSizes = [...]int{192, 512}

// Options tune Assemble.
type Options struct {
	// BrotliQuality is brotli's level, 1 to 11; 0 means 11, the smallest
	// file, which costs a minute or two for Dossier's module. Tests that only
	// need a valid file use a low level. A variant already in the folder is
	// kept whatever level made it.
	BrotliQuality int
}

// Build is a folder written by Assemble.
type Build struct {
	Dir     string
	Version string   // a hash of every file of the build, in the cache's name
	Wasm    string   // the module's hashed name
	Assets  []string // what the service worker stores, as it asks for them
	Files   []string // every file in the folder, sorted
}

// Assemble writes a web build of app into dir: the module and every file the
// page loads under hashed names, brotli and gzip variants of the module and
// the scripts, the two icon sizes, the manifest, the service worker and the
// page. The folder can be served as it is by any static host; Handler also
// sends the compressed variants.
//
// Files of earlier builds with hashed names are removed. A compressed variant
// that is already there is kept: its name says it is of the same content, so
// rebuilding an unchanged module does not compress it again.
func Assemble(dir string, app App, opts Options) (Build, error) {
	if len(app.Wasm) == 0 || len(app.WasmExec) == 0 {
		return Build{}, errors.New("assemble web build: no module or no wasm_exec.js")
	}
	if app.ShortName == "" {
		app.ShortName = app.Name
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Build{}, fmt.Errorf("assemble web build: %w", err)
	}
	loader, err := shell.ReadFile("loader.js")
	if err != nil {
		return Build{}, err
	}
	icons, err := resizeIcon(app.Icon, iconSizes[:])
	if err != nil {
		return Build{}, fmt.Errorf("assemble web build: icon: %w", err)
	}

	w := &buildWriter{dir: dir, quality: opts.BrotliQuality}
	sh := Shell{Name: app.Name, ShortName: app.ShortName, Description: app.Description, WasmSize: len(app.Wasm)}
	sh.Wasm = w.hashed(slug(app.Name)+".wasm", app.Wasm, true)
	sh.WasmExec = w.hashed("wasm_exec.js", app.WasmExec, true)
	sh.Loader = w.hashed("loader.js", loader, true)
	for i, size := range iconSizes {
		sh.Icons = append(sh.Icons, w.hashed(fmt.Sprintf("icon-%d.png", size), icons[i], false))
	}
	sh.Files = slices.Sorted(maps.Keys(w.written))
	description, err := json.MarshalIndent(sh, "", "  ")
	if err != nil {
		return Build{}, err
	}
	w.plain(ShellFile, description)
	version, assets, err := writeFront(w, sh, nil)
	if err != nil {
		return Build{}, fmt.Errorf("assemble web build: %w", err)
	}

	if err := w.wait(); err != nil {
		return Build{}, fmt.Errorf("assemble web build: %w", err)
	}
	if err := removeStale(dir, w.written); err != nil {
		return Build{}, fmt.Errorf("assemble web build: %w", err)
	}
	files := slices.Sorted(maps.Keys(w.written))
	return Build{Dir: dir, Version: version, Wasm: sh.Wasm, Assets: assets, Files: files}, nil
}

// Shell is what the page and the service worker of a web build name: the
// hashed files Assemble wrote. Assemble keeps it in the build as ShellFile,
// so that Publish can make a page and a worker of its own over the same
// files, with a dossier added, without the Go toolchain.
type Shell struct {
	Name        string   `json:"name"`
	ShortName   string   `json:"short_name"`
	Description string   `json:"description"`
	Wasm        string   `json:"wasm"`
	WasmSize    int      `json:"wasm_size"` // before compression: the loader's progress counts decoded bytes
	WasmExec    string   `json:"wasm_exec"`
	Loader      string   `json:"loader"`
	Icons       []string `json:"icons"` // one for each of iconSizes
	Files       []string `json:"files"` // every hashed file, the compressed variants too
}

// Published is the dossier a published site opens at start.
type Published struct {
	File string // its hashed name in the folder
	Name string // the name the reader sees
	Size int64
}

// writeFront writes the three unhashed files that name the others: the
// manifest, the page (which names pub as the collection to open, when there
// is one) and the service worker, which stores the hashed files, pub too.
// It returns the build's version and what the worker stores.
func writeFront(w *buildWriter, sh Shell, pub *Published) (version string, assets []string, err error) {
	if len(sh.Icons) != len(iconSizes) {
		return "", nil, fmt.Errorf("the shell has %d icons, not %d", len(sh.Icons), len(iconSizes))
	}
	manifest, err := webManifest(sh, sh.Icons)
	if err != nil {
		return "", nil, err
	}
	w.plain(ManifestFile, manifest)

	var page bytes.Buffer
	if err := pageTemplate.Execute(&page, map[string]any{
		"Name": sh.Name, "Description": sh.Description,
		"Background": template.CSS(colorBackground), "BackgroundDark": template.CSS(colorBackgroundDark),
		"ThemeColor": template.CSS(colorTheme), "ThemeColorDark": template.CSS(colorThemeDark),
		"Manifest": ManifestFile, "Icon": sh.Icons[0], "ServiceWorker": ServiceWorkerFile,
		"WasmExec": sh.WasmExec, "Loader": sh.Loader, "Wasm": sh.Wasm, "WasmSize": strconv.Itoa(sh.WasmSize),
		"Dossier": pub,
	}); err != nil {
		return "", nil, fmt.Errorf("page: %w", err)
	}
	w.plain(PageFile, page.Bytes())

	// The worker stores the page as "./", the address a visit asks for, and
	// the manifest and hashed files by name; not the compressed variants,
	// which the server picks for the same address.
	assets = []string{"./", ManifestFile, sh.Wasm, sh.WasmExec, sh.Loader}
	assets = append(assets, sh.Icons...)
	hashed := slices.Clone(sh.Files)
	if pub != nil {
		assets = append(assets, pub.File)
		hashed = append(hashed, pub.File)
	}
	version = buildVersion(w.contents, hashed)
	worker, err := serviceWorker(version, assets)
	if err != nil {
		return "", nil, err
	}
	w.plain(ServiceWorkerFile, worker)
	return version, assets, nil
}

// pageTemplate is the page, html/template so that names and colours are
// escaped for where they stand.
var pageTemplate = template.Must(template.ParseFS(shell, "index.html"))

// workerTemplate is the service worker; its values are JSON, which is
// JavaScript.
var workerTemplate = texttemplate.Must(texttemplate.ParseFS(shell, "sw.js"))

func serviceWorker(version string, assets []string) ([]byte, error) {
	cacheName, _ := json.Marshal("dossier-" + version)
	list, err := json.Marshal(assets)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	err = workerTemplate.Execute(&out, map[string]string{"Version": version, "Cache": string(cacheName), "Assets": string(list)})
	return out.Bytes(), err
}

// webManifest makes the app installable: name, icons, start address, and a
// window of its own.
func webManifest(app Shell, icons []string) ([]byte, error) {
	type icon struct {
		Src     string `json:"src"`
		Sizes   string `json:"sizes"`
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
	}
	m := struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		Description     string `json:"description,omitempty"`
		Lang            string `json:"lang"`
		StartURL        string `json:"start_url"`
		Scope           string `json:"scope"`
		Display         string `json:"display"`
		BackgroundColor string `json:"background_color"`
		ThemeColor      string `json:"theme_color"`
		Icons           []icon `json:"icons"`
	}{
		ID: "./", Name: app.Name, ShortName: app.ShortName, Description: app.Description, Lang: "nl",
		StartURL: "./", Scope: "./", Display: "standalone",
		BackgroundColor: colorBackground, ThemeColor: colorTheme,
	}
	for i, size := range iconSizes {
		m.Icons = append(m.Icons, icon{Src: icons[i], Sizes: fmt.Sprintf("%dx%d", size, size), Type: "image/png", Purpose: "any"})
	}
	return json.MarshalIndent(m, "", "  ")
}

// buildVersion hashes every file of the build: the unhashed ones by name
// and content, the hashed ones by name, which says their content.
func buildVersion(contents map[string][]byte, hashed []string) string {
	h := sha256.New()
	for _, name := range slices.Sorted(maps.Keys(contents)) {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(contents[name]))
		h.Write(contents[name])
	}
	for _, name := range slices.Sorted(slices.Values(hashed)) {
		fmt.Fprintf(h, "%s\x00", name)
	}
	return hex.EncodeToString(h.Sum(nil))[:hashLen]
}

// slug makes a file name stem of an app's name: "Dossier" is "dossier".
func slug(name string) string {
	var b []byte
	for _, r := range name {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b = append(b, byte(r))
		case 'A' <= r && r <= 'Z':
			b = append(b, byte(r-'A'+'a'))
		case len(b) > 0 && b[len(b)-1] != '-':
			b = append(b, '-')
		}
	}
	if len(b) == 0 {
		return "app"
	}
	return string(bytes.TrimRight(b, "-"))
}

// buildWriter writes the files of one build, compressing in the background.
type buildWriter struct {
	dir     string
	quality int

	contents map[string][]byte // the unhashed files but the worker
	written  map[string]bool   // every file of the build, the variants too

	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

func (w *buildWriter) fail(err error) {
	w.mu.Lock()
	w.errs = append(w.errs, err)
	w.mu.Unlock()
}

func (w *buildWriter) record(name string, data []byte) {
	if w.contents == nil {
		w.contents, w.written = map[string][]byte{}, map[string]bool{}
	}
	if data != nil && !IsHashed(name) {
		w.contents[name] = data
	}
	w.written[name] = true
}

// hashed writes data under its hashed name, and its compressed variants
// when precompress is set; the name written is returned.
func (w *buildWriter) hashed(name string, data []byte, precompress bool) string {
	name = HashedName(name, data)
	w.record(name, nil)
	if err := writeFileAtomic(filepath.Join(w.dir, name), data); err != nil {
		w.fail(err)
	}
	if precompress {
		for _, enc := range encodings {
			variant := name + enc.suffix
			w.record(variant, nil)
			if _, err := os.Stat(filepath.Join(w.dir, variant)); err == nil {
				continue // written atomically by an earlier build of the same content
			}
			w.wg.Go(func() {
				packed, err := compress(enc.name, data, w.quality)
				if err == nil {
					err = writeFileAtomic(filepath.Join(w.dir, variant), packed)
				}
				if err != nil {
					w.fail(fmt.Errorf("%s: %w", variant, err))
				}
			})
		}
	}
	return name
}

// plain writes a file under its own name.
func (w *buildWriter) plain(name string, data []byte) {
	if name != ServiceWorkerFile {
		w.record(name, data)
	} else {
		w.record(name, nil)
	}
	if err := writeFileAtomic(filepath.Join(w.dir, name), data); err != nil {
		w.fail(err)
	}
}

func (w *buildWriter) wait() error {
	w.wg.Wait()
	return errors.Join(w.errs...)
}

// writeFileAtomic writes through a temporary file and a rename, so that a
// file of the build is either whole or not there, also after an interrupted
// build: the next build trusts any hashed file it finds.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// removeStale deletes the hashed files of earlier builds, and temporary files
// an interrupted build left. Other files are not the build's to delete.
func removeStale(dir string, keep map[string]bool) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		stale := IsHashed(name) && !keep[name] || len(name) > 5 && name[:5] == ".tmp-"
		if stale && e.Type().IsRegular() {
			if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}
