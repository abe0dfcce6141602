package search

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
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

// fullSeedIndex is the seed corpus indexed with every option Build takes:
// the places, organisations and mentions of the gazetteer, events, and
// made-up roles and group mentions, so that every section has something.
var fullSeedIndex = sync.OnceValues(func() (*Index, error) {
	c, err := corpus.LoadSeed()
	if err != nil {
		return nil, err
	}
	opts := geoOptions(c.Docs())
	opts.Events = func(d *corpus.Document) []Period {
		m := d.Date.Month
		return []Period{{First: m, Last: m, FirstDay: Day(m, 2), LastDay: Day(m, 4)},
			{First: corpus.Month{Year: 2015, Month: 3}, Last: corpus.Month{Year: 2016, Month: 1}, FirstDay: -1, LastDay: -1}}
	}
	opts.Actors = func(d *corpus.Document) []string { return []string{"RU", d.ID[:3]} }
	opts.Targets = func(d *corpus.Document) []string { return []string{"US", "EU"} }
	opts.GroupMentions = func(d *corpus.Document) []GroupMention {
		return []GroupMention{{Group: "APT28", Paragraph: -1, Start: 0, End: 3}, {Group: "Lazarus", Paragraph: 0, Start: 2, End: 6}}
	}
	opts.GroupNames = func(words string) []string {
		if strings.EqualFold(words, "apt28") || strings.EqualFold(words, "fancy bear") {
			return []string{"APT28"}
		}
		return nil
	}
	return Build(context.Background(), c.Docs(), opts)
})

// TestSaveLoadSaveIsTheSame saves a loaded index: every section must be
// what the built index saved, so that nothing is lost or changed on the
// way. Empty and generated collections are saved too.
func TestSaveLoadSaveIsTheSame(t *testing.T) {
	docs, err := gen.Documents(500, 4)
	if err != nil {
		t.Fatal(err)
	}
	for name, ix := range map[string]*Index{
		"seeds":     mustIndex(t, fullSeedIndex),
		"generated": build(t, benchOptions(docs), docs...),
		"empty":     build(t, Options{}),
	} {
		saved := saveSections(t, ix)
		loaded, err := loadSections(ix, saved, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		again := saveSections(t, loaded)
		if len(again) != len(sections()) {
			t.Errorf("%s: %d sections saved, %d described", name, len(again), len(sections()))
		}
		for section, data := range saved {
			if !slices.Equal(data, again[section]) {
				t.Errorf("%s: section %s of %d bytes saved again as %d other bytes", name, section, len(data), len(again[section]))
			}
		}
	}
}

// TestEveryFieldIsSavedOrRebuilt walks the fields of an Index: each must
// be saved in a section of its name or rebuilt by Load, so that a field
// added to the index without a thought for Load fails here.
func TestEveryFieldIsSavedOrRebuilt(t *testing.T) {
	saved := map[string]bool{}
	for _, s := range sections() {
		saved[s.name] = true
	}
	// What Load rebuilds, and from what.
	rebuilt := map[string]bool{
		"docs":              true, // given
		"firstMonth":        true, // from months
		"monthSpan":         true, // from months
		"countryIDs":        true, // from countryCodes
		"roleIDs":           true, // from roleCodes
		"docIDs":            true, // from docs
		"mentionTermBase":   true, // the size of the vocabulary
		"mentionTerms":      true, // scalars
		"pairs.maxDocFreq":  true, // scalars
		"countryNames":      true, // Options
		"groupNames":        true, // Options
		"spellings":         true, // Options
		"events.first":      true, // from events.months
		"events.count":      true, // from events.months
		"dict.infixes.text": true, // dict.terms.blob
		"scratch":           true, // per query, empty
		"universal":         true, // per query, empty
	}
	found := map[string]bool{}
	var walk func(t *testing.T, typ reflect.Type, prefix string)
	walk = func(t *testing.T, typ reflect.Type, prefix string) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			path := prefix + f.Name
			switch {
			case saved[path] || rebuilt[path]:
				found[path] = true
			case f.Type.Kind() == reflect.Struct && f.Type.PkgPath() == typ.PkgPath():
				walk(t, f.Type, path+".")
			default:
				t.Errorf("Index.%s is neither saved in a section nor rebuilt by Load", path)
			}
		}
	}
	walk(t, reflect.TypeFor[Index](), "")
	for path := range saved {
		if !found[path] && path != scalarsName {
			t.Errorf("section %s is no field of Index", path)
		}
	}
	for path := range rebuilt {
		if !found[path] {
			t.Errorf("%s, said to be rebuilt, is no field of Index", path)
		}
	}
}

