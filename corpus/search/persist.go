package search

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"

	"dossier/corpus"
	"dossier/internal/flat"
)

// An index is saved as named sections of bytes, one for each of its arrays
// and a few for the rest, so that a file can hold them where a loaded index
// uses them: Load views the arrays in the bytes it is given (memory-mapped
// pages, on the desktop) instead of copying or rebuilding them. What it
// rebuilds is small: the maps from codes and ids to numbers, a few bounds,
// and the per-query state, which starts empty as after Build.
//
// The bytes are the machine's own, little-endian on every platform Dossier
// builds for (flat); Save and Load refuse a big-endian machine rather than
// write or read numbers backwards. Layout names what Save writes, for a
// file to record and check before it calls Load.

// Save hands every part of the index that Load needs to put, one named
// section at a time, in a fixed order: byte slices that may be views of the
// index's own memory (put must copy or write them before Save returns or
// the index changes; it never changes). Names are short ASCII, the path of
// the field each section holds ("postDocs", "dict.terms.blob"). It stops at
// put's first error, and returns it. It refuses an index that Load would
// refuse to load (one of more than maxRoles role codes), rather than write
// a file that cannot be opened.
func (ix *Index) Save(put func(name string, data []byte) error) error {
	if !flat.LittleEndian() {
		return errBigEndian
	}
	if len(ix.roleCodes) > maxRoles {
		return fmt.Errorf("search: %d role codes, more than the %d of an index that is saved", len(ix.roleCodes), maxRoles)
	}
	for _, s := range sections() {
		if err := put(s.name, s.save(ix)); err != nil {
			return fmt.Errorf("search: save %s: %w", s.name, err)
		}
	}
	return nil
}

// Load rebuilds an index from the sections Save wrote, given the same
// documents in the same order as ix.Docs() had them (newest first) and the
// same Options a Build would get (only the query-time ones are used:
// CountryNames, GroupNames, Spellings; the per-document ones are ignored).
// section returns a section's bytes, or ok=false when it is missing.
//
// The big arrays are views of those bytes (flat.View): the caller keeps
// them alive and unchanged for the index's life, and gives each section at
// an address aligned to 8 bytes. Load keeps its own copy of the slice of
// documents, as Build does.
//
// Every offset and number is checked, so that a damaged or hostile section
// gives an error, never a panic or an out-of-range read later at query
// time; and the documents are checked against those the index was saved
// with (their number, ids and months). What cannot be checked without
// reading every article's text, that each article has as many paragraphs
// as the index has fields for it, is checked where a paragraph is read
// instead. The checks read nearly every section once, on several
// goroutines: they, not the sections' size, bound how fast Load is.
//
// Load checks that the sections are well-formed, not what they mean: the
// caller records Layout beside them and refuses sections saved under
// another. A loaded index is read-only, as a built one: any number of
// goroutines may search it at once.
func Load(docs []*corpus.Document, section func(name string) (data []byte, ok bool), opts Options) (*Index, error) {
	if !flat.LittleEndian() {
		return nil, errBigEndian
	}
	ix := &Index{docs: slices.Clone(docs), countryNames: opts.CountryNames, groupNames: opts.GroupNames, spellings: opts.Spellings}
	var saved scalars
	for _, s := range sections() {
		data, ok := section(s.name)
		if !ok {
			return nil, fmt.Errorf("search: the index has no section %s", s.name)
		}
		var err error
		if s.name == scalarsName {
			saved, err = loadScalars(data)
		} else {
			err = s.load(ix, data)
		}
		if err != nil {
			return nil, fmt.Errorf("search: section %s: %w", s.name, err)
		}
	}
	if err := ix.adopt(saved); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if err := ix.check(saved.DocsHash); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	ix.rebuild()
	return ix, nil
}

var errBigEndian = errors.New("search: the index is laid out little-endian, and this machine is big-endian")

// section is one named part of a saved index.
type section struct {
	name string // the path of the field it holds in Index
	elem string // what it holds, for Layout: the element type and its layout
	save func(ix *Index) []byte
	load func(ix *Index, data []byte) error
}

