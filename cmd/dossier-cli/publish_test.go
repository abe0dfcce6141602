package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/assets"
	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/wasm"
)

// testShell is a web build around a module that is none: publish copies
// it as it is.
func testShell(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "web")
	if _, err := wasm.Assemble(dir, wasm.App{
		Name: "Dossier", Wasm: []byte("\x00asm not a module"), WasmExec: []byte("class Go {}"), Icon: assets.IconPNG,
	}, wasm.Options{BrotliQuality: 1}); err != nil {
		t.Fatal(err)
	}
	return dir
}

func testDossier(t *testing.T, articles int) string {
	t.Helper()
	dir := t.TempDir()
	if err := gen.WriteDir(context.Background(), dir, articles, 1); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "gen.dossier")
	if _, _, err := dossier.Pack(context.Background(), dir, path, dossier.PackOptions{}); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPublishJSON(t *testing.T) {
	shell, path := testShell(t), testDossier(t, 40)
	out := filepath.Join(t.TempDir(), "site")
	code, stdout, stderr := runCLI(t, "publish", path, "--out", out, "--shell", shell, "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got publishJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v:\n%s", err, stdout)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Out != out || got.Articles != 40 || got.Bytes != info.Size() || !wasm.IsHashed(got.Dossier) {
		t.Errorf("publish --json: %+v", got)
	}
	page, err := os.ReadFile(filepath.Join(out, wasm.PageFile))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `data-dossier="`+got.Dossier+`"`) {
		t.Errorf("the page does not name %s", got.Dossier)
	}
	published, err := dossier.Check(context.Background(), filepath.Join(out, got.Dossier))
	if err != nil || published != 40 {
		t.Errorf("the published dossier opens with %d articles: %v", published, err)
	}
}

func TestPublishRefusesABadDossier(t *testing.T) {
	shell := testShell(t)
	bad := filepath.Join(t.TempDir(), "bad.dossier")
	if err := os.WriteFile(bad, []byte("not a dossier at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	parent := t.TempDir()
	code, _, stderr := runCLI(t, "publish", bad, "--out", filepath.Join(parent, "site"), "--shell", shell)
	if code != exitProblems || !strings.HasPrefix(stderr, "dossier-cli publish: "+bad+": ") {
		t.Errorf("exit %d, stderr %q; want 1 and %s: reason", code, stderr, bad)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("a refused publish wrote %d files", len(entries))
	}

	code, _, stderr = runCLI(t, "publish", testDossier(t, 3), "--out", filepath.Join(parent, "site"), "--shell", t.TempDir())
	if code != exitProblems || !strings.Contains(stderr, "make web-build") {
		t.Errorf("a shell folder without a web build: exit %d, %q", code, stderr)
	}
}

func TestPublishUsage(t *testing.T) {
	for _, args := range [][]string{{"publish"}, {"publish", "x.dossier"}, {"publish", "a", "b", "--out", "c"}, {"publish", "--nope"}} {
		if code, _, _ := runCLI(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestShellPlaces(t *testing.T) {
	bin := filepath.Join("opt", "dossier", "usr", "local", "bin")
	got := shellsBeside(bin)
	want := filepath.Join("opt", "dossier", "usr", "local", "share", "dossier", "web")
	if len(got) != 2 || got[1] != want {
		t.Errorf("shellsBeside(%s) = %q, want %s among them", bin, got, want)
	}
	if !isDossierModule([]byte("// x\nmodule dossier\n\ngo 1.25\n")) || isDossierModule([]byte("module dossierx\n")) {
		t.Error("isDossierModule")
	}
}
