package view

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dossier/corpus"
	"dossier/corpus/search"
)

const macronID = "003_0df74ff2f132de6e" // "Was Macrons mobiel wel veilig?", 2021-07, names MA

func linkMonth(y int, m time.Month) corpus.Month { return corpus.Month{Year: y, Month: m} }

func TestFormatLink(t *testing.T) {
	for _, tc := range []struct {
		link LinkView
		want string
	}{
		{LinkView{}, ""},
		{LinkView{Query: "pegasus", Countries: []string{"MA"}, From: linkMonth(2018, 1), To: linkMonth(2021, 12), Doc: macronID},
			"#q=pegasus&c=MA&from=2018-01&to=2021-12&doc=" + macronID},
		{LinkView{Countries: []string{"CY", "MA"}}, "#c=CY,MA"},
		{LinkView{Countries: []string{"CY", "MA"}, Mode: AllCountries}, "#c=CY,MA&match=all"},
		{LinkView{From: linkMonth(2019, 3)}, "#from=2019-03"},
		{LinkView{To: linkMonth(2019, 3)}, "#to=2019-03"},
		{LinkView{Query: `"geheime dienst" a&b=c+d#e%f`}, "#q=%22geheime%20dienst%22%20a%26b%3Dc%2Bd%23e%25f"},
		{LinkView{Query: "Poetin è"}, "#q=Poetin%20%C3%A8"},
		{LinkView{Query: "macorn "}, "#q=macorn%20"}, // the trailing space says the word is finished
		{LinkView{Actors: []string{"CN"}, Targets: []string{"CY", "EU"}}, "#a=CN&t=CY,EU"},
		{LinkView{Query: "spionage", Countries: []string{"MA"}, Actors: []string{"RU", "US"}, Map: MapActors, Doc: macronID},
			"#q=spionage&c=MA&a=RU,US&map=actors&doc=" + macronID},
		{LinkView{Targets: []string{"NATO"}, Map: MapTargets}, "#t=NATO&map=targets"},
		{LinkView{From: linkMonth(2017, 1), To: linkMonth(2017, 12), By: search.ByEvent}, "#from=2017-01&to=2017-12&by=event"},
		{LinkView{Query: "pegasus", From: linkMonth(2017, 1), By: search.ByEither, Doc: macronID}, "#q=pegasus&from=2017-01&by=either&doc=" + macronID},
		{LinkView{By: search.ByEvent}, "#by=event"}, // the switch's choice, without a range
		{LinkView{From: linkMonth(2017, 1), By: search.ByPublished}, "#from=2017-01"},
	} {
		if got := tc.link.Fragment(); got != tc.want {
			t.Errorf("%+v.Fragment() = %q, want %q", tc.link, got, tc.want)
		}
		back, err := ParseLink(tc.want)
		if err != nil || !sameView(back, tc.link) {
			t.Errorf("ParseLink(%q) = %+v, %v; want %+v", tc.want, back, err, tc.link)
		}
	}
}

func sameView(a, b LinkView) bool {
	for _, pair := range [][2]*[]string{{&a.Countries, &b.Countries}, {&a.Actors, &b.Actors}, {&a.Targets, &b.Targets}} {
		if len(*pair[0]) == 0 && len(*pair[1]) == 0 {
			*pair[0], *pair[1] = nil, nil
		}
	}
	return reflect.DeepEqual(a, b)
}

func TestFormatLinkReadsTheState(t *testing.T) {
	s := NewState()
	if got := FormatLink(s); got != "" {
		t.Errorf("a fresh state links to %q, want nothing", got)
	}
	s.SetQuery("pegasus")
	s.AddCountry("MA")
	s.SetRange(linkMonth(2021, 12), linkMonth(2018, 1))
	s.OpenArticle(macronID)
	if got, want := FormatLink(s), "#q=pegasus&c=MA&from=2018-01&to=2021-12&doc="+macronID; got != want {
		t.Errorf("FormatLink = %q, want %q", got, want)
	}
	s.ClearRange()
	s.ToggleCountry("CY")
	if got, want := FormatLink(s), "#q=pegasus&c=CY,MA&doc="+macronID; got != want {
		t.Errorf("FormatLink = %q, want %q", got, want)
	}
}

