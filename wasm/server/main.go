// Command server serves Dossier's browser build on localhost for `make web`,
// with wasm.Handler: the brotli or gzip file where the browser accepts it,
// hashed files cached for good, the page and the service worker never.
// It binds to the loopback address by default: the build is for the person at
// this machine, not the network.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"dossier/wasm"
)

func main() {
	dir := flag.String("dir", "build/web", "the `folder` holding the web build")
	addr := flag.String("addr", "127.0.0.1:8080", "the `address` to listen on")
	flag.Parse()

	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		log.Fatalf("no web build in %s (`make web-build` or `go run ./wasm/build -out %s` makes one): %v", *dir, *dir, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Dossier is served at http://%s/ (Ctrl+C stops)\n", ln.Addr())
	srv := &http.Server{Handler: wasm.Handler(*dir), ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