// TestLayout checks what Layout is made of: the layout of each section's
// type, which must tell apart types of the same size, and refuse pointers.
func TestLayout(t *testing.T) {
	if l := Layout(); !strings.HasPrefix(l, "search-") || len(l) != len("search-")+16 || l != Layout() {
		t.Errorf("Layout() = %q", l)
	}
	type ab struct{ a, b uint32 }
	type ba struct{ b, a uint32 }
	type wide struct{ a uint64 }
	descriptions := map[string]bool{}
	for _, typ := range []reflect.Type{reflect.TypeFor[ab](), reflect.TypeFor[ba](), reflect.TypeFor[wide](),
		reflect.TypeFor[int64](), reflect.TypeFor[float64](), reflect.TypeFor[[2]uint32]()} {
		descriptions[describe(typ)] = true
	}
	if len(descriptions) != 6 {
		t.Errorf("six types of 8 bytes described in %d ways: %v", len(descriptions), descriptions)
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[string](), reflect.TypeFor[struct{ p *int }](), reflect.TypeFor[[]uint32]()} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%v described as bytes", typ)
				}
			}()
			describe(typ)
		}()
	}
}

// TestLoadRefusesDamage damages a saved index in every way Load checks,
// one at a time: each must give an error that says what is wrong, never an
// index.
func TestLoadRefusesDamage(t *testing.T) {
	ix := mustIndex(t, fullSeedIndex)
	n := uint32(ix.Len())
	vocabulary := uint32(ix.Terms())
	tests := []struct {
		name   string
		damage func(s map[string][]byte)
		want   string // in the error
	}{
		{"missing section", func(s map[string][]byte) { delete(s, "postDocs") }, "no section postDocs"},
		{"misaligned section", func(s map[string][]byte) {
			buf := aligned(make([]byte, len(s["postDocs"])+1))
			copy(buf[1:], s["postDocs"])
			s["postDocs"] = buf[1:]
		}, "aligned"},
		{"torn section", func(s map[string][]byte) { s["postDocs"] = s["postDocs"][:len(s["postDocs"])-2] }, "whole number"},
		{"scalars cut", func(s map[string][]byte) { s["scalars"] = s["scalars"][:0] }, "0 sets of scalars"},
		{"other documents", func(s map[string][]byte) { edit(s, "scalars", func(v []uint64) { v[1]++ }) }, "not those the index was built from"},
		{"more documents", func(s map[string][]byte) { edit(s, "scalars", func(v []uint64) { v[0]++ }) }, "holds 5 documents"},
		{"too many mention terms", func(s map[string][]byte) { edit(s, "scalars", func(v []uint64) { v[2] = 1 << 40 }) }, "terms of mentions"},
		{"other month", func(s map[string][]byte) { edit(s, "months", func(v []int32) { v[2]++ }) }, "document 2"},
		{"posting past the documents", func(s map[string][]byte) { edit(s, "postDocs", func(v []uint32) { v[len(v)-1] = n }) }, "is in document 4"},
		{"postings out of order", func(s map[string][]byte) {
			edit(s, "postStarts", func(v []uint32) { v[1], v[2] = v[2], v[1] })
		}, "the postings"},
		{"postings of another length", func(s map[string][]byte) { s["postImpacts"] = s["postImpacts"][:len(s["postImpacts"])-2] }, "impacts for"},
		{"term without postings", func(s map[string][]byte) { edit(s, "postStarts", func(v []uint32) { v[1] = v[0] }) }, "term 0 is in no document"},
		{"posting twice", func(s map[string][]byte) {
			edit(s, "postStarts", func(v []uint32) {
				for t := range v[:len(v)-1] {
					if v[t+1]-v[t] >= 2 {
						edit(s, "postDocs", func(docs []uint32) { docs[v[t]+1] = docs[v[t]] })
						return
					}
				}
			})
		}, "not in increasing order"},
		{"forward term past the vocabulary", func(s map[string][]byte) { edit(s, "forward", func(v []uint32) { v[0] = vocabulary }) }, "forward index"},
		{"document ends in a field", func(s map[string][]byte) { edit(s, "forwardStarts", func(v []uint32) { v[1]-- }) }, "end of a field"},
		{"joined term past the vocabulary", func(s map[string][]byte) { edit(s, "joinedTerms", func(v []uint32) { v[0] = vocabulary }) }, "joined words"},
		{"joined fields cut", func(s map[string][]byte) { s["joinedFields"] = s["joinedFields"][:2] }, "fields for"},
		{"vocabulary unsorted", func(s map[string][]byte) {
			s["dict.terms.blob"][1] = 0xff // the first term, now after every other
		}, "is not after"},
		{"vocabulary unseparated", func(s map[string][]byte) { edit(s, "dict.terms.starts", func(v []uint32) { v[1]++ }) }, "does not end where"},
		{"suffix past the vocabulary", func(s map[string][]byte) { edit(s, "dict.infixes.sa", func(v []int32) { v[7] = -1 }) }, "suffix array"},
		{"suffix array cut", func(s map[string][]byte) { s["dict.infixes.sa"] = s["dict.infixes.sa"][:8] }, "suffix array of 2"},
		{"stem term past the vocabulary", func(s map[string][]byte) { edit(s, "dict.stemTerms", func(v []uint32) { v[3] = vocabulary }) }, "terms of the stems"},
		{"stems out of order", func(s map[string][]byte) { edit(s, "dict.stemStarts", func(v []uint32) { v[1] = v[2] + 1 }) }, "the stems"},
		{"trie node past the trie", func(s map[string][]byte) {
			edit(s, "dict.words.nodes", func(v []trieNode) { v[5].end = uint32(len(v) + 1) })
		}, "trie node 5"},
		{"trie node ending before it", func(s map[string][]byte) { edit(s, "dict.words.nodes", func(v []trieNode) { v[5].end = 5 }) }, "trie node 5"},
		{"trie root short", func(s map[string][]byte) { edit(s, "dict.words.nodes", func(v []trieNode) { v[0].end-- }) }, "root"},
		{"trie term past the vocabulary", func(s map[string][]byte) {
			edit(s, "dict.words.nodes", func(v []trieNode) { v[len(v)-1].term = int32(vocabulary) })
		}, "holds term"},
		{"country past the codes", func(s map[string][]byte) { edit(s, "docCountries", func(v []uint16) { v[0] = 999 }) }, "countries: number 0"},
		{"actor past the codes", func(s map[string][]byte) { edit(s, "docActors", func(v []uint16) { v[0] = 999 }) }, "actors: number 0"},
		{"targets out of order", func(s map[string][]byte) { edit(s, "targetStarts", func(v []uint32) { v[2] = v[3] + 1 }) }, "targets: item"},
		{"code twice", func(s map[string][]byte) {
			s["roleCodes"] = aligned(flat.EncodeStrings([]string{"US", "US", "RU", "EU", "000", "001", "002", "003"}))
		}, `"US" twice`},
		{"codes cut", func(s map[string][]byte) { s["countryCodes"] = s["countryCodes"][:5] }, "countryCodes"},
		{"flag neither", func(s map[string][]byte) { s["isGroup"][0] = 2 }, "neither 0 nor 1"},
		{"flags cut", func(s map[string][]byte) { s["isGroup"] = s["isGroup"][:1] }, "flags for"},
		{"mention of no term", func(s map[string][]byte) { edit(s, "mentions", func(v []mention) { v[0].country = 60000 }) }, "mention 0"},
		{"mentions out of order", func(s map[string][]byte) { edit(s, "mentionStarts", func(v []uint32) { v[1] = v[4] + 1 }) }, "the mentions"},
		{"event ending before it starts", func(s map[string][]byte) { edit(s, "events.days", func(v []span) { v[0].last = v[0].first - 1 }) }, "an event from"},
		{"events cut", func(s map[string][]byte) { s["events.months"] = s["events.months"][:8] }, "months of events"},
		{"no length", func(s map[string][]byte) { edit(s, "lengthNorm", func(v []float32) { v[1] = float32(math.NaN()) }) }, "length norm"},
		{"pair filter cut", func(s map[string][]byte) { s["pairs.words"] = s["pairs.words"][:8] }, "pair filter"},
		{"titles cut", func(s map[string][]byte) { s["foldedTitles"] = aligned(flat.EncodeStrings([]string{"a"})) }, "titles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := saveSections(t, ix)
			tt.damage(s)
			loaded, err := loadSections(ix, s, Options{})
			if err == nil || loaded != nil {
				t.Fatalf("loaded, without an error")
			}
			if !strings.HasPrefix(err.Error(), "search: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q; want one that says %q", err, tt.want)
			}
		})
	}
}

