package wasm

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// FuzzReadShell reads any shell.json beside the files of a web build, as
// dossier-cli publish finds one in a folder it is pointed at: reading it
// never panics, and a description it accepts names only files that are
// there, by their base names, among them everything the page loads.
func FuzzReadShell(f *testing.F) {
	const wasmFile, execFile, loaderFile, iconFile = "app.0123456789abcdef.wasm", "wasm_exec.0123456789abcdef.js",
		"loader.0123456789abcdef.js", "icon-192.0123456789abcdef.png"
	f.Add([]byte(`{"name":"Dossier","wasm":"` + wasmFile + `","wasm_exec":"` + execFile + `","loader":"` + loaderFile +
		`","icons":["` + iconFile + `","` + iconFile + `"],"files":["` + wasmFile + `","` + execFile + `","` + loaderFile + `","` + iconFile + `"]}`))
	f.Add([]byte(`{"wasm":"../app.0123456789abcdef.wasm","files":["../app.0123456789abcdef.wasm"]}`))
	f.Add([]byte(`{"files":[null]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		for _, name := range []string{wasmFile, execFile, loaderFile, iconFile} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, ShellFile), data, 0o644); err != nil {
			t.Fatal(err)
		}
		sh, err := ReadShell(dir)
		if err != nil {
			return
		}
		for _, name := range sh.Files {
			if name != filepath.Base(name) || !IsHashed(name) {
				t.Fatalf("accepted %q", name)
			}
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Fatalf("accepted %q, which is not there", name)
			}
		}
		for _, name := range append([]string{sh.Wasm, sh.WasmExec, sh.Loader}, sh.Icons...) {
			if !slices.Contains(sh.Files, name) {
				t.Fatalf("accepted a page that loads %q, which is not among the files", name)
			}
		}
	})
}
