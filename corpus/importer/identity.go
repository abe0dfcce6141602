package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"

	"dossier/corpus/text"
)

// canonicalURL is the form of an article's address that two copies of the
// same article share: scheme and host in lower case, no default port, no
// fragment, no tracking parameters (utm_*, and the click ids of the large
// advertisers), no trailing slash. It is "" for anything that is not an
// absolute http(s) address, which then plays no part in finding duplicates.
func canonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	u.Scheme = "https" // the same page, whichever way it was fetched
	u.Host = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(u.Host, ":80"), ":443"))
	u.Host = strings.TrimPrefix(u.Host, "www.")
	u.Fragment, u.RawFragment, u.User = "", "", nil
	q := u.Query()
	for key := range q {
		k := strings.ToLower(key)
		if strings.HasPrefix(k, "utm_") || k == "fbclid" || k == "gclid" || k == "mc_cid" || k == "mc_eid" {
			q.Del(key)
		}
	}
	u.RawQuery = q.Encode()
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// textKey is what two copies of the same text share however they were
// laid out: its words, folded (lower case, no diacritics), one space apart,
// hashed.
func textKey(a *article) string {
	h := sha256.New()
	for _, p := range a.Paragraphs {
		for _, w := range strings.FieldsFunc(text.Fold(p.Text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// articleID is the id, and file name without .txt, of an article: its
// date, so that a folder lists in time order, and 16 hex digits of a hash
// of its canonical address or, without one, of its text. The same article
// gets the same id however often it is imported.
func articleID(a *article, urlKey, textHash string) string {
	key := "url " + urlKey
	if urlKey == "" {
		key = "text " + textHash
	}
	sum := sha256.Sum256([]byte(key))
	return a.Date.String() + "_" + hex.EncodeToString(sum[:8])
}