// edit changes a saved section in place as a slice of T.
func edit[T any](sections map[string][]byte, name string, change func([]T)) {
	v, err := flat.View[T](sections[name])
	if err != nil {
		panic(err)
	}
	change(v)
}

// TestLoadedIndexOfOtherTexts loads an index with articles of the same ids
// and months whose texts are not those indexed (fewer paragraphs, none,
// other words), which Load cannot tell without reading every text: every
// question must still be answered without a panic, and the snippets come
// from paragraphs the articles have.
func TestLoadedIndexOfOtherTexts(t *testing.T) {
	ix := mustIndex(t, fullSeedIndex)
	sections := saveSections(t, ix)
	for name, change := range map[string]func(d *corpus.Document){
		"one paragraph": func(d *corpus.Document) { d.Paragraphs = d.Paragraphs[:1] },
		"no paragraph":  func(d *corpus.Document) { d.Paragraphs = nil },
		"other words": func(d *corpus.Document) {
			d.Title = "Spionage"
			for i := range d.Paragraphs {
				d.Paragraphs[i].Text = "Diplomaten in Frankrijk."
			}
		},
	} {
		docs := make([]*corpus.Document, ix.Len())
		for i, d := range ix.Docs() {
			other := *d
			other.Paragraphs = slices.Clone(d.Paragraphs)
			change(&other)
			docs[i] = &other
		}
		loaded, err := Load(docs, func(name string) ([]byte, bool) {
			data, ok := sections[name]
			return data, ok
		}, ix.optionsForQueries())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		askEverything(loaded)
		for _, text := range []string{"diplomaten", "spionage", "Frankrijk", "pegasus"} {
			for _, h := range loaded.Search(Query{Text: text}).Hits {
				if name == "no paragraph" && h.Snippet != "" {
					t.Errorf("%s: %q has snippet %q", name, text, h.Snippet)
				}
			}
		}
	}
}

// TestSaveRefusesWhatLoadWould saves an index of more role codes than Load
// takes: Save must say so rather than write what cannot be loaded.
func TestSaveRefusesWhatLoadWould(t *testing.T) {
	codes := make([]string, maxRoles+1)
	for i := range codes {
		codes[i] = fmt.Sprint("R", i)
	}
	ix := build(t, Options{Actors: func(*corpus.Document) []string { return codes }},
		doc("a", "2020-01", "Bericht", filler))
	err := ix.Save(func(string, []byte) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "role codes") {
		t.Errorf("Save of %d role codes: %v", len(codes), err)
	}
}
