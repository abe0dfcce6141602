//go:build linux

package search

import (
	"syscall"
	"testing"

	"dossier/corpus/gen"
)

// TestLoadedIndexOnlyReads loads indexes from sections in read-only
// memory, as a file mapped for reading gives them, and asks them every kind
// of question: a query that wrote into a section, which a file's mapping
// would not survive, crashes the test.
func TestLoadedIndexOnlyReads(t *testing.T) {
	docs, err := gen.Documents(1000, 9)
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{
		"seeds":     mustIndex(t, fullSeedIndex),
		"generated": build(t, benchOptions(docs), docs...),
	} {
		sections := saveSections(t, ix)
		for section, data := range sections {
			sections[section] = readOnly(t, data)
		}
		loaded, err := loadSections(ix, sections, ix.optionsForQueries())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		askEverything(loaded)
		for _, q := range benchQueries {
			loaded.Search(Query{Text: q.text, Countries: []string{"RU"}, Limit: 50})
			loaded.Search(Query{Text: q.text})
		}
	}
}

// readOnly copies data into memory of its own that can only be read.
func readOnly(t *testing.T, data []byte) []byte {
	if len(data) == 0 {
		return data
	}
	mem, err := syscall.Mmap(-1, 0, len(data), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	copy(mem, data)
	if err := syscall.Mprotect(mem, syscall.PROT_READ); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	return mem
}
