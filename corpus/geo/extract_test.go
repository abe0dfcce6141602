package geo

import (
	"fmt"
	"strings"
	"testing"
)

// describe writes mentions as "CODE:surface" in text order, for comparison.
func describe(mentions []Mention) string {
	parts := make([]string, len(mentions))
	for i, m := range mentions {
		parts[i] = m.Code + ":" + m.Surface
	}
	return strings.Join(parts, " ")
}

type extractCase struct {
	name, text, want string
}

func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	g := Default()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := describe(g.Extract(c.text)); got != c.want {
				t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

func TestExtractCompoundNames(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"Belarus is not Russia", "Wit-Rusland en Rusland", "BY:Wit-Rusland RU:Rusland"},
		{"Belarus adjective and people", "Wit-Russische troepen en Wit-Russen", "BY:Wit-Russische BY:Wit-Russen"},
		{"without the hyphen", "Wit Rusland", "BY:Wit Rusland"},
		{"Papua New Guinea is not Guinea", "Papoea-Nieuw-Guinea en Guinee", "PG:Papoea-Nieuw-Guinea GN:Guinee"},
		{"the island New Guinea is no country", "Nieuw-Guinea", ""},
		{"the Guineas", "Guinee-Bissau, Equatoriaal-Guinea", "GW:Guinee-Bissau GQ:Equatoriaal-Guinea"},
		{"South Sudan", "Zuid-Soedan en Soedan", "SS:Zuid-Soedan SD:Soedan"},
		{"the Koreas", "Noord-Korea, Zuid-Korea, Noord-Koreaanse, Zuid-Koreanen", "KP:Noord-Korea KR:Zuid-Korea KP:Noord-Koreaanse KR:Zuid-Koreanen"},
		{"bare Korea is neither", "het Koreaanse schiereiland, Korea", ""},
		{"South Africa is not Africa", "Zuid-Afrika en Afrika", "ZA:Zuid-Afrika"},
		{"South African", "Zuid-Afrikaanse", "ZA:Zuid-Afrikaanse"},
		{"Dominica and the Dominican Republic", "Dominica en de Dominicaanse Republiek", "DM:Dominica DO:Dominicaanse Republiek"},
		{"American Samoa is its own code", "Amerikaans-Samoa en Samoa", "AS:Amerikaans-Samoa WS:Samoa"},
		{"French Guiana is its own code", "Frans-Guyana", "GF:Frans-Guyana"},
		{"Northern Ireland is the UK", "Noord-Ierland en Ierland", "GB:Noord-Ierland IE:Ierland"},
		{"United Arab Emirates", "de Verenigde Arabische Emiraten en de Verenigde Staten", "AE:Verenigde Arabische Emiraten US:Verenigde Staten"},
		{"Caribbean Netherlands", "Caribisch Nederland", "BQ:Caribisch Nederland"},
		{"compass prefix is part of the country", "Zuid-Frankrijk, Oost-Duitse", "FR:Frankrijk DE:Duitse"},
		{"a list continued after a hyphen", "Turks- en Caicoseilanden", "TC:Turks- en Caicoseilanden"},
	})
}

func TestExtractRegionsOfContinents(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"South American", "Zuid-Amerikaanse banken", ""},
		{"Latin American", "Latijns-Amerikaanse journalisten en Latijns-Amerika", ""},
		{"North American", "Noord-Amerikaanse en Midden-Amerikaanse landen", ""},
		{"Eastern European", "Oost-Europese cybercriminelen", ""},
		{"North African", "Noord-Afrikaanse migranten", ""},
		{"Afro-American is American", "Afro-Amerikaanse activisten", "US:Amerikaanse"},
		{"the region beside the country", "Zuid-Amerika en Amerika", "US:Amerika"},
	})
}

