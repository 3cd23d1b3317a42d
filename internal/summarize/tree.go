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
	// personAt gives the fullest name the engine's name linking knows for
	// the person named at a byte offset ("Lew" -> "Jacob J. Lew", "the
	// president" -> the person holding the role), or "" (also where a
	// country or a body is named: "Mexico's economy minister" is not
	// Mexico).
	personAt func(off int) string
	// nounClass gives the class the analysis layer's lexicon learned
	// for a noun lemma (nlp.NounPerson, nlp.NounOrganisation, …; 0 when
	// unknown), or is nil.
	nounClass func(lemma string) byte
	// personNames memoizes personName: names are looked up for every
	// speaker and every cluster.
	personNames map[string]string
}

// newTree indexes an analysis. quotes are the byte ranges of the quoted
// words (without the marks).
func newTree(a *nlp.Analysis, quotes [][2]int) *tree {
	listenerClauses(a)
	requestInfinitives(a)
	finiteConjuncts(a)
	tellingParticiples(a)
	creditClauses(a)
	appositiveSubjects(a)
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
	t.thatClauses()
	return t
}

// thatClauses relabels as the complement of a verb of saying or thinking a
// clause opened by "that" that the parser hung from it by another
// relation ("Several experts cautioned, as did the campaign itself, that
// the proposals might evolve": parataxis), or a clause without "that"
// right after it ("says Mills violated the rules"): what the verb
// reports. A verb that has a complement already keeps it.
func (t *tree) thatClauses() {
	a := t.a
	for c := range a.Tokens {
		tc := &a.Tokens[c]
		h := tc.Head
		if h < 0 || h >= c || tc.Rel != "parataxis" && tc.Rel != "advcl" || t.quoted[c] {
			continue
		}
		if ht := &a.Tokens[h]; ht.UPOS != "VERB" || !cueLemma(ht.Lemma) || t.child(h, "ccomp") >= 0 {
			continue
		}
		// "says Mills violated…": a clause with its own subject that
		// starts right after a verb that takes one bare, with nothing
		// between, is its complement, whatever relation it was given.
		if first := int(t.left[c]); first == h+1 && tc.Rel == "parataxis" && a.Tokens[first].UPOS != "PUNCT" && clauseLemma(a.Tokens[h].Lemma) &&
			tc.UPOS == "VERB" && t.child(c, "nsubj", "nsubj:pass") >= 0 && t.child(c, "mark") < 0 {
			tc.Rel = "ccomp"
			continue
		}
		// The clause opens with "that", whichever of its words the
		// parser hung it from.
		that := int(t.left[c])
		for that < c && a.Tokens[that].UPOS == "PUNCT" {
			that++
		}
		if that <= h || that == 0 || a.Tokens[that].UPOS != "SCONJ" || !strings.EqualFold(a.Tokens[that].Text, "that") {
			continue
		}
		if p := strings.ToLower(a.Tokens[that-1].Text); p == "so" || p == "such" || p == "now" {
			continue // "so that…": a purpose, not what was said
		}
		switch tc.UPOS {
		case "VERB", "AUX", "ADJ", "NOUN", "PROPN":
			tc.Rel = "ccomp"
		}
	}
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
	if s := t.relativeSubject(v); s >= 0 {
		return s
	}
	participle := t.a.Tokens[v].XPOS == "VBG" || t.a.Tokens[v].XPOS == "VBN"
	// A participle hung from a person is what they do ("footage of
	// Hillary Clinton asking, “…”", "the mayor said, adding that…"
	// misparsed). A name takes it; a role ("the mayor") only when the
	// verbs above it name no one.
	role := -1
	// The same for a finite cue the parser hung from its subject, which it
	// made the root ("The union's negotiator, Ian Croft, said…").
	if tok := &t.a.Tokens[v]; tok.Rel == "acl" && tok.Head >= 0 && tok.Head < v &&
		(tok.XPOS == "VBG" || t.a.Tokens[tok.Head].Rel == "root" && (tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP")) {
		switch ht := &t.a.Tokens[tok.Head]; {
		case ht.UPOS == "PROPN":
			return tok.Head
		case ht.UPOS == "NOUN" && roleHeads[strings.ToLower(ht.Text)]:
			role = tok.Head
		}
	}
	for steps := 0; v >= 0 && steps < 4; steps++ {
		if s := t.subjectChild(v); s >= 0 {
			if role >= 0 {
				if n, _ := t.speakerOf(s); !properName(n) {
					return role
				}
			}
			return s
		}
		tok := t.a.Tokens[v]
		// A verb in a chain ("is expected to say", "said and added") and a
		// participle ("…, adding", "saying") take the subject of the verb
		// they hang from.
		if tok.Rel != "xcomp" && tok.Rel != "conj" && !strings.HasPrefix(tok.Rel, "advcl") && !participle {
			break
		}
		// "allowed Mosseri to claim…", "forced her to admit…": the named
		// object of the verb an infinitive completes is who does it
		// ("promised voters to…" aside).
		if steps == 0 && tok.Rel == "xcomp" && tok.Head >= 0 && t.a.Tokens[tok.Head].Lemma != "promise" {
			if o := t.child(tok.Head, "obj"); o >= 0 && o < v && (t.a.Tokens[o].UPOS == "PROPN" || t.a.Tokens[o].UPOS == "PRON") {
				return o
			}
		}
		v = tok.Head
	}
	return role
}

// relativeSubject returns, for a verb that follows a relative clause set
// off by commas ("Sarah Mills, who runs a clinic for Médecins Sans
// Frontières, said…", "Amat Hajjaj, whose son is held, said…", "the
// government of Quebec, where Borealis owns dams, has said…"), the head
// of the noun phrase the clause describes, which is the verb's subject
// whatever the parser made of the clause; -1 when the verb does not follow
// such a clause.
func (t *tree) relativeSubject(v int) int {
	a := t.a
	first := a.Sentences[a.Tokens[v].Sent].First
	// The verb's auxiliaries and adverbs come between ("…, has said",
	// "…, has repeatedly said").
	c := v - 1
	for c > first && v-c <= 3 && !t.quoted[c] && (a.Tokens[c].UPOS == "AUX" || a.Tokens[c].UPOS == "ADV") {
		c--
	}
	if c < 2 || a.Tokens[c].Text != "," || t.quoted[c] {
		return -1
	}
	k := c - 1
	for k > first && !t.quoted[k] && a.Tokens[k].UPOS != "PUNCT" {
		k--
	}
	if k <= first || a.Tokens[k].Text != "," {
		return -1
	}
	switch a.Tokens[k+1].XPOS {
	case "WP", "WP$", "WDT":
	case "WRB":
		// "The government of Quebec, where Borealis owns three
		// dams, has said…": a place or a body "where" describes.
		if !strings.EqualFold(a.Tokens[k+1].Text, "where") {
			return -1
		}
	default:
		return -1
	}
	if k+2 >= c {
		return -1 // "…, who," is no clause
	}
	h := k - 1
	if u := a.Tokens[h].UPOS; u != "PROPN" && u != "NOUN" || t.quoted[h] {
		return -1
	}
	// Up from the phrase's last word to its head: "Hajjaj" of "Amat
	// al-Salam Hajjaj", "union" of "the head of the union".
	for steps := 0; steps < 8; steps++ {
		hd := a.Tokens[h].Head
		if hd < first || hd >= k {
			break
		}
		switch a.Tokens[h].Rel {
		case "flat", "flat:name", "compound", "nmod", "nmod:poss":
			h = hd
			continue
		case "conj":
			// "the school boards of Los Angeles and San Diego":
			// the last of a list inside the phrase.
			if r := a.Tokens[hd].Rel; r == "nmod" || r == "nmod:poss" || r == "compound" {
				h = hd
				continue
			}
		}
		break
	}
	if t.child(h, "case") >= 0 {
		return -1 // "In Ohio, where…": a preposition's, no subject
	}
	return h
}

// subjectChild returns the subject among the dependents of v: outside
// quotation marks, not a date or a time ("said Monday" misparsed as a
// subject), the nearest before the verb, else the nearest after it
// ("said Jared Bernstein"); -1 when none.
func (t *tree) subjectChild(v int) int {
	a := t.a
	before, after, prev := -1, -1, -1
	for _, c := range t.children(v) {
		ci := int(c)
		tc := &a.Tokens[ci]
		if t.quoted[ci] || strings.HasSuffix(tc.NER, "DATE") || strings.HasSuffix(tc.NER, "TIME") {
			continue
		}
		switch tc.Rel {
		case "nsubj", "nsubj:outer", "obl:agent":
		default:
			continue
		}
		if ci < v {
			prev, before = before, ci // children are in text order: the last is nearest
		} else if after < 0 {
			after = ci
		}
	}
	if before >= 0 && prev >= 0 && t.placeAfterAffiliation(before, prev) {
		// "… of the University of California, Berkeley suggest": the
		// place is the affiliation's, the subject the people before it.
		return prev
	}
	if before >= 0 {
		return before
	}
	return after
}

// cueSource returns the source of cue verb i: its subject, or, in the
// inverted order of quotations ("…,” said Jared Bernstein), the noun
// phrase right after the cue whatever relation the parser gave it.
func (t *tree) cueSource(i int) int {
	if s := t.subjectOf(i); s >= 0 {
		return s
	}
	a := t.a
	if a.Tokens[i].Rel == "root" && t.child(i, "ccomp") >= 0 {
		// A reporting verb heading its sentence with no subject in the
		// parse ("In a statement, one of the family's attorneys, Justin
		// Bamberg, said the videos show…"): English puts the subject
		// before the verb, so the nearest noun before it that no
		// preposition governs is the source.
		if s := t.subjectBefore(i); s >= 0 {
			return s
		}
	}
	if s := t.invertedSource(i); s >= 0 {
		return s
	}
	if addresseeLemma(a.Tokens[i].Lemma) {
		// "Spokesman Jason Miller told the Post that…" with the subject
		// misparsed: the name before the verb.
		if s := t.subjectBefore(i); s >= 0 && a.Tokens[s].UPOS == "PROPN" {
			return s
		}
	}
	if x := a.Tokens[i].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "VBN" && t.afterHave(i) {
		// A finite cue the parse left with no subject: English puts the
		// subject before the verb, so the nearest name or noun before it
		// that no preposition governs ("Democrats accused the GOP of…").
		if s := t.subjectBefore(i); s >= 0 && a.Tokens[s].UPOS != "PRON" {
			return s
		}
	}
	return -1
}

// invertedSource returns the source a cue puts after itself, which the
// parser took for another relation ("…, said Jared Bernstein"), or -1.
func (t *tree) invertedSource(i int) int {
	a := t.a
	switch a.Tokens[i].XPOS {
	case "VBG", "VB":
		// Only a finite verb of saying puts its subject after it (or
		// one the tagger took for a participle, "…,” said Jared
		// Bernstein"): the object of "after saying her foot was
		// swollen" is what was said.
		return -1
	}
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
		case "obj", "iobj":
			// The listener of "told the Post" is not who spoke, and only
			// a verb of saying puts its subject after it ("said Jared
			// Bernstein"): the object of "recognise" is what is
			// recognised.
			if addresseeLemma(a.Tokens[i].Lemma) || !inversionLemma(a.Tokens[i].Lemma) {
				continue
			}
			fallthrough
		case "dep", "nsubj:pass", "obl:npmod", "appos", "compound", "flat":
			if ct.UPOS == "PROPN" || ct.UPOS == "NOUN" || ct.UPOS == "PRON" {
				return ci
			}
		}
	}
	return -1
}

