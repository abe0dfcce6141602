package search

import (
	"testing"
	"time"

	"dossier/corpus"
)

// FuzzLoad proves that no damage to a saved index makes a loaded index
// panic: the seed corpus's index, with every option, is saved, and each
// input is a script of damage to its sections (bytes set, sections cut,
// swapped or dropped). Load must refuse the result with an error, or give
// an index that answers every kind of query, highlights, quick opens and
// event counts without a panic and in bounded time.
func FuzzLoad(f *testing.F) {
	ix := mustIndex(f, fullSeedIndex)
	valid := saveSections(f, ix)
	for _, s := range sections() {
		if len(valid[s.name]) == 0 {
			f.Fatalf("section %s of the seeds' index is empty: damage to it would go untried", s.name)
		}
	}
	f.Add([]byte{})
	for i := range sections() {
		// For each section: a byte set to 0xff, a byte cleared, the
		// section cut, swapped with the next, a number set to 0xffffffff.
		f.Add([]byte{opSet, byte(i), 0, 9, 0xff})
		f.Add([]byte{opSet, byte(i), 0, 3, 0})
		f.Add([]byte{opCut, byte(i), 0, 4, 0})
		f.Add([]byte{opSwap, byte(i), 0, 0, byte(i + 1)})
		f.Add([]byte{opFill, byte(i), 0, 8, 0xff})
	}
	f.Add([]byte{opDrop, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, script []byte) {
		damaged := damage(valid, script)
		start := time.Now()
		loaded, err := loadSections(ix, damaged, ix.optionsForQueries())
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("loading took %v", d)
		}
		if err != nil {
			return
		}
		start = time.Now()
		askEverything(loaded)
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("the queries took %v", d)
		}
	})
}

// The kinds of damage of a FuzzLoad script, each five bytes: the kind, the
// section (by its number in sections), two bytes of an offset into it, and
// a value.
const (
	opSet  = iota // set the byte at the offset to the value
	opFill        // set the 4 bytes at the offset to the value
	opCut         // cut the section at the offset
	opSwap        // swap the section with the one the value numbers
	opDrop        // leave the section out
	opKinds
)

// damage applies script to copies of sections.
func damage(valid map[string][]byte, script []byte) map[string][]byte {
	out := make(map[string][]byte, len(valid))
	for name, data := range valid {
		out[name] = aligned(data)
	}
	for ; len(script) >= 5; script = script[5:] {
		name := sections()[int(script[1])%len(sections())].name
		data := out[name]
		at := int(script[2])<<8 | int(script[3])
		value := script[4]
		switch script[0] % opKinds {
		case opSet:
			if len(data) > 0 {
				data[at%len(data)] = value
			}
		case opFill:
			if len(data) >= 4 {
				at = at % (len(data) / 4) * 4
				data[at], data[at+1], data[at+2], data[at+3] = value, value, value, value
			}
		case opCut:
			out[name] = data[:at%(len(data)+1)]
		case opSwap:
			other := sections()[int(value)%len(sections())].name
			out[name], out[other] = out[other], data
		case opDrop:
			delete(out, name)
		}
	}
	return out
}

// optionsForQueries gives Load the query-time options the index was built
// with.
func (ix *Index) optionsForQueries() Options {
	return Options{CountryNames: ix.countryNames, GroupNames: ix.groupNames, Spellings: ix.spellings}
}

// askEverything puts every kind of question to ix: words, prefixes, typos,
// compounds, phrases, groups, exclusions, years, country and group names,
// with every filter; highlights of every article; quick opens; event
// counts.
func askEverything(ix *Index) {
	from, to := corpus.Month{Year: 2018, Month: 1}, corpus.Month{Year: 2021, Month: 12}
	queries := []Query{
		{Text: "pegasis"}, {Text: "spionage "}, {Text: "kernk"}, {Text: `"europese diplomaten"`},
		{Text: "Frankrijk"}, {Text: "Macron OR Pegasus"}, {Text: "hackers -China"}, {Text: "2018 CIA"},
		{Text: "APT28 fancy bear"}, {Text: "de het een"}, {Text: "zwaardvis diplomaten", Offset: 1},
		{Text: "", Countries: []string{"FR", "MA"}, AllCountries: true},
		{Text: "spionage", Countries: []string{"US"}, Actors: []string{"RU"}, Targets: []string{"US"}},
		{Text: "hackers", From: from, To: to, By: ByEvent},
		{Text: "Marokko", From: from, By: ByEither},
		{Text: "Rusland", IDs: []string{ix.docs[0].ID}},
	}
	for _, q := range queries {
		res := ix.Search(q)
		for _, h := range res.Hits {
			ix.Highlight(q, h.Doc)
		}
		ix.EventDays(q, corpus.Month{}, corpus.Month{})
		ix.EventDocs(q, from, to, 5)
	}
	for _, d := range ix.docs {
		ix.Highlight(Query{Text: "diplomaten Frankrijk spionage APT28"}, d)
	}
	ix.QuickOpen("mcrn", 5)
	ix.QuickOpen("", 2)
	for d := range ix.docs {
		ix.FoldedTitle(d)
	}
}
