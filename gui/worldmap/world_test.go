package worldmap

import (
	"bytes"
	"encoding/binary"
	"image"
	"math"
	"slices"
	"strings"
	"testing"

	"dossier/assets"
)

// iso3166 lists every officially assigned ISO 3166-1 alpha-2 code (249),
// one line per initial: the map must have each of them.
var iso3166 = strings.Fields(strings.Join([]string{
	"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ",
	"BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ",
	"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ",
	"DE DJ DK DM DO DZ",
	"EC EE EG EH ER ES ET",
	"FI FJ FK FM FO FR",
	"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY",
	"HK HM HN HR HT HU",
	"ID IE IL IM IN IO IQ IR IS IT",
	"JE JM JO JP",
	"KE KG KH KI KM KN KP KR KW KY KZ",
	"LA LB LC LI LK LR LS LT LU LV LY",
	"MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ",
	"NA NC NE NF NG NI NL NO NP NR NU NZ",
	"OM",
	"PA PE PF PG PH PK PL PM PN PR PS PT PW PY",
	"QA",
	"RE RO RS RU RW",
	"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ",
	"TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ",
	"UA UG UM US UY UZ",
	"VA VC VE VG VI VN VU",
	"WF WS",
	"YE YT",
	"ZA ZM ZW",
}, " "))

func TestEveryISOCountryIsOnTheMap(t *testing.T) {
	w := mustLoad(t)
	if len(iso3166) != 249 {
		t.Fatalf("the ISO list has %d codes, want 249", len(iso3166))
	}
	codes := w.Codes()
	if !slices.IsSorted(codes) {
		t.Errorf("Codes() is not sorted")
	}
	for _, code := range append(slices.Clone(iso3166), "XK") {
		if _, ok := slices.BinarySearch(codes, code); !ok {
			t.Errorf("%s is not on the map", code)
		}
	}
	if len(codes) != 250 {
		t.Errorf("%d codes on the map, want the 249 of ISO 3166-1 and XK: %v", len(codes), codes)
	}
}

func TestCountries(t *testing.T) {
	w := mustLoad(t)
	tests := []struct {
		code, name string
		areaKm2    float64 // from the CIA World Factbook (land and inland water)
		// within is the relative error allowed: 1:50m coastlines are coarse,
		// and the smallest countries lose reclaimed land and islets.
		within float64
		small  bool
	}{
		{"DE", "Germany", 357022, 0.12, false},
		{"FR", "France", 551500, 0.12, false}, // metropolitan France: overseas regions are their own codes
		{"RU", "Russia", 17098242, 0.12, false},
		{"BR", "Brazil", 8515770, 0.12, false},
		{"CY", "Cyprus", 9251, 0.12, true},
		{"LU", "Luxembourg", 2586, 0.12, true},
		{"SG", "Singapore", 719, 0.4, true},
		{"BH", "Bahrain", 760, 0.4, true},
		{"MT", "Malta", 316, 0.4, true},
	}
	for _, tt := range tests {
		c, ok := w.Country(tt.code)
		if !ok {
			t.Errorf("Country(%s) not found", tt.code)
			continue
		}
		if c.Code != tt.code || c.Name != tt.name || c.Small != tt.small || !c.HasShape {
			t.Errorf("Country(%s) = %+v, want name %q, small %v, with a shape", tt.code, c, tt.name, tt.small)
		}
		if math.Abs(c.AreaKm2-tt.areaKm2)/tt.areaKm2 > tt.within {
			t.Errorf("%s: area %.0f km², want about %.0f", tt.code, c.AreaKm2, tt.areaKm2)
		}
		if !c.Bounds.Contains(c.Label) {
			t.Errorf("%s: label %v outside bounds %v", tt.code, c.Label, c.Bounds)
		}
	}
	if _, ok := w.Country("ZZ"); ok {
		t.Errorf("Country(ZZ) found")
	}
	bv, _ := w.Country("BV")
	if bv.HasShape || !bv.Small || math.Abs(bv.Label.Lat+54.42) > 0.01 {
		t.Errorf("Bouvet Island = %+v, want a point near 54.42°S", bv)
	}
}

