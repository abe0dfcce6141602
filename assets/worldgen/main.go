// Command worldgen converts Natural Earth's admin-0 country shapes into the
// compact world.bin that gui/worldmap embeds, and writes world.README.md beside
// it naming the sources, their versions and licences.
//
// Run it from the repository root:
//
//	go run ./assets/worldgen
//
// It fetches the two pinned npm packages with `npm pack` into a temporary
// folder (or reads them from -atlas and -codes), checks their published
// sha512 integrity, and writes assets/world.bin and assets/world.README.md.
// The output is deterministic: running it twice gives the same bytes.
//
// Sources:
//   - world-atlas 2.0.2: Natural Earth 4.1.0 admin-0 countries as TopoJSON
//     (data public domain, package ISC). The 1:50m shapes are the base; the
//     few countries that exist only at 1:10m (Gibraltar, Tuvalu, U.S. Minor
//     Outlying Islands) are taken from there.
//   - i18n-iso-countries 7.14.0 (MIT): the ISO 3166-1 numeric to alpha-2 table
//     and English names for the pieces Natural Earth does not name on its own.
//
// What the conversion decides, and why:
//   - Every assigned ISO 3166-1 alpha-2 code (plus XK, Kosovo) must end up
//     with a shape or a point, because every country a corpus can mention must
//     be findable on the map; the command fails otherwise.
//   - Natural Earth draws de facto states without an ISO code (N. Cyprus,
//     Somaliland) as their own features; they are merged into the ISO country
//     they belong to de jure (CY, SO), since the map is keyed by ISO code.
//   - Natural Earth folds some ISO-coded territories into their sovereign's
//     shape (French Guiana into France, Svalbard into Norway, ...). Those
//     polygons are carved out under their own code so a click on French Guiana
//     does not filter on France.
//   - Siachen Glacier has no code; it stays as uncoded land so the map has no
//     hole there.
//   - Rings that cross the 180° meridian (Chukotka, Wrangel Island, a Fijian
//     island, Antarctica's coast) are cut there, so the flat map has no edge
//     across the world; see antimeridian.go.
//   - Coordinates are quantised to 1/500 degree (about 200 m, finer than the
//     1:50m source needs) and stored as zigzag varint deltas; arcs keep
//     Natural Earth's topology, so a shared border is stored and drawn once.
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// source is one pinned npm package.
type source struct {
	name, version, licence string
	// integrity is the registry's SRI hash of the tarball, so a re-run reads
	// exactly the bytes this output was made from.
	integrity string
}

func (s source) spec() string    { return s.name + "@" + s.version }
func (s source) tarball() string { return s.name + "-" + s.version + ".tgz" }

func worldAtlas() source {
	return source{
		name: "world-atlas", version: "2.0.2",
		licence:   "ISC (package); the Natural Earth data it carries is in the public domain",
		integrity: "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
	}
}

func isoCountries() source {
	return source{
		name: "i18n-iso-countries", version: "7.14.0",
		licence:   "MIT",
		integrity: "sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg==",
	}
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("worldgen: ")
	out := flag.String("out", "assets", "folder to write world.bin and world.README.md into")
	atlasPath := flag.String("atlas", "", "world-atlas tarball (default: npm pack it)")
	codesPath := flag.String("codes", "", "i18n-iso-countries tarball (default: npm pack it)")
	flag.Parse()

	if err := run(*out, *atlasPath, *codesPath); err != nil {
		log.Fatal(err)
	}
}

func run(out, atlasPath, codesPath string) error {
	atlasSrc, codesSrc := worldAtlas(), isoCountries()
	if atlasPath == "" || codesPath == "" {
		dir, err := os.MkdirTemp("", "worldgen")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if atlasPath == "" {
			if atlasPath, err = npmPack(atlasSrc, dir); err != nil {
				return err
			}
		}
		if codesPath == "" {
			if codesPath, err = npmPack(codesSrc, dir); err != nil {
				return err
			}
		}
	}

	atlasFiles, err := readTarball(atlasPath, atlasSrc, "package/countries-50m.json", "package/countries-10m.json")
	if err != nil {
		return err
	}
	codesFiles, err := readTarball(codesPath, codesSrc, "package/codes.json", "package/langs/en.json")
	if err != nil {
		return err
	}

	iso, err := parseISO(codesFiles["package/codes.json"], codesFiles["package/langs/en.json"])
	if err != nil {
		return fmt.Errorf("%s: %w", codesSrc.spec(), err)
	}
	medium, err := parseTopology(atlasFiles["package/countries-50m.json"])
	if err != nil {
		return fmt.Errorf("%s countries-50m.json: %w", atlasSrc.spec(), err)
	}
	large, err := parseTopology(atlasFiles["package/countries-10m.json"])
	if err != nil {
		return fmt.Errorf("%s countries-10m.json: %w", atlasSrc.spec(), err)
	}

	m, err := build(medium, large, iso)
	if err != nil {
		return err
	}
	bin := m.encode()

	if err := os.WriteFile(filepath.Join(out, "world.bin"), bin, 0o644); err != nil {
		return err
	}
	readme := m.readme(atlasSrc, codesSrc, len(bin))
	if err := os.WriteFile(filepath.Join(out, "world.README.md"), []byte(readme), 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s (%d bytes: %d countries, %d arcs, %d points)",
		filepath.Join(out, "world.bin"), len(bin), m.coded(), len(m.arcs), m.pointCount())
	return nil
}

