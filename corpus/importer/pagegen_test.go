package importer

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/corpus"
	"dossier/corpus/gen"
)

// pageShapes are the ways the generated pages carry their date and site,
// as the test pages do: JSON-LD, OpenGraph, <time datetime>, a byline.
const pageShapes = 4

// savedPage renders a generated article as a saved page of a Dutch news
// site in shape i%pageShapes, with a menu, a cookie wall, an advert, a
// "Lees ook" box and comments around the text.
func savedPage(doc *corpus.Document, i int) []byte {
	day := 1 + i%28
	date := fmt.Sprintf("%04d-%02d-%02d", doc.Date.Year, int(doc.Date.Month.Month), day)
	url := fmt.Sprintf("https://nieuws.example/artikel/%d", i)
	title := html.EscapeString(doc.Title)
	var head, byline string
	switch i % pageShapes {
	case 0:
		head = fmt.Sprintf(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"%sT10:00:00+01:00","publisher":{"@type":"Organization","name":"Nieuwsdienst"}}</script>
<link rel="canonical" href="%s">`, doc.Title, date, url)
	case 1:
		head = fmt.Sprintf(`<meta property="og:site_name" content="Het Dagblad"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="article:published_time" content="%sT06:30:00+02:00">`, title, url, date)
	case 2:
		byline = fmt.Sprintf(`<time datetime="%s">%d %s</time>`, date, day, doc.Date.Month.Month)
		head = fmt.Sprintf(`<link rel="canonical" href="%s">`, url)
	case 3:
		byline = fmt.Sprintf(`<div class="byline">Gepubliceerd op %d %s %d</div>`, day, dutchMonths[doc.Date.Month.Month-1], doc.Date.Year)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s | Nieuwsdienst</title>%s</head><body>
<div class="cookie-banner" role="dialog"><p>Wij gebruiken cookies om advertenties af te stemmen op je interesses.</p><button>Akkoord</button></div>
<header><nav><a href="/">Home</a> <a href="/binnenland">Binnenland</a> <a href="/buitenland">Buitenland</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>%s</h1>%s<div class="article-body">
`, title, head, title, byline)
	for k, p := range doc.Paragraphs {
		switch p.Kind {
		case corpus.KindHeading:
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(p.Text))
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p.Text))
		}
		if k == 1 {
			b.WriteString(`<div class="ad"><span>Advertentie</span></div><aside class="read-also"><p>Lees ook</p><a href="/x">Een ander artikel over spionage</a></aside>` + "\n")
		}
	}
	b.WriteString(`</div></article><section class="comments"><h2>Reacties</h2><p>Wat een verhaal, schandalig!</p></section></main>
<footer><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer></body></html>
`)
	return []byte(b.String())
}

var dutchMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// writeGeneratedPages writes n saved pages made from corpus/gen's articles
// into dir.
func writeGeneratedPages(tb testing.TB, dir string, n int) {
	tb.Helper()
	docs, err := gen.Documents(n, 7)
	if err != nil {
		tb.Fatal(err)
	}
	for i, doc := range docs {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("pagina-%05d.html", i)), savedPage(doc, i), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}