func TestExtractLookAlikes(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"Iranian and Iraqi", "Iraanse en Iraakse", "IR:Iraanse IQ:Iraakse"},
		{"Iran and Iraq", "Iran, Irak, Iraniërs, Irakezen", "IR:Iran IQ:Irak IR:Iraniërs IQ:Irakezen"},
		{"Indian, not Native American", "Indiase en Indiaanse", "IN:Indiase"},
		{"Indonesian", "Indonesische en Indiaas", "ID:Indonesische IN:Indiaas"},
		{"Niger and Nigeria", "Niger, Nigeria, Nigerese, Nigeriaanse", "NE:Niger NG:Nigeria NE:Nigerese NG:Nigeriaanse"},
		{"Austria and Australia", "Oostenrijkse en Australische", "AT:Oostenrijkse AU:Australische"},
		{"Slovakia and Slovenia", "Slowaakse en Sloveense", "SK:Slowaakse SI:Sloveense"},
	})
}

func TestExtractNamesThatAreNotPlaces(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"The Washington Post", "volgens The Washington Post", ""},
		{"Washington Post without The", "de Washington Post meldt", ""},
		{"The New York Times", "aan The New York Times, de New York Times", ""},
		{"New York itself", "in New York", "US:New York"},
		{"a newspaper named after a country", "China Daily", ""},
		{"a person named after a city", "acteur Denzel Washington", ""},
		{"a person named after a capital, after the name", "dat Paris Hilton", ""},
		{"a person named after a country", "minister Israël Katz", ""},
		{"a given name", "Frans Timmermans", ""},
		{"a given name beside the adjective", "Frans Timmermans en de Franse", "FR:Franse"},
		{"a US state", "New Jersey, New Mexico en de staat Georgia", ""},
		{"Jordan is a person", "Michael Jordan", ""},
		{"a capitalised word after a comma is no title", "Washington, Moskou", "US:Washington RU:Moskou"},
		{"a name before another", "Rusland Oekraïne", "RU:Rusland UA:Oekraïne"},
		{"an earlier mention before a city", "het Amerikaanse Washington", "US:Amerikaanse US:Washington"},
		{"Washington DC", "Washington DC en Washington D.C.", "US:Washington DC US:Washington D.C."},
		{"an idiom", "Russische roulette en de Spaanse griep", ""},
	})
}

func TestExtractCase(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"lower-case words never match", "de verenigde oppositie, we halen chinees, de rus", ""},
		{"a name inside a word", "Iraanse piraten in Ruslandkenners en Chinatown", "IR:Iraanse"},
		{"abbreviation in capitals", "de VS, de V.S. en de USA", "US:VS US:V.S. US:USA"},
		{"abbreviation not in capitals", "oud vs nieuw, Vs", ""},
		{"a headline in capitals", "RUSLAND HACKTE NEDERLANDSE SATELLIETEN", "RU:RUSLAND NL:NEDERLANDSE"},
		{"organisation abbreviation written both ways", "NAVO, Navo, NATO, Nato", "NATO:NAVO NATO:Navo NATO:NATO NATO:Nato"},
		{"organisation in a compound", "EU-diplomaten en VN-Veiligheidsraad", "EU:EU UN:VN"},
		{"diacritics are optional", "Israel, Israël, Saoedi-Arabie, Oekraine, Elysée", "IL:Israel IL:Israël SA:Saoedi-Arabie UA:Oekraine FR:Elysée"},
		{"both spellings of Saudi Arabia", "Saudi-Arabië en Saoedi-Arabië", "SA:Saudi-Arabië SA:Saoedi-Arabië"},
		{"typographic apostrophe", "de Bahama’s en Bahama's", "BS:Bahama’s BS:Bahama's"},
		{"invisible characters inside a name", "Frank\u200brijk, Rus\u00adland en Marok\u2060ko", "FR:Frank\u200brijk RU:Rus\u00adland MA:Marok\u2060ko"},
	})
}

func TestExtractInflections(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"adjectives", "Marokkaans, Marokkaanse, Chinees, Chinese, Indiaas, Indiase", "MA:Marokkaans MA:Marokkaanse CN:Chinees CN:Chinese IN:Indiaas IN:Indiase"},
		{"inhabitants", "Amerikaan, Amerikanen, Chinezen, Rus, Russen", "US:Amerikaan US:Amerikanen CN:Chinezen RU:Rus RU:Russen"},
		{"genitives", "Ruslands, Amerika's, China's, Oekraïnes, Russia's", "RU:Ruslands US:Amerika's CN:China's UA:Oekraïnes RU:Russia's"},
		{"plural with apostrophe", "de Saudi's en Israëli's", "SA:Saudi's IL:Israëli's"},
		{"language after het", "in het Frans, het Russisch en het Nederlands", ""},
		{"language before a verb", "In het Russisch heet dat anders, het Chinees is moeilijk", ""},
		{"adjective after het before a hyphen", "het Russisch-Oekraïense conflict", "RU:Russisch UA:Oekraïense"},
		{"adjective after het before a noun", "het Nederlands elftal en het Nederlands Forensisch Instituut", "NL:Nederlands NL:Nederlands"},
		{"indefinite neuter adjective", "een Frans bedrijf", "FR:Frans"},
	})
}

