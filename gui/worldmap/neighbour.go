package worldmap

import "math"

// Direction is an arrow key's way across the map.
type Direction int

const (
	West Direction = iota
	East
	North
	South
)

// neighbourSlant weighs a candidate's sideways offset against its distance
// the asked way: at 2, a country twice as far but straight ahead beats one
// close by at 45°, which is what "the next one to the right" means to a
// reader.
const neighbourSlant = 2

// neighbourCones are the sideways offsets, as multiples of the forward
// distance, that count as "that way": first within 45° of the arrow; only
// when nothing lies there, within about 72°, so that on a sparse map (few
// countries with articles) an arrow still goes somewhere sensible.
var neighbourCones = [...]float64{1, 3}

// Neighbour is the country a keyboard cursor moves to from the country from
// in direction dir: among the countries for which among returns true, the
// one whose label point (where its marker sits) is nearest that way,
// measured on the map's projection. It does not wrap around the globe: the
// end of the map is the end. False when there is none, or from is unknown.
func (w *World) Neighbour(from string, dir Direction, among func(code string) bool) (string, bool) {
	fi, ok := w.byCode[from]
	if !ok {
		return "", false
	}
	origin := w.shapes[fi].label
	for _, cone := range neighbourCones {
		if code, ok := w.neighbourIn(fi, origin, dir, cone, among); ok {
			return code, true
		}
	}
	return "", false
}

// neighbourIn is Neighbour within one cone.
func (w *World) neighbourIn(fi int, origin Point, dir Direction, cone float64, among func(string) bool) (string, bool) {
	best, bestScore := "", math.Inf(1)
	for si := range w.countries {
		code := w.shapes[si].code
		if si == fi || (among != nil && !among(code)) {
			continue
		}
		dx, dy := w.shapes[si].label.X-origin.X, w.shapes[si].label.Y-origin.Y
		var ahead, side float64
		switch dir {
		case West:
			ahead, side = -dx, dy
		case East:
			ahead, side = dx, dy
		case North:
			ahead, side = dy, dx
		case South:
			ahead, side = -dy, dx
		}
		side = math.Abs(side)
		if ahead <= 0 || side > cone*ahead {
			continue
		}
		if score := ahead + neighbourSlant*side; score < bestScore || score == bestScore && code < best {
			best, bestScore = code, score
		}
	}
	return best, best != ""
}