// TestParseLinkIsTolerant: a link cut short, edited by hand or from a form
// still shows what it can; the error names what it could not.
func TestParseLinkIsTolerant(t *testing.T) {
	for _, tc := range []struct {
		link    string
		want    LinkView
		badPart string // "" when the link is good
	}{
		{"", LinkView{}, ""},
		{"#", LinkView{}, ""},
		{"q=pegasus", LinkView{Query: "pegasus"}, ""},
		{"http://127.0.0.1:8080/#q=pegasus&c=ma", LinkView{Query: "pegasus", Countries: []string{"MA"}}, ""},
		{"http://127.0.0.1:8080/", LinkView{}, ""},
		{"#q=geheime+dienst", LinkView{Query: "geheime dienst"}, ""},
		{"#c=ma&c=CY,fr,,MA", LinkView{Countries: []string{"CY", "FR", "MA"}}, ""},
		{"#c=NATO", LinkView{Countries: []string{"NATO"}}, ""},
		{"#from=2021-12&to=2018-01", LinkView{From: linkMonth(2018, 1), To: linkMonth(2021, 12)}, ""},
		{"#&&q=a&&", LinkView{Query: "a"}, ""},
		{"#q=a&q=b", LinkView{Query: "b"}, ""},
		{"#q=a%0Ab", LinkView{Query: "a b"}, ""},
		{"#q=pegasus&from=2018-13&to=2021-12", LinkView{Query: "pegasus", To: linkMonth(2021, 12)}, "from=2018-13"},
		{"#q=%zz&c=MA", LinkView{Countries: []string{"MA"}}, "q=%zz"},
		{"#q=%ff", LinkView{}, "q=%ff"},
		{"#c=M4,US", LinkView{Countries: []string{"US"}}, "c=M4,US"},
		{"#c=Marokko", LinkView{}, "c=Marokko"},
		{"#doc=", LinkView{}, "doc="},
		{"#doc=" + strings.Repeat("x", 201), LinkView{}, "doc=xxx"},
		{"#theme=dark&q=x", LinkView{Query: "x"}, "theme=dark"},
		{"#q=pegasus#more", LinkView{Query: "pegasus#more"}, ""},
		{"#a=cn&a=US,cn&t=eu", LinkView{Actors: []string{"CN", "US"}, Targets: []string{"EU"}}, ""},
		{"#a=China&t=CY", LinkView{Targets: []string{"CY"}}, "a=China"},
		{"#t=C1,,NATO", LinkView{Targets: []string{"NATO"}}, "t=C1,,NATO"},
		{"#map=ACTORS", LinkView{Map: MapActors}, ""},
		{"#map=mentions&q=x", LinkView{Query: "x"}, ""},
		{"#map=arcs&q=x", LinkView{Query: "x"}, "map=arcs"},
		{"#map=", LinkView{}, "map="},
		{"#from=2017-01&by=event", LinkView{From: linkMonth(2017, 1), By: search.ByEvent}, ""},
		{"#by=Either&to=2017-12", LinkView{To: linkMonth(2017, 12), By: search.ByEither}, ""},
		{"#by=+event+", LinkView{By: search.ByEvent}, ""},
		{"#by=published&q=x", LinkView{Query: "x"}, ""},
		{"#by=event&by=published", LinkView{}, ""},
		{"#by=events&q=x", LinkView{Query: "x"}, "by=events"},
		{"#by=gebeurd&from=2017-01", LinkView{From: linkMonth(2017, 1)}, "by=gebeurd"},
		{"#by=", LinkView{}, "by="},
		{"#by=%00", LinkView{}, "by=%00"},
	} {
		got, err := ParseLink(tc.link)
		if !sameView(got, tc.want) {
			t.Errorf("ParseLink(%q) = %+v, want %+v", tc.link, got, tc.want)
		}
		switch {
		case tc.badPart == "" && err != nil:
			t.Errorf("ParseLink(%q): unexpected error %v", tc.link, err)
		case tc.badPart != "" && (err == nil || !strings.Contains(err.Error(), tc.badPart)):
			t.Errorf("ParseLink(%q): error %v, want one naming %q", tc.link, err, tc.badPart)
		}
	}
}

func TestParseLinkKeepsQueriesAndCountriesSane(t *testing.T) {
	v, _ := ParseLink("#q=" + strings.Repeat("ab", search.MaxQueryRunes))
	if n := utf8.RuneCountInString(v.Query); n != search.MaxQueryRunes {
		t.Errorf("a huge query was kept at %d runes, want %d", n, search.MaxQueryRunes)
	}
	codes := make([]string, 2*maxLinkCountries)
	for i := range codes {
		codes[i] = fmt.Sprintf("%c%c", 'A'+i/26, 'A'+i%26)
	}
	v, err := ParseLink("#c=" + strings.Join(codes, ","))
	if len(v.Countries) != maxLinkCountries || err == nil {
		t.Errorf("%d countries were kept of %d (%v), want %d and an error", len(v.Countries), len(codes), err, maxLinkCountries)
	}
	v, err = ParseLink("#a=" + strings.Join(codes, ",") + "&t=" + strings.Join(codes, ","))
	if len(v.Actors) != maxLinkCountries || len(v.Targets) != maxLinkCountries || err == nil {
		t.Errorf("%d actors and %d targets were kept of %d (%v), want %d each and an error", len(v.Actors), len(v.Targets), len(codes), err, maxLinkCountries)
	}
}