// TestLabelsLieInTheirCountry: a marker sits on its country, and a click on
// a label finds the country it labels.
func TestLabelsLieInTheirCountry(t *testing.T) {
	w := mustLoad(t)
	for _, c := range w.Countries() {
		if !c.HasShape {
			continue
		}
		if got, _ := w.CountryAt(c.Label); got != c.Code {
			t.Errorf("%s (%s): label %v is in %q", c.Code, c.Name, c.Label, got)
		}
	}
}

func TestCountryAtFollowsBorders(t *testing.T) {
	w := mustLoad(t)
	tests := []struct {
		place string
		at    LonLat
		want  string
	}{
		{"Paris", LonLat{2.3522, 48.8566}, "FR"},
		{"Berlin", LonLat{13.4050, 52.5200}, "DE"},
		{"Washington DC", LonLat{-77.0369, 38.9072}, "US"},
		{"Rabat", LonLat{-6.8498, 34.0209}, "MA"},
		{"Nicosia", LonLat{33.3823, 35.1856}, "CY"},
		{"Hargeisa (Somaliland)", LonLat{44.0650, 9.5600}, "SO"},
		{"Pristina", LonLat{21.1655, 42.6629}, "XK"},
		{"Perpignan", LonLat{2.8948, 42.6887}, "FR"},
		{"Figueres", LonLat{2.9613, 42.2671}, "ES"},
		{"Andorra la Vella", LonLat{1.5218, 42.5063}, "AD"},
		{"Maseru, in a hole of South Africa", LonLat{27.4869, -29.3142}, "LS"},
		{"Gibraltar, from 1:10m over 1:50m Spain", LonLat{-5.35, 36.13}, "GI"},
		{"Cayenne, carved out of France", LonLat{-52.3135, 4.9224}, "GF"},
		{"Longyearbyen, carved out of Norway", LonLat{15.6356, 78.2232}, "SJ"},
		{"Chukotka, west of 180°", LonLat{-175, 66.5}, "RU"},
		{"Fiji", LonLat{178.0, -17.8}, "FJ"},
		{"Singapore", LonLat{103.8198, 1.3521}, "SG"},
		{"Valletta", LonLat{14.5146, 35.8989}, "MT"},
		{"near the South Pole", LonLat{0, -89}, "AQ"},
		{"mid-Atlantic", LonLat{-30, 30}, ""},
		{"Pacific off Chile", LonLat{-90, -30}, ""},
	}
	for _, tt := range tests {
		got, ok := w.CountryAt(tt.at)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("CountryAt(%s %v) = %q, %v; want %q", tt.place, tt.at, got, ok, tt.want)
		}
	}
}

func TestBordersSkipMergedAndCutLines(t *testing.T) {
	w := mustLoad(t)
	// Cyprus is Cyprus and the former N. Cyprus: the line between them is
	// not a border.
	cy := &w.shapes[w.byCode["CY"]]
	seen := map[int32]int{}
	for _, p := range cy.polygons {
		for _, ring := range p.rings {
			for _, ref := range ring {
				seen[arcIndex(ref)]++
			}
		}
	}
	internal := 0
	for arc, n := range seen {
		if n == 2 {
			internal++
			if w.isBorder(arc) {
				t.Errorf("arc %d inside Cyprus is drawn as a border", arc)
			}
		}
	}
	if internal == 0 {
		t.Errorf("no line inside Cyprus: the merge of N. Cyprus is gone from the data")
	}
	// No border runs along the 180° meridian, where rings were cut.
	for _, arc := range w.borderArcs {
		pts := w.arcPoints(arc)
		along := true
		for i := 0; i < len(pts); i += 2 {
			ll, _ := Unproject(Point{float64(pts[i]), float64(pts[i+1])})
			along = along && math.Abs(math.Abs(ll.Lon)-180) < 1e-6
		}
		if along {
			t.Errorf("border arc %d runs along the 180° meridian", arc)
		}
	}
}

