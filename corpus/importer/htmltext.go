package importer

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"dossier/corpus"
)

// maxHTMLDepth is how deep into nested elements text is read. Real pages
// stay far below it; deeper content is left out, so that no page can make
// the walk (or the extraction library after it) recurse without end.
const maxHTMLDepth = 256

// htmlBlocks turns the text of an HTML element into paragraphs as a reader
// sees them: each block element (p, li, blockquote, div holding text) a
// paragraph, h1–h6 headings, figcaption captions, two line breaks in a row
// a paragraph break. Scripts, styles, forms' controls and embedded frames
// carry no text; a link that only says "Lees verder" or "Read more" is
// left out, as are blocks that are only the words scraping leaves
// ("Advertentie", "Lees ook").
func htmlBlocks(n *html.Node) []corpus.Paragraph {
	w := blockWriter{}
	w.walk(n, 0)
	w.flush()
	return w.out
}

type blockWriter struct {
	out  []corpus.Paragraph
	cur  strings.Builder
	kind corpus.Kind
	// breaks counts the <br> since the last text: two make a paragraph break.
	breaks int
}

func (w *blockWriter) flush() {
	text := cleanLine(w.cur.String())
	w.cur.Reset()
	w.breaks = 0
	kind := w.kind
	w.kind = ""
	if text == "" || isLeftover(text) {
		return
	}
	if kind == "" {
		kind = corpus.KindParagraph
	}
	w.out = append(w.out, corpus.Paragraph{Kind: kind, Text: text})
}

func (w *blockWriter) walk(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			w.breaks = 0
		}
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if textless[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.breaks++
			if w.breaks >= 2 {
				w.flush()
			} else {
				w.cur.WriteByte(' ')
			}
			return
		}
		if n.DataAtom == atom.A && isMoreLink(n) {
			return
		}
	case html.DocumentNode:
	default:
		return // comments, doctypes
	}
	kind, block := blockKind(n)
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if block {
		w.kind = kind
		w.flush()
	} else if n.Type == html.ElementNode && spacedInline[n.DataAtom] {
		w.cur.WriteByte(' ')
	}
}

// blockKind says whether n starts a paragraph of its own, and what kind.
func blockKind(n *html.Node) (corpus.Kind, bool) {
	if n.Type != html.ElementNode {
		return "", false
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return corpus.KindHeading, true
	case atom.Figcaption:
		return corpus.KindCaption, true
	}
	return "", blockElements[n.DataAtom]
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Blockquote: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Figure: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Pre: true, atom.Address: true, atom.Hr: true, atom.Body: true, atom.Html: true,
	atom.Form: true, atom.Fieldset: true, atom.Details: true, atom.Summary: true, atom.Center: true,
}

// spacedInline are inline elements that a browser shows apart from the
// next word even without a space in the source.
var spacedInline = map[atom.Atom]bool{atom.Img: true, atom.Label: true, atom.Time: true}

// textless are elements whose content no reader sees as article text.
var textless = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Audio: true, atom.Video: true, atom.Picture: true, atom.Map: true,
}

// isMoreLink reports a link that only points on to the article ("Lees
// verder", "Read more"), as feed summaries end.
func isMoreLink(n *html.Node) bool {
	var b strings.Builder
	var text func(*html.Node, int)
	text = func(n *html.Node, depth int) {
		if depth > 8 || b.Len() > 40 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c, depth+1)
		}
	}
	text(n, 0)
	s := strings.ToLower(strings.Trim(cleanLine(b.String()), " .…»›>→"))
	return moreLinks[s]
}

var moreLinks = map[string]bool{
	"lees verder": true, "lees meer": true, "verder lezen": true, "lees het hele artikel": true,
	"read more": true, "continue reading": true, "meer": true,
}

// isLeftover reports a block that is only the words scraping leaves in
// the text: corpus.Parse drops the same ones, and the importer drops them
// first so that the file says what Dossier reads.
func isLeftover(text string) bool {
	return leftovers[strings.ToLower(strings.TrimRight(text, ": "))]
}

var leftovers = map[string]bool{
	"advertentie": true, "advertisement": true, "lees ook": true, "bekijk ook": true,
	"lees verder na de advertentie": true, "lees verder onder de advertentie": true, "lees verder na advertentie": true,
	"lees meer": true, "meer over dit onderwerp": true, "gerelateerde artikelen": true, "deel dit artikel": true,
}