// subjectBefore returns the nearest noun, name or pronoun before token i in
// its sentence that is not governed by a preposition, not quoted and not a
// time expression, or -1.
func (t *tree) subjectBefore(i int) int {
	a := t.a
	first := a.Sentences[a.Tokens[i].Sent].First
	for j := i - 1; j >= first; j-- {
		tj := &a.Tokens[j]
		if t.quoted[j] || tj.UPOS == "PUNCT" {
			continue
		}
		switch tj.UPOS {
		case "PROPN", "NOUN", "PRON":
		default:
			continue
		}
		if strings.HasSuffix(tj.NER, "DATE") || strings.HasSuffix(tj.NER, "TIME") {
			continue
		}
		// Governed by a preposition: itself, or the phrase it is a name
		// inside ("in a statement", "of the family's attorneys").
		h := j
		for steps := 0; steps < 8; steps++ {
			tj := &a.Tokens[h]
			if tj.Head < 0 || tj.Rel != "flat" && tj.Rel != "flat:name" && tj.Rel != "compound" {
				break
			}
			h = tj.Head
		}
		if t.child(h, "case") >= 0 {
			continue
		}
		return j
	}
	return -1
}

// isCue reports whether token i is a verb of saying, thinking or
// announcing, used as a verb.
func (t *tree) isCue(i int) bool {
	tok := &t.a.Tokens[i]
	if tok.UPOS == "VERB" && tok.Lemma == "read" {
		// "…,” the statement read.": a text reads what it says.
		s := t.child(i, "nsubj")
		return s >= 0 && t.a.Tokens[s].UPOS == "NOUN" && speechNoun(t.a.Tokens[s].Lemma)
	}
	if !(tok.UPOS == "VERB" || tok.UPOS == "AUX" && tok.Lemma == "say") || !(cueLemma(tok.Lemma) || evaluativeLemma(tok.Lemma) || topicLemma(tok.Lemma)) {
		return false
	}
	// A passive ("when asked", "was told that") reports what the subject
	// heard, not what it said, unless it names the speaker ("was quoted
	// by").
	if tok.XPOS == "VBN" && t.child(i, "obl:agent") < 0 &&
		(t.child(i, "aux:pass") >= 0 || t.child(i, "nsubj:pass") >= 0 || t.child(i, "aux") < 0 && t.child(i, "nsubj") < 0 && !t.perfectConj(i) && !t.afterHave(i)) {
		return false
	}
	return true
}

