package search

import (
	"fmt"
	"slices"
)

// Arc is an actor and a target that one article names together: who spied
// on whom.
type Arc struct{ Actor, Target string }

// A document's roles are the codes of the countries and organisations it
// names as actor (who did it) and as target (to whom), from Options.Actors
// and Options.Targets. They are numbered apart from the countries, in one
// numbering for both roles, so that the arcs between them are counted in a
// small square array of roles×roles instead of a map.

// roleFilter is one role's filter (Query.Actors or Query.Targets) resolved
// against the index: a document passes when it has any of wanted in that
// role. anyRole is set when the query has no such filter; a query that
// names only codes no document has in the role leaves wanted empty, and so
// nothing passes.
type roleFilter struct {
	anyRole bool
	wanted  []uint16
}

// newRoleFilter looks up codes once per query.
func (ix *Index) newRoleFilter(codes []string) roleFilter {
	f := roleFilter{anyRole: len(codes) == 0}
	for _, code := range codes {
		if id, ok := ix.roleIDs[code]; ok && !slices.Contains(f.wanted, id) {
			f.wanted = append(f.wanted, id)
		}
	}
	return f
}

// keeps reports whether a document with the role numbers has passes.
func (f roleFilter) keeps(has []uint16) bool {
	if f.anyRole {
		return true
	}
	for _, r := range has {
		if slices.Contains(f.wanted, r) {
			return true
		}
	}
	return false
}

// actorsOf returns the role numbers of document d's actors.
func (ix *Index) actorsOf(d uint32) []uint16 {
	return ix.docActors[ix.actorStarts[d]:ix.actorStarts[d+1]]
}

// targetsOf returns the role numbers of document d's targets.
func (ix *Index) targetsOf(d uint32) []uint16 {
	return ix.docTargets[ix.targetStarts[d]:ix.targetStarts[d+1]]
}

// appendRoles interns codes and appends them to list, each once, the
// document's part of list starting at from: an article is an actor's once,
// however often its source repeats the code.
func (ix *Index) appendRoles(list []uint16, from uint32, codes []string) []uint16 {
	for _, code := range codes {
		if code == "" {
			continue
		}
		r := ix.internRole(code)
		if !slices.Contains(list[from:], r) {
			list = append(list, r)
		}
	}
	return list
}

func (ix *Index) internRole(code string) uint16 {
	id, ok := ix.roleIDs[code]
	if !ok {
		if len(ix.roleCodes) > int(^uint16(0)) {
			panic(fmt.Sprintf("search: more than %d distinct role codes", ^uint16(0)))
		}
		id = uint16(len(ix.roleCodes))
		ix.roleIDs[code] = id
		ix.roleCodes = append(ix.roleCodes, code)
	}
	return id
}

// countActors counts document d in the actor facet, by adding add.
func (ix *Index) countActors(c *counts, d uint32, add int32) {
	for _, r := range ix.actorsOf(d) {
		c.actors[r] += add
	}
}

// countTargets counts document d in the target facet, by adding add.
func (ix *Index) countTargets(c *counts, d uint32, add int32) {
	for _, r := range ix.targetsOf(d) {
		c.targets[r] += add
	}
}

// countArcs counts document d once in each arc from one of its actors to
// one of its targets, by adding add.
func (ix *Index) countArcs(c *counts, d uint32, add int32) {
	countArcs(c, ix.actorsOf(d), ix.targetsOf(d), len(ix.roleCodes), add)
}

func countArcs(c *counts, actors, targets []uint16, roles int, add int32) {
	if len(targets) == 0 {
		return
	}
	for _, a := range actors {
		row := c.arcs[int(a)*roles : int(a+1)*roles]
		for _, t := range targets {
			row[t] += add
		}
	}
}

// countAll counts document d, which passes every filter, in every facet,
// by adding add (-1 takes it out again). It runs for every match of a query
// without filters: each list is read once.
func (ix *Index) countAll(c *counts, d uint32, add int32) {
	c.months[ix.months[d]-ix.firstMonth] += add
	for _, k := range ix.countriesOf(d) {
		c.countries[k] += add
	}
	actors, targets := ix.actorsOf(d), ix.targetsOf(d)
	for _, r := range actors {
		c.actors[r] += add
	}
	for _, r := range targets {
		c.targets[r] += add
	}
	countArcs(c, actors, targets, len(ix.roleCodes), add)
	if c.eventMonths != nil {
		ix.events.countMonths(c.eventMonths, d, add)
	}
}

// roleFacets turns the role counts into the maps of a Result, each made at
// its size: a query makes them anew, and growing them cost more than
// counting.
func (ix *Index) roleFacets(c *counts, f *Facets) {
	f.Actors, f.Targets = countsByCode(c.actors, ix.roleCodes), countsByCode(c.targets, ix.roleCodes)
	f.Arcs = make(map[Arc]int, nonZeros(c.arcs))
	roles := len(ix.roleCodes)
	for k, n := range c.arcs {
		if n > 0 {
			f.Arcs[Arc{Actor: ix.roleCodes[k/roles], Target: ix.roleCodes[k%roles]}] = int(n)
		}
	}
}

// countsByCode maps the codes of the non-zero counts to them.
func countsByCode(counts []int32, codes []string) map[string]int {
	out := make(map[string]int, nonZeros(counts))
	for r, n := range counts {
		if n > 0 {
			out[codes[r]] = int(n)
		}
	}
	return out
}

func nonZeros(counts []int32) int {
	n := 0
	for _, x := range counts {
		if x > 0 {
			n++
		}
	}
	return n
}
