package worldmap

import "math"

// Point is a position in the projected plane: Equal Earth on a sphere of
// radius 1, X east and Y north, (0, 0) where the equator meets Greenwich.
type Point struct{ X, Y float64 }

// LonLat is a geographic position in degrees.
type LonLat struct{ Lon, Lat float64 }

// Coefficients of the Equal Earth projection, from Šavrič, Patterson & Jenny,
// "The Equal Earth map projection", International Journal of Geographical
// Information Science 33(3), 2019 (published online 2018), equations 1–2.
const (
	eeA1 = 1.340264
	eeA2 = -0.081106
	eeA3 = 0.000893
	eeA4 = 0.003796
	eeM  = 0.8660254037844386 // √3 / 2
)

// The projected world's half-extents: the equator's end at ±180° and the
// flat poles at ±90°.
const (
	// XMax is x(180°, 0°).
	XMax = math.Pi / (eeM * eeA1)
	// YMax is y(·, 90°), where the parametric latitude θ is π/3.
	YMax = eePoleTheta * (eeA1 + eeA2*eePoleTheta*eePoleTheta +
		eePoleTheta*eePoleTheta*eePoleTheta*eePoleTheta*eePoleTheta*eePoleTheta*
			(eeA3+eeA4*eePoleTheta*eePoleTheta))
	eePoleTheta = math.Pi / 3
)

func eeY(theta float64) float64 {
	t2 := theta * theta
	t6 := t2 * t2 * t2
	return theta * (eeA1 + eeA2*t2 + t6*(eeA3+eeA4*t2))
}

// eeDY is dy/dθ, which is also the denominator of x.
func eeDY(theta float64) float64 {
	t2 := theta * theta
	t6 := t2 * t2 * t2
	return eeA1 + 3*eeA2*t2 + t6*(7*eeA3+9*eeA4*t2)
}

// Project maps a geographic position to the Equal Earth plane. Longitudes
// outside ±180° are not wrapped: the map is centred on Greenwich.
func Project(p LonLat) Point {
	lambda := p.Lon * math.Pi / 180
	phi := p.Lat * math.Pi / 180
	sinTheta := eeM * math.Sin(phi)
	theta := math.Asin(sinTheta)
	// cos θ as √(1 − sin²θ): θ is within ±π/3, where the cosine is positive,
	// and a square root is an instruction where a cosine is a function (the
	// world map's parse projects every point of its shapes, in the browser
	// too).
	return Point{
		X: lambda * math.Sqrt(1-sinTheta*sinTheta) / (eeM * eeDY(theta)),
		Y: eeY(theta),
	}
}

// Unproject is the inverse of Project. It reports false for points outside
// the projected world (beyond the poles or the ±180° meridians).
func Unproject(p Point) (LonLat, bool) {
	if math.Abs(p.Y) > YMax*(1+1e-12) {
		return LonLat{}, false
	}
	theta := thetaOfY(p.Y)
	lambda := eeM * p.X * eeDY(theta) / math.Cos(theta)
	if math.Abs(lambda) > math.Pi*(1+1e-12) {
		return LonLat{}, false
	}
	phi := math.Asin(math.Max(-1, math.Min(1, math.Sin(theta)/eeM)))
	return LonLat{Lon: lambda * 180 / math.Pi, Lat: phi * 180 / math.Pi}, true
}

// thetaOfY inverts y(θ) by Newton's method; y is monotonic in θ on
// [-π/3, π/3] and close to linear, so a handful of steps reach machine
// precision.
func thetaOfY(y float64) float64 {
	y = math.Max(-YMax, math.Min(YMax, y))
	theta := y / eeA1
	for range 20 {
		d := (eeY(theta) - y) / eeDY(theta)
		theta -= d
		if math.Abs(d) < 1e-14 {
			break
		}
	}
	return math.Max(-math.Pi/3, math.Min(math.Pi/3, theta))
}

// edgeX is the half-width of the projected world at height y: where the
// ±180° meridians are.
func edgeX(y float64) float64 {
	theta := thetaOfY(y)
	return math.Pi * math.Cos(theta) / (eeM * eeDY(theta))
}

// earthRadiusKm is the mean radius (IUGG R1). Equal Earth is equal-area, so
// an area in the projected plane times R² is the area on the globe.
const earthRadiusKm = 6371.0088
