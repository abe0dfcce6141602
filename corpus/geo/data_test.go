package geo

import (
	"slices"
	"strings"
	"testing"
)

func TestCountriesAreISOCodesWithNames(t *testing.T) {
	g := Default()
	codes := g.Countries()
	if len(codes) != 250 { // the 249 ISO 3166-1 codes and XK
		t.Errorf("%d country codes, want 250", len(codes))
	}
	for _, code := range codes {
		if len(code) != 2 || strings.ToUpper(code) != code {
			t.Errorf("%q is no alpha-2 code", code)
		}
		if g.Name(code, "nl") == "" || g.Name(code, "en") == "" {
			t.Errorf("%s has no Dutch or English name", code)
		}
		if g.KindOf(code) != Country {
			t.Errorf("KindOf(%s) = %v", code, g.KindOf(code))
		}
	}
	if got := g.Organizations(); !slices.Equal(got, []string{"EU", "NATO", "UN"}) {
		t.Errorf("Organizations() = %v", got)
	}
}

func TestName(t *testing.T) {
	g := Default()
	for _, c := range []struct{ code, lang, want string }{
		{"US", "nl", "Verenigde Staten"},
		{"US", "en", "United States"},
		{"US", "en-GB", "United States"},
		{"US", "", "Verenigde Staten"},
		{"BY", "nl", "Belarus"},
		{"HK", "nl", "Hongkong"},
		{"MK", "en", "North Macedonia"},
		{"CD", "en", "DR Congo"},
		{"EU", "nl", "Europese Unie"},
		{"EU", "en", "European Union"},
		{"NATO", "nl", "NAVO"},
		{"UN", "en", "United Nations"},
		{"ZZ", "nl", ""},
	} {
		if got := g.Name(c.code, c.lang); got != c.want {
			t.Errorf("Name(%q, %q) = %q, want %q", c.code, c.lang, got, c.want)
		}
	}
}

// TestEveryCountryIsFoundByItsName checks the whole table, not a sample:
// each country's Dutch display name, in a sentence, is a mention of that
// country, and so is its English name unless the data keeps that name for
// queries only (Georgia, Jordan, Chad).
func TestEveryCountryIsFoundByItsName(t *testing.T) {
	g := Default()
	for _, code := range g.Countries() {
		for _, lang := range []string{"nl", "en"} {
			name := g.Name(code, lang)
			for _, form := range cldrForms(name) {
				text := "Het gaat om " + form + "."
				got := g.Extract(text)
				if len(got) == 1 && got[0].Code == code && got[0].Surface == form {
					continue
				}
				if lang == "en" && len(got) == 0 && slices.Contains(g.Lookup(form), code) {
					continue // a query-only name
				}
				t.Errorf("%s (%s): Extract(%q) = %s", code, lang, text, describe(got))
			}
		}
	}
}

