package geo

import (
	"slices"
	"strings"
	"testing"

	"dossier/corpus/text"
)

func TestSpellingsOf(t *testing.T) {
	s := DefaultSpellings()
	for _, c := range []struct {
		word string
		want []string // must be among the spellings
		not  []string // must not be
	}{
		{"Zelensky", []string{"Zelenski"}, []string{"Zelensky"}},
		{"zelenskyy", []string{"Zelenski", "Zelensky"}, nil},
		{"Kyiv", []string{"Kiev", "Kyjiv"}, []string{"Kyiv"}},
		{"Kiev", []string{"Kyiv"}, nil},
		{"Kiëv", []string{"Kyiv"}, nil}, // diacritics aside
		{"Putin", []string{"Poetin"}, nil},
		{"PUTIN", []string{"Poetin"}, nil},
		{"Poetin", []string{"Putin"}, nil},
		{"Kharkiv", []string{"Charkiv", "Charkov"}, nil},
		{"Beijing", []string{"Peking"}, nil},
		{"Moscow", []string{"Moskou"}, nil},
		{"Lukashenko", []string{"Loekasjenko"}, nil},
		{"Navalny", []string{"Navalnyj"}, nil},
		{"Tehran", []string{"Teheran"}, nil},
		{"Crimea", []string{"Krim"}, nil},
		{"Brussels", []string{"Brussel"}, nil},
	} {
		got := s.Of(c.word)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("Of(%q) = %q, want %q among them", c.word, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("Of(%q) = %q, want no %q", c.word, got, w)
			}
		}
	}
	for _, word := range []string{"Xi", "spionage", "", "Erdogan", "Kiev Kyiv"} {
		if got := s.Of(word); got != nil {
			t.Errorf("Of(%q) = %q, want none", word, got)
		}
	}
}

func TestParseSpellingsRejectsBadData(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"one spelling", "Kiev\n", "spellings.tsv:1: a name needs two spellings"},
		{"empty spelling", "Kiev, , Kyiv\n", `spellings.tsv:1: "" is empty`},
		{"two words", "Den Haag, The Hague\n", `spellings.tsv:1: "Den Haag" is not one word`},
		{"hyphen", "Sint-Petersburg, Saint Petersburg\n", `"Sint-Petersburg" is not one word`},
		{"lower case", "Kiev, kyiv\n", `spellings.tsv:1: "kyiv" must start with a capital`},
		{"diacritics only", "Erdogan, Erdoğan\n", `spellings.tsv:1: "Erdoğan" is another spelling of the line only in case or diacritics`},
		{"on two lines", "# Kiev\nKiev, Kyiv\nKyjiv, KIEV\n", `spellings.tsv:3: "KIEV" is a spelling on line 2 already`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseSpellings([]byte(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestParseSpellingsSmallTable(t *testing.T) {
	s, err := parseSpellings([]byte("# comment\n\nKiev, Kyiv, Kyjiv   # source\r\nPoetin,Putin"))
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string][]string{
		"Kiev": {"Kyiv", "Kyjiv"}, "kyjiv": {"Kiev", "Kyiv"}, "Putin": {"Poetin"}, "source": nil, "comment": nil,
	} {
		if got := s.Of(word); !slices.Equal(got, want) {
			t.Errorf("Of(%q) = %q, want %q", word, got, want)
		}
	}
}

// FuzzSpellings checks that the spellings parser takes any text without
// panicking, and that what it accepts is symmetric: each spelling's others
// list the spelling back, and none lists itself.
func FuzzSpellings(f *testing.F) {
	f.Add(string(spellingsData))
	for _, seed := range []string{"", "Kiev, Kyiv\n", "Kiev,,\n#\nA, B # c\n", "Ärger, Œuvre, ǅemal", "Kiev, KIEV", "\xffKiev, Kyiv"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data string) {
		s, err := parseSpellings([]byte(data))
		if err != nil {
			return
		}
		for k, others := range s.others {
			for _, o := range others {
				if !slices.ContainsFunc(s.Of(o), func(back string) bool { return text.Fold(back) == k }) {
					t.Fatalf("%q lists %q, which does not list it back", k, o)
				}
				if text.Fold(o) == k {
					t.Fatalf("%q lists itself", k)
				}
			}
		}
	})
}
