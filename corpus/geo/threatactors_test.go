package geo

import (
	"slices"
	"strings"
	"testing"
)

func TestThreatActorsLoad(t *testing.T) {
	ta := DefaultThreatActors()
	if n := len(ta.Groups()); n < 120 {
		t.Errorf("%d groups, want at least 120", n)
	}
	if n := len(ta.Agencies()); n < 30 {
		t.Errorf("%d agencies, want at least 30", n)
	}
	g := Default()
	for _, group := range ta.Groups() {
		if g.KindOf(group.Country) != Country {
			t.Errorf("%s: %q is no country", group.Name, group.Country)
		}
		if group.Agency != "" && ta.AgencyNamed(group.Agency) == nil {
			t.Errorf("%s: no agency %q", group.Name, group.Agency)
		}
		if group.Source == "" {
			t.Errorf("%s has no source", group.Name)
		}
	}
}

// TestThreatActorsIssueExamples checks the groups issue 14 names.
func TestThreatActorsIssueExamples(t *testing.T) {
	ta := DefaultThreatActors()
	for _, c := range []struct {
		names                 []string
		name, country, agency string
	}{
		{[]string{"APT28", "Fancy Bear", "Sofacy", "Sednit", "Forest Blizzard", "Strontium", "Pawn Storm", "G0007"}, "APT28", "RU", "GRU"},
		{[]string{"Cozy Bear", "APT29", "Midnight Blizzard", "Nobelium", "The Dukes"}, "APT29", "RU", "SVR"},
		{[]string{"Sandworm", "Voodoo Bear", "Seashell Blizzard", "APT44"}, "Sandworm", "RU", "GRU"},
		{[]string{"Turla", "Snake", "Venomous Bear", "Secret Blizzard"}, "Turla", "RU", "FSB"},
		{[]string{"Lazarus", "Lazarus Group", "Hidden Cobra", "Diamond Sleet"}, "Lazarus", "KP", "RGB"},
		{[]string{"Kimsuky", "Velvet Chollima", "Emerald Sleet"}, "Kimsuky", "KP", "RGB"},
		{[]string{"Equation Group", "Equation"}, "Equation Group", "US", "NSA"},
		{[]string{"Charming Kitten", "APT35", "Mint Sandstorm", "Phosphorus"}, "Charming Kitten", "IR", "IRGC"},
		{[]string{"Volt Typhoon", "Vanguard Panda"}, "Volt Typhoon", "CN", ""},
		{[]string{"Salt Typhoon", "GhostEmperor"}, "Salt Typhoon", "CN", ""},
		{[]string{"Hafnium", "Silk Typhoon"}, "Hafnium", "CN", "MSS"},
		{[]string{"APT10", "Stone Panda", "menuPass"}, "APT10", "CN", "MSS"},
		{[]string{"APT41", "Wicked Panda", "Brass Typhoon"}, "APT41", "CN", ""},
		{[]string{"OceanLotus", "APT32", "Canvas Cyclone"}, "APT32", "VN", ""},
		{[]string{"Laundry Bear", "Void Blizzard"}, "Laundry Bear", "RU", ""},
	} {
		for _, name := range c.names {
			g, ok := ta.Lookup(name)
			if !ok {
				t.Errorf("Lookup(%q) finds no group", name)
				continue
			}
			if g.Name != c.name || g.Country != c.country || g.Agency != c.agency {
				t.Errorf("Lookup(%q) = %s %s %q, want %s %s %q", name, g.Name, g.Country, g.Agency, c.name, c.country, c.agency)
			}
		}
	}
}

// TestThreatActorsLookupFolds checks that a name is found as a reader types
// it, and that parts of names, agencies and other words are not groups.
func TestThreatActorsLookupFolds(t *testing.T) {
	ta := DefaultThreatActors()
	for query, want := range map[string]string{
		"apt28":             "APT28",
		"APT28's":           "APT28",
		"fancy  bear":       "APT28",
		"Fancy-Bear":        "APT28",
		"FANCY BEAR":        "APT28",
		"FancyBear":         "APT28",
		"APT 28":            "APT28",
		"  Cozy\tBear ":     "APT29",
		"the dukes":         "APT29",
		"Dukes":             "",
		"TG 3390":           "APT27",
		"tg3390":            "APT27",
		"temp.veles":        "TEMP.Veles",
		"Fancy":             "",
		"Bear":              "",
		"APT":               "",
		"28":                "",
		"":                  "",
		"Rusland":           "",
		"GRU":               "", // an agency
		"Fancy Bear Sofacy": "",
	} {
		g, ok := ta.Lookup(query)
		if got := ""; ok {
			got = g.Name
			if got != want {
				t.Errorf("Lookup(%q) = %s, want %q", query, got, want)
			}
		} else if want != "" {
			t.Errorf("Lookup(%q) finds nothing, want %s", query, want)
		}
	}
}

