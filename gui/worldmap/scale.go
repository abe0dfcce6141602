package worldmap

import (
	"image/color"
	"math"
	"slices"
)

// Palette is a sequential colour ramp, from the colour for "few" to the
// colour for "many". Between its anchors it interpolates in OKLab, so equal
// steps along the ramp look like equal steps of lightness and hue.
type Palette struct {
	anchors []color.RGBA
}

// NewPalette makes a ramp through the given opaque colours, low to high. It
// needs at least one.
func NewPalette(anchors ...color.RGBA) Palette {
	return Palette{anchors: slices.Clone(anchors)}
}

// LightPalette runs from light gold to deep purple: on a light background
// more articles read as darker. Its lowest class is barely lighter than
// LightStyle's land and the next already darker, so each class stands
// further from the land than the one below it; a paler start (it was
// #FCE8A0) sat as far from the land as the next class, and "1" read as
// strongly as "2".
func LightPalette() Palette {
	return NewPalette(
		color.RGBA{0xEE, 0xD4, 0x7A, 0xFF},
		color.RGBA{0xE9, 0x82, 0x3E, 0xFF},
		color.RGBA{0xDD, 0x58, 0x3A, 0xFF},
		color.RGBA{0xAD, 0x28, 0x5A, 0xFF},
		color.RGBA{0x5E, 0x1A, 0x6A, 0xFF},
	)
}

// DarkPalette runs from violet to bright yellow: on a dark background more
// articles read as brighter, and brighter is further from the dark land and
// sea, so "more" is the stronger colour here too, as in the light palette
// (TestPalettesGainContrastWithCount measures both).
func DarkPalette() Palette {
	return NewPalette(
		color.RGBA{0x5E, 0x2E, 0x8C, 0xFF},
		color.RGBA{0xA2, 0x3A, 0x78, 0xFF},
		color.RGBA{0xE0, 0x62, 0x4A, 0xFF},
		color.RGBA{0xF8, 0xA7, 0x3A, 0xFF},
		color.RGBA{0xFA, 0xEA, 0x80, 0xFF},
	)
}

// At returns the colour at t in [0, 1] along the ramp.
func (p Palette) At(t float64) color.RGBA {
	switch len(p.anchors) {
	case 0:
		return color.RGBA{}
	case 1:
		return p.anchors[0]
	}
	t = math.Max(0, math.Min(1, t)) * float64(len(p.anchors)-1)
	i := min(int(t), len(p.anchors)-2)
	a, b := toOKLab(p.anchors[i]), toOKLab(p.anchors[i+1])
	f := t - float64(i)
	return fromOKLab(okLab{a.l + f*(b.l-a.l), a.a + f*(b.a-a.a), a.b + f*(b.b-a.b)})
}

// maxClasses is how many colours a legend can show and a reader can tell
// apart on a map.
const maxClasses = 6

// Scale maps article counts to colours in a few classes whose bounds grow
// geometrically (1, 2, 3–4, 5–9, 10–19, ...): counts per country are skewed,
// and a linear scale would paint all but the top few the same.
type Scale struct {
	stops []Stop
}

// Stop is one class of a Scale, for the legend: counts from Min to Max
// (inclusive) get Colour.
type Stop struct {
	Min, Max int
	Colour   color.RGBA
}

// NewScale makes a scale for counts from 1 to max. Zero counts have no
// colour (the map shows them as Style.Land); a max below 1 gives an empty
// scale.
func NewScale(max int, p Palette) Scale {
	if max < 1 {
		return Scale{}
	}
	var bounds []int
	if max <= maxClasses {
		for i := 1; i <= max; i++ {
			bounds = append(bounds, i)
		}
	} else {
		for i := range maxClasses {
			b := niceNumber(math.Pow(float64(max), float64(i)/maxClasses))
			if b <= max && (len(bounds) == 0 || b > bounds[len(bounds)-1]) {
				bounds = append(bounds, b)
			}
		}
	}
	s := Scale{stops: make([]Stop, len(bounds))}
	for i, lo := range bounds {
		hi := max
		if i+1 < len(bounds) {
			hi = bounds[i+1] - 1
		}
		t := 1.0
		if len(bounds) > 1 {
			t = float64(i) / float64(len(bounds)-1)
		}
		s.stops[i] = Stop{Min: lo, Max: hi, Colour: p.At(t)}
	}
	return s
}

