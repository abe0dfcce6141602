// Package gensite publishes generated articles as a site, for the tools
// that measure and profile a published dossier in the browser
// (wasm/measure and wasm/profile).
package gensite

import (
	"context"
	"path/filepath"

	"dossier/corpus/dossier"
	"dossier/corpus/gen"
	"dossier/wasm"
)

// Publish generates articles (corpus/gen, seed 1), packs them into a
// dossier and publishes it with the web build in shell, all inside the
// folder work: the site is work/site.
func Publish(ctx context.Context, work string, articles int, shell string) (wasm.Site, error) {
	if err := gen.WriteDir(ctx, filepath.Join(work, "articles"), articles, 1); err != nil {
		return wasm.Site{}, err
	}
	file := filepath.Join(work, "gen.dossier")
	if _, _, err := dossier.Pack(ctx, filepath.Join(work, "articles"), file, dossier.PackOptions{}); err != nil {
		return wasm.Site{}, err
	}
	return wasm.Publish(filepath.Join(work, "site"), shell, file, "")
}