// afterHave reports whether participle i follows a form of "have", adverbs
// aside ("have said", "has repeatedly said"): a perfect, whatever the
// parser hung it from.
func (t *tree) afterHave(i int) bool {
	a := t.a
	for k := i - 1; k >= 0 && k >= i-3 && a.Tokens[k].Sent == a.Tokens[i].Sent; k-- {
		switch {
		case a.Tokens[k].Lemma == "have" && a.Tokens[k].UPOS == "AUX":
			return true
		case a.Tokens[k].UPOS != "ADV" && a.Tokens[k].UPOS != "PART":
			return false
		}
	}
	return false
}

// perfectConj reports whether participle i is the second verb of a
// perfect ("has criticized the offer and called for talks"): a conjunct
// of a verb with a perfect auxiliary and no passive one shares them.
func (t *tree) perfectConj(i int) bool {
	a := t.a
	h := a.Tokens[i].Head
	if a.Tokens[i].Rel != "conj" || h < 0 || a.Tokens[h].XPOS != "VBN" || t.child(h, "aux:pass") >= 0 || t.child(h, "nsubj:pass") >= 0 {
		return false
	}
	for _, c := range t.children(h) {
		if ct := &a.Tokens[c]; ct.Rel == "aux" && ct.Lemma == "have" {
			return true
		}
	}
	return false
}

