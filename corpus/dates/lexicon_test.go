package dates

import (
	"strings"
	"testing"
)

func TestDefaultLexicon(t *testing.T) {
	if Default() == nil {
		t.Fatal("no default tagger")
	}
	lx := Default().lexicon
	for form, k := range map[string]kind{"september": kindMonth, "dinsdag": kindWeekday, "maandagavond": kindWeekday,
		"geleden": kindAgo, "vorig": kindBefore, "voorjaar": kindSeason} {
		if !lx.lookup(form).is(k) {
			t.Errorf("%q is not of kind %d", form, k)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	_, err := parseLexicon("words.tsv", []byte("# ok\nmonth\t13\tdertiendemaand\nsoort\t1\tx\nmonth\t1\tJanuari\nmonth\t1\n"+
		"season\t3\tlente\nweekday\t1\tmaandag\nweekday\t2\tmaandag\n"))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"words.tsv:2: month 13", "words.tsv:3: unknown kind", "words.tsv:4: form \"Januari\"",
		"words.tsv:5: want kind", "words.tsv:6: \"3\" is not a range", "words.tsv:8: \"maandag\" is already"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
