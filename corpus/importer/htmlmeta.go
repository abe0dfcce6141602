package importer

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself outside its text, each field
// in the order of trust: a news site's structured data first.
type pageMeta struct {
	// dates are the candidates for the publication date, best first:
	// JSON-LD datePublished, article:published_time, itemprop
	// datePublished, the meta names for a date, <time datetime>.
	dates []string
	// title: JSON-LD headline, og:title, dcterms.title.
	titles []string
	// sites: JSON-LD publisher, og:site_name, application-name, JSON-LD WebSite.
	sites []string
	// urls: <link rel=canonical>, og:url, JSON-LD url, the address a
	// browser notes when it saves a page ("saved from url=").
	urls []string
	// htmlTitle is the <title>, which often ends in the site's name.
	htmlTitle string
	// headings are the texts of the page's h1 and h2 elements, one of
	// which is usually the headline.
	headings []string
}

// metaDateNames are the <meta name> and property values that carry a
// publication date on news sites, in the order they are trusted.
var metaDateNames = []string{
	"article:published_time", "og:article:published_time", "datepublished", "dcterms.issued", "dcterms.created",
	"dc.date.issued", "dc.date", "dcterms.date", "date", "pubdate", "publishdate", "publish-date",
	"publication_date", "article.published", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime",
}

// readMeta collects pageMeta from the document, walking it once without
// recursion (a page may nest deeply).
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	named := map[string]string{}
	var ld ldFinds
	var times []string
	var canonical, savedFrom string
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
		if n.Type == html.CommentNode {
			// <!-- saved from url=(0089)https://… -->, written by browsers.
			if _, after, ok := strings.Cut(n.Data, "saved from url=("); ok {
				if _, u, ok := strings.Cut(after, ")"); ok && savedFrom == "" {
					savedFrom = strings.TrimSpace(u)
				}
			}
			continue
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
			}
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
			}
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" && named[key] == "" {
				named[key] = v
			}
		case atom.Link:
			if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
				if href := strings.TrimSpace(attr(n, "href")); href != "" && canonical == "" {
					canonical = href
				}
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				ld.read(n.FirstChild.Data)
			}
		case atom.Title:
			if m.htmlTitle == "" && n.FirstChild != nil {
				m.htmlTitle = cleanLine(n.FirstChild.Data)
			}
		case atom.H1, atom.H2:
			if len(m.headings) < 20 {
				if t := cleanLine(textOf(n)); t != "" {
					m.headings = append(m.headings, t)
				}
			}
		case atom.Time:
			if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					times = append([]string{dt}, times...)
				} else {
					times = append(times, dt)
				}
			}
		default:
			// itemprop="datePublished" on another element, with a datetime
			// or content attribute.
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				if v := strings.TrimSpace(attr(n, "content") + attr(n, "datetime")); v != "" {
					named["datepublished"] = v
				}
			}
		}
	}
	m.dates = append(m.dates, ld.dates...)
	for _, name := range metaDateNames {
		if v := named[name]; v != "" {
			m.dates = append(m.dates, v)
		}
	}
	m.dates = append(m.dates, times...)
	m.titles = nonEmpty(append(ld.titles, named["og:title"], named["dcterms.title"], named["dc.title"], named["twitter:title"])...)
	m.sites = nonEmpty(append(append(ld.publishers, named["og:site_name"], named["application-name"]), ld.sites...)...)
	m.urls = nonEmpty(append(append([]string{canonical, named["og:url"]}, ld.urls...), savedFrom)...)
	return m
}

// ldFinds is what a page's JSON-LD says about its article.
type ldFinds struct {
	dates, titles, publishers, sites, urls []string
}

// articleTypes are the schema.org types of a news article or blog post.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true,
	"blogposting": true, "liveblogposting": true,
}

// read takes one JSON-LD script: an object, an array of them, or an
// object with an @graph; a script that is not JSON is passed over, as a
// browser does.
func (f *ldFinds) read(script string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(script), "<![CDATA["), "]]>"))), &v) != nil {
		return
	}
	f.visit(v, 0)
}

func (f *ldFinds) visit(v any, depth int) {
	if depth > 4 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			f.visit(item, depth+1)
		}
	case map[string]any:
		if graph, ok := v["@graph"]; ok {
			f.visit(graph, depth+1)
		}
		types := ldStrings(v["@type"])
		isArticle, isSite := false, false
		for _, t := range types {
			isArticle = isArticle || articleTypes[strings.ToLower(t)]
			isSite = isSite || strings.EqualFold(t, "WebSite")
		}
		switch {
		case isArticle:
			f.dates = append(f.dates, ldString(v["datePublished"]), ldString(v["dateCreated"]))
			f.titles = append(f.titles, ldString(v["headline"]), ldString(v["name"]))
			if pub, ok := v["publisher"].(map[string]any); ok {
				f.publishers = append(f.publishers, ldString(pub["name"]))
			}
			f.urls = append(f.urls, ldString(v["url"]))
			switch page := v["mainEntityOfPage"].(type) {
			case string:
				f.urls = append(f.urls, page)
			case map[string]any:
				f.urls = append(f.urls, ldString(page["@id"]), ldString(page["url"]))
			}
		case isSite:
			f.sites = append(f.sites, ldString(v["name"]))
		}
	}
}

func ldString(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func ldStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func nonEmpty(values ...string) []string {
	var out []string
	for _, v := range values {
		if v = cleanLine(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf is the text inside n, as one line.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 && b.Len() < 1000 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}
