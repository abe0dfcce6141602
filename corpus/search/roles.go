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
	targets := ix.targetsOf(d)
	if len(targets) == 0 {
		return
	}
	roles := len(ix.roleCodes)
	for _, a := range ix.actorsOf(d) {
		row := int(a) * roles
		for _, t := range targets {
			c.arcs[row+int(t)] += add
		}
	}
}

// countAll counts document d, which passes every filter, in every facet,
// by adding add (-1 takes it out again).
func (ix *Index) countAll(c *counts, d uint32, add int32) {
	c.months[ix.months[d]-ix.firstMonth] += add
	for _, k := range ix.countriesOf(d) {
		c.countries[k] += add
	}
	ix.countActors(c, d, add)
	ix.countTargets(c, d, add)
	ix.countArcs(c, d, add)
}

// roleFacets turns the role counts into the maps of a Result.
func (ix *Index) roleFacets(c *counts, f *Facets) {
	f.Actors, f.Targets, f.Arcs = map[string]int{}, map[string]int{}, map[Arc]int{}
	for r, n := range c.actors {
		if n > 0 {
			f.Actors[ix.roleCodes[r]] = int(n)
		}
	}
	for r, n := range c.targets {
		if n > 0 {
			f.Targets[ix.roleCodes[r]] = int(n)
		}
	}
	roles := len(ix.roleCodes)
	for k, n := range c.arcs {
		if n > 0 {
			f.Arcs[Arc{Actor: ix.roleCodes[k/roles], Target: ix.roleCodes[k%roles]}] = int(n)
		}
	}
}