func TestExtractMetonyms(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"institutions", "het Kremlin, het Witte Huis, het Élysée, het Pentagon", "RU:Kremlin US:Witte Huis FR:Élysée US:Pentagon"},
		{"a white house", "een witte huis", ""},
		{"capitals", "Peking, Beijing, Moskou, Teheran, Den Haag, Pyongyang, Kyiv", "CN:Peking CN:Beijing RU:Moskou IR:Teheran NL:Den Haag KP:Pyongyang UA:Kyiv"},
		{"city adjective", "een Berlijnse hotelkamer", "DE:Berlijnse"},
		{"regions", "de Krim, de Gazastrook, Schotland", "UA:Krim PS:Gazastrook GB:Schotland"},
	})
}

func TestExtractOrganizations(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"EU institutions", "de Europese Unie, de Europese Commissie, de Europese Raad, het Europees Parlement", "EU:Europese Unie EU:Europese Commissie EU:Europese Raad EU:Europees Parlement"},
		{"the Council of Europe is not the EU", "de Raad van Europa", ""},
		{"European alone is not the EU", "Europese diplomaten", ""},
		{"UN", "de Verenigde Naties en de VN", "UN:Verenigde Naties UN:VN"},
	})
}

func TestExtractBrussels(t *testing.T) {
	runExtractCases(t, []extractCase{
		{"the EU in the sentence", "de worsteling in Brussel over de EU", "EU:Brussel EU:EU"},
		{"EU business in the sentence", "Brussel wil dat de lidstaten optreden.", "EU:Brussel"},
		{"the EU elsewhere in the paragraph", "De EU twijfelt. De diplomaten adviseren Brussel om te wachten.", "EU:EU EU:Brussel"},
		{"no EU: the city", "In Brussel werd een man aangehouden.", "BE:Brussel"},
		{"Belgium in the sentence wins", "De Belgische premier sprak in Brussel met de EU.", "BE:Belgische BE:Brussel EU:EU"},
		{"Belgium in the paragraph, EU elsewhere", "De EU zwijgt. In Brussel reageert België boos.", "EU:EU BE:Brussel BE:België"},
		{"the city adjective", "het Brusselse parket", "BE:Brusselse"},
	})
}

func TestExtractOffsets(t *testing.T) {
	text := "In «Zuid‑Afrika» zegt de Rus: Saoedi-Arabië’s."
	mentions := Default().Extract(text)
	if got, want := describe(mentions), "ZA:Zuid‑Afrika RU:Rus SA:Saoedi-Arabië’s"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	runes := []rune(text)
	for _, m := range mentions {
		if text[m.Start:m.End] != m.Surface {
			t.Errorf("%s: text[%d:%d] = %q", m.Surface, m.Start, m.End, text[m.Start:m.End])
		}
		if string(runes[m.RuneStart:m.RuneEnd]) != m.Surface {
			t.Errorf("%s: runes[%d:%d] = %q", m.Surface, m.RuneStart, m.RuneEnd, string(runes[m.RuneStart:m.RuneEnd]))
		}
	}
}

func TestExtractKindsAndForms(t *testing.T) {
	got := Default().Extract("De Europese Commissie, de Russen, Moskou, het Kremlin, de Krim en Rusland")
	var parts []string
	for _, m := range got {
		parts = append(parts, fmt.Sprintf("%s/%s/%s", m.Code, m.Kind, m.Form))
	}
	want := "EU/organization/name RU/country/inhabitant RU/country/city RU/country/place UA/country/region RU/country/name"
	if strings.Join(parts, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(parts, " "), want)
	}
}