// npmPack downloads one package's tarball with the npm client.
func npmPack(s source, dir string) (string, error) {
	cmd := exec.Command("npm", "pack", "--silent", "--pack-destination", dir, s.spec())
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("npm pack %s: %w", s.spec(), err)
	}
	return filepath.Join(dir, s.tarball()), nil
}

// readTarball checks a tarball against its pinned integrity and returns the
// named files from it.
func readTarball(path string, s source, names ...string) (map[string][]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sum := sha512.Sum512(raw)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != s.integrity {
		return nil, fmt.Errorf("%s: integrity %s, want %s (pinned %s)", path, got, s.integrity, s.spec())
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	files := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !want[h.Name] {
			continue
		}
		if files[h.Name], err = io.ReadAll(tr); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, h.Name, err)
		}
	}
	for _, n := range names {
		if _, ok := files[n]; !ok {
			return nil, fmt.Errorf("%s: no %s", path, n)
		}
	}
	return files, nil
}

// isoTable is what the generator needs from ISO 3166-1.
type isoTable struct {
	alpha2ByNumeric map[string]string
	// name is the English short name, for pieces Natural Earth does not name.
	name map[string]string
	// codes lists every alpha-2 code in the table, in its order.
	codes []string
}

func parseISO(codesJSON, enJSON []byte) (isoTable, error) {
	var rows [][]string
	if err := json.Unmarshal(codesJSON, &rows); err != nil {
		return isoTable{}, fmt.Errorf("codes.json: %w", err)
	}
	t := isoTable{alpha2ByNumeric: map[string]string{}, name: map[string]string{}}
	for i, r := range rows {
		if len(r) < 3 || len(r[0]) != 2 {
			return isoTable{}, fmt.Errorf("codes.json: row %d: %q is not [alpha2, alpha3, numeric, ...]", i, r)
		}
		t.alpha2ByNumeric[r[2]] = r[0]
		t.codes = append(t.codes, r[0])
	}
	var en struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := json.Unmarshal(enJSON, &en); err != nil {
		return isoTable{}, fmt.Errorf("langs/en.json: %w", err)
	}
	for code, raw := range en.Countries {
		// A name is a string, or a list whose first entry is the usual one.
		var one string
		if err := json.Unmarshal(raw, &one); err == nil {
			t.name[code] = one
			continue
		}
		var many []string
		if err := json.Unmarshal(raw, &many); err != nil || len(many) == 0 {
			return isoTable{}, fmt.Errorf("langs/en.json: %s: not a name or a list of names", code)
		}
		t.name[code] = many[0]
	}
	return t, nil
}

// readme is kept apart from the data so its wording is easy to review.
func (m *worldModel) readme(atlas, codes source, size int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `# world.bin: country shapes for the map

Generated by `+"`go run ./assets/worldgen`"+` (see assets/worldgen/main.go); do not edit by hand.
Read by gui/worldmap, embedded by assets/world.go.

## Sources

| package | version | licence | integrity |
| --- | --- | --- | --- |
| %s | %s | %s | %s |
| %s | %s | %s | %s |

- Shapes: Natural Earth 4.1.0 Admin 0 countries, 1:50m (1:10m for the countries 1:50m lacks), as
  published in the %s npm package. Natural Earth data is in the public domain
  ("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.").
- ISO 3166-1 numeric to alpha-2 codes and English names of carved-out territories: the %s npm package.

## Contents

%d bytes: %d countries and territories (and %d piece of land without a code), %d shared arcs,
%d points, coordinates quantised to 1/%d degree.

Every ISO 3166-1 alpha-2 code (and XK, Kosovo) is present, as a shape or, where Natural Earth
has no shape at any scale, as a point; the generator fails otherwise. Where the output departs
from a plain copy of Natural Earth's 1:50m countries:
`,
		atlas.name, atlas.version, atlas.licence, atlas.integrity,
		codes.name, codes.version, codes.licence, codes.integrity,
		atlas.name, codes.name,
		size, m.coded(), len(m.countries)-m.coded(), len(m.arcs), m.pointCount(), unitsPerDegree)
	b.WriteString("\n")
	for _, n := range m.notes {
		fmt.Fprintf(&b, "- %s\n", n)
	}
	b.WriteString(`
## Format (version 1, all integers varints as in encoding/binary)

    "DOSSIER-WORLD\x01"
    uvarint unitsPerDegree
    uvarint arcCount; per arc: uvarint pointCount, then per point zigzag-varint
        (dLon, dLat) from the previous point of the whole file (the first from 0,0)
    uvarint cutCount; cutCount uvarints: indices of the arcs that close a ring along the
        180° meridian or a pole (map edges, not borders), each as the difference from the previous
    uvarint countryCount; per country:
        string code (uvarint length + bytes; "" for land without a code), string name,
        uvarint polygonCount; per polygon: uvarint ringCount; per ring: uvarint arcRefCount,
            varint arc refs (i: arc i forwards; ^i: arc i backwards);
            the first ring is the outer one, counter-clockwise in (lon, lat); holes are clockwise
        if polygonCount is 0: varint lon, lat of the point that stands for the country
`)
	return b.String()
}
