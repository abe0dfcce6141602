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
)

var cueNames = map[string]cue{
	"operation": cueOperation, "doer": cueDoer, "report": cueReport, "accuse": cueAccuse,
	"deny": cueDeny, "defend": cueDefend, "passive": cuePassive, "reporter": cueReporter,
	"tool": cueTool, "attribute": cueAttribute, "meeting": cueMeeting, "body": cueBody,
	"fear": cueFear, "hypothetical": cueHypothetical, "modal": cueModal, "noop": cueNoop,
	"residence": cueResidence, "announce": cueAnnounce, "undergo": cueUndergo, "auxiliary": cueAuxiliary, "information": cueInformation, "opinion": cueOpinion, "continuation": cueContinuation, "discuss": cueDiscuss, "particle": cueParticle,
}

func (c cue) has(want cue) bool { return c&want != 0 }

// cues are the cue lists of data/cues.tsv.
type cues struct {
	exact                  map[string]cue
	prefix, suffix         map[string]cue
	prefixLens, suffixLens []int
}

var defaultCues = sync.OnceValue(func() *cues {
	c, err := parseCues(cuesData)
	if err != nil {
		panic("roles: embedded cue data: " + err.Error()) // checked by the tests
	}
	return c
})

// parseCues reads the cue lists; a problem is reported as "cues.tsv:line: what".
func parseCues(data []byte) (*cues, error) {
	c := &cues{exact: map[string]cue{}, prefix: map[string]cue{}, suffix: map[string]cue{}}
	seenPrefix, seenSuffix := map[int]bool{}, map[int]bool{}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(line, "\t")
		list, known := cueNames[name]
		if !ok || !known {
			return nil, fmt.Errorf("cues.tsv:%d: want a list name (%s), a tab and words", n+1, "operation, doer, report, ...")
		}
		for _, w := range strings.Fields(words) {
			switch {
			case strings.HasSuffix(w, "*") && len(w) > 1:
				p := strings.TrimSuffix(w, "*")
				c.prefix[p] |= list
				if !seenPrefix[len(p)] {
					seenPrefix[len(p)] = true
					c.prefixLens = append(c.prefixLens, len(p))
				}
			case strings.HasPrefix(w, "*") && len(w) > 1:
				p := strings.TrimPrefix(w, "*")
				c.suffix[p] |= list
				if !seenSuffix[len(p)] {
					seenSuffix[len(p)] = true
					c.suffixLens = append(c.suffixLens, len(p))
				}
			case strings.Contains(w, "*"):
				return nil, fmt.Errorf("cues.tsv:%d: %q: a star goes at the start or the end of a word", n+1, w)
			default:
				c.exact[w] |= list
			}
		}
	}
	return c, nil
}

// of returns the lists a folded word is on.
func (c *cues) of(w string) cue {
	found := c.exact[w]
	for _, n := range c.prefixLens {
		if n <= len(w) {
			found |= c.prefix[w[:n]]
		}
	}
	for _, n := range c.suffixLens {
		if n <= len(w) {
			found |= c.suffix[w[len(w)-n:]]
		}
	}
	return found
}
