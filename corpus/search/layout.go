package search

import (
	"crypto/sha256"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"dossier/corpus/text"
)

// Layout names the format of what Save writes, for a file to record beside
// the sections and to compare before it calls Load: a file whose layout is
// not this one was saved by another version of the index, and must be
// refused (and the collection indexed again) rather than read, since Load
// checks that sections are well-formed, not what they mean.
//
// It changes by itself, without anyone remembering to change it, whenever
// any of these does: the sections (names, and each element type's fields,
// sizes and offsets); the fields of the Index and of every type of this
// package within it, saved or not; the constants the saved numbers are
// computed with (impacts, the pair filter's hash and sizes, the gap
// between fields); and the analysis of words, as a probe text and a few
// stems come out of package text. An analysis change that the probe does
// not show is the one thing it can miss: add a word that shows it to
// layoutProbe when making one.
func Layout() string { return layout() }

var layout = sync.OnceValue(func() string {
	h := sha256.New()
	for _, s := range sections() {
		fmt.Fprintf(h, "section %s %s\n", s.name, s.elem)
	}
	fmt.Fprintf(h, "index %s\n", describeIndex(reflect.TypeFor[Index](), map[reflect.Type]bool{}))
	fmt.Fprintf(h, "constants %d %d %d %v %v %v %v %d %d %d %q %d %d\n", fieldGap, titleFlag, maxBodyFreq,
		float32(impactScale), bm25K1, bm25B, literalFloor, pairBits, pairProbes, pairHash(1, 2), termSeparator,
		firstEventMonth, lastEventMonth)
	fmt.Fprintf(h, "analysis %s\n", analysisProbe())
	return fmt.Sprintf("search-%x", h.Sum(nil)[:8])
})

// describe spells out the memory layout of t, a type a section holds as
// its bytes: every field's name, type and offset, and the size. It panics
// for a type that holds pointers, whose bytes mean nothing in a file: the
// sections are made when the package starts, so that no test, and no
// program, runs with such a section.
func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return fmt.Sprintf("%s(%d)", t.Kind(), t.Size())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), describe(t.Elem()))
	case reflect.Struct:
		var b strings.Builder
		b.WriteString("struct{")
		for i := range t.NumField() {
			f := t.Field(i)
			fmt.Fprintf(&b, "%s %s @%d; ", f.Name, describe(f.Type), f.Offset)
		}
		fmt.Fprintf(&b, "}(%d)", t.Size())
		return b.String()
	}
	panic(fmt.Sprintf("search: a section of %v, which is or holds a %v: only numbers can be saved as bytes", t, t.Kind()))
}

// describeIndex spells out the fields of t, an Index or a type within it,
// descending into the types of this package, so that a field added,
// removed, renamed or retyped anywhere in the index changes Layout. Types
// of other packages are named, not described: a new Go release may change
// the inside of a sync.Pool without changing what Save writes.
func describeIndex(t reflect.Type, seen map[reflect.Type]bool) string {
	if t.Name() != "" && t.PkgPath() != reflect.TypeFor[Index]().PkgPath() {
		return t.String()
	}
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + describeIndex(t.Elem(), seen)
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), describeIndex(t.Elem(), seen))
	case reflect.Pointer:
		return "*" + describeIndex(t.Elem(), seen)
	case reflect.Map:
		return fmt.Sprintf("map[%s]%s", describeIndex(t.Key(), seen), describeIndex(t.Elem(), seen))
	case reflect.Struct:
		if seen[t] {
			return t.Name()
		}
		seen[t] = true
		var b strings.Builder
		fmt.Fprintf(&b, "%s{", t.Name())
		for i := range t.NumField() {
			f := t.Field(i)
			fmt.Fprintf(&b, "%s %s; ", f.Name, describeIndex(f.Type, seen))
		}
		b.WriteString("}")
		return b.String()
	}
	return fmt.Sprintf("%s(%s)", t.String(), t.Kind())
}

// layoutProbe is text whose analysis Layout records: folding, hyphenated
// and apostrophed words, numbers, compounds, a flag, and Dutch
// inflections.
const layoutProbe = "Één EU-diplomaten zeiden in 's-Gravenhage dat 100.000 e-mails (3,5%) van Macron's " +
	"spionageprogramma's door Rusland's GRU 🇫🇷 werden gehackt; Poetin-gezinde hackers ontkenden. " +
	"Inlichtingendiensten, diplomaat, diplomaten, gelopen, loopt, katten, kat, regering, regeringen."

// analysisProbe is layoutProbe as the index analyses it: each term, whether
// it is joined, its stem, and whether it is a word.
func analysisProbe() string {
	var a text.Analyzer
	stemmer := text.NewStemmer()
	var b strings.Builder
	for _, tok := range a.Tokens(layoutProbe) {
		fmt.Fprintf(&b, "%s/%s/%t/%t/%d ", tok.Term, stemmer.Stem(tok.Term), tok.Joined, text.IsWord(tok.Term), tok.Position)
	}
	return b.String()
}
