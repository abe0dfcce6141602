// Package wasm is Dossier's browser shell: the page that loads the
// WebAssembly build, its loader script, the offline service worker and the
// web app manifest; Assemble, which turns a compiled module into a folder any
// static host can serve; and Handler, the HTTP handler of `make web` and the
// browser tests, which also sends the precompressed files.
//
// Every file of a build except the page, the service worker and the manifest
// carries a hash of its content in its name (dossier.3f2a9c0d1e4b5a6f.wasm),
// so a browser may keep it for ever: a new build has new names, and the three
// unhashed files, which name the others, are never cached without asking the
// server first.
package wasm

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"path"
	"strings"
)

// shell holds the page template, the loader and the service worker template.
//
//go:embed index.html loader.js sw.js
var shell embed.FS

// hashLen is the number of hex digits of content hash in a file name: 64
// bits, far more than enough to tell a project's builds apart.
const hashLen = 16

// HashedName puts a hash of data into a file name, before its extension:
// HashedName("dossier.wasm", data) is "dossier.<16 hex digits>.wasm".
func HashedName(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:hashLen] + ext
}

// IsHashed reports whether a file name carries a content hash as HashedName
// writes it, also with a compression suffix (dossier.<hash>.wasm.br).
func IsHashed(name string) bool {
	name = path.Base(name)
	for _, suffix := range []string{".br", ".gz"} {
		name = strings.TrimSuffix(name, suffix)
	}
	stem := strings.TrimSuffix(name, path.Ext(name))
	dot := strings.LastIndexByte(stem, '.')
	if dot < 0 || len(stem)-dot-1 != hashLen {
		return false
	}
	for _, c := range stem[dot+1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
