package search

import (
	"iter"
	"math"
	"slices"

	"dossier/corpus"
)

// filter is a query's filters resolved against the index: the month range
// (of publication, events or either),
// the countries (and organisations), the actors, the targets and the
// article ids. A document passes when it passes them all.
type filter struct {
	from, to int32 // month indexes, inclusive
	by       DateBy
	// anyCountry is set when the query has no country filter. Otherwise
	// wanted holds the countries the index knows, each once; allCountries
	// asks for every one of them (Query.AllCountries), and unknown is set
	// when the query names a country no article is about, which then no
	// document has all of.
	anyCountry, allCountries, unknown bool
	wanted                            []uint16
	// only holds the document numbers of Query.IDs, in increasing order,
	// each once, when restrict is set; ids the index lacks are dropped.
	restrict bool
	only     []uint32
	// actors and targets are Query.Actors and Query.Targets.
	actors, targets roleFilter
}

// newFilter resolves q's filters: each id and each country is looked up
// once per query, never per document.
func (ix *Index) newFilter(q Query) filter {
	f := filter{from: math.MinInt32, to: math.MaxInt32, by: q.By, anyCountry: len(q.Countries) == 0, allCountries: q.AllCountries,
		actors: ix.newRoleFilter(q.Actors), targets: ix.newRoleFilter(q.Targets)}
	if q.From != (corpus.Month{}) {
		f.from = int32(q.From.Index())
	}
	if q.To != (corpus.Month{}) {
		f.to = int32(q.To.Index())
	}
	for _, code := range q.Countries {
		id, ok := ix.countryIDs[code]
		switch {
		case !ok:
			f.unknown = true
		case !slices.Contains(f.wanted, id):
			f.wanted = append(f.wanted, id)
		}
	}
	if q.IDs != nil {
		f.restrict = true
		f.only = make([]uint32, 0, len(q.IDs))
		for _, id := range q.IDs {
			if d, ok := ix.docIDs[id]; ok {
				f.only = append(f.only, d)
			}
		}
		slices.Sort(f.only)
		f.only = slices.Compact(f.only)
	}
	return f
}

func (f filter) months(m int32) bool { return f.from <= m && m <= f.to }

// countries reports whether document d is about the wanted countries and
// organisations: any of them, or all of them with allCountries.
func (f filter) countries(ix *Index, d uint32) bool {
	if f.anyCountry {
		return true
	}
	countries, organizations := ix.countriesOf(d), ix.organizationsOf(d)
	if f.allCountries {
		if f.unknown {
			return false
		}
		for _, c := range f.wanted {
			if !slices.Contains(countries, c) && !slices.Contains(organizations, c) {
				return false
			}
		}
		return true
	}
	for _, has := range [][]uint16{countries, organizations} {
		for _, c := range has {
			if slices.Contains(f.wanted, c) {
				return true
			}
		}
	}
	return false
}

// has reports whether document d is among Query.IDs, or whether there is
// no such filter.
func (f filter) has(d uint32) bool {
	if !f.restrict {
		return true
	}
	_, found := slices.BinarySearch(f.only, d)
	return found
}

// docs yields the numbers of the documents that may pass, in increasing
// order (newest first): those of Query.IDs, or else all n.
func (f filter) docs(n int) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		if f.restrict {
			for _, d := range f.only {
				if !yield(d) {
					return
				}
			}
			return
		}
		for d := range uint32(n) {
			if !yield(d) {
				return
			}
		}
	}
}

// organizationsOf returns the organisations document d is about, numbered
// with the countries.
func (ix *Index) organizationsOf(d uint32) []uint16 {
	return ix.docOrganizations[ix.organizationStarts[d]:ix.organizationStarts[d+1]]
}
