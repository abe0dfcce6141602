package dates

import (
	"slices"
	"testing"
)

// TestRules holds one or more sentences of our own for every kind of date
// the tagger reads, outside the labelled sets.
func TestRules(t *testing.T) {
	for _, c := range []struct {
		published, sentence string
		want                []string // words=value
	}{
		// Absolute dates.
		{"2020-05", "Het lek werd op 3 januari 2019 ontdekt.", []string{"3 januari 2019=2019-01-03"}},
		{"2020-05", "In juli 2015 begon de operatie.", []string{"juli 2015=2015-07"}},
		{"2020-05", "Het rapport uit 2019 noemt geen namen.", []string{"2019=2019"}},
		{"2020-05", "Sinds de aanslagen van 11 september 2001 is alles anders.", []string{"11 september 2001=2001-09-11"}},
		{"2020-05", "Op 3 jan. 2019 viel het netwerk uit.", []string{"3 jan. 2019=2019-01-03"}},
		{"2020-05", "De brief is gedateerd 12-03-2019.", []string{"12-03-2019=2019-03-12"}},
		// Without a year: the tense of the clause decides.
		{"2019-02", "In november was de inbraak al ontdekt.", []string{"november=2018-11"}},
		{"2019-02", "In november beslist het kabinet.", []string{"november=2019-11"}},
		{"2019-10", "In januari zal de rechter uitspraak doen.", []string{"januari=2020-01"}},
		{"2019-10", "In januari werd de server gehackt.", []string{"januari=2019-01"}},
		{"2019-02-20", "De hackers sloegen op 12 februari toe.", []string{"12 februari=2019-02-12"}},
		{"2019-02-20", "Het proces begint op 25 februari.", []string{"25 februari=2019-02-25"}},
		// Relative to publication.
		{"2018-02", "Dat gebeurde vorig jaar.", []string{"vorig jaar=2017"}},
		{"2018-02", "Volgend jaar komt er een nieuwe wet.", []string{"Volgend jaar=2019"}},
		{"2018-02", "Drie jaar geleden ging het al mis.", []string{"Drie jaar geleden=2015"}},
		{"2018-02-14", "Eergisteren lekten de documenten uit.", []string{"Eergisteren=2018-02-12"}},
		{"2018-02-14", "Afgelopen vrijdag werd de minister ingelicht.", []string{"Afgelopen vrijdag=2018-02-09"}},
		{"2018-02-14", "Eerder deze week meldde het bedrijf de inbraak.", []string{"Eerder deze week=2018-02-12/2018-02-13"}},
		{"2018-02", "Het gebeurde in mei vorig jaar.", []string{"mei vorig jaar=2017-05"}},
		{"2018-02", "Begin dit jaar viel het besluit.", []string{"Begin dit jaar=2018-01/2018-03"}},
		{"2018-02", "Eind dit jaar volgt het rapport.", []string{"Eind dit jaar=2018-10/2018-12"}},
		{"2021-02", "Het voorjaar van 2020 was rustig.", []string{"voorjaar van 2020=2020-03/2020-05"}},
		{"2021-02", "In het derde kwartaal daalde de omzet.", []string{"derde kwartaal=2020-07/2020-09"}},
		{"2021-02", "In het derde kwartaal moet het klaar zijn.", []string{"derde kwartaal=2021-07/2021-09"}},
		{"2021-07-20", "Vorige week dinsdag werd hij opgepakt.", []string{"Vorige week dinsdag=2021-07-13"}},
		{"2021-07-20", "Deze week is het raak.", []string{"Deze week=2021-07-19/2021-07-25"}},
		{"2021-07", "Vorige maand kwam het rapport uit.", []string{"Vorige maand=2021-06"}},
		{"2021-07-20", "Gisteravond meldde de politie het.", []string{"Gisteravond=2021-07-19"}},
		{"2021-07-20", "Tien dagen geleden zag niemand dit aankomen.", []string{"Tien dagen geleden=2021-07-10"}},
		{"2022-01", "Afgelopen zomer hackten zij de haven.", []string{"Afgelopen zomer=2021-06/2021-08"}},
		{"2021-11", "De winter van 2019 was zacht.", []string{"winter van 2019=2019-12/2020-02"}},
		{"2021-11", "In de jaren negentig begon de dienst.", []string{"jaren negentig=1990/1999"}},
		{"2021-07-21", "Over twee weken beslist de rechter.", []string{"Over twee weken=2021-08-04"}},
		{"2021-07", "Over drie jaar moet het netwerk vervangen zijn.", []string{"Over drie jaar=2024"}},
		{"2021-07-21", "Het afgelopen weekend werd er ingebroken.", []string{"afgelopen weekend=2021-07-17/2021-07-18"}},
		{"2021-07-25", "Het afgelopen weekend werd er ingebroken.", []string{"afgelopen weekend=2021-07-17/2021-07-18"}},
		{"2021-07-21", "Komend weekend staken de controllers.", []string{"Komend weekend=2021-07-24/2021-07-25"}},
		{"2021-07", "Het gesprek ging over twee weken vakantie en over drie jaar aan gegevens.", nil},
		// Weekdays: a day only where the article has one.
		{"2021-07", "Dat maakte Le Monde dinsdag bekend.", []string{"dinsdag=2021-07"}},
		{"2021-07-21", "Dat maakte Le Monde dinsdag bekend.", []string{"dinsdag=2021-07-20"}},
		{"2021-07-21", "Het kabinet beslist vrijdag.", []string{"vrijdag=2021-07-23"}},
		{"2021-07-21", "Komende maandag spreekt de Kamer.", []string{"Komende maandag=2021-07-26"}},
		{"2021-07-21", "Maandagavond liet het ministerie weten dat het ingreep.", []string{"Maandagavond=2021-07-19"}},
		// Ranges.
		{"2019-06", "Van januari tot april werd er gespioneerd.", []string{"Van januari tot april=2019-01/2019-04"}},
		{"2019-06", "Tussen 2010 en 2011 lekte er veel.", []string{"Tussen 2010 en 2011=2010/2011"}},
		{"2019-06", "Sinds 2009 volgt de dienst hen.", []string{"Sinds 2009=2009/2019-06"}},
		{"2019-06", "Van 2015 tot en met 2018 duurde de operatie.", []string{"Van 2015 tot en met 2018=2015/2018"}},
		{"2019-06", "De campagne liep van 2015 t/m 2018.", []string{"van 2015 t/m 2018=2015/2018"}},
		{"2019-06", "In de periode 2015-2018 werd er gespioneerd.", []string{"2015-2018=2015/2018"}},
		{"2019-06", "Van 3 tot 5 maart werd de site plat gelegd.", []string{"Van 3 tot 5 maart=2019-03-03/2019-03-05"}},
		// A later month of the sentence takes an earlier date's year, unless
		// the tense puts it on the other side of publication; a range's
		// year is no such date.
		{"2023-05", "De spionnen kwamen in april 2017 binnen en vertrokken in augustus weer.", []string{"april 2017=2017-04", "augustus=2017-08"}},
		{"2023-05", "Het eerste kwartaal van 2021 was rustig, het derde kwartaal niet.", []string{"eerste kwartaal van 2021=2021-01/2021-03", "derde kwartaal=2021-07/2021-09"}},
		{"2023-05", "In 2015 werd hij gearresteerd; zijn proces begint in oktober.", []string{"2015=2015", "oktober=2023-10"}},
		{"2023-05", "De campagne die van 2016 tot 2019 liep, werd in maart ontdekt.", []string{"van 2016 tot 2019=2016/2019", "maart=2023-03"}},
		// A date that names a thing takes the nearest year, whatever the
		// verb says of something else.
		{"2016-02", "Hij ging in beroep tegen de uitspraak van 20 december.", []string{"20 december=2015-12-20"}},
		{"2016-11-20", "De inlichtingendienst waarschuwde voor inmenging in de verkiezingen van 15 maart.", []string{"15 maart=2017-03-15"}},
		// "Sinds" looks back.
		{"2016-11-16", "Sinds maandag ligt de site plat.", []string{"Sinds maandag=2016-11-14/2016-11-16"}},
		{"2016-11", "De verdachte zit sinds december vast.", []string{"sinds december=2015-12/2016-11"}},
		// A weak verb's plural past is no participle: it looks back.
		{"2016-11-16", "De onderzoekers ontdekten zaterdag het lek.", []string{"zaterdag=2016-11-12"}},
		{"2016-11-16", "De ministers verklaarden vrijdag dat het opgelost was.", []string{"vrijdag=2016-11-11"}},
		// No false dates.
		{"2019-06", "De hackers stalen 2500 documenten en 2000 e-mails.", nil},
		{"2019-06", "Hij betaalde 100.000 dollar en later nog 2019 euro.", nil},
		{"2019-06", "Volgens artikel 13 is dat verboden.", nil},
		{"2019-06", "De vergadering begon om 14.30 uur.", nil},
		{"2019-06", "Een lek van 2000 documenten.", nil},
		{"2019-06", "De dienst is al jarenlang actief en werkte de afgelopen jaren samen met destijds de CIA.", nil},
		{"2019-06", "Hij was die morgen niet thuis.", nil},
		{"2019-06", "De vorige minister zei er niets over.", nil},
	} {
		published, err := parsePublished(c.published)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range Default().Text(published, c.sentence) {
			got = append(got, c.sentence[e.Words.Start:e.Words.End]+"="+formatEvent(e))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", c.published, c.sentence, got, c.want)
		}
	}
}