func TestParseRejectsDamage(t *testing.T) {
	good := assets.WorldShapes
	for name, b := range map[string][]byte{
		"empty":       nil,
		"wrong magic": append([]byte("DOSSIER-WORLD\x02"), good[len(fileMagic):]...),
		"truncated":   good[:len(good)/2],
		"trailing":    append(slices.Clone(good), 0),
	} {
		if _, err := parse(b); err == nil {
			t.Errorf("%s: parse succeeded", name)
		}
	}
}

// tinyWorld is a valid world file small enough to fuzz quickly: two
// countries with a shape (a square and a triangle, in whole degrees) and one
// that is only a point.
func tinyWorld() []byte {
	b := []byte(fileMagic)
	b = binary.AppendUvarint(b, 1) // units per degree
	arcs := [][][2]int64{
		{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}},
		{{20, 0}, {30, 0}, {25, 10}, {20, 0}},
	}
	b = binary.AppendUvarint(b, uint64(len(arcs)))
	var prev [2]int64
	for _, a := range arcs {
		b = binary.AppendUvarint(b, uint64(len(a)))
		for _, p := range a {
			b = binary.AppendVarint(b, p[0]-prev[0])
			b = binary.AppendVarint(b, p[1]-prev[1])
			prev = p
		}
	}
	b = binary.AppendUvarint(b, 0) // no cut arcs
	str := func(b []byte, s string) []byte { return append(binary.AppendUvarint(b, uint64(len(s))), s...) }
	b = binary.AppendUvarint(b, 3)
	for i, code := range []string{"AA", "BB"} {
		b = str(str(b, code), "Country "+code)
		b = binary.AppendUvarint(b, 1) // one polygon
		b = binary.AppendUvarint(b, 1) // one ring
		b = binary.AppendUvarint(b, 1) // one arc
		b = binary.AppendVarint(b, int64(i))
	}
	b = str(str(b, "CC"), "Country CC")
	b = binary.AppendUvarint(b, 0)
	b = binary.AppendVarint(b, 5)
	return binary.AppendVarint(b, 40)
}

func TestTinyWorld(t *testing.T) {
	w, err := parse(tinyWorld())
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Codes(); !slices.Equal(got, []string{"AA", "BB", "CC"}) {
		t.Errorf("codes %v", got)
	}
	for _, tt := range []struct {
		at   LonLat
		want string
	}{{LonLat{5, 5}, "AA"}, {LonLat{25, 3}, "BB"}, {LonLat{15, 5}, ""}, {LonLat{5, 40}, ""}} {
		if got, _ := w.CountryAt(tt.at); got != tt.want {
			t.Errorf("CountryAt(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
	if cc, _ := w.Country("CC"); cc.HasShape || cc.Label != (LonLat{5, 40}) {
		t.Errorf("CC = %+v, want a point at 5, 40", cc)
	}
}

// FuzzParse: no input makes the parser panic or allocate without bound,
// and whatever parses can be drawn and hit-tested.
func FuzzParse(f *testing.F) {
	tiny := tinyWorld()
	f.Add(tiny)
	f.Add(tiny[:len(tiny)-5])
	f.Add([]byte(fileMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := parse(b)
		if err != nil {
			return
		}
		if !bytes.HasPrefix(b, []byte(fileMagic)) {
			t.Errorf("parsed input without the magic")
		}
		size := image.Pt(64, 32)
		NewRenderer(w).Render(image.NewRGBA(image.Rectangle{Max: size}), WorldView(), LightStyle(), Layer{})
		w.HitTest(size, WorldView(), LightStyle(), 32, 16)
	})
}