func TestThreatActorsLookupAgency(t *testing.T) {
	ta := DefaultThreatActors()
	for query, want := range map[string]string{
		"GRU": "GRU", "de Russische militaire inlichtingendienst": "GRU", "Russian military intelligence": "GRU", "eenheid 26165": "GRU",
		"SVR": "SVR", "FSB": "FSB",
		"MSS": "MSS", "het Chinese ministerie van Staatsveiligheid": "MSS",
		"het Chinese leger": "PLA", "Volksbevrijdingsleger": "PLA", "People's Liberation Army": "PLA",
		"RGB": "RGB", "de Iraanse Revolutionaire Garde": "IRGC", "MOIS": "MOIS",
		"de NSA": "NSA", "CIA": "CIA", "FBI": "FBI", "GCHQ": "GCHQ", "Mossad": "Mossad", "eenheid 8200": "Unit 8200",
		"de AIVD": "AIVD", "Algemene Inlichtingen- en Veiligheidsdienst": "AIVD", "MIVD": "MIVD",
		"BND": "BND", "DGSE": "DGSE", "Bundesamt fur Verfassungsschutz": "BfV",
		"APT28": "", "leger": "", "Russische": "",
	} {
		a, ok := ta.LookupAgency(query)
		switch {
		case ok && a.Name != want:
			t.Errorf("LookupAgency(%q) = %s, want %q", query, a.Name, want)
		case !ok && want != "":
			t.Errorf("LookupAgency(%q) finds nothing, want %s", query, want)
		}
	}
	for name, country := range map[string]string{"GRU": "RU", "PLA": "CN", "RGB": "KP", "IRGC": "IR", "NSA": "US", "GCHQ": "GB", "AIVD": "NL", "EU INTCEN": "EU"} {
		if a := ta.AgencyNamed(name); a == nil || a.Country != country {
			t.Errorf("AgencyNamed(%q) = %+v, want one of %s", name, a, country)
		}
	}
}

// TestThreatActorsAliases checks that the list of aliases has every name
// once, each entity's own name first, with the words Lookup reads.
func TestThreatActorsAliases(t *testing.T) {
	ta := DefaultThreatActors()
	names := map[any][]string{}
	common := map[string]bool{}
	for _, a := range ta.Aliases() {
		if (a.Actor == nil) == (a.Agency == nil) {
			t.Fatalf("alias %q names a group and an agency, or neither", a.Text)
		}
		var owner any = a.Actor
		if a.Agency != nil {
			owner = a.Agency
		}
		names[owner] = append(names[owner], a.Text)
		common[a.Text] = a.Common
		if len(a.Words) == 0 || strings.Join(a.Words, " ") != strings.Join(aliasWords(a.Text), " ") {
			t.Errorf("alias %q has words %q", a.Text, a.Words)
		}
	}
	for _, g := range ta.Groups() {
		if want := append([]string{g.Name}, g.Aliases...); !slices.Equal(names[g], want) {
			t.Errorf("%s: aliases %q, want %q", g.Name, names[g], want)
		}
	}
	for _, a := range ta.Agencies() {
		if want := append([]string{a.Name}, a.Forms...); !slices.Equal(names[a], want) {
			t.Errorf("%s: aliases %q, want %q", a.Name, names[a], want)
		}
	}
	for text, want := range map[string]bool{"Snake": true, "Mercury": true, "Zinc": true, "RGB": true, "Fancy Bear": false, "APT28": false} {
		if got, ok := common[text]; !ok || got != want {
			t.Errorf("alias %q: common %v (listed %v), want %v", text, got, ok, want)
		}
	}
}

// testKindOf knows the codes the small tables below use.
func testKindOf(code string) Kind {
	switch code {
	case "RU", "CN", "NL":
		return Country
	case "EU":
		return Organization
	}
	return 0
}

const testAgencies = "# agencies\nGRU\tRU\tRussische militaire inlichtingendienst\tsource\nRGB*\tCN\t-\tsource\nINTCEN\tEU\t-\tsource\n"

