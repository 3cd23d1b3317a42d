package summarize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// nameAt gives the fullest name the engine's name linking knows for the
	// person or body named at a byte offset ("Lew" -> "Jacob J. Lew", "the
	// president" -> the person holding the role), or "".
	nameAt func(off int) string
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

// unquotedChild returns the dependent of i nearest to it, outside
// quotation marks, whose relation is one of rels, or -1: a quoted word is
// never the source of the words around it, and where the parser gives a
// verb several subjects the nearest is the head of the subject phrase.
func (t *tree) unquotedChild(i int, rels ...string) int {
	best := -1
	for _, c := range t.children(i) {
		if t.quoted[c] {
			continue
		}
		r := t.a.Tokens[c].Rel
		for _, rel := range rels {
			if r == rel && (best < 0 || abs(int(c)-i) < abs(best-i)) {
				best = int(c)
			}
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// subjectOf returns the subject of a verb: its nsubj, the agent of a
// passive ("was quoted by X"), or for a verb in a chain ("is expected to
// say", "went on to say") the subject of the governing verb; -1 when none.
func (t *tree) subjectOf(v int) int {
	participle := t.a.Tokens[v].XPOS == "VBG" || t.a.Tokens[v].XPOS == "VBN"
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if s := t.unquotedChild(v, "nsubj", "nsubj:outer", "obl:agent"); s >= 0 {
			return s
		}
		tok := t.a.Tokens[v]
		// A verb in a chain ("is expected to say", "said and added") and a
		// participle ("…, adding", "saying") take the subject of the verb
		// they hang from.
		if tok.Rel != "xcomp" && tok.Rel != "conj" && !strings.HasPrefix(tok.Rel, "advcl") && !participle {
			return -1
		}
		v = tok.Head
	}
	return -1
}

// cueSource returns the source of cue verb i: its subject, or, in the
// inverted order of quotations ("…,” said Jared Bernstein), the noun
// phrase right after the cue whatever relation the parser gave it.
func (t *tree) cueSource(i int) int {
	if s := t.subjectOf(i); s >= 0 {
		return s
	}
	a := t.a
	for _, c := range t.children(i) {
		ci := int(c)
		if ci <= i || ci > i+4 {
			continue
		}
		ct := &a.Tokens[ci]
		if t.quoted[ci] {
			continue
		}
		switch ct.Rel {
		case "obj", "iobj", "dep", "nsubj:pass", "obl:npmod", "appos", "compound", "flat":
			if ct.UPOS == "PROPN" || ct.UPOS == "NOUN" || ct.UPOS == "PRON" {
				return ci
			}
		}
	}
	return -1
}

// isCue reports whether token i is a verb of saying, thinking or
// announcing, used as a verb.
func (t *tree) isCue(i int) bool {
	tok := &t.a.Tokens[i]
	return (tok.UPOS == "VERB" || tok.UPOS == "AUX" && tok.Lemma == "say") && cueLemma(tok.Lemma)
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
				if a.Mentions[mi].Kind == nlp.NameMention && properName(cl.Name) {
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
	if t.nameAt != nil && a.Tokens[src].Start >= 0 && a.Tokens[src].UPOS == "PROPN" {
		if n := t.nameAt(a.Tokens[src].Start); n != "" {
			return n, true
		}
	}
	// A role with the name inside its phrase ("Secretary of State Marco
	// Rubio" parsed with the title as head, "the union's negotiator, John
	// Holland"): the person named nearest to the head.
	if e := t.personIn(src); e >= 0 {
		return t.clusterName(e), true
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
	phrase := a.Span(first, last)
	// A bare surname the entity model missed ("Zelenskyy") names the person
	// named in full elsewhere.
	if a.Tokens[src].UPOS == "PROPN" {
		if full := t.fullName(a.Tokens[last-1].Text); full != "" {
			return full, true
		}
	}
	return phrase, true
}

// personIn returns the PERSON entity inside the phrase headed by src (its
// subtree, without clauses), nearest to src, or -1.
func (t *tree) personIn(src int) int {
	a := t.a
	best, bestDist := -1, 1<<30
	lo, hi := int(t.left[src]), int(t.right[src])
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Type != nlp.PERSON || e.First < lo || e.Last-1 > hi {
			continue
		}
		if !t.inPhrase(e.First, src) {
			continue
		}
		d := e.First - src
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = ei, d
		}
	}
	return best
}

// inPhrase reports whether token j hangs from the phrase head h without
// crossing a clause or a quotation.
func (t *tree) inPhrase(j, h int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 12; steps++ {
		if j == h {
			return true
		}
		if t.quoted[j] {
			return false
		}
		switch r := a.Tokens[j].Rel; r {
		case "acl", "acl:relcl", "ccomp", "advcl", "parataxis", "conj":
			return false
		}
		j = a.Tokens[j].Head
	}
	return false
}

// clusterName returns the fullest name of the cluster an entity's words
// belong to, or the entity's own text.
func (t *tree) clusterName(e int) string {
	a := t.a
	en := &a.Entities[e]
	for i := en.First; i < en.Last; i++ {
		if m := a.Tokens[i].Mention; m >= 0 && m < len(a.Mentions) {
			if c := a.Mentions[m].Cluster; c >= 0 && c < len(a.Clusters) && a.Clusters[c].Name != "" && a.Clusters[c].Type == en.Type {
				return a.Clusters[c].Name
			}
		}
	}
	if full := t.fullName(a.Tokens[en.Last-1].Text); full != "" && len(full) > len(en.Text) {
		return full
	}
	return en.Text
}

// fullName returns the longest PERSON name of the article that ends with
// the surname, when exactly one person has it; "" otherwise.
func (t *tree) fullName(surname string) string {
	a := t.a
	found := ""
	for ci := range a.Clusters {
		c := &a.Clusters[ci]
		if c.Type != nlp.PERSON || c.Name == "" {
			continue
		}
		f := strings.Fields(c.Name)
		if len(f) < 2 || f[len(f)-1] != surname {
			continue
		}
		if found != "" && found != c.Name && !strings.HasSuffix(found, " "+c.Name) && !strings.HasSuffix(c.Name, " "+found) {
			return ""
		}
		if len(c.Name) > len(found) {
			found = c.Name
		}
	}
	return found
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

// nameAt returns the fullest name of the entity whose mention covers byte
// offset off, or "".
func (d *doc) nameAt(off int) string {
	ti := d.tokAt(off)
	if ti >= len(d.toks) || d.toks[ti].start != off || ti >= len(d.tokMent) {
		return ""
	}
	mi := d.tokMent[ti]
	if mi < 0 || d.mentions[mi].ent < 0 {
		return ""
	}
	return d.ents[d.mentions[mi].ent].name
}

// properName reports whether a name is capitalised, as a proper name is
// ("the ministry" found as an organisation is a description, not a name).
func properName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