func TestLookup(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"Frankrijk", []string{"FR"}},
		{"frankrijk", []string{"FR"}},
		{"France", []string{"FR"}},
		{"Morocco", []string{"MA"}},
		{"marokko", []string{"MA"}},
		{"VS", []string{"US"}},
		{"vs", nil}, // versus
		{"usa", []string{"US"}},
		{"Verenigde Staten", []string{"US"}},
		{"verenigde staten", []string{"US"}},
		{"United States", []string{"US"}},
		{"saoedi-arabie", []string{"SA"}},
		{"Saudi Arabia", []string{"SA"}},
		{"Israel", []string{"IL"}},
		{"Wit-Rusland", []string{"BY"}},
		{"Korea", []string{"KP", "KR"}},
		{"Georgia", []string{"GE"}},
		{"Myanmar", []string{"MM"}},
		{"Birma", []string{"MM"}},
		// Inhabitants, Dutch and English, singular and plural.
		{"Fransen", []string{"FR"}},
		{"fransen", []string{"FR"}},
		{"Fransman", []string{"FR"}},
		{"Française", []string{"FR"}},
		{"Belgen", []string{"BE"}},
		{"belg", []string{"BE"}},
		{"Noren", []string{"NO"}},
		{"noren", nil}, // skates
		{"Noor", []string{"NO"}},
		{"Amerikanen", []string{"US"}},
		{"Chinezen", []string{"CN"}},
		{"Chinees", nil}, // the adjective's base form: the language, the food
		{"Rus", []string{"RU"}},
		{"Russen", []string{"RU"}},
		{"Marokkanen", []string{"MA"}},
		{"Israëliërs", []string{"IL"}},
		{"israeliers", []string{"IL"}},
		{"Duitsers", []string{"DE"}},
		{"Iraniërs", []string{"IR"}},
		{"Oekraïners", []string{"UA"}},
		{"Cyprioten", []string{"CY"}},
		{"Britten", []string{"GB"}},
		{"Schotten", []string{"GB"}},
		{"schotten", nil}, // partitions
		{"Letten", []string{"LV"}},
		{"letten", nil}, // to mind
		{"Pool", []string{"PL"}},
		{"pool", nil},
		{"Polen", []string{"PL"}}, // the country's name as well
		{"Noord-Koreanen", []string{"KP"}},
		{"Sri Lankanen", []string{"LK"}},
		{"French", []string{"FR"}},
		{"Belgians", []string{"BE"}},
		{"norwegians", []string{"NO"}},
		{"Americans", []string{"US"}},
		{"North Koreans", []string{"KP"}},
		{"Israelis", []string{"IL"}},
		{"Chinese", nil},  // the Dutch adjective
		{"Turks", nil},    // the Dutch adjective
		{"Franse", nil},   // an adjective, not a name
		{"Moskou", nil},   // a city, not a name
		{"EU", nil},       // an organisation, not a country
		{"spionage", nil}, // not a place at all
		{"", nil},
		// Flags.
		{"🇫🇷", []string{"FR"}},
		{"🇽🇰", []string{"XK"}},
		{"🇪🇺", nil},   // an organisation's flag
		{"🇦🇦", nil},   // no region
		{"🇫🇷🇩🇪", nil}, // two flags name no one country
		{"🇫", nil},
	} {
		if got := g.Lookup(c.query); !slices.Equal(got, c.want) {
			t.Errorf("Lookup(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}

func TestInflect(t *testing.T) {
	for base, want := range map[string]string{
		"Marokkaans":     "Marokkaanse",
		"Russisch":       "Russische",
		"Chinees":        "Chinese",
		"Indiaas":        "Indiase",
		"Iraans":         "Iraanse",
		"Pools":          "Poolse",
		"Thais":          "Thaise",
		"Curaçaos":       "Curaçaose",
		"Zuid-Afrikaans": "Zuid-Afrikaanse",
	} {
		if got := inflect(base); got != want {
			t.Errorf("inflect(%q) = %q, want %q", base, got, want)
		}
	}
}

func TestCLDRForms(t *testing.T) {
	for name, want := range map[string][]string{
		"Myanmar (Birma)":         {"Myanmar", "Birma"},
		"Cocos (Keeling) Islands": {"Cocos Islands"},
		"Congo - Kinshasa":        {"Congo-Kinshasa"},
		"St. Kitts & Nevis":       {"Saint Kitts and Nevis"},
		"Hongkong SAR van China":  {"Hongkong"},
		"Hong Kong SAR China":     {"Hong Kong"},
		"Rusland":                 {"Rusland"},
	} {
		if got := cldrForms(name); !slices.Equal(got, want) {
			t.Errorf("cldrForms(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestBuildRejectsBadData(t *testing.T) {
	const codes = "NL\nBE\n"
	for _, c := range []struct {
		name, codes, forms, want string
	}{
		{"no code in codes.txt", "NL\nN1\n", "", `codes.txt:2: "N1" is no region code`},
		{"code without names", "NL\nQQ\n", "", "codes.txt:2: CLDR has no Dutch or English name for QQ"},
		{"code listed twice", "NL\nNL\n", "", "codes.txt:2: NL is listed twice"},
		{"unknown kind", codes, "NL  nickname  Oranje\n", `forms.tsv:1: unknown kind "nickname"`},
		{"too few fields", codes, "NL name\n", "forms.tsv:1: want CODE KIND forms"},
		{"code not listed", codes, "DE  name  Bondsrepubliek\n", "forms.tsv:1: DE is not in codes.txt"},
		{"one form, two codes", codes, "BE  name  Holland\nNL  name  Holland\n", `forms.tsv:2: "Holland" is BE already (forms.tsv:1)`},
		{"a phrase that names nothing and a name", codes, "-  not  Holland\nNL  name  Holland\n", `forms.tsv:2: "Holland" is a phrase that names nothing already`},
		{"lower-case form", codes, "NL  name  holland\n", `forms.tsv:1: "holland" must start with a capital`},
		{"form with punctuation inside", codes, "NL  name  Neder, land, Hol/land\n", `forms.tsv:1: "Hol/land" has words that only spaces`},
		{"not with a code", codes, "NL  not  Hollandse Nieuwe\n", `forms.tsv:1: a "not" phrase names nothing; its code is "-"`},
		{"given name that is no form", codes, "NL  given  Henk\n", `forms.tsv:1: "Henk" is no form of NL`},
		{"seat of no organisation", codes, "BE  city  Brussel\nBE  seat  Brussel\n", "forms.tsv:2: BE is no organisation"},
		{"seat that is no city", codes, "EU  org  EU\nEU  seat  Nederland\n", `forms.tsv:2: "Nederland" is no city of a country`},
		{"organisation defined twice", codes, "EU  org  EU\nEU  org  Europese Unie\n", "forms.tsv:2: EU is defined twice"},
		{"two display names", codes, "NL  dutch  Holland, Nederland\n", "forms.tsv:1: a display name is one form"},
		{"query inhabitant that text reads", codes, "NL  adjective  Hollands\nBE  query-inhabitant  Hollandse\n",
			`forms.tsv:2: "Hollandse" is a form in text already (NL, forms.tsv:1)`},
		{"query inhabitant of no country", codes, "DE  query-inhabitant  Germans\n", "forms.tsv:1: DE is not in codes.txt"},
		{"query inhabitant in lower case", codes, "NL  query-inhabitant  dutch\n", `forms.tsv:1: "dutch" must start with a capital`},
		{"capitalised no query form", codes, "NL  inhabitant  Nederlanders\nNL  capitalised  Hollanders\n",
			`forms.tsv:2: "Hollanders" is no query form of NL`},
		{"capitalised form of another country", codes, "NL  inhabitant  Nederlanders\nBE  capitalised  Nederlanders\n",
			`forms.tsv:2: "Nederlanders" is no query form of BE`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := build([]byte(c.codes), []byte(c.forms))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("build error = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestBuildQueryForms(t *testing.T) {
	g, err := build([]byte("NL\nBE\n"), []byte(strings.Join([]string{
		"NL  inhabitant        Nederlander, Nederlanders",
		"BE  inhabitant        Belg, Belgen",
		"BE  capitalised       Belg",
		"NL  query-inhabitant  Dutchmen",
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string][]string{
		"nederlanders": {"NL"}, "Belgen": {"BE"}, "belgen": {"BE"}, "Belg": {"BE"}, "belg": nil,
		"Dutchmen": {"NL"}, "dutchmen": {"NL"},
	} {
		if got := g.Lookup(query); !slices.Equal(got, want) {
			t.Errorf("Lookup(%q) = %v, want %v", query, got, want)
		}
	}
	// A query-only inhabitant is no mention in text; an inhabitant is.
	if got := describe(g.Extract("Dutchmen en Belgen")); got != "BE:Belgen" {
		t.Errorf("Extract = %s", got)
	}
}

func TestBuildSmallTable(t *testing.T) {
	g, err := build([]byte("NL\nBE\n"), []byte(strings.Join([]string{
		"NL  adjective  Nederlands",
		"BE  city       Brussel",
		"EU  org        Europese Unie, EU",
		"EU  seat       Brussel",
		"EU  context    lidstaten",
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"De Nederlandse regering":             "NL:Nederlandse",
		"Brussel en de lidstaten":             "EU:Brussel",
		"Brussel":                             "BE:Brussel",
		"België en Nederland, Belgium":        "BE:België NL:Nederland BE:Belgium",
		"Hollandse Nieuwe bij het Nederlands": "",
	} {
		if got := describe(g.Extract(text)); got != want {
			t.Errorf("Extract(%q) = %s, want %s", text, got, want)
		}
	}
}
