package roles

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dossier/internal/measure"
)

// FuzzRoles reads any text as an article paragraph: it must not panic, and
// every mark and piece of evidence must point into the text, in bytes and
// in runes alike, with codes the gazetteer knows.
func FuzzRoles(f *testing.F) {
	for _, s := range []string{
		"Chinese hackers zijn jarenlang binnengedrongen in de netwerken van het Nederlandse chipbedrijf NXP.",
		"Niet Rusland, maar China zat volgens de onderzoekers achter de inbraak. Ook de EU werd gehackt.",
		"Het bericht dat de NSA had afgetapt, bleek niet te kloppen: het ging om gesprekken die Nederlandse diensten hadden onderschept.",
		"APT28, ook bekend als Fancy Bear, viel de Bundestag aan; Moskou ontkent.",
		"In Amsterdam en Rotterdam zouden Chinese 'politieposten' actief zijn?",
		"\u00a0\u200b,,;;:: - — ' \" “ ”",
	} {
		f.Add(s)
	}
	x := Default()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := x.Text(text)
		check := func(what string, s Span) {
			if err := measure.CheckSpan(text, s.Start, s.End, s.RuneStart, s.RuneEnd); err != nil {
				t.Fatalf("%s %+v: %v", what, s, err)
			}
		}
		for _, m := range a.Marks {
			check("mark", m.Span)
		}
		for _, list := range [][]Party{a.Actors, a.Targets} {
			for _, p := range list {
				if x.gazetteer.KindOf(p.Code) == 0 {
					t.Fatalf("unknown code %q", p.Code)
				}
				for _, e := range p.Evidence {
					if e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Sentence {
						t.Fatalf("evidence %q is not text[%d:%d]", e.Sentence, e.Start, e.End)
					}
					for _, w := range e.Words {
						check("evidence word", w)
					}
				}
			}
		}
	})
}

// FuzzCues reads any cue data: it must not panic, and a problem names its
// line.
func FuzzCues(f *testing.F) {
	f.Add(string(cuesData))
	f.Add("operation\thack* *aanval\n# comment\ndoer\t*hackers")
	f.Add("nosuchlist\tword")
	f.Add("operation\tha*ck")
	f.Fuzz(func(t *testing.T, data string) {
		if _, err := parseCues([]byte(data)); err != nil && !strings.HasPrefix(err.Error(), "cues.tsv:") {
			t.Fatalf("error %q does not name its line", err)
		}
	})
}
