// Package wasm is Dossier's browser shell: the page that loads the WebAssembly
// build, and the HTTP handler that serves a build folder. `make web` and the
// browser tests use the same handler.
package wasm

import (
	_ "embed"
	"net/http"
)

// IndexHTML is the page that shows the loading screen and starts the app.
//
//go:embed index.html
var IndexHTML []byte

// Handler serves the files of a web build folder. The page and the loader
// script must never be cached stale, or a browser would pair an old page with
// a new build.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
