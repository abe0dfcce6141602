package wasm

import (
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// encodings are the precompressed variants Assemble writes, best first: a
// client that accepts both gets brotli, about a third smaller than gzip.
var encodings = [...]struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// contentTypes are the types Go's mime table may lack or get wrong.
var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".js":          "text/javascript; charset=utf-8",
}

// Handler serves a web build folder as Assemble writes it: see HandlerFS.
func Handler(dir string) http.Handler { return HandlerFS(os.DirFS(dir)) }

// HandlerFS serves the files of a web build:
//
//   - a file with a precompressed variant (x.wasm.br, x.wasm.gz) is sent in
//     the best encoding the client accepts, with Content-Encoding, the type of
//     the original file and Vary: Accept-Encoding;
//   - hashed files may be cached for a year, unchanged: their name changes
//     with their content;
//   - everything else, the page, the service worker and the manifest, is
//     revalidated on every use, so a browser never pairs an old page with a
//     new build;
//   - "/" is index.html; folders are not listed.
func HandlerFS(files fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if name == "" {
			name = "index.html"
		}
		if !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		header := w.Header()
		header.Set("X-Content-Type-Options", "nosniff")
		if IsHashed(name) {
			header.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			header.Set("Cache-Control", "no-cache")
		}
		ctype, ok := contentTypes[path.Ext(name)]
		if !ok {
			ctype = mime.TypeByExtension(path.Ext(name))
		}
		if ctype != "" {
			header.Set("Content-Type", ctype)
		}

		sent, variants := name, false
		for _, enc := range encodings {
			if _, err := fs.Stat(files, name+enc.suffix); err != nil {
				continue
			}
			variants = true
			if accepts(r.Header.Get("Accept-Encoding"), enc.name) {
				sent = name + enc.suffix
				header.Set("Content-Encoding", enc.name)
				break
			}
		}
		if variants {
			// Caches between here and the browser must keep one copy per encoding.
			header.Add("Vary", "Accept-Encoding")
		}
		serveFile(w, r, files, sent)
	})
}

// serveFile sends one regular file, with ranges and conditional requests.
func serveFile(w http.ResponseWriter, r *http.Request, files fs.FS, name string) {
	f, err := files.Open(name)
	if err != nil {
		header := w.Header()
		for _, h := range []string{"Cache-Control", "Content-Encoding", "Content-Type", "Vary"} {
			header.Del(h)
		}
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
		} else {
			http.Error(w, "cannot read "+name, http.StatusInternalServerError)
		}
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		w.Header().Del("Cache-Control")
		http.NotFound(w, r)
		return
	}
	if seeker, ok := f.(io.ReadSeeker); ok {
		http.ServeContent(w, r, name, info.ModTime(), seeker)
		return
	}
	// An fs.FS need not seek (os.DirFS does): send it whole.
	w.Header().Set("Content-Length", strconv.FormatInt(info.Size(), 10))
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
}

// accepts reports whether an Accept-Encoding header allows the coding: named
// (or matched by "*") with a quality above zero.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != coding && name != "*" {
			continue
		}
		ok := quality(params) > 0
		if name == coding {
			return ok
		}
		star = ok
	}
	return star
}

// quality reads the q parameter of one Accept-Encoding element; 1 without it.
func quality(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		key, value, found := strings.Cut(strings.TrimSpace(p), "=")
		if found && strings.EqualFold(strings.TrimSpace(key), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
			if err != nil {
				return 0
			}
			return q
		}
	}
	return 1
}
