package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"dossier/corpus"
)

// found is one article an input holds, or the reason an item of it could
// not become one; line is where in the input (0 for the whole input).
type found struct {
	article *article
	problem *reason
	line    int
}

// feedItem is an RSS 2.0 (or 1.0) item or an Atom entry: the fields of
// both, of which each feed fills its own.
type feedItem struct {
	Title string     `xml:"title"`
	Links []feedLink `xml:"link"`
	GUID  struct {
		Value       string `xml:",chardata"`
		IsPermaLink string `xml:"isPermaLink,attr"`
	} `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	DCDate      string   `xml:"http://purl.org/dc/elements/1.1/ date"`
	Published   string   `xml:"published"`
	Issued      string   `xml:"issued"`
	Updated     string   `xml:"updated"`
	Description string   `xml:"description"`
	Encoded     string   `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Summary     feedText `xml:"summary"`
	Content     feedText `xml:"content"`
}

type feedLink struct {
	Href  string `xml:"href,attr"`
	Rel   string `xml:"rel,attr"`
	Value string `xml:",chardata"`
}

// feedText is an Atom text construct: type "text", "html" (escaped
// markup, which Text holds unescaped) or "xhtml" (markup inline, in Inner).
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// feed reads an RSS 2.0, RSS 1.0 or Atom feed: each item an article, with
// the full content where the feed has it (content:encoded, Atom content)
// and the summary where not, the item's link as its address and the
// feed's title as its source. An item that cannot become an article is
// reported at its line; a feed that breaks off keeps the items before the
// break and reports the break.
func feed(data []byte) []found {
	if len(bytes.TrimSpace(data)) == 0 {
		return []found{{problem: because(keyEmpty, nil, "empty file")}}
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false // feeds use HTML's entities (&nbsp;) without declaring them
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var out []found
	source := ""
	depth, kind := 0, ""
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) && kind != "" {
				if len(out) == 0 {
					out = append(out, found{problem: because(keyNoItems, nil, "the feed has no items")})
				}
				return out
			}
			if kind == "" && (errors.Is(err, io.EOF) || len(out) == 0) {
				return append(out, found{problem: because(keyNotFeed, nil, "not an RSS or Atom feed")})
			}
			line, _ := d.InputPos()
			return append(out, found{line: line, problem: because(keyXML, args("Text", xmlErrorText(err)), "the feed breaks off here: %s", xmlErrorText(err))})
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if depth == 1 {
				if name != "rss" && name != "feed" && name != "rdf" {
					return []found{{problem: because(keyNotFeed, nil, "not an RSS or Atom feed")}}
				}
				kind = name
				continue
			}
			switch {
			case name == "item" || name == "entry":
				line, _ := d.InputPos()
				var item feedItem
				if err := d.DecodeElement(&item, &t); err != nil {
					return append(out, found{line: line, problem: because(keyXML, args("Text", xmlErrorText(err)), "the feed breaks off here: %s", xmlErrorText(err))})
				}
				depth--
				a, r := item.article(source)
				out = append(out, found{article: a, problem: r, line: line})
			case name == "title" && source == "" && (depth == 2 && kind == "feed" || depth == 3):
				var title string
				if err := d.DecodeElement(&title, &t); err == nil {
					source = cleanLine(title)
				}
				depth--
			}
		case xml.EndElement:
			depth--
		}
	}
}

func xmlErrorText(err error) string {
	var syntax *xml.SyntaxError
	if errors.As(err, &syntax) {
		return syntax.Msg
	}
	return err.Error()
}

// article makes the item an article of the feed named source.
func (item *feedItem) article(source string) (*article, *reason) {
	a := &article{Title: cleanLine(item.Title), Source: source, URL: item.link()}
	a.Paragraphs = itemText(item)
	return a.dated(firstOf(strings.TrimSpace(item.PubDate), strings.TrimSpace(item.DCDate), strings.TrimSpace(item.Published),
		strings.TrimSpace(item.Issued), strings.TrimSpace(item.Updated)))
}

// link is the item's address: RSS's <link>, Atom's alternate link, or a
// guid that is a permalink.
func (item *feedItem) link() string {
	for _, l := range item.Links {
		if v := strings.TrimSpace(l.Value); v != "" {
			return v
		}
		if l.Href != "" && (l.Rel == "" || l.Rel == "alternate") {
			return strings.TrimSpace(l.Href)
		}
	}
	guid := strings.TrimSpace(item.GUID.Value)
	if item.GUID.IsPermaLink != "false" && (strings.HasPrefix(guid, "http://") || strings.HasPrefix(guid, "https://")) {
		return guid
	}
	return ""
}

// itemText is the fullest text the item has: content:encoded, Atom
// content, the description, Atom summary, each read as HTML when it is
// markup and as plain paragraphs when it is not.
func itemText(item *feedItem) []corpus.Paragraph {
	for _, t := range []feedText{
		{Type: "html", Text: item.Encoded}, item.Content, {Type: "html", Text: item.Description}, item.Summary,
	} {
		var ps []corpus.Paragraph
		switch strings.ToLower(t.Type) {
		case "xhtml":
			ps = markupText(t.Inner)
		case "text":
			ps = plainText(t.Text)
		default:
			ps = markupText(t.Text)
		}
		if len(ps) > 0 {
			return trimHeadings(ps)
		}
	}
	return nil
}

// markupText reads a piece of HTML (a feed item's content) as paragraphs,
// or as plain text when it has no markup. It is not given to the
// extraction library: a feed item has no menus or comments, and the
// library would take a short item for clutter.
func markupText(s string) []corpus.Paragraph {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if !strings.Contains(s, "<") {
		return plainText(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return plainText(s)
	}
	w := blockWriter{}
	for _, n := range nodes {
		w.walk(n, 0)
	}
	w.flush()
	return w.out
}

// plainText splits text into paragraphs on blank lines; lines within one
// are joined, as corpus.Parse joins them.
func plainText(s string) []corpus.Paragraph {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var ps []corpus.Paragraph
	for _, block := range strings.Split(s, "\n\n") {
		if t := cleanLine(block); t != "" && !isLeftover(t) {
			ps = append(ps, corpus.Paragraph{Kind: corpus.KindParagraph, Text: t})
		}
	}
	return ps
}
