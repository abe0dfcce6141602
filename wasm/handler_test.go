package wasm

import (
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"testing"
	"testing/fstest"
)

// testBuild is a web build folder in memory: a module with both compressed
// variants, a page, a worker and a file without variants.
func testBuild() fstest.MapFS {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), Mode: 0o644} }
	return fstest.MapFS{
		"index.html":                       file("<html></html>"),
		"sw.js":                            file("// worker"),
		"manifest.webmanifest":             file("{}"),
		"dossier.0123456789abcdef.wasm":    file("\x00asm raw"),
		"dossier.0123456789abcdef.wasm.br": file("brotli bytes"),
		"dossier.0123456789abcdef.wasm.gz": file("gzip bytes"),
		"icon-192.0123456789abcdef.png":    file("png"),
		"sub/file.txt":                     file("text"),
	}
}

func get(t *testing.T, h http.Handler, method, path, acceptEncoding string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func TestHandlerNegotiatesPrecompressedModule(t *testing.T) {
	h := HandlerFS(testBuild())
	const module = "/dossier.0123456789abcdef.wasm"
	for _, tc := range []struct {
		accept, wantEncoding, wantBody string
	}{
		{"gzip, deflate, br, zstd", "br", "brotli bytes"}, // what Chromium sends
		{"gzip", "gzip", "gzip bytes"},
		{"br;q=0, gzip;q=0.5", "gzip", "gzip bytes"},
		{"BR", "br", "brotli bytes"},
		{"*", "br", "brotli bytes"},
		{"*;q=0", "", "\x00asm raw"},
		{"identity", "", "\x00asm raw"},
		{"", "", "\x00asm raw"},
	} {
		resp, body := get(t, h, http.MethodGet, module, tc.accept)
		if resp.StatusCode != 200 || body != tc.wantBody || resp.Header.Get("Content-Encoding") != tc.wantEncoding {
			t.Errorf("Accept-Encoding %q: %d %q encoded %q, want %q encoded %q",
				tc.accept, resp.StatusCode, body, resp.Header.Get("Content-Encoding"), tc.wantBody, tc.wantEncoding)
		}
		if got := resp.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q, want application/wasm", tc.accept, got)
		}
		if got := resp.Header.Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q, want Accept-Encoding", tc.accept, got)
		}
		if got := resp.Header.Get("Content-Length"); got != "" && got != strconv.Itoa(len(tc.wantBody)) {
			t.Errorf("Accept-Encoding %q: Content-Length %s for %d bytes sent", tc.accept, got, len(tc.wantBody))
		}
	}
}

func TestHandlerCacheHeadersAndTypes(t *testing.T) {
	h := HandlerFS(testBuild())
	for _, tc := range []struct{ path, wantType, wantCache string }{
		{"/", "text/html; charset=utf-8", "no-cache"},
		{"/index.html", "text/html; charset=utf-8", "no-cache"},
		{"/sw.js", "text/javascript; charset=utf-8", "no-cache"},
		{"/manifest.webmanifest", "application/manifest+json", "no-cache"},
		{"/dossier.0123456789abcdef.wasm", "application/wasm", "public, max-age=31536000, immutable"},
		{"/icon-192.0123456789abcdef.png", "image/png", "public, max-age=31536000, immutable"},
	} {
		resp, _ := get(t, h, http.MethodGet, tc.path, "gzip, br")
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != tc.wantType || resp.Header.Get("Cache-Control") != tc.wantCache {
			t.Errorf("%s: %d %q %q, want 200 %q %q", tc.path, resp.StatusCode,
				resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"), tc.wantType, tc.wantCache)
		}
		if tc.path == "/icon-192.0123456789abcdef.png" && resp.Header.Get("Vary") != "" {
			t.Errorf("%s has no variants but says Vary: %q", tc.path, resp.Header.Get("Vary"))
		}
	}
}

func TestHandlerRefusesWhatIsNotAFile(t *testing.T) {
	h := HandlerFS(testBuild())
	for _, path := range []string{"/missing.js", "/sub/", "/sub", "/../index.html/x", "/dossier.0123456789abcdef.wasm.zst"} {
		resp, _ := get(t, h, http.MethodGet, path, "br")
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, resp.StatusCode)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "" {
			t.Errorf("%s: a missing file is cached (%q)", path, cc)
		}
	}
	if resp, _ := get(t, h, http.MethodPost, "/index.html", ""); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", resp.StatusCode)
	}
	resp, body := get(t, h, http.MethodHead, "/dossier.0123456789abcdef.wasm", "br")
	if resp.StatusCode != 200 || body != "" || resp.Header.Get("Content-Encoding") != "br" {
		t.Errorf("HEAD: %d %q %q", resp.StatusCode, body, resp.Header.Get("Content-Encoding"))
	}
}

func TestHandlerServesFolderFromDisk(t *testing.T) {
	dir := t.TempDir()
	module := []byte("\x00asm and a body that compresses well, well, well, well, well")
	const name = "dossier.0123456789abcdef.wasm"
	packed, err := compress("gzip", module, 0)
	if err != nil {
		t.Fatal(err)
	}
	for file, data := range map[string][]byte{name: module, name + ".gz": packed} {
		if err := writeFileAtomic(filepath.Join(dir, file), data); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	// A real client: Go's transport asks for gzip by itself and undoes it.
	resp, err := http.Get(srv.URL + "/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || string(body) != string(module) {
		t.Fatalf("read %q, %v; want the module", body, err)
	}
	if !resp.Uncompressed || resp.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("the module was not sent gzip-encoded as application/wasm: uncompressed=%v %q", resp.Uncompressed, resp.Header.Get("Content-Type"))
	}
}

func TestAccepts(t *testing.T) {
	for _, tc := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip;q=1.0, br; q=0", "br", false},
		{"gzip;q=0.001", "gzip", true},
		{"*;q=0.1, br;q=0", "gzip", true},
		{"*;q=0.1, br;q=0", "br", false},
		{"gzip;q=x", "gzip", false},
		{"", "gzip", false},
		{"xgzip", "gzip", false},
	} {
		if got := accepts(tc.header, tc.coding); got != tc.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", tc.header, tc.coding, got, tc.want)
		}
	}
}
