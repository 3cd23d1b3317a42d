package summarize

import (
	"sort"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// tree is the engine's view of the analysis layer's output for one
// article: the tokens, their dependency trees, entities and coreference,
// with indexes the attribution stages need (subtree bounds, dependents,
// which tokens are quoted).
type tree struct {
	a *nlp.Analysis
	// left and right are the first and last token of each token's subtree.
	left, right []int32
	// kids holds the dependents of token i at kids[kidAt[i]:kidAt[i+1]].
	kids  []int32
	kidAt []int32
	// quoted is true for tokens inside quotation marks.
	quoted []bool
}

// newTree indexes an analysis. quotes are the byte ranges of the quoted
// words (without the marks).
func newTree(a *nlp.Analysis, quotes [][2]int) *tree {
	n := len(a.Tokens)
	t := &tree{a: a, left: make([]int32, n), right: make([]int32, n), kidAt: make([]int32, n+1), quoted: make([]bool, n)}
	for i := range a.Tokens {
		t.left[i], t.right[i] = int32(i), int32(i)
	}
	for i := range a.Tokens {
		if h := a.Tokens[i].Head; h >= 0 {
			t.kidAt[h+1]++
		}
	}
	for i := 0; i < n; i++ {
		t.kidAt[i+1] += t.kidAt[i]
	}
	t.kids = make([]int32, t.kidAt[n])
	fill := make([]int32, n)
	for i := range a.Tokens {
		if h := a.Tokens[i].Head; h >= 0 {
			t.kids[t.kidAt[h]+fill[h]] = int32(i)
			fill[h]++
		}
	}
	for i := range a.Tokens {
		s := a.Sentences[a.Tokens[i].Sent]
		h, steps := a.Tokens[i].Head, 0
		for h >= 0 && steps < s.Last-s.First {
			if int32(i) < t.left[h] {
				t.left[h] = int32(i)
			}
			if int32(i) > t.right[h] {
				t.right[h] = int32(i)
			}
			h = a.Tokens[h].Head
			steps++
		}
	}
	for _, q := range quotes {
		for i := t.tokenAt(q[0]); i < n && a.Tokens[i].Start < q[1]; i++ {
			t.quoted[i] = true
		}
	}
	return t
}

// tokenAt returns the first token ending after off.
func (t *tree) tokenAt(off int) int {
	return sort.Search(len(t.a.Tokens), func(i int) bool { return t.a.Tokens[i].End > off })
}

// children returns the dependents of i in text order.
func (t *tree) children(i int) []int32 { return t.kids[t.kidAt[i]:t.kidAt[i+1]] }

// child returns the first dependent of i whose relation is rel (or starts
// with rel+":" when rel has no subtype), or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, c := range t.children(i) {
		r := t.a.Tokens[c].Rel
		for _, rel := range rels {
			if r == rel {
				return int(c)
			}
		}
	}
	return -1
}

// subjectOf returns the subject of a verb: its nsubj, the agent of a
// passive ("was quoted by X"), or for a verb in a chain ("is expected to
// say", "went on to say") the subject of the governing verb; -1 when none.
func (t *tree) subjectOf(v int) int {
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if s := t.child(v, "nsubj", "nsubj:outer"); s >= 0 {
			return s
		}
		if ag := t.child(v, "obl:agent"); ag >= 0 {
			return ag
		}
		tok := t.a.Tokens[v]
		if tok.Rel != "xcomp" && tok.Rel != "conj" && !strings.HasPrefix(tok.Rel, "advcl") {
			return -1
		}
		v = tok.Head
	}
	return -1
}

// isCue reports whether token i is a verb of saying, thinking or
// announcing, used as a verb.
func (t *tree) isCue(i int) bool {
	tok := &t.a.Tokens[i]
	return (tok.UPOS == "VERB" || tok.UPOS == "AUX" && tok.Lemma == "say") && cueLemma(tok.Lemma)
}

// spanText returns the article text of tokens [first, last).
func (t *tree) spanText(first, last int) string {
	return t.a.Span(first, last)
}

// speakerOf names the source token: the fullest name of its coreference
// cluster when the cluster holds a name, else the source phrase as written
// (its determiners, modifiers and compounds and the flat parts of a name,
// without relative clauses or appositions). It returns "" for a pronoun
// that coreference could not resolve.
func (t *tree) speakerOf(src int) (name string, resolved bool) {
	if src < 0 {
		return "", false
	}
	a := t.a
	if m := a.Tokens[src].Mention; m >= 0 && m < len(a.Mentions) {
		if c := a.Mentions[m].Cluster; c >= 0 && c < len(a.Clusters) {
			cl := &a.Clusters[c]
			for _, mi := range cl.Mentions {
				if a.Mentions[mi].Kind == nlp.NameMention && cl.Name != "" {
					return cl.Name, true
				}
			}
		}
		if a.Mentions[m].Kind == nlp.PronounMention {
			return "", false
		}
	}
	if a.Tokens[src].UPOS == "PRON" {
		return "", false
	}
	first, last := src, src+1
	for _, c := range t.children(src) {
		ci := int(c)
		switch a.Tokens[ci].Rel {
		case "det", "amod", "compound", "nmod:poss", "nummod", "flat", "flat:name", "det:poss":
			if ci < src && int(t.left[ci]) < first {
				first = int(t.left[ci])
			}
			if ci > src && (a.Tokens[ci].Rel == "flat" || a.Tokens[ci].Rel == "flat:name" || a.Tokens[ci].Rel == "compound") && ci+1 > last {
				last = ci + 1
			}
		}
	}
	// An entity around the head gives the whole name ("Jean-Claude Juncker").
	for _, e := range a.Entities {
		if e.First <= src && src < e.Last && isActorType(e.Type) {
			if e.First < first || e.Last > last {
				first, last = min(first, e.First), max(last, e.Last)
			}
			break
		}
	}
	for first < last && (a.Tokens[first].UPOS == "PUNCT" || a.Tokens[first].Rel == "case") {
		first++
	}
	return a.Span(first, last), true
}

// isActorType reports whether an entity type can be a party or a speaker.
func isActorType(typ string) bool {
	switch typ {
	case nlp.PERSON, nlp.ORG, nlp.GPE, nlp.NORP:
		return true
	}
	return false
}

// quotedSpans returns the byte ranges of the quoted words of every
// quotation the engine keeps.
func (d *doc) quotedSpans() [][2]int {
	var out [][2]int
	for _, q := range d.quotes {
		if q.drop {
			continue
		}
		for _, s := range q.segs {
			out = append(out, [2]int{s.start, s.end})
		}
	}
	return out
}
