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
	// personAt gives the fullest name the engine's name linking knows for
	// the person named at a byte offset ("Lew" -> "Jacob J. Lew", "the
	// president" -> the person holding the role), or "" (also where a
	// country or a body is named: "Mexico's economy minister" is not
	// Mexico).
	personAt func(off int) string
	// aliasName gives, for a name the story gives as the one a person
	// goes by ("calls her Nha Jacinta"), the person's name in full, or
	// "".
	aliasName func(name string) string
	// bodyAt gives the name the engine's name linking knows for the
	// organisation, or the name of no known kind, named at a byte offset
	// ("American Iron and Steel Institute" where the entity model read
	// "Steel Institute"), or "".
	bodyAt func(off int) string
	// storyAt reports whether the byte offset is in the story's text, not
	// in a headline, a subhead, a caption or other furniture of the page;
	// nil reads every offset as story.
	storyAt func(off int) bool
	// organisationAt reports whether the name linking reads the name at
	// a byte offset as an organisation's; nil when there is none.
	organisationAt func(off int) bool
	// pronounPerson caches, per pronoun token, the PERSON entity that
	// previousSubject found its speaker to be (-1: none), so that a chain
	// of "she said… she added…" is resolved once per pronoun.
	pronounPerson map[int]int
	// authors holds the full names of the people a line at the top
	// says wrote the story ("Live updates by Geneviève Tremblay-Rao and
	// Marcus Oyelaran"): built on first use by author.
	authors     []string
	authorsRead bool
	// lastNoun maps a lemma to the last token outside quotation marks
	// the tagger made a noun of that lemma, and prevNoun gives, per such
	// token, the one of the same lemma before it (-1: none): each lemma's
	// nouns are a chain read back from the last (built on first use by
	// anonymousIntro).
	lastNoun map[string]int32
	prevNoun []int32
	// defined maps a short form the text defines in brackets after a
	// name ("the Commission for Conciliation, Mediation and Arbitration
	// (CCMA)") to that name; built on first use.
	defined map[string]string
	// nounClass gives the class the analysis layer's lexicon learned
	// for a noun lemma (nlp.NounPerson, nlp.NounOrganisation, …; 0 when
	// unknown), or is nil.
	nounClass func(lemma string) byte
	// nameGender gives the sex the analysis layer's lexicons give a
	// given name as written ('m', 'f'; 0 when unknown or both), or is
	// nil.
	nameGender func(name string) byte
	// personNames memoizes personName: names are looked up for every
	// speaker and every cluster.
	personNames map[string]string
	// givenGenders memoizes givenNameGender by entity: pronouns ask it of
	// the same names again and again.
	givenGenders map[int]byte
	// noPerson memoizes namesNoPerson by cluster: the nearest-person
	// searches ask it of every person in their window, for every pronoun.
	noPerson map[int]bool
	// fullAfterName holds the words the name linking reads as the end of
	// a person's full name right after another name word ("Thibodeau" of
	// "Marc-André Thibodeau"); built on first use by neverFullName.
	fullAfterName map[string]bool
	// entsInOrder is true when the entities are in text order without
	// overlaps and the tokens' sentences never go back, as the analysis
	// layer makes them: a scan of the entities may then start where a
	// binary search puts it (entitiesIn, entitiesAround,
	// entitiesFromSent) and stop past its range.
	entsInOrder bool
	// entityNames, fullNames and completeNames memoize entityName,
	// fullName and completeName (entityNamed marks the entities whose
	// name is in entityNames): each walks the article's entities or
	// clusters and is asked for every speaker, party and mention, and the
	// analysis does not change once the tree is built.
	entityNames   []string
	entityNamed   []bool
	fullNames     map[string]string
	completeNames map[string]string
	// asking holds the tokens speakerOf is resolving, innermost last: a
	// token asked again inside its own resolution (two rules each
	// sending one word to the other) has no speaker, not an endless
	// recursion.
	asking []int32
}

// newTree indexes an analysis. quotes are the byte ranges of the quoted
// words (without the marks).
func newTree(a *nlp.Analysis, quotes [][2]int) *tree {
	perfectSubjects(a)
	dateSubjects(a)
	coordinatedSubjects(a)
	complementSubjects(a)
	objectComplementSubjects(a)
	reducedRelativeRoots(a)
	participleSubjects(a)
	markedParticipleRoots(a)
	ofRoleAppositives(a)
	titledNameHeads(a)
	relativeAsides(a)
	whoseSubjects(a)
	relativeRoots(a)
	embeddedRoots(a)
	nounRootCues(a)
	accordingAsides(a)
	accordingParticiples(a)
	nounSourceAdjectives(a)
	closeSources(a)
	adverbSources(a)
	familiarSources(a)
	listenerClauses(a)
	mediumClauses(a)
	requestInfinitives(a)
	finiteConjuncts(a)
	thatConjuncts(a)
	cueConjuncts(a)
	tellingParticiples(a)
	quotedParticipleCredits(a)
	creditClauses(a)
	appositiveSubjects(a)
	nominalSubjects(a)
	punctAppositives(a)
	agedAppositives(a)
	namedRoleSubjects(a)
	titleFieldSubjects(a)
	conjunctNameAppositives(a)
	quantityObjects(a)
	adjectiveSubjects(a)
	markedSubjects(a)
	prepositionSubjects(a)
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
	t.entsInOrder = entitiesInOrder(a)
	return t
}

