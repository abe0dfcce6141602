package geo

import (
	_ "embed"
	"strings"
)

// regionsData is CLDR's Dutch and English name of every region code CLDR
// names, as golang.org/x/text/language/display gives them: a copy, because
// that package holds the names of every region in every language CLDR
// knows, which made Dossier's web build 2.5 MB larger. The test
// TestRegionNamesAreCLDRs checks the copy, and writes it with -update.
//
//go:embed data/regions.tsv
var regionsData string

// CLDRVersion is the version of CLDR the names of regionsData are from.
const CLDRVersion = "32"

// regionNames parses regionsData: code TAB Dutch TAB English a line, after
// comment lines starting with #.
func regionNames(data string) map[string]displayNames {
	names := map[string]displayNames{}
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) == 3 {
			names[fields[0]] = displayNames{dutch: fields[1], english: fields[2]}
		}
	}
	return names
}