// speakerOf names the source token. A pronoun takes the fullest name of
// its coreference cluster (or nothing: "" and false when the cluster holds
// no name). A phrase that holds a person's name ("Homeland Security
// Secretary Jeh Johnson", "the union's negotiator, John Holland") is that
// person; a phrase inside an organisation's or a country's name is that
// name; a name is completed from the article's fuller mention of it
// ("Lew" -> "Jacob J. Lew") only when the fuller name ends with it. Any
// other phrase is given as written (its determiners, modifiers and
// compounds, without relative clauses or appositions).
func (t *tree) speakerOf(src int) (name string, resolved bool) {
	if src < 0 {
		return "", false
	}
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS == "PRON" && (strings.EqualFold(tok.Text, "who") || strings.EqualFold(tok.Text, "which")) && src >= 2 && a.Tokens[src-1].Text == "," {
		// "who" (or "which") after a comma is the one named right
		// before it, wherever the parser hung the clause ("a win for
		// Prime Minister Ana Ruiz, who has long sought…", "levied by
		// the European Union, which contended…").
		if p := &a.Tokens[src-2]; p.Sent == tok.Sent && p.UPOS == "PROPN" {
			return t.speakerOf(src - 2)
		}
	}
	if v := tok.Head; tok.UPOS == "PRON" && v >= 0 && strings.HasSuffix(a.Tokens[v].Rel, "relcl") && a.Tokens[v].Head >= 0 {
		switch strings.ToLower(tok.Text) {
		case "who", "that", "which":
			// A relative pronoun stands for the noun its clause
			// modifies: "Putin, who has long sought…"; for a date or a
			// time the parser hung the clause from, the noun that one
			// goes with ("a letter from his doctor Friday afternoon that
			// says…": the letter), or nothing.
			h := a.Tokens[v].Head
			for k := 0; k < 3 && h >= 0 && (strings.HasSuffix(a.Tokens[h].NER, "DATE") || strings.HasSuffix(a.Tokens[h].NER, "TIME")); k++ {
				h = a.Tokens[h].Head
			}
			if h < 0 || strings.HasSuffix(a.Tokens[h].NER, "DATE") || strings.HasSuffix(a.Tokens[h].NER, "TIME") || a.Tokens[h].UPOS != "NOUN" && a.Tokens[h].UPOS != "PROPN" {
				return "", false
			}
			return t.speakerOf(h)
		}
	}
	if src >= 2 && a.Tokens[src-1].Text == "-" && a.Tokens[src-1].Start == a.Tokens[src-2].End && tok.Start == a.Tokens[src-1].End &&
		t.entityAt(src) < 0 && t.entityAt(src-2) >= 0 {
		// The end of a name written with a hyphen, which the parser
		// made a word of its own ("Park Geun-hye said"): the name.
		return t.speakerOf(src - 2)
	}
	if p := t.partitive(src); p != "" {
		return p, true
	}
	pronoun := tok.UPOS == "PRON"
	if m := tok.Mention; m >= 0 && m < len(a.Mentions) && a.Mentions[m].Kind == nlp.PronounMention {
		pronoun = true
	}
	if pronoun {
		// "Putney told CNN that…, but he said…": the reporter goes on,
		// whomever else the sentence names.
		if e := t.sameSentenceReporter(src); e >= 0 {
			return t.entityFullName(e), true
		}
		if n := t.clusterProperName(src); n != "" {
			if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
				return t.entityFullName(e), true
			}
			return n, true
		}
		// "An RSF adviser … He said": the person the cluster describes
		// by role, as written, when it names nobody.
		if d := t.clusterDescription(src); d >= 0 {
			if n, ok := t.speakerOf(d); ok && n != "" {
				return n, true
			}
		}
		// "WIRED spoke to one mother… “…,” she said": the person the
		// cluster brought in with an indefinite description.
		if d := t.clusterNewcomer(src); d >= 0 {
			if n, ok := t.speakerOf(d); ok && n != "" {
				return n, true
			}
		}
		// "She" in a cluster of pronouns alone: the person named last
		// before it, nearby, who can be a "she".
		if g := wordGender(tok.Text); g != 0 && t.pronounsOnly(src) {
			if e := t.nearestPerson(src, g); e >= 0 {
				return t.entityFullName(e), true
			}
		}
		// "They" alone after people the story named together.
		if n := t.theyNamed(src, 0); n != "" {
			return n, true
		}
		return "", false
	}
	switch tok.UPOS {
	case "NOUN", "PROPN", "NUM", "X", "SYM":
	default:
		// A verb, an adjective or a function word is a misparse, not a
		// source.
		return "", false
	}
	// "Netanyahu's office said", "the governor's office said": the office
	// speaks, named by whose it is, not the person it serves.
	if n := t.officeOf(src); n != "" {
		return n, true
	}
	// What someone said standing for them ("His comments suggest…",
	// "Russia's statement said…"): the one it belongs to.
	if tok.UPOS == "NOUN" && speechNoun(tok.Lemma) {
		if p := t.child(src, "nmod:poss"); p >= 0 {
			if n, ok := t.speakerOf(p); ok && n != "" {
				return n, true
			}
		}
		// "Big Machine Records issued a statement… The statement
		// claimed…": whoever made it, as the story first told.
		if o := t.statementOwner(src); o >= 0 {
			if n, ok := t.speakerOf(o); ok && n != "" {
				return n, true
			}
		}
	}
	// A role with the name in apposition: "the incoming chairman, Jim
	// McGovern," and "Jim McGovern, the incoming chairman,".
	if h := tok.Head; tok.UPOS == "NOUN" && tok.Rel == "appos" && h >= 0 && h < src && a.Tokens[h].UPOS == "PROPN" {
		if n, ok := t.speakerOf(h); ok && properName(n) {
			return n, true
		}
	}
	if tok.UPOS == "NOUN" && tok.XPOS == "NN" {
		for _, c := range t.children(src) {
			if ci := int(c); ci > src && a.Tokens[ci].Rel == "appos" && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] {
				if n, ok := t.speakerOf(ci); ok && properName(n) {
					return n, true
				}
			}
		}
	}
	// A role standing for the person who holds it ("the president",
	// "the minister"): the person coreference links it to.
	if tok.UPOS == "NOUN" && roleHeads[strings.ToLower(tok.Text)] {
		if n := t.clusterProperName(src); n != "" && t.clusterType(src) == nlp.PERSON {
			return n, true
		}
		// "Union leader Maria Lopez": the person the phrase names, not
		// the body its first word belongs to.
		if e := t.personIn(src); e >= 0 {
			return t.entityFullName(e), true
		}
		// "The UN's envoy for Sudan, Ramtane Lamamra," with the name
		// read as joined to the place: the name set off after the role.
		if e := t.nameAfterRole(src); e >= 0 {
			return t.entityFullName(e), true
		}
		if t.personAt != nil {
			for _, i := range []int{int(t.left[src]), src} {
				if n := t.personAt(a.Tokens[i].Start); properName(n) {
					return n, true
				}
			}
		}
	}
	// "The Indiana governor" after "Indiana Gov. Mike Pence", "the
	// Republican presidential nominee" after "Republican presidential
	// nominee Donald Trump": the one person the story named with that
	// title.
	if e := t.roleHolder(src); e >= 0 {
		// A surname named with the title stays as written: "President
		// Obama" is not completed from "Michelle Obama".
		if n := a.Entities[e].Text; !strings.Contains(n, " ") {
			return n, true
		}
		return t.entityFullName(e), true
	}
	// A body by what it is ("the company", "the union") stands for the
	// one coreference links it to ("Ford … The company said").
	// "the production company" after "Dick Clark Productions": the
	// one body nearby whose name holds the word that says which.
	if tok.UPOS == "NOUN" && (bodyKinds[tok.Lemma] || corporateNouns[tok.Lemma]) && t.child(src, "det") >= 0 {
		if n := t.bodyByModifier(src); n != "" {
			return n, true
		}
	}
	if tok.UPOS == "NOUN" && (bodyKinds[tok.Lemma] || descBodies[tok.Lemma]) && t.child(src, "det") >= 0 && t.child(src, "nmod:poss", "compound", "amod") < 0 {
		if ct := t.clusterType(src); (ct == nlp.ORG || ct == nlp.GPE) && !t.namedOnlyAsModifier(src) {
			if n := t.clusterProperName(src); n != "" {
				return n, true
			}
		}
		if n := t.recentBody(src); n != "" {
			return n, true
		}
	}
	// A title the parser made the head ("Rep. | Elijah Cummings"): the
	// name after it.
	if titleWords[strings.ToLower(strings.TrimSuffix(tok.Text, "."))] {
		// "Economy Minister Sanne Jansen" with the first word as head:
		// the person the phrase names, else the first name after the
		// title words.
		if e := t.personIn(src); e >= 0 {
			return t.entityFullName(e), true
		}
		for _, c := range t.children(src) {
			// Not a name a preposition governs: "ambassador to
			// Britain" names where the ambassador serves.
			if ci := int(c); ci > src && ci <= src+3 && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] && t.child(ci, "case") < 0 &&
				!titleWords[strings.ToLower(strings.TrimSuffix(a.Tokens[ci].Text, "."))] {
				if n, ok := t.speakerOf(ci); ok && n != "" {
					return n, true
				}
			}
		}
	}
	// A role with the name inside its phrase ("Secretary of State Marco
	// Rubio" parsed with the title as head, "the union's negotiator, John
	// Holland"): the person named nearest to the head.
	if e := t.personIn(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// The head inside a name ("the International Monetary Fund").
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First <= src && src < e.Last && isActorType(e.Type) && properName(e.Text) {
			return t.entityFullName(ei), true
		}
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
	if tok.UPOS == "NOUN" {
		// A description keeps what says who it is after its head:
		// "people familiar with the matter", "a spokesman for the
		// ministry", "officials from both sides", "a person briefed on
		// the plans".
		for _, c := range t.children(src) {
			ci := int(c)
			if ci < last || t.quoted[ci] || int(t.right[ci])-first > 10 {
				continue
			}
			switch a.Tokens[ci].Rel {
			case "amod":
			case "acl":
				// "a person briefed on the plans", "officials involved
				// in the talks".
				if a.Tokens[ci].XPOS != "VBN" {
					continue
				}
			case "nmod":
				cs := t.child(ci, "case")
				if cs < 0 {
					continue
				}
				switch strings.ToLower(a.Tokens[cs].Text) {
				case "for", "of", "from", "at", "with", "in", "close":
				default:
					continue
				}
			default:
				continue
			}
			if int(t.left[ci]) == last && a.Tokens[last].UPOS != "PUNCT" {
				// Right after the head, not set off by a comma.
				last = int(t.right[ci]) + 1
			}
		}
	}
	if tok.UPOS == "PROPN" && t.clusterType(src) != nlp.PERSON {
		// A body's name goes on over "of" and a name: "the
		// Communications Workers of America", "the Bank of England".
		for _, c := range t.children(src) {
			ci := int(c)
			if a.Tokens[ci].Rel != "nmod" || int(t.left[ci]) != last || a.Tokens[ci].UPOS != "PROPN" || t.quoted[ci] {
				continue
			}
			if cs := t.child(ci, "case"); cs == last && strings.EqualFold(a.Tokens[cs].Text, "of") && int(t.right[ci])-first <= 8 {
				last = int(t.right[ci]) + 1
			}
		}
	}
	for first < last && (a.Tokens[first].UPOS == "PUNCT" || a.Tokens[first].Rel == "case") {
		first++
	}
	// Not the verb of saying the parser hung inside the phrase ("one
	// veteran of the projects commented:").
	if k := last - 1; k > src && a.Tokens[k].UPOS == "VERB" && cueLemma(a.Tokens[k].Lemma) {
		last = k
	}
	phrase := a.Span(first, last)
	// A bare surname the entity model missed ("Zelenskyy") names the person
	// named in full elsewhere; where two people share it ("Lars Nyberg",
	// "Elin Nyberg"), the one coreference links it to.
	if tok.UPOS == "PROPN" {
		return t.surnameName(src, phrase), true
	}
	return phrase, true
}

