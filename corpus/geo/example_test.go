package geo_test

import (
	"fmt"

	"dossier/corpus/geo"
)

func ExampleGazetteer_Extract() {
	g := geo.Default()
	text := "Volgens The Washington Post kocht de Marokkaanse dienst de software, en niet Wit-Rusland."
	for _, m := range g.Extract(text) {
		fmt.Printf("%s %s %q at %d:%d\n", m.Code, m.Form, m.Surface, m.Start, m.End)
	}
	// Output:
	// MA adjective "Marokkaanse" at 37:48
	// BY name "Wit-Rusland" at 77:88
}

func ExampleGazetteer_Lookup() {
	g := geo.Default()
	for _, q := range []string{"Frankrijk", "France", "marokko", "VS", "Korea"} {
		fmt.Println(q, g.Lookup(q), g.Name(g.Lookup(q)[0], "nl"))
	}
	// Output:
	// Frankrijk [FR] Frankrijk
	// France [FR] Frankrijk
	// marokko [MA] Marokko
	// VS [US] Verenigde Staten
	// Korea [KP KR] Noord-Korea
}

func ExampleThreatActors_Lookup() {
	ta := geo.DefaultThreatActors()
	for _, q := range []string{"Fancy Bear", "sofacy", "Forest-Blizzard", "APT 28", "hidden cobra"} {
		g, _ := ta.Lookup(q)
		fmt.Println(q+":", g.Name, g.Country, g.Agency)
	}
	a, _ := ta.LookupAgency("het Chinese leger")
	fmt.Println("het Chinese leger:", a.Name, a.Country)
	// Output:
	// Fancy Bear: APT28 RU GRU
	// sofacy: APT28 RU GRU
	// Forest-Blizzard: APT28 RU GRU
	// APT 28: APT28 RU GRU
	// hidden cobra: Lazarus KP RGB
	// het Chinese leger: PLA CN
}
