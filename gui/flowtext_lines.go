package gui

import "unicode"

// The line breaker of flowText: pure layout, in numbers, so that it can be
// tested without a window. The renderer (flowtext_render.go) draws its lines.

// piece is a stretch of text with one set of marks: a word, part of a word,
// or the space between words.
type piece struct {
	start, end int
	space      bool
	attr       attr
	width      float32
}

// attr is what marks a rune: its highlight, its role, the link (a
// mention or a group's name) and the dated expression it belongs to, and
// whether it is in the spot the reader was opened at.
type attr struct {
	highlight markKind // 0, markMatch or markCurrent
	role      markKind // 0, markActor, markTarget or markGroup
	mention   int      // the link's index into marks, or -1
	date      int      // the dated expression's index into marks, or -1
	spot      bool
}

// plainAttr marks nothing.
func plainAttr() attr { return attr{mention: -1, date: -1} }

// splitPieces splits text where its marks or its spacing change. Mentions
// and group names are links only when links is set (a plain flowText draws
// them as text); actors and targets are coloured either way, a group's name
// over the actor it also names. measure gives the width of a stretch of
// text.
func splitPieces(text []rune, marks []mark, links bool, measure func(string) float32) []piece {
	attrs := make([]attr, len(text))
	for i := range attrs {
		attrs[i] = plainAttr()
	}
	for i, m := range marks {
		for k := max(m.start, 0); k < min(m.end, len(text)); k++ {
			switch m.kind {
			case markMention:
				if links && (attrs[k].mention < 0 || marks[attrs[k].mention].kind != markGroup) {
					attrs[k].mention = i
				}
			case markGroup:
				if links {
					attrs[k].mention = i
				}
				attrs[k].role = markGroup
			case markActor, markTarget:
				if attrs[k].role != markGroup {
					attrs[k].role = m.kind
				}
			case markDate:
				attrs[k].date = i
			case markSpot:
				attrs[k].spot = true
			default:
				attrs[k].highlight = max(attrs[k].highlight, m.kind)
			}
		}
	}
	var out []piece
	for i := 0; i < len(text); {
		space := unicode.IsSpace(text[i])
		j := i + 1
		for j < len(text) && unicode.IsSpace(text[j]) == space && (space || attrs[j] == attrs[i]) {
			j++
		}
		p := piece{start: i, end: j, space: space, attr: attrs[i]}
		if space && (i == 0 || j == len(text) || attrs[i-1] != attrs[j]) {
			// A space takes the marks of its neighbours only when they agree,
			// so "Verenigde Staten" is one link and two matched words one
			// highlight; the spot's tint runs on between words marked
			// otherwise.
			p.attr = plainAttr()
			p.attr.spot = i > 0 && j < len(text) && attrs[i-1].spot && attrs[j].spot
		} else if space {
			p.attr = attrs[i-1]
		}
		p.width = measure(string(text[i:j]))
		out = append(out, p)
		i = j
	}
	return out
}

// breakLines fills lines of at most width with whole words, greedily.
func breakLines(pieces []piece, width float32) [][]piece {
	var lines [][]piece
	var line []piece
	x := float32(0)
	for i := 0; i < len(pieces); {
		if pieces[i].space {
			if len(line) > 0 {
				line = append(line, pieces[i])
				x += pieces[i].width
			}
			i++
			continue
		}
		j, w := i, float32(0)
		for j < len(pieces) && !pieces[j].space {
			w += pieces[j].width
			j++
		}
		if len(line) > 0 && x+w > width {
			lines = append(lines, trimSpace(line))
			line, x = nil, 0
		}
		line = append(line, pieces[i:j]...)
		x += w
		i = j
	}
	if len(line) > 0 {
		lines = append(lines, trimSpace(line))
	}
	return lines
}

func trimSpace(line []piece) []piece {
	for len(line) > 0 && line[len(line)-1].space {
		line = line[:len(line)-1]
	}
	return line
}
