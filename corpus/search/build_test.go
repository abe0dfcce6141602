package search

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// fingerprint hashes everything Build puts in an index, so that two builds
// can be compared: the dictionary is a function of the sorted terms, which
// are hashed, and the documents are compared by path.
func fingerprint(ix *Index) string {
	h := sha256.New()
	put := func(name string, v any) {
		fmt.Fprintf(h, "%s:", name)
		if err := binary.Write(h, binary.LittleEndian, v); err != nil {
			panic(fmt.Sprintf("%s: %v", name, err))
		}
	}
	strs := func(name string, ss []string) {
		fmt.Fprintf(h, "%s:%d:", name, len(ss))
		for _, s := range ss {
			fmt.Fprintf(h, "%d:%s", len(s), s)
		}
	}
	paths := make([]string, len(ix.docs))
	for i, d := range ix.docs {
		paths[i] = d.Path
	}
	strs("docs", paths)
	put("months", ix.months)
	put("firstMonth", ix.firstMonth)
	put("monthSpan", int64(ix.monthSpan))
	strs("countryCodes", ix.countryCodes)
	for _, code := range slices.Sorted(maps.Keys(ix.countryIDs)) {
		fmt.Fprintf(h, "%s=%d,", code, ix.countryIDs[code])
	}
	put("countryStarts", ix.countryStarts)
	put("docCountries", ix.docCountries)
	put("organizationStarts", ix.organizationStarts)
	put("docOrganizations", ix.docOrganizations)
	fmt.Fprint(h, ix.dict.terms.blob)
	put("termStarts", ix.dict.terms.starts)
	put("stemStarts", ix.dict.stemStarts)
	put("stemTerms", ix.dict.stemTerms)
	put("mentionTermBase", ix.mentionTermBase)
	put("mentionTerms", int64(ix.mentionTerms))
	put("actorStarts", ix.actorStarts)
	put("targetStarts", ix.targetStarts)
	put("docActors", ix.docActors)
	put("docTargets", ix.docTargets)
	strs("roleCodes", ix.roleCodes)
	put("isGroup", ix.isGroup)
	put("mentionStarts", ix.mentionStarts)
	put("mentions", ix.mentions)
	put("postStarts", ix.postStarts)
	put("postDocs", ix.postDocs)
	put("postImpacts", ix.postImpacts)
	put("forwardStarts", ix.forwardStarts)
	put("forward", ix.forward)
	put("joinedStarts", ix.joinedStarts)
	put("joinedTerms", ix.joinedTerms)
	put("joinedFields", ix.joinedFields)
	put("lengthNorm", ix.lengthNorm)
	strs("foldedTitles", ix.foldedTitles)
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestBuildIsTheSameOnAnyNumberOfProcessors(t *testing.T) {
	docs, err := gen.Documents(5000, 5)
	if err != nil {
		t.Fatal(err)
	}
	seed, err := corpus.LoadSeed()
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, seed.Docs()...)
	opts := geoOptions(docs)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	fingerprints := func() (withCountries, plain string) {
		ix, err := Build(context.Background(), docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		plainIx, err := Build(context.Background(), docs[:2345], Options{})
		if err != nil {
			t.Fatal(err)
		}
		return fingerprint(ix), fingerprint(plainIx)
	}
	runtime.GOMAXPROCS(1)
	want, wantPlain := fingerprints()
	for _, procs := range []int{2, 3, 8, 64} {
		runtime.GOMAXPROCS(procs)
		if runs := len(splitRuns(len(docs))); runs != min(procs, maxRuns, len(docs)/minRun) {
			t.Fatalf("GOMAXPROCS %d: %d runs", procs, runs)
		}
		if got, gotPlain := fingerprints(); got != want || gotPlain != wantPlain {
			t.Errorf("GOMAXPROCS %d: the index differs from one goroutine's", procs)
		}
	}
}

func TestSplitRuns(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(4)
	for _, n := range []int{0, 1, 999, 1000, 2500, 4001, 100000} {
		runs := splitRuns(n)
		next := 0
		for _, r := range runs {
			if r.from != next || (r.to <= r.from && n > 0) {
				t.Fatalf("n %d: runs %v", n, runs)
			}
			next = r.to
		}
		if next != n || len(runs) != max(1, min(4, n/minRun)) {
			t.Errorf("n %d: runs %v", n, runs)
		}
	}
}

func TestBuildProgressAndCancelWhileReading(t *testing.T) {
	docs, err := gen.Documents(4000, 6)
	if err != nil {
		t.Fatal(err)
	}
	// Unsynchronised on purpose: the race detector objects if Progress or
	// the country callbacks are called from two goroutines.
	var reports []int
	var order []string
	opts := Options{
		Progress:  func(done, total int) { reports = append(reports, done) },
		Countries: func(d *corpus.Document) []string { order = append(order, d.ID); return nil },
	}
	ix, err := Build(context.Background(), docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 1000, 2000, 3000, 4000}; !slices.Equal(reports, want) {
		t.Errorf("progress %v, want %v", reports, want)
	}
	for i, d := range ix.Docs() {
		if order[i] != d.ID {
			t.Fatalf("Countries was called out of document order at %d", i)
		}
	}

	for _, at := range []int{0, 1000, 3000} {
		ctx, cancel := context.WithCancel(context.Background())
		opts := Options{Progress: func(done, total int) {
			if done == at {
				cancel()
			}
		}}
		if _, err := Build(ctx, docs, opts); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled at %d: err %v", at, err)
		}
		cancel()
	}
	// Cancelled from another goroutine at any moment: an index or the
	// context's error, nothing else.
	for i := range 10 {
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			time.Sleep(time.Duration(i) * 5 * time.Millisecond)
			cancel()
		}()
		ix, err := Build(ctx, docs, Options{})
		if err == nil && ix.Len() != len(docs) || err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("run %d: err %v", i, err)
		}
		cancel()
	}
}
