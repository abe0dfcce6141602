package search

import (
	"bytes"
	"encoding/binary"
	"index/suffixarray"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"dossier/corpus/gen"
)

// TestInfixLookupIsSuffixarrays compares infixIndex.lookup with
// index/suffixarray's Lookup on thousands of substrings of a generated
// vocabulary, with limits from none to all: the same offsets in the same
// order. It fails loudly should the standard library change its
// serialisation (which newInfixIndex decodes) or its Lookup.
func TestInfixLookupIsSuffixarrays(t *testing.T) {
	docs, err := gen.Documents(300, 11)
	if err != nil {
		t.Fatal(err)
	}
	ix := build(t, Options{}, docs...)
	blob := ix.dict.terms.blob
	want := suffixarray.New([]byte(blob))
	got := ix.dict.infixes
	if len(got.sa) != len(blob) {
		t.Fatalf("a suffix array of %d offsets for %d bytes", len(got.sa), len(blob))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	subs := []string{"", "\x00", "e", "en", "spionage", "zzzzzz", blob[:3], blob[len(blob)-3:]}
	for range 4000 {
		from := rng.IntN(len(blob))
		subs = append(subs, blob[from:min(len(blob), from+1+rng.IntN(8))])
	}
	checked := 0
	for _, sub := range subs {
		for _, n := range []int{-1, 0, 1, 3, 50, maxInfixOccurrences} {
			w, g := want.Lookup([]byte(sub), n), got.lookup(sub, n)
			if !slices.Equal(w, g) {
				t.Fatalf("lookup(%q, %d) = %v; suffixarray's Lookup = %v", sub, n, g, w)
			}
			checked += len(w)
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d offsets compared: the substrings hardly occur", checked)
	}
}

// TestInfixDecoderRefusesOtherFormats feeds the decoder what Write wrote,
// in pieces of every size, and then altered: it must read the first and
// refuse the rest.
func TestInfixDecoderRefusesOtherFormats(t *testing.T) {
	text := strings.Repeat("\x00spionage\x00diplomaten", 3000) // more than one chunk
	var written bytes.Buffer
	if err := suffixarray.New([]byte(text)).Write(&written); err != nil {
		t.Fatal(err)
	}
	whole := written.Bytes()
	decode := func(b []byte, piece int) ([]int32, error) {
		d := saDecoder{textLen: len(text)}
		for len(b) > 0 {
			k := min(piece, len(b))
			if _, err := d.Write(b[:k]); err != nil {
				return nil, err
			}
			b = b[k:]
		}
		return d.sa, d.finish()
	}
	reference, err := decode(whole, len(whole))
	if err != nil {
		t.Fatal(err)
	}
	for _, piece := range []int{1, 7, 10, 11, 4096, 16 << 10} {
		sa, err := decode(whole, piece)
		if err != nil || !slices.Equal(sa, reference) {
			t.Errorf("in pieces of %d: %v", piece, err)
		}
	}
	lengthWrong := slices.Clone(whole)
	binary.PutVarint(lengthWrong, int64(len(text)+1))
	offsetWrong := slices.Clone(whole)
	offsetWrong[saHeader+len(text)+saHeader] = 0x7f // the first offset, now 127: seen twice
	for name, b := range map[string][]byte{
		"cut":          whole[:len(whole)-1],
		"longer":       append(slices.Clone(whole), whole[len(whole)-20:]...),
		"other length": lengthWrong,
		"offset twice": offsetWrong,
	} {
		if _, err := decode(b, len(b)); err == nil {
			t.Errorf("%s: decoded", name)
		}
	}
}
