package search_test

import (
	"context"
	"fmt"

	"dossier/corpus"
	"dossier/corpus/search"
)

func ExampleIndex_Search() {
	c, err := corpus.LoadSeed()
	if err != nil {
		panic(err)
	}
	ix, err := search.Build(context.Background(), c.Docs(), search.Options{})
	if err != nil {
		panic(err)
	}
	// A typo: "pegasis" finds Pegasus, and a suggestion spells it right.
	res := ix.Search(search.Query{Text: "pegasis", Limit: 5})
	for _, h := range res.Hits {
		fmt.Println(h.Doc.ID, h.Doc.Date, h.Why)
	}
	fmt.Printf("Bedoelde u %s?\n", res.Suggestion)
	// Output:
	// 003_0df74ff2f132de6e 2021-07 [typo]
	// Bedoelde u Pegasus?
}

func ExampleIndex_QuickOpen() {
	c, err := corpus.LoadSeed()
	if err != nil {
		panic(err)
	}
	ix, err := search.Build(context.Background(), c.Docs(), search.Options{})
	if err != nil {
		panic(err)
	}
	for _, m := range ix.QuickOpen("macrons mob", 1) {
		fmt.Println(m.Doc.Title, m.Spans)
	}
	// Output: Was Macrons mobiel wel veilig? [[4 15]]
}