// staffNouns are the nouns of the people who speak for someone, as a
// body, in their name: "Netanyahu's office", "the senator's campaign".
var staffNouns = makeSet(`office campaign camp`)

// officeOf names the office, campaign or camp at token src owned in the
// possessive ("Netanyahu's office", "the governor's office"): the owner's
// fullest name with the noun ("Benjamin Netanyahu's office"), or the
// phrase as written when the owner names nobody; "" for any other token
// or an owner that cannot be named (a pronoun coreference left open).
func (t *tree) officeOf(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || tok.XPOS != "NN" || !staffNouns[tok.Lemma] {
		return ""
	}
	p := t.child(src, "nmod:poss")
	if p < 0 || t.quoted[p] {
		return ""
	}
	owner, ok := t.speakerOf(p)
	if !ok || owner == "" {
		return ""
	}
	if properName(owner) && a.Tokens[p].UPOS != "NOUN" || a.Tokens[p].UPOS == "PRON" {
		return owner + "'s " + tok.Text
	}
	// "the governor's office": as written, from its first word.
	return a.Span(int(t.left[src]), src+1)
}

// partitive returns the phrase a number or a quantifier heads with the
// group it takes from ("One of the diplomats", "some of the nurses"):
// the source is that part of the group, not the bare "One"; "" for any
// other token.
func (t *tree) partitive(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	switch {
	case tok.UPOS == "NUM":
	case tok.UPOS == "PRON" || tok.UPOS == "DET" || tok.UPOS == "ADJ":
		switch strings.ToLower(tok.Text) {
		case "some", "many", "several", "most", "all", "both", "each", "few", "none", "either", "neither", "one":
		default:
			return ""
		}
	default:
		return ""
	}
	for _, c := range t.children(src) {
		ci := int(c)
		if a.Tokens[ci].Rel != "nmod" || int(t.left[ci]) != src+1 || t.quoted[ci] || int(t.right[ci])-src > 12 {
			continue
		}
		if cs := t.child(ci, "case"); cs >= 0 && strings.EqualFold(a.Tokens[cs].Text, "of") {
			return a.Span(src, int(t.right[ci])+1)
		}
	}
	return ""
}

// recentBody names the body "the company" or "the union" at token src
// stands for when coreference left it open: the one organisation named in
// its sentence or the two before (a union for "the union", a company for
// the others), or "" when there is none or more than one.
func (t *tree) recentBody(src int) string {
	a := t.a
	union := a.Tokens[src].Lemma == "union"
	if !union && !corporateNouns[a.Tokens[src].Lemma] && !bodyKinds[a.Tokens[src].Lemma] {
		return ""
	}
	sent := a.Tokens[src].Sent
	found := ""
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break // entities are in text order
		}
		if e.Type != nlp.ORG || sent-a.Tokens[e.First].Sent > 2 || t.quoted[e.First] || t.nameModifier(e.Last-1) {
			continue
		}
		name := t.completeName(t.entityName(ei))
		if !properName(name) || describes(descParty{name: "the union", head: "union"}, name) != union {
			continue
		}
		if found != "" && found != name {
			return "" // two bodies: no guess
		}
		found = name
	}
	return found
}

// nameModifier reports whether the name ending at token i only
// modifies a common noun ("a Netflix documentary", "the Apple store"): it
// says which thing, and is not itself someone the story goes on about.
func (t *tree) nameModifier(i int) bool {
	a := t.a
	h := a.Tokens[i].Head
	return a.Tokens[i].Rel == "compound" && h > i && a.Tokens[h].UPOS == "NOUN"
}

// namedOnlyAsModifier reports whether every name in the coreference
// cluster of the description at src, before it, only modifies a common
// noun ("accused Big Machine of blocking a Netflix documentary. The
// company denied…": not Netflix).
func (t *tree) namedOnlyAsModifier(src int) bool {
	a := t.a
	c := t.clusterAt(src)
	if c < 0 {
		return false
	}
	seen := false
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention || m.Head >= src {
			continue
		}
		if !t.nameModifier(m.Head) {
			return false
		}
		seen = true
	}
	return seen
}

// speechNoun reports whether a noun names something said or written.
func speechNoun(lemma string) bool {
	switch lemma {
	case "comment", "remark", "statement", "letter", "tweet", "speech", "testimony", "word",
		"message", "post", "interview", "announcement", "note", "memo", "op-ed", "essay", "column":
		return true
	}
	return false
}

// clusterAt returns the coreference cluster of the mention at token i,
// or -1.
func (t *tree) clusterAt(i int) int {
	a := t.a
	m := a.Tokens[i].Mention
	if m < 0 || m >= len(a.Mentions) {
		return -1
	}
	if c := a.Mentions[m].Cluster; c >= 0 && c < len(a.Clusters) {
		return c
	}
	return -1
}

// clusterProperName returns the fullest name of the coreference cluster of
// token i when that name is a proper name, or "".
func (t *tree) clusterProperName(i int) string {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 {
		return ""
	}
	cl := &a.Clusters[c]
	if !properName(cl.Name) {
		return ""
	}
	clName := t.nameOf(cl.Type, cl.Name)
	best := ""
	for _, mi := range cl.Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		n := clName
		// The name as the entity model and the tree give it in full
		// ("Helen Ward" where the cluster kept "Helen"), for a mention of
		// the cluster's own name.
		if ei := t.entityAt(m.Head); ei >= 0 {
			if full := t.entityName(ei); strings.Contains(full, clName) {
				n = full
			}
		}
		if len(n) > len(best) {
			best = n
		}
	}
	if best == "" {
		return ""
	}
	return t.completeName(best)
}

