package gen

// The real Dutch words of the generated corpus. Function words make up much
// of any Dutch text; the topic words, names and country adjectives are what
// benchmark queries look for, spelled as the news spells them, diacritics
// included.

func functionWords() []string {
	return []string{
		"de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "met", "voor", "niet", "zijn",
		"die", "aan", "er", "om", "ook", "als", "bij", "of", "door", "over", "naar", "maar", "uit",
		"tot", "nog", "wel", "dan", "zo", "kan", "worden", "werd", "heeft", "hebben", "had", "zou",
		"wordt", "meer", "al", "na", "tegen", "onder", "volgens", "tussen", "deze", "dit", "hun",
		"haar", "hij", "ze", "zij", "we", "wat", "wie", "waar", "toen", "nu", "daar", "hier", "geen",
		"veel", "alle", "andere", "twee", "drie", "jaar", "sinds", "tijdens", "omdat", "terwijl",
		"zegt", "zei", "moet", "kunnen", "waren", "was", "wil", "gaat", "komt", "mogelijk", "echter",
		"inmiddels", "bovendien", "daarna", "vooral", "ongeveer", "bijna", "steeds",
	}
}

func topicWords() []string {
	return []string{
		"spionage", "cyberspionage", "hacker", "hackers", "hack", "hacks", "gehackt", "diplomaat",
		"diplomaten", "diplomatieke", "inlichtingendienst", "inlichtingendiensten", "geheime", "dienst",
		"cyberaanval", "cyberaanvallen", "regering", "president", "premier", "minister", "ministerie",
		"bedrijf", "bedrijven", "software", "netwerk", "netwerken", "berichten", "bericht", "geheim",
		"veiligheid", "veiligheidsdienst", "aanval", "aanvallen", "verkiezingen", "sancties",
		"onderzoek", "onderzoekers", "telefoon", "telefoons", "toestel", "toestellen", "spionnen",
		"spion", "surveillance", "surveillancesoftware", "spionageprogramma", "kernkoppen", "kernwapens",
		"wachtwoorden", "phishing", "e-mails", "EU-diplomaten", "hackersgroep", "beveiliging",
		"beveiligingsbedrijf", "beveiligingsfirma", "lek", "lekken", "datalek", "servers", "ambassade",
		"ambassadeur", "journalisten", "activisten", "mensenrechtenactivisten", "doelwitten",
		"doelwit", "infrastructuur", "systemen", "overheid", "defensie", "leger", "militaire",
		"communicatie", "communicatienetwerk", "verdachte", "verdachten", "geïnfiltreerd",
		"geïnstalleerd", "coördinatie", "financiën", "ideeën", "reëel", "ruïne", "privé", "café",
		"Élysée", "Israël", "België", "Oekraïne", "Zuid-Korea", "Noord-Korea", "Rusland", "China",
		"Amerika", "Marokko", "Frankrijk", "Duitsland", "Iran", "Nederland", "Brussel", "Washington",
		"Moskou", "Peking", "Teheran", "Den Haag", "Europese", "Unie", "Navo", "sabotage", "malware",
		"ransomware", "virus", "cybercriminelen", "criminelen", "schimmige", "vertrouwelijk",
		"vertrouwelijke", "documenten", "gestolen", "gelekt", "verkocht", "betaald", "dollar", "euro",
		"miljoen", "miljard", "rechter", "rechtbank", "aanklager", "Kamer", "Kamerleden", "debat",
		"wetsvoorstel", "privacy", "toezichthouder", "afluisteren", "afgeluisterd", "onderschept",
		"satelliet", "drones", "kabels", "energiebedrijven", "ziekenhuizen", "havens", "verkiezingscampagne",
	}
}

func names() []string {
	return []string{
		"Macron", "Poetin", "Trump", "Biden", "Obama", "Xi", "Jinping", "Rutte", "Merkel", "Zelensky",
		"Snowden", "Assange", "Pegasus", "NSO", "NSA", "CIA", "FBI", "GRU", "AIVD", "MIVD", "Huawei",
		"Kaspersky", "Stuxnet", "Lazarus", "Amazon", "Google", "Microsoft", "Apple", "Twitter",
		"Facebook", "WhatsApp", "Telegram", "Signal", "Le Monde", "The Guardian", "NRC", "Volkskrant",
		"Reuters", "Bellingcat", "Citizen Lab", "Mohammed", "Erdogan", "Khamenei", "Netanyahu",
	}
}

// countryAdjectives are the adjectives a later issue maps to countries.
func countryAdjectives() []string {
	return []string{
		"Russische", "Chinese", "Amerikaanse", "Marokkaanse", "Franse", "Israëlische", "Iraanse",
		"Noord-Koreaanse", "Duitse", "Britse", "Nederlandse", "Belgische", "Oekraïense", "Turkse",
		"Saudische", "Spaanse", "Italiaanse", "Poolse", "Zweedse", "Indiase", "Japanse", "Egyptische",
		"Russisch", "Chinees", "Amerikaans", "Frans", "Israëlisch", "Iraans",
	}
}

func sources() []string { return []string{"NRC", "ANP", "Reuters", "AFP", "Volkskrant", "Trouw"} }

// Syllable parts of the Dutch-like invented words.
func onsets() []string {
	return []string{"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "h", "f", "j",
		"st", "sp", "sch", "br", "dr", "gr", "kr", "pr", "tr", "bl", "gl", "kl", "pl", "vl", "zw", "sl", "sn"}
}

func nuclei() []string {
	return []string{"a", "e", "i", "o", "u", "aa", "ee", "oo", "uu", "ie", "oe", "ui", "eu", "ij", "ei", "ou", "au"}
}

func codas() []string {
	return []string{"", "", "", "n", "r", "l", "s", "t", "k", "m", "ng", "nd", "rd", "lt", "cht", "rk", "st", "ft"}
}

func monthNames() []string {
	return []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december"}
}

func weekdays() []string {
	return []string{"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}
}
