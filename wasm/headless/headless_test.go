//go:build !js

package headless

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

func TestServeRecordsRequests(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<html></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, path := range []string{"", "missing.js"} {
		resp, err := http.Get(s.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	got := s.Requests()
	if len(got) != 2 || got[0].Path != "/" || got[0].Status != 200 || got[1].Path != "/missing.js" || got[1].Status != 404 {
		t.Errorf("requests recorded: %+v", got)
	}
	s.Close()
	if _, err := http.Get(s.URL); err == nil {
		t.Error("the server still answers after Close")
	}
}
