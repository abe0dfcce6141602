// Command build makes Dossier's web build: it compiles cmd/dossier for the
// browser with the release flags and assembles a folder that any static host
// can serve as it is (see package wasm). `make web-build` runs it:
//
//	go run ./wasm/build -out build/web
//
// It prints the module's size raw, gzip and brotli. A rebuild of an unchanged
// module reuses the compressed files already in the folder.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"dossier/assets"
	"dossier/wasm"
)

func main() {
	out := flag.String("out", "build/web", "the `folder` to write the build into")
	pkg := flag.String("pkg", "./cmd/dossier", "the `package` to compile")
	quality := flag.Int("brotli", 11, "brotli `level` of the compressed module, 1 (fast) to 11 (smallest)")
	flag.Parse()
	log.SetFlags(0)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	compiled, err := wasm.Compile(ctx, ".", *pkg)
	if err != nil {
		log.Fatal(err)
	}
	build, err := wasm.Assemble(*out, wasm.App{
		Name:        "Dossier",
		Description: "Een offline leeszaal voor Nederlandse nieuwsartikelen over staatsspionage.",
		Wasm:        compiled.Wasm,
		WasmExec:    compiled.WasmExec,
		Icon:        assets.IconPNG,
	}, wasm.Options{BrotliQuality: *quality})
	if err != nil {
		log.Fatal(err)
	}
	module := filepath.Join(build.Dir, build.Wasm)
	fmt.Printf("web build %s in %s (%s)\n", build.Version, build.Dir, time.Since(start).Round(100*time.Millisecond))
	for _, suffix := range []string{"", ".gz", ".br"} {
		info, err := os.Stat(module + suffix)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("  %-40s %6.1f MB\n", filepath.Base(module+suffix), float64(info.Size())/1e6)
	}
}
