package roles

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/cues.tsv
var cuesData []byte

// cue is a set of the lists a word is on.
type cue uint32

const (
	cueOperation cue = 1 << iota
	cueDoer
	cueReport
	cueAccuse
	cueDeny
	cueDefend
	cuePassive
	cueReporter
	cueTool
	cueAttribute
	cueMeeting
	cueBody
	cueFear
	cueHypothetical
	cueModal
	cueNoop
	cueResidence
	cueAnnounce
	cueUndergo
	cueAuxiliary
	cueInformation
	cueOpinion
	cueContinuation
	cueDiscuss
	cueParticle
	cueAdmit
	cueHelp
	cueMaker
	cueWhether
	cueSell
	cueWarn
	cueSpread
)

var cueNames = map[string]cue{
	"operation": cueOperation, "doer": cueDoer, "report": cueReport, "accuse": cueAccuse,
	"deny": cueDeny, "defend": cueDefend, "passive": cuePassive, "reporter": cueReporter,
	"tool": cueTool, "attribute": cueAttribute, "meeting": cueMeeting, "body": cueBody,
	"fear": cueFear, "hypothetical": cueHypothetical, "modal": cueModal, "noop": cueNoop,
	"residence": cueResidence, "announce": cueAnnounce, "undergo": cueUndergo, "auxiliary": cueAuxiliary, "information": cueInformation, "opinion": cueOpinion, "continuation": cueContinuation, "discuss": cueDiscuss, "particle": cueParticle, "admit": cueAdmit, "help": cueHelp, "maker": cueMaker, "whether": cueWhether, "sell": cueSell, "warn": cueWarn, "spread": cueSpread,
}

func (c cue) has(want cue) bool { return c&want != 0 }

// cues are the cue lists of data/cues.tsv. Patterns are kept by their
// first (prefixes) or last (suffixes) keyLen bytes, so that a word costs
// three map lookups and a few comparisons, not one lookup per pattern
// length.
type cues struct {
	exact          map[string]cue
	prefix, suffix map[string][]pattern
	// short holds the patterns shorter than keyLen, which few words meet.
	short []pattern
}

type pattern struct {
	text   string
	list   cue
	suffix bool
}

const keyLen = 3

var defaultCues = sync.OnceValue(func() *cues {
	c, err := parseCues(cuesData)
	if err != nil {
		panic("roles: embedded cue data: " + err.Error()) // checked by the tests
	}
	return c
})

// parseCues reads the cue lists; a problem is reported as "cues.tsv:line: what".
func parseCues(data []byte) (*cues, error) {
	c := &cues{exact: map[string]cue{}, prefix: map[string][]pattern{}, suffix: map[string][]pattern{}}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(line, "\t")
		list, known := cueNames[name]
		if !ok || !known {
			return nil, fmt.Errorf("cues.tsv:%d: want a list name (operation, doer, report, ...), a tab and words", n+1)
		}
		for _, w := range strings.Fields(words) {
			switch {
			case strings.HasSuffix(w, "*") && len(w) > 1:
				c.add(pattern{text: strings.TrimSuffix(w, "*"), list: list})
			case strings.HasPrefix(w, "*") && len(w) > 1:
				c.add(pattern{text: strings.TrimPrefix(w, "*"), list: list, suffix: true})
			case strings.Contains(w, "*"):
				return nil, fmt.Errorf("cues.tsv:%d: %q: a star goes at the start or the end of a word", n+1, w)
			default:
				c.exact[w] |= list
			}
		}
	}
	return c, nil
}

func (c *cues) add(p pattern) {
	switch {
	case len(p.text) < keyLen:
		c.short = append(c.short, p)
	case p.suffix:
		key := p.text[len(p.text)-keyLen:]
		c.suffix[key] = append(c.suffix[key], p)
	default:
		key := p.text[:keyLen]
		c.prefix[key] = append(c.prefix[key], p)
	}
}

// of returns the lists a folded word is on.
func (c *cues) of(w string) cue {
	found := c.exact[w]
	if len(w) >= keyLen {
		for _, p := range c.prefix[w[:keyLen]] {
			if strings.HasPrefix(w, p.text) {
				found |= p.list
			}
		}
		for _, p := range c.suffix[w[len(w)-keyLen:]] {
			if strings.HasSuffix(w, p.text) {
				found |= p.list
			}
		}
	}
	for _, p := range c.short {
		if (p.suffix && strings.HasSuffix(w, p.text)) || (!p.suffix && strings.HasPrefix(w, p.text)) {
			found |= p.list
		}
	}
	return found
}
