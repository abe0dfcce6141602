package geo

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"dossier/corpus/text"
)

//go:embed data/spellings.tsv
var spellingsData []byte

// Spellings knows the other spellings of names in the news: exonyms ("Kiev"
// for "Kyiv", "Peking" for "Beijing") and transliterations ("Poetin" for
// "Putin", "Zelenski" for "Zelensky"), kept as data in data/spellings.tsv.
// It is read-only once built and safe for concurrent use.
type Spellings struct {
	// others holds, by folded spelling, the other spellings of its name,
	// as the data writes them.
	others map[string][]string
}

// DefaultSpellings returns the spellings of the embedded data, read once.
var DefaultSpellings = sync.OnceValue(func() *Spellings {
	s, err := parseSpellings(spellingsData)
	if err != nil {
		// The data is compiled in and checked by the package's tests.
		panic("geo: embedded spellings data: " + err.Error())
	}
	return s
})

// Of returns the other spellings of word, as the data writes them ("Poetin"
// for "Putin", "putin" or "PUTIN"), or nil when the data has no other. Case
// and diacritics do not matter.
func (s *Spellings) Of(word string) []string {
	return s.others[text.Fold(strings.TrimSpace(word))]
}

// parseSpellings reads the spellings table: one name a line, its spellings
// separated by commas; "#" starts a comment.
func parseSpellings(data []byte) (*Spellings, error) {
	s := &Spellings{others: map[string][]string{}}
	lineOf := map[string]int{}
	var errs []error
	for n, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if strings.TrimSpace(line) == "" {
			continue
		}
		origin := fmt.Sprintf("spellings.tsv:%d", n+1)
		var forms, keys []string
		for _, f := range strings.Split(line, ",") {
			f = strings.TrimSpace(f)
			if problem := spellingProblem(f); problem != "" {
				errs = append(errs, fmt.Errorf("%s: %q %s", origin, f, problem))
				continue
			}
			k := text.Fold(f)
			if other, dup := lineOf[k]; dup {
				if other == n+1 {
					errs = append(errs, fmt.Errorf("%s: %q is another spelling of the line only in case or diacritics, which need no line", origin, f))
				} else {
					errs = append(errs, fmt.Errorf("%s: %q is a spelling on line %d already", origin, f, other))
				}
				continue
			}
			lineOf[k] = n + 1
			forms, keys = append(forms, f), append(keys, k)
		}
		if len(forms) < 2 {
			errs = append(errs, fmt.Errorf("%s: a name needs two spellings or more, separated by commas", origin))
			continue
		}
		for i, k := range keys {
			for j, f := range forms {
				if j != i {
					s.others[k] = append(s.others[k], f)
				}
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// spellingProblem says what keeps f from being a spelling, or "" when
// nothing does: a spelling is one word of letters that starts with a
// capital, as a name does.
func spellingProblem(f string) string {
	if f == "" {
		return "is empty"
	}
	for i, r := range f {
		if !unicode.IsLetter(r) {
			return "is not one word of letters"
		}
		if i == 0 && !unicode.IsUpper(r) {
			return "must start with a capital"
		}
	}
	return ""
}