func TestParseThreatActorsSmallTable(t *testing.T) {
	actors := "# groups\n\nAPT28\t\tRU\tGRU\tFancy Bear, Sofacy*, G0007\tMITRE G0007\r\nAPT10\tCN\t-\t-\tsomewhere\n"
	ta, err := parseThreatActors([]byte(actors), []byte(testAgencies), testKindOf)
	if err != nil {
		t.Fatal(err)
	}
	g, ok := ta.Lookup("fancy-bear")
	if !ok || g.Name != "APT28" || g.Agency != "GRU" || !slices.Equal(g.Aliases, []string{"Fancy Bear", "Sofacy", "G0007"}) || g.Source != "MITRE G0007" {
		t.Fatalf("Lookup(fancy-bear) = %+v, %v", g, ok)
	}
	if g, ok := ta.Lookup("APT10"); !ok || g.Agency != "" || g.Aliases != nil {
		t.Errorf("Lookup(APT10) = %+v, %v", g, ok)
	}
	if a, ok := ta.LookupAgency("rgb"); !ok || a.Name != "RGB" || a.Forms != nil {
		t.Errorf("LookupAgency(rgb) = %+v, %v", a, ok)
	}
	var sofacy Alias
	for _, a := range ta.Aliases() {
		if a.Text == "Sofacy" {
			sofacy = a
		}
	}
	if !sofacy.Common || sofacy.Actor != g {
		t.Errorf("Sofacy: %+v", sofacy)
	}
}

