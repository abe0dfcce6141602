package library_test

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
	"dossier/corpus/library"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

// The search's role filters and facets say what Roles says, article by
// article, whatever the extractor finds: in the seed and in a generated
// corpus.
func TestSearchRolesAgreeWithRoles(t *testing.T) {
	for name, l := range map[string]*library.Library{"seed": openSeed(t), "generated": openGenerated(t)} {
		docs := l.Corpus().Docs()
		totals := l.RoleTotals()
		if len(totals) == 0 {
			t.Fatalf("%s: no article has an actor or a target", name)
		}
		var articles []*roles.Article
		for _, d := range docs {
			articles = append(articles, l.Roles(d.ID))
		}
		if !slices.Equal(totals, roles.Totals(articles)) {
			t.Errorf("%s: RoleTotals %v, want roles.Totals", name, totals)
		}
		all := l.Search(search.Query{Limit: len(docs)})
		wantActors, wantTargets, wantArcs := map[string]int{}, map[string]int{}, map[search.Arc]int{}
		for _, tot := range totals {
			if tot.Actor > 0 {
				wantActors[tot.Code] = tot.Actor
			}
			if tot.Target > 0 {
				wantTargets[tot.Code] = tot.Target
			}
		}
		// Actors and targets are sets: every pair of one article counts
		// once for it.
		for _, a := range articles {
			for _, actor := range a.Actors {
				for _, target := range a.Targets {
					wantArcs[search.Arc{Actor: actor.Code, Target: target.Code}]++
				}
			}
		}
		if !maps.Equal(all.Facets.Actors, wantActors) || !maps.Equal(all.Facets.Targets, wantTargets) {
			t.Errorf("%s: facets actors %v targets %v, want %v and %v", name, all.Facets.Actors, all.Facets.Targets, wantActors, wantTargets)
		}
		if !maps.Equal(all.Facets.Arcs, wantArcs) {
			t.Errorf("%s: arcs %v, want %v", name, all.Facets.Arcs, wantArcs)
		}
		for _, tot := range totals {
			for _, role := range []roles.Role{roles.Actor, roles.Target} {
				q := search.Query{Limit: len(docs)}
				want := tot.Actor
				if role == roles.Actor {
					q.Actors = []string{tot.Code}
				} else {
					q.Targets = []string{tot.Code}
					want = tot.Target
				}
				res := l.Search(q)
				if res.Total != want {
					t.Errorf("%s: %s %s: %d articles, want %d", name, role, tot.Code, res.Total, want)
				}
				for _, h := range res.Hits {
					if !l.Roles(h.Doc.ID).Has(role, tot.Code) {
						t.Errorf("%s: %s %s finds %s, which lacks it", name, role, tot.Code, h.Doc.ID)
					}
				}
			}
		}
	}
}

// Query.IDs and the role filters combine: a reader's bookmarks about one
// actor are the bookmarks that Roles gives that actor.
func TestRolesWithinIDs(t *testing.T) {
	l := openGenerated(t)
	top := l.RoleTotals()[0].Code
	var ids, want []string
	for i, d := range l.Corpus().Docs() {
		if i%3 != 0 {
			continue
		}
		ids = append(ids, d.ID)
		if l.Roles(d.ID).Has(roles.Actor, top) {
			want = append(want, d.ID)
		}
	}
	if len(want) == 0 {
		t.Fatalf("no bookmark has actor %s", top)
	}
	res := l.Search(search.Query{IDs: ids, Actors: []string{top}, Limit: len(ids)})
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.Doc.ID)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) || res.Total != len(want) {
		t.Errorf("actor %s among %d bookmarks: %d hits, want %d", top, len(ids), res.Total, len(want))
	}
}

func TestRolesOfUnknownID(t *testing.T) {
	if r := openSeed(t).Roles("no-such-article"); r != nil {
		t.Errorf("Roles of an unknown id: %+v", r)
	}
}

var generated3000 = sync.OnceValues(func() (*library.Library, error) {
	docs, err := gen.Documents(3000, 3)
	if err != nil {
		return nil, err
	}
	c, problems := corpus.New(docs)
	if len(problems) > 0 {
		return nil, fmt.Errorf("generated corpus: %v", problems)
	}
	return library.Open(context.Background(), c, library.Options{})
})

// openGenerated opens the 3,000 generated articles of seed 3 once.
func openGenerated(t *testing.T) *library.Library {
	t.Helper()
	l, err := generated3000()
	if err != nil {
		t.Fatal(err)
	}
	return l
}