// sections are the parts of a saved index, in the order Save writes them;
// made when first needed (describing their layouts takes a while in the
// browser, before the window's first frame).
var sections = sync.OnceValue(func() []section {
	return []section{
		// Load reads the scalars itself (loadScalars), to check them against
		// the documents once every section is in.
		{name: scalarsName, elem: describe(reflect.TypeFor[scalars]()), save: saveScalars},
		numbers("months", func(ix *Index) *[]int32 { return &ix.months }),

		stringList("countryCodes", func(ix *Index) *[]string { return &ix.countryCodes }),
		numbers("countryStarts", func(ix *Index) *[]uint32 { return &ix.countryStarts }),
		numbers("docCountries", func(ix *Index) *[]uint16 { return &ix.docCountries }),
		numbers("organizationStarts", func(ix *Index) *[]uint32 { return &ix.organizationStarts }),
		numbers("docOrganizations", func(ix *Index) *[]uint16 { return &ix.docOrganizations }),
		stringList("roleCodes", func(ix *Index) *[]string { return &ix.roleCodes }),
		numbers("actorStarts", func(ix *Index) *[]uint32 { return &ix.actorStarts }),
		numbers("targetStarts", func(ix *Index) *[]uint32 { return &ix.targetStarts }),
		numbers("docActors", func(ix *Index) *[]uint16 { return &ix.docActors }),
		numbers("docTargets", func(ix *Index) *[]uint16 { return &ix.docTargets }),

		blob("dict.terms.blob", func(ix *Index) *string { return &ix.dict.terms.blob }),
		numbers("dict.terms.starts", func(ix *Index) *[]uint32 { return &ix.dict.terms.starts }),
		numbers("dict.infixes.sa", func(ix *Index) *[]int32 { return &ix.dict.infixes.sa }),
		blob("dict.stems.blob", func(ix *Index) *string { return &ix.dict.stems.blob }),
		numbers("dict.stems.starts", func(ix *Index) *[]uint32 { return &ix.dict.stems.starts }),
		numbers("dict.stemStarts", func(ix *Index) *[]uint32 { return &ix.dict.stemStarts }),
		numbers("dict.stemTerms", func(ix *Index) *[]uint32 { return &ix.dict.stemTerms }),
		numbers("dict.words.nodes", func(ix *Index) *[]trieNode { return &ix.dict.words.nodes }),

		flags("isGroup", func(ix *Index) *[]bool { return &ix.isGroup }),
		numbers("mentionStarts", func(ix *Index) *[]uint32 { return &ix.mentionStarts }),
		numbers("mentions", func(ix *Index) *[]mention { return &ix.mentions }),

		numbers("events.monthStarts", func(ix *Index) *[]uint32 { return &ix.events.monthStarts }),
		numbers("events.dayStarts", func(ix *Index) *[]uint32 { return &ix.events.dayStarts }),
		numbers("events.months", func(ix *Index) *[]span { return &ix.events.months }),
		numbers("events.days", func(ix *Index) *[]span { return &ix.events.days }),

		numbers("postStarts", func(ix *Index) *[]uint32 { return &ix.postStarts }),
		numbers("postDocs", func(ix *Index) *[]uint32 { return &ix.postDocs }),
		numbers("postImpacts", func(ix *Index) *[]uint16 { return &ix.postImpacts }),
		numbers("forwardStarts", func(ix *Index) *[]uint32 { return &ix.forwardStarts }),
		numbers("forward", func(ix *Index) *[]uint32 { return &ix.forward }),
		numbers("joinedStarts", func(ix *Index) *[]uint32 { return &ix.joinedStarts }),
		numbers("joinedTerms", func(ix *Index) *[]uint32 { return &ix.joinedTerms }),
		numbers("joinedFields", func(ix *Index) *[]uint16 { return &ix.joinedFields }),
		numbers("lengthNorm", func(ix *Index) *[]float32 { return &ix.lengthNorm }),
		numbers("pairs.starts", func(ix *Index) *[]uint32 { return &ix.pairs.starts }),
		numbers("pairs.words", func(ix *Index) *[]uint64 { return &ix.pairs.words }),

		stringList("foldedTitles", func(ix *Index) *[]string { return &ix.foldedTitles }),
	}
})

// numbers is the section of a slice of numbers, or of structs of numbers,
// saved as their bytes and loaded as a view of them.
func numbers[T any](name string, field func(ix *Index) *[]T) section {
	return section{name: name, elem: "[]" + describe(reflect.TypeFor[T]()),
		save: func(ix *Index) []byte { return flat.Bytes(*field(ix)) },
		load: func(ix *Index, data []byte) error {
			v, err := flat.View[T](data)
			*field(ix) = v
			return err
		},
	}
}

// flags is the section of a slice of bools, one byte each, which must be
// 0 or 1: any other byte is no bool Go could have stored.
func flags(name string, field func(ix *Index) *[]bool) section {
	s := numbers(name, field)
	load := s.load
	s.load = func(ix *Index, data []byte) error {
		if i := slices.IndexFunc(data, func(b byte) bool { return b > 1 }); i >= 0 {
			return fmt.Errorf("flag %d is %d, neither 0 nor 1", i, data[i])
		}
		return load(ix, data)
	}
	return s
}