func FuzzParseLink(f *testing.F) {
	for _, seed := range []string{
		"#q=pegasus&c=MA&from=2018-01&to=2021-12&doc=" + macronID,
		"q=geheime+dienst&c=ma,cy", "#from=2018-13", "#q=%zz", "http://127.0.0.1/#doc=x", "#c=,,&&==",
		"#a=CN&t=EU,cy&map=actors", "#t=NATO&map=targets&a=", "#map=Targets&a=x1,US",
		"#from=2017-01&by=event", "#by=EITHER&to=2017-12", "#by=&by=events",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, link string) {
		v, _ := ParseLink(link)
		// What ParseLink returns is a view that writes and reads back as itself.
		fragment := v.Fragment()
		back, err := ParseLink(fragment)
		if err != nil || !sameView(back, v) {
			t.Fatalf("ParseLink(%q) = %+v, written %q, read back as %+v (%v)", link, v, fragment, back, err)
		}
		if !utf8.ValidString(v.Query) || strings.ContainsAny(v.Query, "\n\r\x00") {
			t.Fatalf("ParseLink(%q) gave the query %q", link, v.Query)
		}
	})
}

// TestApplyShowsExactlyTheLinkedView: a link names the whole view, so
// countries and a range that are set go when the link has none.
func TestApplyShowsExactlyTheLinkedView(t *testing.T) {
	s := NewState()
	s.SetQuery("cia")
	s.AddCountry("US")
	s.AddCountry("MA")
	s.SetRange(linkMonth(2018, 1), linkMonth(2018, 2))
	s.OpenArticle("000_ff3dc8e55b17b03b")
	s.SetBookmarksOnly(true)

	LinkView{Query: "pegasus", Countries: []string{"CY", "MA"}, To: linkMonth(2021, 12)}.Apply(s)
	from, to := s.Range()
	if s.Query() != "pegasus" || !reflect.DeepEqual(s.Countries(), []string{"CY", "MA"}) ||
		from != (corpus.Month{}) || to != linkMonth(2021, 12) {
		t.Errorf("after Apply: %q %q %v–%v", s.Query(), s.Countries(), from, to)
	}
	if s.OpenID() != "000_ff3dc8e55b17b03b" || !s.BookmarksOnly() {
		t.Errorf("a link without doc changed the article (%q) or the bookmarks filter", s.OpenID())
	}
	LinkView{Actors: []string{"CN"}, Targets: []string{"EU"}, Map: MapTargets}.Apply(s)
	if !slices.Equal(s.Actors(), []string{"CN"}) || !slices.Equal(s.Targets(), []string{"EU"}) || s.MapMode() != MapTargets || len(s.Countries()) != 0 {
		t.Errorf("after a link with roles: actors %v, targets %v, map %v, countries %v", s.Actors(), s.Targets(), s.MapMode(), s.Countries())
	}
	if got, want := FormatLink(s), "#a=CN&t=EU&map=targets&doc=000_ff3dc8e55b17b03b"; got != want {
		t.Errorf("FormatLink = %q, want %q", got, want)
	}
	LinkView{From: linkMonth(2017, 1), To: linkMonth(2017, 12), By: search.ByEvent}.Apply(s)
	if got, want := FormatLink(s), "#from=2017-01&to=2017-12&by=event&doc=000_ff3dc8e55b17b03b"; got != want || s.By() != search.ByEvent {
		t.Errorf("after a link by event: FormatLink = %q, want %q; By %v", got, want, s.By())
	}
	LinkView{Doc: macronID}.Apply(s)
	if s.OpenID() != macronID || s.Query() != "" || len(s.Countries()) != 0 || s.HasRange() || s.HasRoles() || s.MapMode() != MapMentions || s.By() != search.ByPublished {
		t.Errorf("after a link to an article only: %q %q %q %v %v %v %v", s.OpenID(), s.Query(), s.Countries(), s.HasRange(), s.HasRoles(), s.MapMode(), s.By())
	}
}
