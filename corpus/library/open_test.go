package library_test

// Tests of Open's parallel work: the same library however many goroutines
// find the places, progress on the opening goroutine, and cancellation in
// either stage. Run them with -race.

import (
	"context"
	"errors"
	"reflect"
	"runtime"
	"testing"
	"time"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/library"
	"dossier/corpus/search"
)

func generated(t *testing.T, n int) *corpus.Corpus {
	t.Helper()
	docs, err := gen.Documents(n, 3)
	if err != nil {
		t.Fatal(err)
	}
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return c
}

func TestOpenIsTheSameOnAnyNumberOfProcessors(t *testing.T) {
	c := generated(t, 3000)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want, err := library.Open(context.Background(), c, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, procs := range []int{2, 5} {
		runtime.GOMAXPROCS(procs)
		got, err := library.Open(context.Background(), c, library.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Countries(), want.Countries()) || !reflect.DeepEqual(got.Organizations(), want.Organizations()) {
			t.Errorf("GOMAXPROCS %d: the totals differ", procs)
		}
		for _, d := range c.Docs() {
			if !reflect.DeepEqual(got.Places(d.ID), want.Places(d.ID)) {
				t.Fatalf("GOMAXPROCS %d: the places of %s differ", procs, d.ID)
			}
			if !reflect.DeepEqual(got.Roles(d.ID), want.Roles(d.ID)) {
				t.Fatalf("GOMAXPROCS %d: the roles of %s differ", procs, d.ID)
			}
			if !reflect.DeepEqual(got.Events(d.ID), want.Events(d.ID)) {
				t.Fatalf("GOMAXPROCS %d: the dates of %s differ", procs, d.ID)
			}
		}
		if !reflect.DeepEqual(got.RoleTotals(), want.RoleTotals()) {
			t.Errorf("GOMAXPROCS %d: the role totals differ", procs)
		}
		for _, q := range []string{"Frankrijk", "spionage", "VS sancties"} {
			a, b := got.Search(search.Query{Text: q, Limit: 50}), want.Search(search.Query{Text: q, Limit: 50})
			if a.Total != b.Total || !reflect.DeepEqual(ids(a), ids(b)) {
				t.Errorf("GOMAXPROCS %d: %q finds other articles", procs, q)
			}
		}
	}
}

func TestOpenProgressAndCancel(t *testing.T) {
	c := generated(t, 2500)
	type report struct {
		stage       library.Stage
		done, total int
	}
	// Unsynchronised on purpose: the race detector objects if Progress is
	// called from two goroutines.
	var reports []report
	if _, err := library.Open(context.Background(), c, library.Options{Progress: func(stage library.Stage, done, total int) {
		reports = append(reports, report{stage, done, total})
	}}); err != nil {
		t.Fatal(err)
	}
	want := []report{
		{library.StagePlaces, 0, 2500}, {library.StagePlaces, 1000, 2500}, {library.StagePlaces, 2000, 2500},
		{library.StageIndex, 0, 2500}, {library.StageIndex, 1000, 2500}, {library.StageIndex, 2000, 2500},
		{library.StageIndex, 2500, 2500},
	}
	if !reflect.DeepEqual(reports, want) {
		t.Errorf("progress %v\nwant %v", reports, want)
	}

	for _, at := range []report{{library.StagePlaces, 0, 0}, {library.StagePlaces, 1000, 0},
		{library.StageIndex, 0, 0}, {library.StageIndex, 2000, 0}} {
		ctx, cancel := context.WithCancel(context.Background())
		l, err := library.Open(ctx, c, library.Options{Progress: func(stage library.Stage, done, total int) {
			if stage == at.stage && done == at.done {
				cancel()
			}
		}})
		if !errors.Is(err, context.Canceled) || l != nil {
			t.Errorf("cancelled at %s %d: err %v", at.stage, at.done, err)
		}
		cancel()
	}
	// Cancelled from another goroutine at any moment.
	for i := range 8 {
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			time.Sleep(time.Duration(i) * 20 * time.Millisecond)
			cancel()
		}()
		l, err := library.Open(ctx, c, library.Options{})
		if err == nil && l.Corpus().Len() != c.Len() || err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("run %d: err %v", i, err)
		}
		cancel()
	}
}
