package search

import (
	"testing"

	"dossier/internal/flat"
)

// saveSections saves ix as a file would hold it: each section copied into
// a buffer of its own, aligned to 8 bytes as the container aligns them.
func saveSections(t testing.TB, ix *Index) map[string][]byte {
	t.Helper()
	sections := map[string][]byte{}
	err := ix.Save(func(name string, data []byte) error {
		if _, dup := sections[name]; dup {
			t.Fatalf("section %s saved twice", name)
		}
		sections[name] = aligned(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return sections
}

// aligned copies b into a new buffer that starts at an address aligned to
// 8 bytes.
func aligned(b []byte) []byte {
	out := flat.Bytes(make([]uint64, (len(b)+7)/8))[:len(b):len(b)]
	copy(out, b)
	return out
}

// loadSections loads an index from sections, as Load would from a file.
func loadSections(ix *Index, sections map[string][]byte, opts Options) (*Index, error) {
	return Load(ix.Docs(), func(name string) ([]byte, bool) {
		data, ok := sections[name]
		return data, ok
	}, opts)
}
