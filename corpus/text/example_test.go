package text_test

import (
	"fmt"

	"dossier/corpus/text"
)

func ExampleAnalyzer_Tokens() {
	var a text.Analyzer
	for _, tok := range a.Tokens("EU-diplomaten en collega’s in Israël") {
		fmt.Printf("%s [%d:%d]\n", tok.Term, tok.Start, tok.End)
	}
	// Output:
	// eu [0:2]
	// diplomaten [3:13]
	// eudiplomaten [0:13]
	// en [14:16]
	// collega [17:26]
	// in [27:29]
	// israel [30:36]
}

func ExampleStemmer_Stem() {
	s := text.NewStemmer()
	fmt.Println(s.Stem("diplomaten"), s.Stem("diplomaat"))
	// Output: diplomat diplomat
}
