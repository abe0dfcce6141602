package importer

import (
	"path/filepath"
	"testing"
)

func TestPlanKeepsTheFullerOfOneAddress(t *testing.T) {
	article := func(id, url, text string, size int) prepared {
		return prepared{id: id, urlKey: url, textKey: text + "0000000000000000", textSize: size}
	}
	inputs := []input{{path: "a-feed.rss"}, {path: "b-table.csv"}, {path: "c-page.html"}, {path: "d-other.html"}}
	results := [][]prepared{
		{article("2019-03-04_summary", "https://x.example/1", "summary", 100)},
		{article("2019-03-04_summary", "https://x.example/1", "summary", 100)}, // the summary again, by text and address
		{article("2019-03-04_page", "https://x.example/1", "page", 2000)},      // the whole page
		{article("2019-03-05_short", "https://x.example/1", "short", 50)},      // a shorter one with the address
	}
	planned, duplicates, problems := plan("out", inputs, results)
	if len(problems) != 0 || len(planned) != 1 {
		t.Fatalf("planned %v, problems %v", planned, problems)
	}
	page := filepath.Join("out", "2019-03-04_page.txt")
	if planned[0].file != page || planned[0].path != "c-page.html" {
		t.Errorf("kept %s from %s, want the page", planned[0].file, planned[0].path)
	}
	if len(duplicates) != 3 {
		t.Fatalf("duplicates %v", duplicates)
	}
	for _, d := range duplicates {
		if d.Of != page || d.By != "url" {
			t.Errorf("%s is a duplicate of %s by %s, want of the page by url", d.Path, d.Of, d.By)
		}
	}
}

func TestPlanKeepsTheFirstOfOneText(t *testing.T) {
	inputs := []input{{path: "a.csv"}, {path: "b.csv"}}
	results := [][]prepared{
		{{id: "x", textKey: "sametext00000000", textSize: 10}},
		{{id: "y", urlKey: "https://y.example", textKey: "sametext00000000", textSize: 10}},
	}
	planned, duplicates, _ := plan("out", inputs, results)
	if len(planned) != 1 || planned[0].id != "x" || len(duplicates) != 1 || duplicates[0].By != "text" {
		t.Errorf("planned %v, duplicates %v", planned, duplicates)
	}
}