func TestParseThreatActorsRejectsBadData(t *testing.T) {
	// A case without agencies reads testAgencies.
	for _, c := range []struct{ name, actors, agencies, want string }{
		{"too few fields", "APT28\tRU\tGRU\tsource\n", "", `threat_actors.tsv:1: want 5 fields separated by tabs`},
		{"spaces for tabs", "APT28  RU  GRU  Fancy Bear  source\n", "", `threat_actors.tsv:1: want 5 fields`},
		{"blank field", "APT28\tRU\t \tFancy Bear\tsource\n", "", `threat_actors.tsv:1: the agency is empty (write "-" for none)`},
		{"no source", "APT28\tRU\tGRU\tFancy Bear\t-\n", "", `threat_actors.tsv:1: a line needs its source`},
		{"no name", "-\tRU\tGRU\tFancy Bear\tsource\n", "", `threat_actors.tsv:1: a name is empty`},
		{"blank name", " \tRU\tGRU\tFancy Bear\tsource\n", "", `threat_actors.tsv:1: the name is empty`},
		{"empty alias", "APT28\tRU\tGRU\tFancy Bear,, Sofacy\tsource\n", "", `threat_actors.tsv:1: a name is empty`},
		{"unknown country", "APT28\tSU\tGRU\tFancy Bear\tsource\n", "", `threat_actors.tsv:1: "SU" is no country code`},
		{"organisation", "APT28\tEU\tINTCEN\tFancy Bear\tsource\n", "", `threat_actors.tsv:1: "EU" is an organisation; a group is attributed to a country`},
		{"unknown agency", "APT28\tRU\tKGB\tFancy Bear\tsource\n", "", `threat_actors.tsv:1: agencies.tsv names no agency "KGB"`},
		{"agency of another country", "APT28\tRU\tRGB\tFancy Bear\tsource\n", "", `threat_actors.tsv:1: the agency RGB is of CN, not of RU`},
		{"agency by a form", "APT28\tRU\tRussische militaire inlichtingendienst\t-\tsource\n", "", `agencies.tsv names no agency`},
		{"alias on two groups", "APT28\tRU\tGRU\tFancy Bear\ts\n# x\nAPT29\tRU\t-\tfancy-bear\ts\n", "", `threat_actors.tsv:3: "fancy-bear" is a name of APT28 (threat_actors.tsv:1) already`},
		{"alias without spaces on two groups", "APT28\tRU\tGRU\tFancy Bear\ts\nAPT29\tRU\t-\tFancyBear\ts\n", "", `threat_actors.tsv:2: "FancyBear", written without its spaces, is a name of APT28 (threat_actors.tsv:1)`},
		{"alias twice on a line", "APT28\tRU\tGRU\tTG-4127, TG 4127\ts\n", "", `threat_actors.tsv:1: "TG 4127" is on the line twice`},
		{"alias of an agency", "APT28\tRU\t-\tGRU\ts\n", "", `threat_actors.tsv:1: "GRU" is a name of GRU (agencies.tsv:2) already`},
		{"star inside", "APT28\tRU\tGRU\tFancy*Bear\ts\n", "", `threat_actors.tsv:1: "Fancy*Bear": a "*" may only end a name`},
		{"no words", "APT28\tRU\tGRU\t!!!\ts\n", "", `threat_actors.tsv:1: "!!!" has no word`},
		{"a number", "APT28\tRU\tGRU\t26165\ts\n", "", `threat_actors.tsv:1: "26165" is only a number`},
		{"too short", "APT28\tRU\tGRU\tA-1\ts\n", "", `threat_actors.tsv:1: "A-1" is shorter than three letters or digits`},
		{"a flag", "APT28\tRU\tGRU\t🇷🇺 Bear\ts\n", "", `is not words of letters and digits`},
		{"invalid UTF-8", "APT28\tRU\tGRU\tFancy \xffBear\ts\n", "", `threat_actors.tsv:1: not valid UTF-8`},
		{"agency: unknown country", "", "KGB\tSU\t-\tsource\n", `agencies.tsv:1: "SU" is no country or organisation code`},
		{"agency: no source", "", "KGB\tRU\t-\t-\n", `agencies.tsv:1: a line needs its source`},
		{"agency: too few fields", "", "KGB\tRU\tsource\n", `agencies.tsv:1: want 4 fields separated by tabs (name, country, forms, source), got 3`},
		{"agency: form on two agencies", "", testAgencies + "SVR\tRU\tRussische militaire inlichtingendienst\ts\n", `agencies.tsv:5: "Russische militaire inlichtingendienst" is a name of GRU (agencies.tsv:2) already`},
	} {
		t.Run(c.name, func(t *testing.T) {
			agencies := c.agencies
			if agencies == "" {
				agencies = testAgencies
			}
			_, err := parseThreatActors([]byte(c.actors), []byte(agencies), testKindOf)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

// FuzzThreatActors checks that the parser takes any text without panicking,
// that its errors name a line, and that what it accepts is consistent: each
// name finds its own group or agency, and each group's agency exists and is
// of its country.
func FuzzThreatActors(f *testing.F) {
	// A few lines of the data rather than all of it: parsing all of it
	// made the fuzzer about fifteen times slower.
	f.Add(dataLines(threatActorsData, "APT28\t", "APT29\t", "Lazarus\t", "i-Soon*\t"), dataLines(agenciesData, "GRU\t", "SVR\t", "RGB*\t", "EU INTCEN\t"))
	for _, seed := range [][2]string{
		{"", ""},
		{"APT28\tRU\tGRU\tFancy Bear, Sofacy*, G0007\tMITRE\n", testAgencies},
		{"APT28\t\t\tRU\tGRU\tFancy-Bear, FancyBear, APT 28\ts\r\n#\n  \n", "GRU\tRU\teenheid 26165\ts"},
		{"The Dukes\tRU\t-\tthe dukes*, Dukes\ts\n", "de NSA\tNL\t-\ts\n"},
		{"a\tb\tc\td\te\tf\n\xff\t\t\n", "*\t*\t*\t*\n"},
		{"Ärger\tCN\tRGB\tŒuvre, ǅemal, 🇳🇱\ts\n", "RGB*\tCN\tRGB\ts\n"},
	} {
		f.Add(seed[0], seed[1])
	}
	kindOf := Default().KindOf
	f.Fuzz(func(t *testing.T, actors, agencies string) {
		ta, err := parseThreatActors([]byte(actors), []byte(agencies), kindOf)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "threat_actors.tsv:") && !strings.HasPrefix(line, "agencies.tsv:") {
					t.Fatalf("error %q names no line", line)
				}
			}
			return
		}
		for _, a := range ta.Aliases() {
			if a.Actor != nil {
				if g, ok := ta.Lookup(a.Text); !ok || g != a.Actor {
					t.Fatalf("Lookup(%q) = %v, %v; want %s", a.Text, g, ok, a.Actor.Name)
				}
				if _, ok := ta.LookupAgency(a.Text); ok {
					t.Fatalf("LookupAgency(%q) finds the group's name", a.Text)
				}
			} else if ag, ok := ta.LookupAgency(a.Text); !ok || ag != a.Agency {
				t.Fatalf("LookupAgency(%q) = %v, %v; want %s", a.Text, ag, ok, a.Agency.Name)
			}
		}
		for _, g := range ta.Groups() {
			if kindOf(g.Country) != Country {
				t.Fatalf("%s: %q is no country", g.Name, g.Country)
			}
			if a := ta.AgencyNamed(g.Agency); g.Agency != "" && (a == nil || a.Country != g.Country) {
				t.Fatalf("%s: agency %q is not of %s", g.Name, g.Agency, g.Country)
			}
		}
	})
}

// dataLines returns the lines of data that start with one of prefixes.
func dataLines(data []byte, prefixes ...string) string {
	var lines []string
	for _, line := range strings.Split(string(data), "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(line, p) {
				lines = append(lines, line)
			}
		}
	}
	return strings.Join(lines, "\n")
}