// blob is the section of a string, saved as its bytes and loaded as a view
// of them.
func blob(name string, field func(ix *Index) *string) section {
	return section{name: name, elem: "string",
		save: func(ix *Index) []byte { return []byte(*field(ix)) },
		load: func(ix *Index, data []byte) error {
			*field(ix) = flat.String(data)
			return nil
		},
	}
}

// stringList is the section of a list of strings, saved as
// flat.EncodeStrings lays it out; the loaded strings are views of it.
func stringList(name string, field func(ix *Index) *[]string) section {
	return section{name: name, elem: "flat.EncodeStrings",
		save: func(ix *Index) []byte { return flat.EncodeStrings(*field(ix)) },
		load: func(ix *Index, data []byte) error {
			list, err := flat.DecodeStrings(data)
			*field(ix) = list.All()
			return err
		},
	}
}

// scalarsName names the section of the index's scalars.
const scalarsName = "scalars"

// scalars are the numbers of an index that are no arrays and that Load
// cannot derive from the arrays, with what it checks the documents
// against.
type scalars struct {
	// Docs and DocsHash are the number of documents and a hash of their
	// ids in order (docsHash).
	Docs, DocsHash uint64
	MentionTerms   uint64 // Index.mentionTerms
	PairMaxDocFreq uint64 // pairFilter.maxDocFreq
}

func saveScalars(ix *Index) []byte {
	return flat.Bytes([]scalars{{Docs: uint64(len(ix.docs)), DocsHash: docsHash(ix.docs),
		MentionTerms: uint64(ix.mentionTerms), PairMaxDocFreq: uint64(ix.pairs.maxDocFreq)}})
}

func loadScalars(data []byte) (scalars, error) {
	v, err := flat.View[scalars](data)
	if err != nil {
		return scalars{}, err
	}
	if len(v) != 1 {
		return scalars{}, fmt.Errorf("%d sets of scalars", len(v))
	}
	return v[0], nil
}

// docsHash hashes the ids of docs in order, so that Load can tell whether
// it is given the documents the index was built from.
func docsHash(docs []*corpus.Document) uint64 {
	h := newIDHash()
	for _, d := range docs {
		h.add(d.ID)
	}
	return uint64(h)
}

// idHash is FNV-1a, 64 bits, of ids one after the other, each followed by
// a 0 so that "ab", "c" is not "a", "bc". It is written out, rather than
// hash/fnv's, to hash each id where it lies instead of a copy.
type idHash uint64

func newIDHash() idHash { return 14695981039346656037 }

func (h *idHash) add(id string) {
	const prime = 1099511628211
	x := uint64(*h)
	for i := range len(id) {
		x = (x ^ uint64(id[i])) * prime
	}
	*h = idHash(x * prime)
}

// adopt checks the saved scalars against the documents' number and the
// lists' lengths, and takes them in; check compares the documents' ids.
func (ix *Index) adopt(saved scalars) error {
	n := len(ix.docs)
	if saved.Docs != uint64(n) {
		return fmt.Errorf("the index holds %d documents, and is given %d", saved.Docs, n)
	}
	if saved.MentionTerms > uint64(len(ix.countryCodes)) {
		return fmt.Errorf("%d terms of mentions for %d countries and groups", saved.MentionTerms, len(ix.countryCodes))
	}
	if saved.PairMaxDocFreq > uint64(n) {
		return fmt.Errorf("the pair filter leaves out terms in more than %d of %d documents", saved.PairMaxDocFreq, n)
	}
	ix.mentionTerms = int(saved.MentionTerms)
	ix.pairs.maxDocFreq = int(saved.PairMaxDocFreq)
	ix.dict.infixes.text = ix.dict.terms.blob
	return nil
}

// rebuild derives, once the sections are checked, what the index keeps
// beside them: where the mentions' terms start, the maps from codes and
// ids to numbers, the bounds of the month facets, and the pool of
// per-query state.
func (ix *Index) rebuild() {
	n := len(ix.docs)
	ix.mentionTermBase = uint32(ix.dict.terms.len())
	ix.countryIDs = make(map[string]uint16, len(ix.countryCodes))
	for c, code := range ix.countryCodes {
		ix.countryIDs[code] = uint16(c)
	}
	ix.roleIDs = make(map[string]uint16, len(ix.roleCodes))
	for r, code := range ix.roleCodes {
		ix.roleIDs[code] = uint16(r)
	}
	ix.docIDs = make(map[string]uint32, n)
	for d := n - 1; d >= 0; d-- {
		ix.docIDs[ix.docs[d].ID] = uint32(d)
	}
	if n > 0 {
		ix.firstMonth = slices.Min(ix.months)
		ix.monthSpan = int(slices.Max(ix.months)-ix.firstMonth) + 1
	}
	ix.events.bound()
	ix.scratch.New = func() any { return newScratch(n, ix.newCounts()) }
}
