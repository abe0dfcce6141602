//go:build !js

package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/internal/e2e"
	"dossier/wasm"
	"dossier/wasm/headless"
)

// publishedArticles is the size of the dossier the test publishes:
// DOSSIER_PUBLISH_ARTICLES sets another (`go run ./wasm/measure -published
// 10000` measures the large one).
func publishedArticles(t *testing.T) int {
	if v := os.Getenv("DOSSIER_PUBLISH_ARTICLES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 2 {
			t.Fatalf("DOSSIER_PUBLISH_ARTICLES=%q: want a number of articles, 2 or more", v)
		}
		return n
	}
	return 2000
}

// generatedDossier packs n generated articles, as dossier-cli gen and pack do.
func generatedDossier(t *testing.T, n int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	if err := gen.WriteDir(context.Background(), dir, n, seed); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "nieuws.dossier")
	if _, _, err := dossier.Pack(context.Background(), dir, path, dossier.PackOptions{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// publishedMark waits for the performance mark the app sets (see
// gui/published_js.go) whose detail satisfies ok, and returns the detail.
func (s *browserSession) publishedMark(name string, ok func(detail string) bool) string {
	s.t.Helper()
	var detail string
	found := e2e.Eventually(2*time.Minute, 200*time.Millisecond, func() bool {
		var details []string
		if err := json.Unmarshal([]byte(s.eval(`JSON.stringify(performance.getEntriesByName(`+strconv.Quote(name)+`).map((m) => JSON.stringify(m.detail)))`)), &details); err != nil {
			s.t.Fatal(err)
		}
		for _, d := range details {
			if ok(d) {
				detail = d
				return true
			}
		}
		return false
	})
	if !found {
		status := s.eval(`JSON.stringify(performance.getEntriesByType("mark").map((m) => m.name + " " + JSON.stringify(m.detail)))`)
		s.t.Fatalf("no mark %s as wanted; the marks are %s", name, status)
	}
	return detail
}

// waitForCollection waits until the published collection of n articles is
// open.
func (s *browserSession) waitForCollection(n int) {
	s.t.Helper()
	s.publishedMark("dossier-collection-open", func(d string) bool { return d == strconv.Itoa(n) })
}

// TestPublishedSiteInChromium publishes a generated dossier with the web
// build and serves the folder as a static host does: the site opens the
// dossier at start, searches in it, applies the address's view to it, goes
// back to it from the built-in articles (File › the site's dossier), keeps
// it offline, replaces it after a new publish, says so when it cannot be
// fetched, and asks no other origin for anything.
func TestPublishedSiteInChromium(t *testing.T) {
	s := startBrowserSession(t)
	n := publishedArticles(t)
	first := generatedDossier(t, n, 1)
	site := filepath.Join(t.TempDir(), "site")
	published, err := wasm.Publish(site, s.build.Dir, first, "")
	if err != nil {
		t.Fatal(err)
	}
	server, err := headless.Serve(site)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	s.server = server
	origins := []string{server.URL} // the servers of this test's sites
	count := groupDutch(n)

	t.Run("opens the dossier", func(t *testing.T) {
		s.t = t
		s.open("")
		s.waitForCollection(n)
		if progress := s.eval(`JSON.stringify(window.__dossierProgress)`); !strings.HasSuffix(progress, ",100]") {
			t.Errorf("the loading bar showed %s, want rising to 100 with the module and the dossier", progress)
		}
		s.waitForScreen("published.png", []string{count, "artikelen"}, seedListWords[:2])
	})

	t.Run("search", func(t *testing.T) {
		s.t = t
		s.typeKeys("ransomware")
		detail := s.publishedMark("dossier-result", func(d string) bool {
			return strings.Contains(d, `"query":"ransomware"`) && strings.Contains(d, `"articles":`+strconv.Itoa(n))
		})
		var result struct{ Total int }
		if err := json.Unmarshal([]byte(detail), &result); err != nil || result.Total == 0 || result.Total >= n {
			t.Errorf("the search found %s, want some of the %d articles", detail, n)
		}
		s.waitForHash("q=ransomware")
		s.waitForScreen("published-search.png", []string{"ransomware", groupDutch(result.Total)}, nil)
	})

	t.Run("the address's view", func(t *testing.T) {
		s.t = t
		lib, err := dossier.Open(context.Background(), first, dossier.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc := lib.Corpus().Docs()[n/2]
		link := "#q=ransomware&doc=" + doc.ID
		s.open(link)
		s.waitForCollection(n)
		if hash := s.waitForHash("doc=" + doc.ID); hash != link {
			t.Errorf("after opening %s the address says %s", link, hash)
		}
		s.waitForScreen("published-link.png", []string{longestWord(doc.Title)}, nil)
	})

	t.Run("back to the built-in articles and to the site's dossier", func(t *testing.T) {
		s.t = t
		s.open("")
		s.waitForCollection(n)
		s.menuItem("published-file-menu.png", "Terug")
		s.waitForScreen("published-builtin.png", seedListWords[:2], nil)
		s.menuItem("published-file-menu-2.png", "deze")
		s.waitForScreen("published-reopened.png", []string{count, "artikelen"}, seedListWords[:2])
	})

	t.Run("a new publish replaces the dossier", func(t *testing.T) {
		s.t = t
		next, err := wasm.Publish(site, s.build.Dir, generatedDossier(t, n/4, 2), "")
		if err != nil {
			t.Fatal(err)
		}
		s.open("")
		s.waitForCollection(n / 4)
		s.waitForScreen("published-again.png", []string{groupDutch(n / 4), "artikelen"}, nil)
		stored := func() string {
			return s.eval(`(async () => {
				const names = await caches.keys();
				const files = [];
				for (const name of names) for (const r of await (await caches.open(name)).keys()) files.push(r.url);
				return names.join(",") + " " + files.filter((f) => f.endsWith(".dossier")).map((f) => f.split("/").pop()).join(",");
			})()`)
		}
		want := "dossier-" + next.Version + " " + next.Dossier.File
		if !e2e.Eventually(60*time.Second, 500*time.Millisecond, func() bool { return stored() == want }) {
			t.Errorf("the offline store holds %q, want %q (the old dossier %s gone)", stored(), want, published.Dossier.File)
		}
		published = next
	})

	t.Run("a dossier that cannot be fetched", func(t *testing.T) {
		s.t = t
		// Another origin, with nothing stored: the dossier the page names is
		// missing on the server.
		broken := filepath.Join(t.TempDir(), "site")
		b, err := wasm.Publish(broken, s.build.Dir, first, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(filepath.Join(broken, b.Dossier.File)); err != nil {
			t.Fatal(err)
		}
		other, err := headless.Serve(broken)
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		origins = append(origins, other.URL)
		s.server = other
		defer func() { s.server = server }()
		s.open("")
		s.waitForScreen("published-missing.png", []string{"opgehaald", "404", "ingebouwde"}, nil)
		s.waitForScreen("published-missing-seed.png", seedListWords[:2], nil)
	})

	t.Run("offline", func(t *testing.T) {
		s.t = t
		s.reopenOffline()
		s.waitForCollection(n / 4)
		s.waitForScreen("published-offline.png", []string{groupDutch(n / 4), "artikelen"}, nil)
	})

	s.t = t
	s.mu.Lock()
	for _, r := range s.requests {
		if !strings.HasPrefix(r, "data:") && !strings.HasPrefix(r, "blob:") &&
			!slices.ContainsFunc(origins, func(o string) bool { return strings.HasPrefix(r, o) }) {
			t.Errorf("the site asked another origin for %s", r)
		}
	}
	s.mu.Unlock()
	for _, r := range server.Requests() {
		if strings.HasSuffix(r.Path, ".dossier") && r.Status != 200 && r.Status != 304 {
			t.Errorf("the dossier was answered %d: %+v", r.Status, r)
		}
	}
}

// longestWord is the longest word of a title, which Tesseract reads best.
func longestWord(title string) string {
	longest := ""
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > len(longest) {
			longest = w
		}
	}
	return longest
}

// groupDutch writes n as the Dutch interface does: 2.000.
func groupDutch(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}