// bodyByModifier returns the one organisation named in the sentence of a
// description of a body or the two before it, outside quotations, whose
// name holds a word that begins like the description's lower-case
// compound ("the production company" -> "Dick Clark Productions", "the
// mining company" -> "Alpha Mining"), or "".
func (t *tree) bodyByModifier(src int) string {
	a := t.a
	c := t.child(src, "compound")
	if c < 0 || c > src || a.Tokens[c].UPOS != "NOUN" || unicode.IsUpper(firstRune(a.Tokens[c].Text)) {
		return ""
	}
	stem := strings.ToLower(a.Tokens[c].Lemma)
	if len(stem) > 6 {
		stem = stem[:6]
	}
	if len(stem) < 4 {
		return ""
	}
	sent := a.Tokens[src].Sent
	found := ""
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First >= src {
			break
		}
		// The entity model may take a firm named for a person ("Dick
		// Clark Productions") for the person.
		if e.Type != nlp.ORG && e.Type != nlp.PERSON || sent-a.Tokens[e.First].Sent > 2 || t.quoted[e.First] {
			continue
		}
		has := false
		for k := e.First; k < e.Last; k++ {
			if strings.HasPrefix(strings.ToLower(a.Tokens[k].Text), stem) {
				has = true
			}
		}
		if !has {
			continue
		}
		name := t.completeName(t.entityName(ei))
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// statementOwner returns, for "the statement" (any noun of what was said
// with a definite article) at token src, who made the one the story
// brought in before with the same noun: the subject of the verb that took
// it ("Big Machine Records issued a statement", "the union said in a
// statement"), its possessor, or what "from" or "by" names ("a statement
// from the ministry"), through any "the statement" in between that only
// says what it said. It returns -1 when there is none.
func (t *tree) statementOwner(src int) int {
	a := t.a
	if d := t.nounDet(src); d < 0 || !strings.EqualFold(a.Tokens[d].Text, "the") && !strings.EqualFold(a.Tokens[d].Text, "that") {
		return -1
	}
	lemma := a.Tokens[src].Lemma
	for k := src - 1; k >= 0; k-- {
		kt := &a.Tokens[k]
		if kt.Lemma != lemma || kt.UPOS != "NOUN" || t.quoted[k] {
			continue
		}
		if p := t.child(k, "nmod:poss"); p >= 0 {
			return p
		}
		for _, c := range t.children(k) {
			if ct := &a.Tokens[c]; int(c) > k && (ct.Rel == "nmod" || ct.Rel == "obl") {
				if cs := t.caseOf(int(c)); cs == "from" || cs == "by" {
					return int(c)
				}
			}
		}
		if v := kt.Head; v >= 0 && (kt.Rel == "obj" || kt.Rel == "obl") && a.Tokens[v].UPOS == "VERB" {
			if s := t.subjectChild(v); s >= 0 && a.Tokens[s].UPOS != "PRON" {
				return s
			}
		}
		if t.caseOf(k) == "in" && kt.Rel == "nmod" {
			// "denied the claim in a statement", the statement hung
			// from the object: the subject of the verb above.
			v := kt.Head
			for steps := 0; v >= 0 && steps < 3 && a.Tokens[v].UPOS != "VERB"; steps++ {
				v = a.Tokens[v].Head
			}
			if v >= 0 && a.Tokens[v].UPOS == "VERB" {
				if s := t.subjectChild(v); s >= 0 && a.Tokens[s].UPOS != "PRON" {
					return s
				}
			}
		}
		if d := t.nounDet(k); d >= 0 && strings.EqualFold(a.Tokens[d].Text, "the") && (kt.Rel == "nsubj" || kt.Rel == "compound") {
			// "the statement continued" taking up the statement
			// again: the one it takes up says who made it.
			continue
		}
		return -1
	}
	return -1
}

// nounDet returns the determiner of noun i, or of the noun the parser
// made it a compound of ("the statement read" with "read" taken for a
// noun), or -1.
func (t *tree) nounDet(i int) int {
	if d := t.child(i, "det"); d >= 0 {
		return d
	}
	if h := t.a.Tokens[i].Head; t.a.Tokens[i].Rel == "compound" && h == i+1 {
		if d := t.child(h, "det"); d >= 0 && d < i {
			return d
		}
	}
	return -1
}

// clusterNewcomer returns the head of the indefinite description that
// opens the coreference cluster of "he" or "she" at token i, before it
// and unquoted ("one mother", "an insider"), or -1.
func (t *tree) clusterNewcomer(i int) int {
	a := t.a
	c := t.clusterAt(i)
	if w := strings.ToLower(a.Tokens[i].Text); c < 0 || w != "he" && w != "she" || len(a.Clusters[c].Mentions) == 0 {
		return -1
	}
	first := &a.Mentions[a.Clusters[c].Mentions[0]]
	if h := first.Head; first.Kind == nlp.NominalMention && h < i && !t.quoted[h] && t.indefinite(h) {
		return h
	}
	return -1
}

// clusterDescription returns the head of the first mention of token i's
// coreference cluster that describes a person by role ("An RSF adviser"),
// outside quotation marks and before i, or -1.
func (t *tree) clusterDescription(i int) int {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 {
		return -1
	}
	for _, mi := range a.Clusters[c].Mentions {
		mm := &a.Mentions[mi]
		h := mm.Head
		if mm.Kind != nlp.NominalMention || h >= i || t.quoted[h] {
			continue
		}
		if ht := &a.Tokens[h]; ht.UPOS == "NOUN" && ht.XPOS == "NN" && roleHeads[strings.ToLower(ht.Text)] {
			return h
		}
	}
	return -1
}

// clusterType returns the entity type of token i's coreference cluster,
// or "".
func (t *tree) clusterType(i int) string {
	a := t.a
	if m := a.Tokens[i].Mention; m >= 0 && m < len(a.Mentions) {
		if c := a.Mentions[m].Cluster; c >= 0 && c < len(a.Clusters) {
			return a.Clusters[c].Type
		}
	}
	return ""
}

// entityAt returns the entity covering token i, or -1.
func (t *tree) entityAt(i int) int {
	ents := t.a.Entities
	k := sort.Search(len(ents), func(k int) bool { return ents[k].Last > i })
	if k < len(ents) && ents[k].First <= i {
		return k
	}
	return -1
}

// entityName returns an entity's name as written, completed over the
// words the entity model cut off: a hyphenated part ("Jo-Renee") and the
// name words the parser attaches to it ("Theresa May" with "May" read as a
// month).
func (t *tree) entityName(ei int) string {
	a := t.a
	e := &a.Entities[ei]
	first, last := e.First, e.Last
	if e.Type == nlp.PERSON {
		// "Laura Chen of Washington": the place after the name is not
		// part of it.
		words := make([]string, 0, last-first)
		for i := first; i < last; i++ {
			words = append(words, a.Tokens[i].Text)
		}
		if k := placeAfterName(words); k > 0 {
			last = first + k
		}
		// Words the tree attaches outside the name are not part of it:
		// "State" in "Secretary of State Marco Rubio". The name is the
		// last word that hangs outside the span, with what hangs from it.
		h := -1
		for i := first; i < last; i++ {
			if hd := a.Tokens[i].Head; hd < first || hd >= last {
				h = i
			}
		}
		if h > first {
			f := h
			for i := first; i < h; i++ {
				if t.dominates(h, i, first, last) {
					f = i
					break
				}
			}
			first = f
		}
	}
	// A given name inside the span starts the person's name: "State
	// Marco Rubio" read as one name after "Secretary of".
	if e.Type == nlp.PERSON || e.Type == nlp.ORG {
		for k := first + 1; k+1 < last; k++ {
			if isKnownFirstName(strings.ToLower(a.Tokens[k].Text)) && !isKnownFirstName(strings.ToLower(a.Tokens[first].Text)) {
				first = k
				break
			}
		}
	}
	// Name words the entity model left out before the span and the tree
	// attaches inside it ("United" of "the United States").
	for first > 0 && first == e.First && properName(a.Tokens[first-1].Text) && (a.Tokens[first-1].UPOS == "PROPN" || a.Tokens[first-1].UPOS == "ADJ") && a.Tokens[first-1].Sent == a.Tokens[first].Sent {
		p, f := &a.Tokens[first-1], &a.Tokens[first]
		// "United" hanging from "States"; "Eric" heading the flat "Mamer".
		// A person's name that starts with a given name has nothing before
		// it ("State" of "Secretary of State Marco Rubio").
		if honorific(p.Text) || e.Type == nlp.PERSON && isKnownFirstName(strings.ToLower(f.Text)) {
			break
		}
		if (p.Rel == "compound" || p.Rel == "amod" || p.Rel == "flat") && p.Head >= first && p.Head < last ||
			(f.Rel == "flat" || f.Rel == "flat:name") && f.Head == first-1 {
			first--
			continue
		}
		break
	}
	for first > 0 && joined(a, first-1, first) && (a.Tokens[first-1].Text == "-" || a.Tokens[first-1].UPOS == "PROPN") {
		first--
	}
	for last < len(a.Tokens) && a.Tokens[last].Sent == a.Tokens[e.First].Sent {
		nt := &a.Tokens[last]
		switch {
		case joined(a, last-1, last) && (nt.Text == "-" || nt.UPOS == "PROPN" && a.Tokens[last-1].Text == "-"):
		case e.Type == nlp.PERSON && joined(a, last-1, last) && a.Tokens[last-1].Text == "-" && isWord(nt.Text):
			// "Park Geun-hye": a given name's second part in lower case.
		case e.Type == nlp.PERSON && nt.UPOS == "PROPN" && (nt.Rel == "flat" || nt.Rel == "flat:name"):
		default:
			goto done
		}
		last++
	}
done:
	for last > first && a.Tokens[last-1].Text == "-" {
		last--
	}
	if first == e.First && last == e.Last {
		return t.nameOf(e.Type, e.Text)
	}
	return t.nameOf(e.Type, a.Span(first, last))
}

// nameOf returns a name of the given entity type as a speaker or a party
// is named: a person's without title and place (personName).
func (t *tree) nameOf(typ, name string) string {
	if typ == nlp.PERSON {
		return t.personName(name)
	}
	return name
}

// personName is personName, memoized for the tree's article.
func (t *tree) personName(name string) string {
	if p, ok := t.personNames[name]; ok {
		return p
	}
	if t.personNames == nil {
		t.personNames = map[string]string{}
	}
	p := personName(name)
	t.personNames[name] = p
	return p
}

// dominates reports whether token i hangs from h within [first, last).
func (t *tree) dominates(h, i, first, last int) bool {
	for steps := 0; i >= first && i < last && steps < last-first; steps++ {
		if i == h {
			return true
		}
		i = t.a.Tokens[i].Head
	}
	return false
}

// honorific reports whether a word is a courtesy title ("Mr.", "Ms",
// "Dr."), which is not part of a name.
func honorific(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	return maleHonorifics[w] || femaleHonorifics[w] || w == "dr"
}

// joined reports whether tokens i and j (j == i+1) are written with no
// space between them.
func joined(a *nlp.Analysis, i, j int) bool {
	return a.Tokens[i].End >= 0 && a.Tokens[i].End == a.Tokens[j].Start
}

// completeName returns the article's fuller form of a name when there is
// exactly one and it ends with the name ("Lew" -> "Jacob J. Lew"), else
// the name.
func (t *tree) completeName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	if full := t.fullName(f[len(f)-1]); full != "" && len(full) > len(name) && strings.HasSuffix(full, name) {
		return full
	}
	if len(f) == 1 {
		if full := t.familyFirst(name); full != "" {
			return full
		}
	}
	return name
}