// entitiesInOrder reports whether the analysis's entities are in text
// order and do not overlap, and whether its tokens' sentence indexes never
// decrease.
func entitiesInOrder(a *nlp.Analysis) bool {
	for k := 1; k < len(a.Entities); k++ {
		if a.Entities[k].First < a.Entities[k-1].Last {
			return false
		}
	}
	for k := range a.Entities {
		if e := &a.Entities[k]; e.First < 0 || e.Last <= e.First || e.Last > len(a.Tokens) {
			return false
		}
	}
	for i := 1; i < len(a.Tokens); i++ {
		if a.Tokens[i].Sent < a.Tokens[i-1].Sent {
			return false
		}
	}
	return true
}

// entitiesIn returns the range [from, to) of entity indexes that holds
// every entity starting at a token in [lo, hi]: exactly those when the
// entities are in text order (entsInOrder), else all of them, so that a
// scan that checks the bounds itself finds the same entities either way.
func (t *tree) entitiesIn(lo, hi int) (from, to int) {
	ents := t.a.Entities
	if !t.entsInOrder {
		return 0, len(ents)
	}
	from = sort.Search(len(ents), func(k int) bool { return ents[k].First >= lo })
	to = from + sort.Search(len(ents)-from, func(k int) bool { return ents[from+k].First > hi })
	return from, to
}

// entitiesAround returns the range [from, to) of entity indexes that
// holds every entity covering token i: the one entityAt finds (or none)
// when the entities are in text order (entsInOrder), else all of them.
func (t *tree) entitiesAround(i int) (from, to int) {
	if !t.entsInOrder {
		return 0, len(t.a.Entities)
	}
	if ei := t.entityAt(i); ei >= 0 {
		return ei, ei + 1
	}
	return 0, 0
}

// entitiesFromSent returns the index of the first entity that starts in
// sentence s or after it when the entities are in text order
// (entsInOrder), else 0: a scan of the entities from there skips only
// entities of earlier sentences.
func (t *tree) entitiesFromSent(s int) int {
	ents := t.a.Entities
	if !t.entsInOrder {
		return 0
	}
	return sort.Search(len(ents), func(k int) bool { return t.a.Tokens[ents[k].First].Sent >= s })
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
		if that <= h || that == 0 || a.Tokens[that].UPOS != "SCONJ" || !nlp.EqualFoldLower(a.Tokens[that].Text, "that") {
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
	// sort.Search's bisection, without the call per probe.
	toks := t.a.Tokens
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].End > off {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
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

// personCluster reports whether token i's coreference cluster is a
// person's: typed PERSON, unless the same cluster also names a place or a
// body and every name in it the entity model read as a person's is only
// quoted or only a modifier of a common noun ("near the Dunmarsh depot …
// moved out of Dunmarsh … “nobody leaves Dunmarsh,”" is the town's).
func (t *tree) personCluster(i int) bool {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 || a.Clusters[c].Type != nlp.PERSON {
		return false
	}
	other, person := false, false
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind != nlp.NameMention {
			continue
		}
		switch m.Type {
		case nlp.PERSON:
			if !t.quoted[m.Head] && !t.nameModifier(m.Last-1) {
				person = true
			}
		case nlp.GPE, nlp.LOC, nlp.ORG:
			other = true
		}
	}
	return person || !other
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

// joined reports whether tokens i and j (j == i+1) are written with no
// space between them.
func joined(a *nlp.Analysis, i, j int) bool {
	return a.Tokens[i].End >= 0 && a.Tokens[i].End == a.Tokens[j].Start
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

// organisationAt reports whether the name linking reads the entity
// whose mention covers byte offset off as an organisation.
func (d *doc) organisationAt(off int) bool {
	ei := d.entityAt(off)
	return ei >= 0 && d.ents[ei].kind == KindOrganisation
}

// bodyAt returns nameAt's name where it is an organisation's or of no
// known kind, or "".
func (d *doc) bodyAt(off int) string {
	if ei := d.entityAt(off); ei >= 0 && (d.ents[ei].kind == KindOrganisation || d.ents[ei].kind == "") {
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
	if mi := d.mentionAt(off); mi >= 0 {
		return d.mentions[mi].ent
	}
	return -1
}

// mentionAt returns the mention covering the token that starts at byte
// offset off (an analysis token's Start), or -1.
func (d *doc) mentionAt(off int) int {
	if off < 0 {
		return -1
	}
	ti := d.tokAt(off)
	if ti >= len(d.toks) || d.toks[ti].start != off || ti >= len(d.tokMent) {
		return -1
	}
	return int(d.tokMent[ti])
}

// timeName reports whether a token's entity tag is a date's or a time's.
func timeName(ner string) bool {
	return strings.HasSuffix(ner, "DATE") || strings.HasSuffix(ner, "TIME")
}
