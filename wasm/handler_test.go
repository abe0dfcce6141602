package wasm

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestServesBuildWithWasmType(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"index.html": "<html></html>", "dossier.wasm": "\x00asm"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()

	for path, wantType := range map[string]string{"/": "text/html; charset=utf-8", "/dossier.wasm": "application/wasm"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != wantType || resp.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s: %d %q %q", path, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"))
		}
	}
	if resp, err := http.Get(srv.URL + "/missing.js"); err != nil || resp.StatusCode != 404 {
		t.Errorf("missing file: %v %v", resp.StatusCode, err)
	}
}
