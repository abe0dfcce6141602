package library

import (
	"dossier/corpus"
	"dossier/corpus/geo"
	"dossier/corpus/roles"
	"dossier/corpus/search"
)

// keepRoles keeps the actors, targets and groups of every article
// (articles[i] are docs[i]'s) and counts them.
func (l *Library) keepRoles(found *analysed, docs []*corpus.Document, articles []roles.Article) {
	list := make([]*roles.Article, len(docs))
	l.groupArticles = map[string]int{}
	for i, d := range docs {
		list[i] = &articles[i]
		found.roles[d.ID] = &articles[i]
		for _, g := range articles[i].Groups {
			l.groupArticles[g.Name]++
		}
	}
	l.roleTotals = roles.Totals(list)
}

// Roles is who spied on whom in article id, as far as the rules of package
// roles tell: its actors and targets with their evidence, the threat-actor
// groups it names, and the words that name them; nil for an id the library
// does not have.
func (l *Library) Roles(id string) *roles.Article { return l.found.Roles(id) }

// GroupArticles counts, per threat-actor group (by its name in the
// thesaurus), the articles that name it. Do not modify it.
func (l *Library) GroupArticles() map[string]int { return l.groupArticles }

// RoleTotals counts, per country or organisation, the articles that make it
// an actor and those that make it a target, most articles in either role
// first, then by code.
func (l *Library) RoleTotals() []roles.Total { return l.roleTotals }

// actorCodes gives the search index the actors of an article, organisations
// included, for the role filters, facets and arcs.
func (l *Library) actorCodes(d *corpus.Document) []string {
	return l.found.Roles(d.ID).Codes(roles.Actor)
}

// targetCodes gives the search index the targets of an article.
func (l *Library) targetCodes(d *corpus.Document) []string {
	return l.found.Roles(d.ID).Codes(roles.Target)
}

// groupMentions gives the search index the places where an article names a
// threat-actor group, by any of its names.
func (l *Library) groupMentions(d *corpus.Document) []search.GroupMention {
	return GroupMentions(l.found.Roles(d.ID))
}

// GroupMentions converts the group marks of an article's roles to the
// mentions the search index takes (search.Options.GroupMentions), with rune
// offsets, in the order of the text. It returns nil for nil roles.
func GroupMentions(a *roles.Article) []search.GroupMention {
	if a == nil {
		return nil
	}
	var out []search.GroupMention
	for _, m := range a.Marks {
		if m.Kind == roles.MarkGroup {
			out = append(out, search.GroupMention{Group: m.Group, Paragraph: m.Paragraph, Start: m.RuneStart, End: m.RuneEnd})
		}
	}
	return out
}

// groupNames gives the search index the group that a query's words name,
// by any of its names, as the thesaurus names it: the name the roles give
// their group marks.
func groupNames(words string) []string {
	if g, ok := geo.DefaultThreatActors().Lookup(words); ok {
		return []string{g.Name}
	}
	return nil
}