// familyFirst returns the one person of the article named in two words
// whose first word is name ("Liu" for "Liu Xiaoming", "Xi" for "Xi
// Jinping": family names written first), or "". It is asked only when no
// name of the article ends with that word.
func (t *tree) familyFirst(name string) string {
	a := t.a
	found := ""
	for ei := range a.Entities {
		if a.Entities[ei].Type != nlp.PERSON {
			continue
		}
		full := t.entityName(ei)
		f := strings.Fields(full)
		if len(f) != 2 || f[0] != name {
			continue
		}
		if found != "" && found != full {
			return ""
		}
		found = full
	}
	return found
}

// surnameName completes the name at token src as completeName does and,
// where two people of the article share the surname ("Lars Nyberg", "Elin
// Nyberg"), with the full name of the person coreference links it to.
func (t *tree) surnameName(src int, name string) string {
	if full := t.completeName(name); full != name || strings.Contains(name, " ") {
		return full
	}
	if t.clusterType(src) == nlp.PERSON {
		if n := t.clusterProperName(src); strings.HasSuffix(n, " "+name) {
			return n
		}
	}
	return name
}

// entityFullName returns an entity's name completed by surnameName (read
// at its last word, the one coreference marks for a single name).
func (t *tree) entityFullName(ei int) string {
	return t.surnameName(t.a.Entities[ei].Last-1, t.entityName(ei))
}

