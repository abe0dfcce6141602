package roles

import (
	"slices"
	"testing"
)

// TestRules shows each rule at work on sentences outside the labelled set,
// written for this test, so that no rule is tuned to one sentence of the
// set: every rule holds for sentences of other shapes too.
func TestRules(t *testing.T) {
	x := Default()
	for _, c := range []struct {
		rule            string
		text            string
		actors, targets []string
	}{
		// The country on the doer.
		{"doer", "Iraanse hackers legden de website van een Israëlisch ziekenhuis plat.", []string{"IR"}, []string{"IL"}},
		{"doer with adjectives", "Een Noord-Koreaanse militaire hackersgroep stal gegevens bij een Japans ruimtevaartbedrijf.", []string{"KP"}, []string{"JP"}},
		{"doer in quotes", "Eritrese 'politieposten' in Italië intimideerden Eritrese vluchtelingen.", []string{"ER"}, []string{"ER"}},
		{"doer after a preposition is a victim", "De aanvallers stalen de wachtwoorden van Duitse agenten.", nil, []string{"DE"}},
		{"doer of a deed", "De hackpoging van twee Chinese spionnen op een Zweedse fabriek mislukte.", []string{"CN"}, []string{"SE"}},
		// Groups and agencies.
		{"group", "Sandworm legde een Poolse energiecentrale plat.", []string{"RU"}, []string{"PL"}},
		{"agency", "De GRU hackte het e-mailsysteem van het Oostenrijkse parlement.", []string{"RU"}, []string{"AT"}},
		{"agency as victim", "Hackers lazen mee met de mailboxen van de Britse afluisterdienst.", nil, []string{"GB"}},
		// The subject and its verb.
		{"subject of an operation", "Rusland bespioneerde jarenlang Estische diplomaten.", []string{"RU"}, []string{"EE"}},
		{"subject that accuses", "Zweden beschuldigt Rusland van een aanval op Finse spoorwegen.", []string{"RU"}, []string{"FI"}},
		{"an accuser that was hit", "Zweden beschuldigt Rusland van een aanval op zijn spoorwegen.", []string{"RU"}, []string{"SE"}},
		{"a reporter that was hit", "Het Deense ministerie van Defensie meldde dat het door Russische hackers was binnengedrongen.", []string{"RU"}, []string{"DK"}},
		{"admitting", "De Griekse geheime dienst erkende dat hij een journalist had afgeluisterd.", []string{"GR"}, nil},
		{"helping", "Britse spionnen hielpen de Amerikanen bij het afluisteren van Mexicaanse diplomaten.", []string{"GB", "US"}, []string{"MX"}},
		{"a doer known by its place", "De politie in Caracas hackte de telefoons van oppositieleiders.", []string{"VE"}, nil},
		{"a doer with its own country", "Russische spionnen in Wenen bespioneerden Oostenrijkse ministers.", []string{"RU"}, []string{"AT"}},
		{"a service that is no agency", "Iraanse hackers legden de Ierse gezondheidsdienst plat.", []string{"IR"}, []string{"IE"}},
		{"a finder", "Het Amerikaanse bedrijf Lookout trof spyware aan op telefoons van Tibetanen.", nil, nil},
		{"a finder that was hit", "De Europese Commissie trof spyware aan op laptops van haar personeel.", nil, []string{"EU"}},
		{"subject after the verb, after a phrase", "Via een lek in een router kon Moskou wekenlang Moldavische e-mails meelezen.", []string{"RU"}, []string{"MD"}},
		{"subject that reports", "Italië meldt een hack bij het ministerie van Financiën door Chinese hackers.", []string{"CN"}, nil},
		{"subject of a passive", "Litouwen werd getroffen door een golf van DDoS-aanvallen.", nil, []string{"LT"}},
		{"subject that was down", "De Georgische omroep lag dagenlang plat na een aanval.", nil, []string{"GE"}},
		{"subject after the verb", "Met gestolen wachtwoorden kon Teheran maandenlang Saoedische e-mails lezen.", []string{"IR"}, []string{"SA"}},
		{"a denial of a deed", "Peking ontkent dat het de Filipijnse kustwacht heeft gehackt.", nil, nil},
		{"a denial of a part", "Moskou ontkent elke rol in de aanval op de Finse kustwacht.", nil, []string{"FI"}},
		{"subject that defends", "Noorwegen verijdelde een Russische sabotagepoging op een gasplatform.", []string{"RU"}, nil},
		// Phrases that attribute.
		{"passive door", "De Franse omroep TV5Monde werd in 2015 platgelegd door Russische hackers.", []string{"RU"}, []string{"FR"}},
		{"toegeschreven aan", "De aanval op de Zweedse kiescommissie wordt toegeschreven aan Rusland.", []string{"RU"}, []string{"SE"}},
		{"gelinkt aan", "Hackers die aan Noord-Korea worden gelinkt, stalen cryptomunten bij een Zuid-Koreaanse beurs.", []string{"KP"}, []string{"KR"}},
		{"in opdracht van", "Een Spaans bedrijf hackte in opdracht van Marokko de telefoons van Algerijnse diplomaten.", []string{"ES", "MA"}, []string{"DZ"}},
		{"a contractor in a passive", "De lijst werd opgesteld door een Italiaans bedrijf in opdracht van Egypte.", []string{"EG"}, nil},
		{"het werk van", "De storing bij de Oekraïense banken was het werk van Rusland.", []string{"RU"}, []string{"UA"}},
		{"vanuit", "De aanvallen op de Estische overheid werden vanuit Rusland uitgevoerd.", []string{"RU"}, []string{"EE"}},
		{"zit achter", "Volgens de onderzoekers zit Iran achter de hack van het Israëlische waterbedrijf.", []string{"IR"}, []string{"IL"}},
		{"verantwoordelijk", "Canada houdt China verantwoordelijk voor de inbraak bij de Canadese onderzoeksraad.", []string{"CN"}, []string{"CA"}},
		{"beschuldigen", "Japan beschuldigt Noord-Korea van de diefstal van cryptomunten bij een Japanse beurs.", []string{"KP"}, []string{"JP"}},
		{"doelwit van", "Een Indiase minister was doelwit van Pakistaanse hackers.", []string{"PK"}, []string{"IN"}},
		// Who only reports, accuses, sits or lives somewhere.
		{"volgens", "Volgens Amerikaanse onderzoekers hackte Vietnam een Filipijns ministerie.", []string{"VN"}, []string{"PH"}},
		{"volgens and a name in apposition", "Volgens de Deense inlichtingendienst FE zat Sandworm achter de aanval op Deense energiebedrijven.", []string{"RU"}, []string{"DK"}},
		{"a clause that reports", "Iraanse hackers vielen een Koeweitse bank aan, meldt de Britse krant The Guardian.", []string{"IR"}, []string{"KW"}},
		{"a reporter", "Het Duitse beveiligingsbedrijf vond spyware van Chinese makelij op telefoons van Tibetanen.", nil, nil},
		{"the seat of a body", "Russische hackers vielen het Internationaal Strafhof in Den Haag aan.", []string{"RU"}, nil},
		{"the place of a meeting", "Tijdens een top in Parijs bespioneerden Chinese agenten Afrikaanse ministers.", []string{"CN"}, nil},
		{"where victims live", "Turkse spionnen volgden Turkse journalisten in Zweden.", []string{"TR"}, []string{"TR"}},
		{"a list of places", "Chinese hackers drongen binnen bij havens in Italië en in Griekenland.", []string{"CN"}, []string{"GR", "IT"}},
		{"transit", "Russische hackers vielen via servers in Nederland Poolse ministeries aan.", []string{"RU"}, []string{"PL"}},
		{"a maker", "Iraanse hackers misbruikten software van het Amerikaanse Microsoft om Israëlische bedrijven binnen te dringen.", []string{"IR"}, []string{"IL"}},
		{"a topic", "Russische trollen verspreidden nepberichten over Frankrijk onder Malinese twitteraars.", []string{"RU"}, []string{"ML"}},
		{"a partner", "Chinese hackers bespioneerden Vietnam, dat met China over de Zuid-Chinese Zee onderhandelde.", []string{"CN"}, []string{"VN"}},
		{"a sympathy", "Pro-Iraanse hacktivisten legden Amerikaanse waterbedrijven plat.", nil, []string{"US"}},
		{"a relative clause's doer", "De hackers werkten voor Vietnam, dat er Chinese journalisten mee bespioneerde.", []string{"VN"}, []string{"CN"}},
		{"the doer in a clause about an operation", "Estland veroordeelt de aanvallen die Rusland op Estische ministeries uitvoerde.", []string{"RU"}, []string{"EE"}},
		{"a relative clause of the doer", "Het was een campagne die Duitse kiezers moest beïnvloeden.", nil, []string{"DE"}},
		{"a relative clause that attributes", "De aanval kwam van een groep die de Franse regering aan de GRU toeschrijft.", []string{"RU"}, nil},
		{"their own government", "Egyptische bloggers werden door hun eigen regering met spyware bespioneerd.", []string{"EG"}, []string{"EG"}},
		{"a sale", "Het Italiaanse bedrijf verkocht zijn spyware aan Bahrein.", nil, nil},
		{"spread from", "De wisser verspreidde zich vanuit Polen over heel Europa en legde Tsjechische fabrieken plat.", nil, []string{"CZ"}},
		{"part of an agency", "Eenheid 26165 van de GRU hackte het Italiaanse ministerie van Defensie.", []string{"RU"}, []string{"IT"}},
		// What did not happen.
		{"a warning", "De Zweedse veiligheidsdienst waarschuwt ministeries voor Chinese spionage.", nil, nil},
		{"an exercise", "Tijdens een cyberoefening speelden Belgische banken een Russische aanval na.", nil, nil},
		{"a threat", "Rusland kan volgens experts het Duitse stroomnet saboteren.", nil, nil},
		{"a modal in another clause", "Iraanse hackers bespioneerden Koerdische activisten via apps die ze moesten installeren, en Irakese journalisten die zich niet kunnen verweren.", []string{"IR"}, []string{"IQ"}},
		{"an obligation", "Het Franse ministerie moet elke verkoop van spyware aan Rusland goedkeuren.", nil, nil},
		{"a condition", "Als Iran Israëlische ziekenhuizen hackt, volgt een antwoord.", nil, nil},
		{"a question", "Hackte China het Australische parlement?", nil, nil},
		{"a question about the doer", "Wie zat er achter de aanval op het Deense spoor?", nil, []string{"DK"}},
		{"a contrast", "De hack leek eerst uit Iran te komen, maar bleek het werk van Noord-Korea.", []string{"KP"}, nil},
		{"niet X maar Y", "Niet China maar Rusland viel het Tsjechische ministerie aan.", []string{"RU"}, []string{"CZ"}},
		{"fear", "Uit vrees voor Chinese spionage weert Litouwen Chinese telefoons.", nil, nil},
	} {
		a := x.Text(c.text)
		gotA, gotT := sorted(a.Codes(Actor)), sorted(a.Codes(Target))
		if !slices.Equal(gotA, sorted(c.actors)) || !slices.Equal(gotT, sorted(c.targets)) {
			t.Errorf("%s: %q\n\tactors %v, want %v; targets %v, want %v", c.rule, c.text, gotA, sorted(c.actors), gotT, sorted(c.targets))
		}
	}
}
