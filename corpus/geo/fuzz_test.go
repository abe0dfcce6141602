package geo

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that any text, valid UTF-8 or not, extracts without
// panicking into mentions that lie in the text, in order, without overlap,
// on rune boundaries, with consistent rune offsets and a known code.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"",
		"De Amerikaanse inlichtingendienst betaalde een Rus in een Berlijnse hotelkamer.",
		"Wit-Rusland, Papoea-Nieuw-Guinea, The Washington Post, V.S., U.S.A., Amerika's",
		"Brussel en de EU. In Brussel reageert België.",
		"het Frans-Duitse verdrag, Frans Timmermans, in het Frans",
		"Zuid‑Afrika’s «Saoedi-Arabië» RUSLAND V.",
		"\xff\xfeRus\xc3land \u00adIsra\u0308el",
		"A.B.C.D. 100.000 1,5 d'Ivoire ’s-Gravenhage",
	} {
		f.Add(seed)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, text string) {
		// The rune boundaries as decoding walks them: an invalid byte is a
		// rune of its own, whatever its bit pattern.
		boundary := map[int]bool{len(text): true}
		for i := 0; i < len(text); {
			boundary[i] = true
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
		end := 0
		for _, m := range g.Extract(text) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %+v out of order or out of range (previous end %d, text length %d)", m, end, len(text))
			}
			end = m.End
			if text[m.Start:m.End] != m.Surface {
				t.Fatalf("surface %q is not text[%d:%d] = %q", m.Surface, m.Start, m.End, text[m.Start:m.End])
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("mention %+v does not start and end on rune boundaries", m)
			}
			if got := utf8.RuneCountInString(text[:m.Start]); got != m.RuneStart {
				t.Fatalf("mention %+v: RuneStart %d, want %d", m, m.RuneStart, got)
			}
			if got := utf8.RuneCountInString(text[:m.End]); got != m.RuneEnd {
				t.Fatalf("mention %+v: RuneEnd %d, want %d", m, m.RuneEnd, got)
			}
			if g.KindOf(m.Code) != m.Kind || m.Kind == 0 {
				t.Fatalf("mention %+v: code and kind disagree", m)
			}
		}
		// Lookup takes any query too.
		for _, code := range g.Lookup(strings.ToValidUTF8(text, "")) {
			if g.KindOf(code) != Country {
				t.Fatalf("Lookup(%q) gave %q, which is no country", text, code)
			}
		}
	})
}

// FuzzBuild checks that the forms table's parser takes any text without
// panicking: it either builds a gazetteer whose lookups give only its
// countries, or fails with an error that names a line.
func FuzzBuild(f *testing.F) {
	for _, seed := range []string{
		"",
		"NL  inhabitant  Nederlander, Nederlanders\nNL  capitalised  Nederlanders\n",
		"BE  query-inhabitant  Belgians\nBE  capitalised  Belgians, Belgen\n",
		"EU  org  EU\nEU  seat  Brussel\nBE  city  Brussel\n-  not  Brusselse spruitjes\n",
		"NL  given  Frans\nNL  query  Holland\n# comment\nNL  dutch  Holland, Nederland",
		"NL name ,\nNL\tadjective\tHollands",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, forms string) {
		g, err := build([]byte("NL\nBE\n"), []byte(forms))
		if err != nil {
			if !strings.Contains(err.Error(), "forms.tsv:") {
				t.Fatalf("error %q names no line", err)
			}
			return
		}
		for _, line := range strings.Split(forms, "\n") {
			for _, code := range g.Lookup(strings.ToValidUTF8(line, "")) {
				if g.KindOf(code) != Country {
					t.Fatalf("Lookup(%q) gave %q, which is no country", line, code)
				}
			}
		}
	})
}
