package summarize

import "strings"

// phraseSet matches short word sequences against a sentence's tokens in
// one pass. A word ending in "*" matches any word with that prefix.
type phraseSet struct {
	byFirst map[string][][]string // exact first word -> phrases
	prefix  [][]string            // phrases whose first word is a prefix
}

// newPhraseSet compiles phrases given one a line, words separated by spaces.
func newPhraseSet(lines string) *phraseSet {
	ps := &phraseSet{byFirst: map[string][][]string{}}
	for _, line := range strings.Split(lines, "\n") {
		w := strings.Fields(line)
		if len(w) == 0 {
			continue
		}
		if strings.HasSuffix(w[0], "*") {
			ps.prefix = append(ps.prefix, w)
			continue
		}
		ps.byFirst[w[0]] = append(ps.byFirst[w[0]], w)
	}
	return ps
}

func wordMatches(pat, w string) bool {
	if strings.HasSuffix(pat, "*") {
		return strings.HasPrefix(w, pat[:len(pat)-1])
	}
	return pat == w
}

// matchAt returns the number of tokens of the longest phrase that starts
// at word token i (skipping nothing), or 0. Only tokens accepted by ok are
// considered; ok may be nil.
func (ps *phraseSet) matchAt(d *doc, i, end int, ok func(int) bool) int {
	t := &d.toks[i]
	if !t.word || ok != nil && !ok(i) {
		return 0
	}
	best := 0
	try := func(p []string) {
		if len(p) <= best {
			return
		}
		j := i
		for _, pw := range p {
			for j < end && !d.toks[j].word {
				j++
			}
			if j >= end || !wordMatches(pw, d.toks[j].lower) || ok != nil && !ok(j) {
				return
			}
			j++
		}
		best = j - i
	}
	for _, p := range ps.byFirst[t.lower] {
		try(p)
	}
	for _, p := range ps.prefix {
		if strings.HasPrefix(t.lower, p[0][:len(p[0])-1]) {
			try(p)
		}
	}
	return best
}

// count returns how many phrases occur in tokens [from, to) and the token
// end of the first one (or -1).
func (ps *phraseSet) count(d *doc, from, to int, ok func(int) bool) (n, firstEnd int) {
	firstEnd = -1
	for i := from; i < to; i++ {
		if k := ps.matchAt(d, i, to, ok); k > 0 {
			if n == 0 {
				firstEnd = i + k
			}
			n++
			i += k - 1
		}
	}
	return n, firstEnd
}
