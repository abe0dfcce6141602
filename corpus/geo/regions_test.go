package geo

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var update = flag.Bool("update", false, "write data/regions.tsv from golang.org/x/text's CLDR data")

// cldrRegions is data/regions.tsv as golang.org/x/text/language/display
// gives it: every two-letter region code CLDR names in Dutch and English.
func cldrRegions() string {
	dutch, english := display.Regions(language.Dutch), display.Regions(language.English)
	var b strings.Builder
	b.WriteString("# CLDR's Dutch and English names of region codes, from golang.org/x/text/language/display\n")
	b.WriteString("# (see regions.go). Written by: go test ./corpus/geo -run TestRegionNamesAreCLDRs -update\n")
	for first := 'A'; first <= 'Z'; first++ {
		for second := 'A'; second <= 'Z'; second++ {
			code := string([]rune{first, second})
			region, err := language.ParseRegion(code)
			if err != nil || region.String() != code {
				continue
			}
			nl, en := dutch.Name(region), english.Name(region)
			if nl == "" || en == "" {
				continue
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\n", code, nl, en)
		}
	}
	return b.String()
}

func TestRegionNamesAreCLDRs(t *testing.T) {
	want := cldrRegions()
	if *update {
		if err := os.WriteFile("data/regions.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if regionsData != want {
		t.Fatalf("data/regions.tsv differs from golang.org/x/text's CLDR data: run go test ./corpus/geo -run TestRegionNamesAreCLDRs -update")
	}
	if CLDRVersion != display.CLDRVersion {
		t.Errorf("CLDRVersion %s, golang.org/x/text's is %s", CLDRVersion, display.CLDRVersion)
	}
	names := regionNames(regionsData)
	if got := names["NL"]; got != (displayNames{dutch: "Nederland", english: "Netherlands"}) {
		t.Errorf("NL: %+v", got)
	}
	if len(names) < 249 {
		t.Errorf("%d region names, want every one of codes.txt's 249 at least", len(names))
	}
}
