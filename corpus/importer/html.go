package importer

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"dossier/corpus"
	"dossier/corpus/dates"
)

// maxPageElements bounds the elements of a page handed to the extraction
// library, whose scoring grows faster than the page; a real article page
// has a few thousand.
const maxPageElements = 50000

// page turns a saved web page into an article: the text without menus,
// adverts and comments, found by go-readability (a port of Firefox's
// Reader View); the headline, site and canonical address from the page's
// metadata; the publication date from its metadata or, failing that, from
// a byline or dateline in the text.
func page(tagger *dates.Tagger, data []byte) (*article, *reason) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, because(keyEmpty, nil, "empty file")
	}
	if kind := http.DetectContentType(data); !strings.HasPrefix(kind, "text/") {
		kind, _, _ = strings.Cut(kind, ";")
		return nil, because(keyNotText, args("Type", kind), "not a web page: the file holds %s", kind)
	}
	doc, err := html.Parse(bytes.NewReader(toUTF8(data, "text/html")))
	if err != nil {
		return nil, because(keyUnparsable, args("Text", err.Error()), "not a readable web page: %v", err)
	}
	meta := readMeta(doc)
	pruneClutter(doc)
	a := &article{URL: firstURL(meta.urls)}

	var haveDate bool
	for _, s := range meta.dates {
		if a.Date, haveDate = parseDate(s); haveDate {
			break
		}
	}
	// The blocks of the whole page, for a date that is only in its text:
	// read before the library reshapes the document.
	var pageText []corpus.Paragraph
	if !haveDate {
		pageText = htmlBlocks(doc)
	}

	parser := readability.NewParser()
	parser.MaxElemsToParse = maxPageElements
	var base *url.URL
	if a.URL != "" {
		base, _ = url.Parse(a.URL)
	}
	found, err := parser.ParseAndMutate(doc, base)
	if err != nil && strings.Contains(err.Error(), "too large") {
		return nil, because(keyTooManyTags, args("Limit", maxPageElements), "the page has over %d elements, more than an article page", maxPageElements)
	}
	if err != nil || found.Node == nil {
		return nil, noText()
	}
	if !haveDate {
		if t, err := found.PublishedTime(); err == nil {
			a.Date, haveDate = makeDate(t.Year(), int(t.Month()), t.Day())
		}
	}
	a.Paragraphs = htmlBlocks(found.Node)
	a.Title = firstOf(append(meta.titles, cleanLine(found.Title()))...)
	site := siteFromTitle(meta.htmlTitle, a.Title)
	if site == "" {
		// A page without metadata: its <title> is "headline | site" when
		// one of its headings is the headline.
		for _, h := range meta.headings {
			if site = siteFromTitle(a.Title, h); site != "" {
				a.Title = h
				break
			}
		}
	}
	a.Source = firstOf(cleanLine(found.SiteName()), firstOf(meta.sites...), site)
	a.Paragraphs = trimHeadings(dropRepeatedTitle(a.Paragraphs, a.Title))
	if !a.hasText() {
		return nil, noText()
	}
	if !haveDate {
		a.Date, haveDate = dateNearTop(tagger, cleanLine(found.Byline()), pageText, a.Paragraphs)
	}
	if !haveDate {
		return nil, noDate()
	}
	return a, nil
}

// toUTF8 decodes a page or feed in the encoding it declares (a byte-order
// mark, <meta charset>, an XML declaration) or, without one, that its bytes
// suggest, as a browser does.
func toUTF8(data []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" || enc == nil {
		return bytes.TrimPrefix(data, []byte("\uFEFF"))
	}
	decoded, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return decoded
}

// firstURL is the first absolute web address among urls, relative ones
// resolved against the absolute ones that follow.
func firstURL(urls []string) string {
	var base *url.URL
	for _, u := range urls {
		if p, err := url.Parse(u); err == nil && p.IsAbs() && (p.Scheme == "http" || p.Scheme == "https") {
			base = p
			break
		}
	}
	for _, u := range urls {
		p, err := url.Parse(u)
		if err != nil {
			continue
		}
		if !p.IsAbs() && base != nil {
			p = base.ResolveReference(p)
		}
		if p.IsAbs() && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
			return p.String()
		}
	}
	return ""
}

func firstOf(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// siteFromTitle finds a site's name where a page's <title> is "headline |
// site" (or with " - ", " – ", " — ", " · "), the headline being the
// article's.
func siteFromTitle(htmlTitle, headline string) string {
	if headline == "" {
		return ""
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		if i := strings.LastIndex(htmlTitle, sep); i > 0 && strings.EqualFold(strings.TrimSpace(htmlTitle[:i]), headline) {
			return strings.TrimSpace(htmlTitle[i+len(sep):])
		}
	}
	return ""
}

// dropRepeatedTitle drops a first paragraph or heading that repeats the
// headline, which the header already holds.
func dropRepeatedTitle(ps []corpus.Paragraph, title string) []corpus.Paragraph {
	if len(ps) > 0 && title != "" && strings.EqualFold(ps[0].Text, title) {
		return ps[1:]
	}
	return ps
}

// trimHeadings drops headings at the end of the text, which head nothing
// ("Meer nieuws" above teasers that were left out).
func trimHeadings(ps []corpus.Paragraph) []corpus.Paragraph {
	for len(ps) > 0 && ps[len(ps)-1].Kind == corpus.KindHeading {
		ps = ps[:len(ps)-1]
	}
	return ps
}

// maxDatelineWords is the longest block read as a byline or dateline: a
// paragraph of the article that happens to name a date is no
// publication date.
const maxDatelineWords = 30

// dateNearTop looks for a publication date written in the text: in the
// byline the library found, in the short blocks of the page above the
// article's first paragraph, or at the very start of that paragraph ("3
// maart 2019, 14:05 – …"). Comments and pages further down are never read.
func dateNearTop(tagger *dates.Tagger, byline string, pageText, content []corpus.Paragraph) (corpus.Date, bool) {
	if d, ok := dateInText(tagger, byline); ok {
		return d, true
	}
	first := ""
	if len(content) > 0 {
		first = content[0].Text
	}
	for _, b := range pageText {
		if b.Text == first || (first != "" && strings.HasPrefix(b.Text, first)) {
			break
		}
		if len(strings.Fields(b.Text)) <= maxDatelineWords {
			if d, ok := dateInText(tagger, b.Text); ok {
				return d, true
			}
		}
	}
	if first != "" {
		words := strings.Fields(first)
		if d, ok := dateInText(tagger, strings.Join(words[:min(len(words), 8)], " ")); ok {
			return d, true
		}
	}
	return corpus.Date{}, false
}
