package search

import (
	"cmp"
	"slices"

	"dossier/corpus"
)

// GroupMention is a place where a document names a threat-actor group, by
// any of its names.
type GroupMention struct {
	// Group is the group's name, as Options.GroupNames gives it ("APT28"),
	// whichever of its names the text uses.
	Group string
	// Paragraph is the number of the paragraph in Document.Paragraphs, or -1
	// for the title.
	Paragraph int
	// Start and End are rune offsets [Start, End) in the paragraph's text
	// or the title.
	Start, End int
}

// A group's mentions are indexed, searched and marked as a country's are,
// numbered with the countries under a key that no country code can be, so
// that one posting list per country or group, one list of mentions per
// document and one marking of them serve both; only the evidence differs
// (tierGroup, mentionTier).

// groupKey is the key under which group name is numbered with the
// countries: codes have no spaces.
func groupKey(name string) string { return "group " + name }

// readGroupMentions adds the group mentions of document d to their groups'
// postings, as readMentions adds countries', and orders the document's
// mentions by place, countries' and groups' together, so that they are
// read in text order.
func (ix *Index) readGroupMentions(postings []postingBuilder, d uint32, doc *corpus.Document, mentions []GroupMention) []postingBuilder {
	if len(mentions) == 0 {
		return postings
	}
	for _, m := range mentions {
		if m.Group != "" {
			postings = ix.readMention(postings, d, doc, groupKey(m.Group), true, m.Paragraph, m.Start, m.End)
		}
	}
	slices.SortStableFunc(ix.mentions[ix.mentionStarts[d]:], func(a, b mention) int {
		return cmp.Or(cmp.Compare(a.field, b.field), cmp.Compare(a.start, b.start))
	})
	return postings
}

// mentionTier is the evidence of a mention of country (or group) number c.
func (ix *Index) mentionTier(c uint16) tier {
	if int(c) < len(ix.isGroup) && ix.isGroup[c] {
		return tierGroup
	}
	return tierCountry
}