// niceNumber rounds to the nearest of 1, 2, 3, 5 times a power of ten, in
// log terms, so legend bounds are numbers a reader takes in at a glance.
func niceNumber(v float64) int {
	if v <= 1 {
		return 1
	}
	exp := math.Pow(10, math.Floor(math.Log10(v)))
	best, bestDist := 1.0, math.Inf(1)
	for _, m := range []float64{1, 2, 3, 5, 10} {
		if d := math.Abs(math.Log(v / (m * exp))); d < bestDist {
			best, bestDist = m*exp, d
		}
	}
	return int(math.Round(best))
}

// Stops lists the classes from the lowest up, for a legend.
func (s Scale) Stops() []Stop { return slices.Clone(s.stops) }

// Colour gives the colour for a count; false for counts below 1, which have
// no colour. Counts above the scale's max get the top class.
func (s Scale) Colour(count int) (color.RGBA, bool) {
	if count < 1 || len(s.stops) == 0 {
		return color.RGBA{}, false
	}
	i, _ := slices.BinarySearchFunc(s.stops, count, func(st Stop, c int) int {
		switch {
		case st.Max < c:
			return -1
		case st.Min > c:
			return 1
		}
		return 0
	})
	return s.stops[min(i, len(s.stops)-1)].Colour, true
}

// Fills colours every country with a count of at least 1, for Layer.Fill.
func (s Scale) Fills(counts map[string]int) map[string]color.RGBA {
	out := make(map[string]color.RGBA, len(counts))
	for code, n := range counts {
		if c, ok := s.Colour(n); ok {
			out[code] = c
		}
	}
	return out
}

// Contrast is how far apart two colours look: their distance in OKLab,
// where 0.1 is a difference anyone sees and 0.5 that of a strong colour on
// a neutral ground.
func Contrast(a, b color.RGBA) float64 {
	p, q := toOKLab(a), toOKLab(b)
	return math.Sqrt((p.l-q.l)*(p.l-q.l) + (p.a-q.a)*(p.a-q.a) + (p.b-q.b)*(p.b-q.b))
}

// okLab is a colour in Björn Ottosson's OKLab space.
type okLab struct{ l, a, b float64 }

func srgbToLinear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

func linearToSRGB(v float64) uint8 {
	v = math.Max(0, math.Min(1, v))
	if v <= 0.0031308 {
		v *= 12.92
	} else {
		v = 1.055*math.Pow(v, 1/2.4) - 0.055
	}
	return uint8(math.Round(v * 255))
}

func toOKLab(c color.RGBA) okLab {
	r, g, b := srgbToLinear(c.R), srgbToLinear(c.G), srgbToLinear(c.B)
	l := math.Cbrt(0.4122214708*r + 0.5363325363*g + 0.0514459929*b)
	m := math.Cbrt(0.2119034982*r + 0.6806995451*g + 0.1073969566*b)
	s := math.Cbrt(0.0883024619*r + 0.2817188376*g + 0.6299787005*b)
	return okLab{
		l: 0.2104542553*l + 0.7936177850*m - 0.0040720468*s,
		a: 1.9779984951*l - 2.4285922050*m + 0.4505937099*s,
		b: 0.0259040371*l + 0.7827717662*m - 0.8086757660*s,
	}
}

func fromOKLab(c okLab) color.RGBA {
	l := c.l + 0.3963377774*c.a + 0.2158037573*c.b
	m := c.l - 0.1055613458*c.a - 0.0638541728*c.b
	s := c.l - 0.0894841775*c.a - 1.2914855480*c.b
	l, m, s = l*l*l, m*m*m, s*s*s
	return color.RGBA{
		R: linearToSRGB(4.0767416621*l - 3.3077115913*m + 0.2309699292*s),
		G: linearToSRGB(-1.2684380046*l + 2.6097574011*m - 0.3413193965*s),
		B: linearToSRGB(-0.0041960863*l - 0.7034186147*m + 1.7076147010*s),
		A: 0xFF,
	}
}
