package importer

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pruneClutter removes from a page what the extraction library is known to
// let through on Dutch news sites: cookie and consent walls (dialogs laid
// over the page), newsletter sign-ups, "Lees ook" boxes, share bars,
// adverts and comment sections, recognised by their role or by words in
// their class or id. The page's html, body, main and article elements are
// never removed, whatever their class says ("has-cookie-banner").
func pruneClutter(doc *html.Node) {
	var doomed []*html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && !keptElements[n.DataAtom] && isClutter(n) {
			doomed = append(doomed, n)
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

var keptElements = map[atom.Atom]bool{atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true, atom.Head: true}

// clutterWords, found anywhere in a class or id, mark clutter;
// clutterTokens only as a whole word of it ("ad", not "head").
var (
	clutterWords = []string{
		"cookie", "consent", "gdpr", "privacywall", "newsletter", "nieuwsbrief", "paywall", "disqus",
		"read-also", "readalso", "lees-ook", "leesook", "related", "social-share", "sharebar", "share-bar",
		"advert", "advertentie", "sponsored", "comment", "reacties", "most-read", "meest-gelezen",
		"more-news", "meer-nieuws",
	}
	clutterTokens = map[string]bool{"ad": true, "ads": true, "share": true, "social": true, "teaser": true, "promo": true}
)

func isClutter(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "dialog", "alertdialog", "complementary", "navigation", "banner", "contentinfo":
		return true
	}
	if strings.EqualFold(attr(n, "aria-modal"), "true") {
		return true
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if strings.TrimSpace(names) == "" {
		return false
	}
	for _, w := range clutterWords {
		if strings.Contains(names, w) {
			return true
		}
	}
	for _, tok := range strings.FieldsFunc(names, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		if clutterTokens[tok] {
			return true
		}
	}
	return false
}