// personIn returns the PERSON entity inside the phrase headed by src (its
// subtree, without clauses), nearest to src, or -1; a lone nationality
// ("Qatari") is no person, and one ending in a title ("Acme Chief") comes
// after every other.
func (t *tree) personIn(src int) int {
	a := t.a
	best, bestDist := -1, 1<<30
	lo, hi := int(t.left[src]), int(t.right[src])
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Type != nlp.PERSON || e.First < lo || e.Last-1 > hi {
			continue
		}
		if e.Last-e.First == 1 && lookupDemonym(strings.ToLower(a.Tokens[e.First].Text)) {
			// A nationality the entity model took for a name
			// ("Qatari officials") is no person.
			continue
		}
		if !t.inPhrase(e.First, src) || t.ownerOf(e, src) {
			continue
		}
		d := e.First - src
		if d < 0 {
			d = -d
		}
		if titleWords[strings.ToLower(strings.TrimSuffix(a.Tokens[e.Last-1].Text, "."))] {
			// A body and a title the entity model read as a name
			// ("Acme Chief | Executive Tom Reyes"): a name that
			// ends in no title goes first.
			d += 1 << 20
		}
		if d < bestDist {
			best, bestDist = ei, d
		}
	}
	return best
}

// ownerOf reports whether entity e is the possessor of the noun at src
// ("Gary Johnson's doctor", "Scott's family"): the owner is someone else
// than the one the phrase names.
func (t *tree) ownerOf(e *nlp.Entity, src int) bool {
	a := t.a
	if a.Tokens[src].UPOS != "NOUN" {
		return false
	}
	p := t.child(src, "nmod:poss")
	return p >= e.First && p < e.Last
}

// nameAfterRole returns the PERSON entity set off by commas right after
// the phrase of role src ("the UN's envoy for Sudan, Ramtane Lamamra,
// said"), whatever the parser hung it from, or -1. Only the role's own
// words (no verb, no quotation) come between.
func (t *tree) nameAfterRole(src int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[src].Sent]
	for k := src + 1; k < sent.Last && k <= src+8; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] || tk.UPOS == "VERB" || tk.UPOS == "AUX" {
			return -1
		}
		if tk.Text != "," {
			continue
		}
		ei := t.entityAt(k + 1)
		if ei < 0 || a.Entities[ei].Type != nlp.PERSON || a.Entities[ei].First != k+1 {
			return -1
		}
		if end := a.Entities[ei].Last; end < sent.Last && a.Tokens[end].Text != "," {
			return -1
		}
		return ei
	}
	return -1
}

// inPhrase reports whether token j hangs from the phrase head h without
// crossing a clause or a quotation.
func (t *tree) inPhrase(j, h int) bool {
	a := t.a
	modifier := false // the name only modifies a common noun on the way
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
		case "compound", "nmod:poss":
			if hd := a.Tokens[j].Head; hd >= 0 && a.Tokens[hd].UPOS == "NOUN" {
				modifier = true
			}
		case "nmod":
			// "an adviser to the Clinton campaign": a name that only
			// modifies the noun of a phrase a preposition opens names
			// whom the holder serves, not the holder.
			cs := t.child(j, "case")
			if modifier && cs >= 0 && !strings.EqualFold(a.Tokens[cs].Text, "of") {
				return false
			}
			// "Proponents, including the Conference of Mayors,": an
			// example of whom the phrase names is not its holder.
			if cs >= 0 && exampleCase(a.Tokens[cs].Lemma) {
				return false
			}
		}
		j = a.Tokens[j].Head
	}
	return false
}

// exampleCase reports whether a preposition introduces examples or
// exceptions of a group ("including", "like", "such as", "among",
// "except").
func exampleCase(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "include", "including", "like", "such", "among", "except", "excluding", "exclude":
		return true
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
				return t.nameOf(en.Type, a.Clusters[c].Name)
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
		name := t.personName(c.Name)
		if sp := strings.LastIndexByte(name, ' '); sp < 0 || name[sp+1:] != surname {
			continue
		}
		if found != "" && found != name && !strings.HasSuffix(found, " "+name) && !strings.HasSuffix(name, " "+found) {
			return ""
		}
		if len(name) > len(found) {
			found = name
		}
	}
	if found != "" {
		return found
	}
	// A person coreference gathered in no cluster ("Abdulkader
	// al-Murtada, head of …" and, later, "al-Murtada said"): the person
	// entities of the article, the same way.
	for ei := range a.Entities {
		if a.Entities[ei].Type != nlp.PERSON {
			continue
		}
		name := t.entityName(ei)
		f := strings.Fields(name)
		if len(f) < 2 || f[len(f)-1] != surname {
			continue
		}
		if found != "" && found != name && !strings.HasSuffix(found, " "+name) && !strings.HasSuffix(name, " "+found) {
			return ""
		}
		if len(name) > len(found) {
			found = name
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

// personAt returns nameAt's name where it is a person's, or "".
func (d *doc) personAt(off int) string {
	if ei := d.entityAt(off); ei >= 0 && d.ents[ei].kind == KindPerson {
		return d.ents[ei].name
	}
	return ""
}

// nameAt returns the fullest name of the entity whose mention covers byte
// offset off, or "".
func (d *doc) nameAt(off int) string {
	if ei := d.entityAt(off); ei >= 0 {
		return d.ents[ei].name
	}
	return ""
}

// entityAt returns the entity whose mention covers byte offset off, or -1.
func (d *doc) entityAt(off int) int {
	ti := d.tokAt(off)
	if ti >= len(d.toks) || d.toks[ti].start != off || ti >= len(d.tokMent) {
		return -1
	}
	mi := d.tokMent[ti]
	if mi < 0 {
		return -1
	}
	return d.mentions[mi].ent
}

// properName reports whether a name is capitalised, as a proper name is
// ("the ministry" found as an organisation is a description, not a name),
// or opens with a lowercase particle before its capital ("al-Murtada", "de
// Villepin", "van der Leyen").
func properName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	rest, ok := strings.CutPrefix(s, nameParticle(s))
	if !ok || rest == s {
		return false
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameParticle returns the lowercase particle a surname may open with
// ("al-", "el-", "bin ", "de ", "van der "), or "".
func nameParticle(s string) string {
	for _, p := range []string{"al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-",
		"abu ", "bin ", "ibn ", "bint ", "van der ", "van den ", "van ", "von der ", "von ", "de la ", "de ", "del ", "della ", "di ", "da ", "dos ", "du ", "le ", "la "} {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
}

// isWord reports whether s is made of letters only.
func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
