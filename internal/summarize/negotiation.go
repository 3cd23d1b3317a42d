package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// The negotiation stage reads what each side wants, what is on the table
// and what happens next from the analysis layer's dependency trees:
//
//   - a proposal is what a verb of offering puts on the table (its object,
//     or the noun a participle modifies: "a deal proposed by the EU"), and
//     its proposer is that verb's subject or the "by" agent of a passive,
//     or the possessor of the offer ("Deutsche Boerse's offer"); the side
//     that rejects, accepts, receives or considers it is a responder, whose
//     stance is a position;
//   - a next step is a clause about what is still to happen (an auxiliary
//     will/shall, "is to", "is due to", "plans to", a modal or a present
//     tense with a date that is not past) about a negotiation event, with
//     when and where taken from that clause only;
//   - positions are the parties' quotes and reported speech and the clauses
//     in which a party insists, demands, refuses, wants or accepts,
//     grouped by party.

// Caps on what a brief lists.
const (
	maxProposals       = 8
	maxNextSteps       = 6
	maxDates           = 12
	maxPositions       = 12
	maxPositionsAParty = 3
)

// negotiation fills the brief's positions, proposals, next steps and dates
// from the trees, and marks the sentences that carry them for the
// key-point ranking. The brief's quotes, statements and parties must be
// filled in already.
func (d *doc) negotiation(b *Brief, t *tree) {
	d.role = make([]sentRole, len(d.sents))
	d.strength = make([]int, len(d.sents))
	dates := d.briefDates(b)
	if t == nil {
		return
	}
	n := &negotiator{d: d, b: b, t: t, party: map[string]int{}, seenPos: map[[2]int]bool{}, nextAt: map[int]int{}, dates: dates}
	n.indexParties()
	a := t.a
	// sentAt maps each token to the engine's sentence (tokens come in
	// text order, so one pointer walks the sentences).
	sentAt := make([]int32, len(a.Tokens))
	si := 0
	for i := range a.Tokens {
		start := a.Tokens[i].Start
		if start < 0 {
			sentAt[i] = -1
			continue
		}
		for si+1 < len(d.sents) && d.sents[si+1].Start <= start {
			si++
		}
		sentAt[i] = int32(si)
	}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		si := int(sentAt[i])
		if t.quoted[i] || si < 0 || d.boiler[si] {
			continue
		}
		switch tok.UPOS {
		case "VERB":
			n.proposalVerbAt(i, si)
			n.nextStepAt(i, si)
			n.stanceAt(i, si)
		case "ADJ":
			n.stanceAt(i, si)
		case "NOUN":
			n.proposalNounAt(i, si)
			if t.child(i, "nsubj") >= 0 {
				// A verb the tagger read as a noun ("The union insists on…").
				n.stanceAt(i, si)
			}
		}
	}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if tok.UPOS != "NOUN" || t.quoted[i] || !eventLemma(tok.Lemma) {
			continue
		}
		if si := int(sentAt[i]); si >= 0 && !d.boiler[si] {
			n.eventNounAt(i, si)
		}
	}
	for _, st := range b.Statements {
		n.addPosition(n.partyOf(st.Speaker, -1), st.Sentence, 2)
	}
	for _, q := range b.Quotes {
		n.addPosition(n.partyOf(q.Speaker, -1), q.Sentence, 3)
	}
	b.Positions = n.positions()
	if len(b.Proposals) > maxProposals {
		b.Proposals = b.Proposals[:maxProposals]
	}
	if len(b.NextSteps) > maxNextSteps {
		b.NextSteps = b.NextSteps[:maxNextSteps]
	}
}

// briefDates lists the article's date expressions, once each, and returns
// the byte spans of those of each sentence.
func (d *doc) briefDates(b *Brief) [][]span {
	seen := map[string]bool{}
	spans := make([][]span, len(d.sents))
	var all []span
	for si := range d.sents {
		from := len(all)
		all = d.dateSpans(d.sentTok[si], d.sentTok[si+1], all)
		spans[si] = all[from:len(all):len(all)]
		if d.boiler[si] {
			continue
		}
		for _, s := range spans[si] {
			d.role[si] |= roleDate
			if len(b.Dates) == maxDates {
				continue
			}
			dt := collapseSpace(d.text[s.start:s.end])
			if k := strings.ToLower(dt); !seen[k] {
				seen[k] = true
				b.Dates = append(b.Dates, Date{Text: dt, Sentence: si})
			}
		}
	}
	return spans
}

// sentRole flags what a sentence carries for the negotiation.
type sentRole uint8

const (
	roleDate sentRole = 1 << iota
	roleNext
	rolePosition
	roleProposal
)

// negotiator holds the state of one pass of the negotiation stage.
type negotiator struct {
	d *doc
	b *Brief
	t *tree
	// party maps lower-cased names (the parties', their people's, and
	// names already resolved) to a party index, or -1.
	party map[string]int
	// lastWord maps the last word of each party's name to the party, or
	// -1 when two parties share it.
	lastWord map[string]int
	// dates are the date expressions of each sentence.
	dates [][]span
	pos   []rankedPosition
	// seenPos marks (party, sentence) pairs already listed.
	seenPos map[[2]int]bool
	// nextAt maps a sentence to its next step's index in b.NextSteps.
	nextAt map[int]int
	// propAt marks the object tokens already proposed.
	propAt []int
	// actors caches the resolved actors by head token, clusters the party
	// of each coreference cluster.
	actors   map[int]actorName
	clusters map[int]int
}

// rankedPosition is a position with its party's rank and how directly it
// states a stance (1 a stance verb, 2 reported speech, 3 a quote).
type rankedPosition struct {
	Position
	party, kind int
}

// indexParties maps the names of the parties and their people.
func (n *negotiator) indexParties() {
	n.lastWord = map[string]int{}
	for i, p := range n.b.Parties {
		n.party[strings.ToLower(p.Name)] = i
		if f := strings.Fields(strings.ToLower(p.Name)); len(f) > 0 {
			w := singular(f[len(f)-1])
			if j, ok := n.lastWord[w]; ok && j != i {
				n.lastWord[w] = -1
			} else {
				n.lastWord[w] = i
			}
		}
	}
	for i, p := range n.b.Parties {
		for _, person := range p.People {
			if _, ok := n.party[strings.ToLower(person)]; !ok {
				n.party[strings.ToLower(person)] = i
			}
		}
	}
}

// partyOf returns the index of the party an actor belongs to, or -1: the
// party of that name, the party of a person named so, a party or person
// named inside the phrase ("Deutsche Boerse chief Werner Seifert"), a
// party named by another mention of the actor's coreference cluster, or
// the one party whose name ends with the actor's head noun ("the unions").
// src is the actor's head token in the tree, or -1.
func (n *negotiator) partyOf(name string, src int) int {
	l := strings.ToLower(strings.TrimSpace(name))
	if l == "" && src < 0 {
		return -1
	}
	if p, ok := n.party[l]; ok && l != "" {
		return p
	}
	best, bestLen := -1, 0
	if l != "" {
		for k, p := range n.party {
			if p >= 0 && len(k) > bestLen && containsSide(l, k) {
				best, bestLen = p, len(k)
			}
		}
	}
	if best < 0 && src >= 0 {
		best = n.clusterParty(src)
	}
	if best < 0 && src >= 0 {
		tok := &n.t.a.Tokens[src]
		if (tok.UPOS == "NOUN" || tok.UPOS == "PROPN") && !n.t.modified(src) {
			if p, ok := n.lastWord[singular(strings.ToLower(tok.Text))]; ok && p >= 0 {
				best = p
			}
		}
	}
	if l != "" {
		n.party[l] = best
	}
	return best
}

// clusterParty returns the party named by another mention of the cluster
// of the mention headed by src, or -1.
func (n *negotiator) clusterParty(src int) int {
	a := n.t.a
	m := a.Tokens[src].Mention
	if m < 0 || m >= len(a.Mentions) {
		return -1
	}
	c := a.Mentions[m].Cluster
	if c < 0 || c >= len(a.Clusters) {
		return -1
	}
	if p, ok := n.clusters[c]; ok {
		return p
	}
	p := n.findClusterParty(c)
	if n.clusters == nil {
		n.clusters = map[int]int{}
	}
	n.clusters[c] = p
	return p
}

// findClusterParty resolves cluster c for clusterParty.
func (n *negotiator) findClusterParty(c int) int {
	a := n.t.a
	cl := &a.Clusters[c]
	if p, ok := n.party[strings.ToLower(cl.Name)]; ok && p >= 0 {
		return p
	}
	for k, mi := range cl.Mentions {
		if k == 32 {
			break
		}
		mm := &a.Mentions[mi]
		if mm.Kind != nlp.NameMention {
			continue
		}
		if p, ok := n.party[strings.ToLower(a.Span(mm.First, mm.Last))]; ok && p >= 0 {
			return p
		}
	}
	return -1
}

// holderName reports whether a party's name can hold a position: it has
// letters, is no label ("GBP45.50:") and no time phrase ("Earlier
// Thursday"), whatever the party list says.
func holderName(name string) bool {
	letters := false
	for _, r := range name {
		if r == ':' {
			return false
		}
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 {
			letters = true
		}
	}
	if !letters {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if dayNamesSet[w] || w == "earlier" || w == "later" || w == "yesterday" || w == "today" || w == "tomorrow" {
			return false
		}
	}
	return true
}

// singular folds a plural noun to its singular for matching ("unions").
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// containsSide reports whether phrase s names the side w: it holds w as
// whole words, not followed by a noun of a group of its own ("LSE
// shareholders", "Deutsche Boerse staff unions" are other sides).
func containsSide(s, w string) bool {
	i := strings.Index(s, w)
	if i < 0 || !containsWords(s, w) {
		return false
	}
	for _, word := range strings.Fields(s[i+len(w):]) {
		if groupNouns[strings.Trim(word, ",.'’")] {
			return false
		}
	}
	return true
}

// containsWords reports whether phrase s holds the words w as whole words.
func containsWords(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		off = i + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// actor names the actor headed by token src: the name of its party when
// it has one, else its fullest name when it is a proper name, else "".
func (n *negotiator) actor(src int) (name string, party int) {
	if src < 0 {
		return "", -1
	}
	if r, ok := n.actors[src]; ok {
		return r.name, r.party
	}
	name, party = n.findActor(src)
	if n.actors == nil {
		n.actors = map[int]actorName{}
	}
	n.actors[src] = actorName{name, party}
	return name, party
}

// actorName is a resolved actor: its name and its party (or -1).
type actorName struct {
	name  string
	party int
}

// findActor resolves actor src for actor.
func (n *negotiator) findActor(src int) (name string, party int) {
	tok := &n.t.a.Tokens[src]
	if tok.UPOS == "NOUN" {
		// A description ("the five unions which met Mr Prescott"): its
		// cluster's name, or the side its words name, never a person
		// named inside it.
		if p := n.clusterParty(src); p >= 0 {
			return n.b.Parties[p].Name, p
		}
		phrase := n.sidePhrase(src)
		if p := n.partyOf(phrase, src); p >= 0 {
			return n.b.Parties[p].Name, p
		}
		if partyNouns[strings.ToLower(tok.Text)] || n.t.child(src, "det") >= 0 && strings.EqualFold(n.t.a.Tokens[n.t.child(src, "det")].Text, "the") {
			return phrase, -1
		}
		return "", -1
	}
	if tok.UPOS != "PROPN" && tok.UPOS != "PRON" {
		return "", -1
	}
	// Cheap ways first: the cluster's names, the engine's name linking.
	if p := n.clusterParty(src); p >= 0 {
		return n.b.Parties[p].Name, p
	}
	if tok.UPOS == "PROPN" && tok.Start >= 0 {
		if full := n.d.nameAt(tok.Start); full != "" {
			if p := n.partyOf(full, -1); p >= 0 {
				return n.b.Parties[p].Name, p
			}
		}
	}
	who, _ := n.t.speakerOf(src)
	p := n.partyOf(who, src)
	if p < 0 && tok.UPOS == "PROPN" && tok.Start >= 0 {
		// The engine's own name linking: "US" -> "United States".
		if full := n.d.nameAt(tok.Start); full != "" && full != who {
			p = n.partyOf(full, -1)
		}
	}
	if p >= 0 {
		return n.b.Parties[p].Name, p
	}
	if who != "" && properName(who) && tok.UPOS == "PROPN" {
		return who, -1
	}
	return "", -1
}

// sidePhrase returns the description headed by noun src with its
// determiners and modifiers before it ("the company", "the German
// exchange", "the five unions"), the article lower-cased.
func (n *negotiator) sidePhrase(src int) string {
	lo := src
	for _, c := range n.t.children(src) {
		switch n.t.a.Tokens[c].Rel {
		case "det", "amod", "compound", "nummod":
			if int(c) < lo && int(c) >= src-3 {
				lo = int(c)
			}
		}
	}
	phrase := n.t.a.Span(lo, src+1)
	if d := n.t.a.Tokens[lo]; d.UPOS == "DET" && lo < src {
		phrase = strings.ToLower(d.Text) + phrase[len(d.Text):]
	}
	return phrase
}

// --- Proposals ---------------------------------------------------------

// proposalVerbAt records what verb i puts on the table, if it is a verb
// of offering, and who put it there.
func (n *negotiator) proposalVerbAt(i, si int) {
	t, a := n.t, n.t.a
	tok := &a.Tokens[i]
	obj := -1
	switch {
	case tok.Lemma == "put":
		// "put forward a plan", "put an offer on the table".
		if !t.hasChildWord(i, "forward") && !t.hasOblLemma(i, "table") {
			return
		}
		obj = t.child(i, "obj")
	case tok.Lemma == "make":
		// "make an offer", "make a bid".
		if o := t.child(i, "obj"); o >= 0 && proposalNoun(a.Tokens[o].Lemma) {
			obj = o
		}
	case proposalVerb(tok.Lemma):
		obj = t.child(i, "obj")
		if obj < 0 {
			obj = t.child(i, "ccomp", "xcomp")
		}
		if obj < 0 && (tok.Rel == "acl" || tok.Rel == "amod") && a.Tokens[i].Head >= 0 {
			// "a deal proposed by the EU", "the proposed offer": a
			// participle, when it names an offer or says by whom.
			h := a.Tokens[i].Head
			if proposalNoun(a.Tokens[h].Lemma) || eventLemma(a.Tokens[h].Lemma) && a.Tokens[h].UPOS == "NOUN" ||
				t.child(i, "obl:agent") >= 0 {
				obj = h
			}
		}
	case demandVerb(tok.Lemma):
		obj = t.child(i, "obj")
	}
	if obj < 0 || t.quoted[obj] || n.refused(i, obj) {
		return
	}
	by := t.child(i, "obl:agent")
	if by < 0 && tok.Rel != "acl" && tok.Rel != "amod" && !t.isPassive(i) {
		by = n.agentOf(i)
	}
	if by < 0 {
		// "Deutsche Boerse's proposed offer": the offer's possessor (or
		// the participle's, as the parser may hang it).
		by = t.possessor(obj)
		if by < 0 && tok.XPOS == "VBN" {
			by = t.child(i, "nmod:poss")
		}
	}
	clause := a.Tokens[obj].UPOS == "VERB" || a.Tokens[obj].UPOS == "AUX"
	if clause || n.futureOf(i) == future && !n.hasContent(obj) {
		// What a side "proposed that…" or "suggested…" is a proposal only
		// when a party says it (else it is an opinion: "analysts
		// suggested…"); an offer still to come ("is due to unveil a plan")
		// is one only when its terms are known.
		if _, p := n.actor(by); p < 0 || !clause {
			return
		}
	}
	if by < 0 && obj != tok.Head {
		// Who put it forward is not said: only "the proposed overhaul"
		// says that something was proposed at all.
		return
	}
	n.addProposal(i, obj, by, si)
}

// sentenceHasAmount reports whether the sentence of token i holds a
// number.
func (n *negotiator) sentenceHasAmount(i int) bool {
	a := n.t.a
	s := a.Sentences[a.Tokens[i].Sent]
	for j := s.First; j < s.Last; j++ {
		if a.Tokens[j].UPOS == "NUM" && !n.t.quoted[j] {
			return true
		}
	}
	return false
}

// sameTerms reports whether the amounts of tokens [lo, hi] (numbers and
// sums) all occur in text, and there is at least one.
func (n *negotiator) sameTerms(lo, hi int, text string) bool {
	a := n.t.a
	found := false
	for j := lo; j <= hi; j++ {
		if a.Tokens[j].UPOS != "NUM" {
			continue
		}
		if !strings.Contains(text, a.Tokens[j].Text) {
			return false
		}
		found = true
	}
	return found
}

// hasContent reports whether the phrase headed by noun i says what is
// proposed: it holds a number or an amount, or four words or more besides
// its determiners and possessor.
func (n *negotiator) hasContent(i int) bool {
	t, a := n.t, n.t.a
	words := 0
	skip := t.possessor(i)
	for j := int(t.left[i]); j <= int(t.right[i]); j++ {
		if skip >= 0 && j >= int(t.left[skip]) && j <= int(t.right[skip]) {
			continue
		}
		switch a.Tokens[j].UPOS {
		case "NUM", "SYM":
			return true
		case "DET", "PUNCT", "PART", "ADP":
			continue
		}
		words++
	}
	return words >= 4
}

// proposalNounAt records an offer named with its proposer: "Deutsche
// Boerse's offer", "an offer from Deutsche Boerse", "a bid by the union".
func (n *negotiator) proposalNounAt(i, si int) {
	t, a := n.t, n.t.a
	l := a.Tokens[i].Lemma
	if !proposalNoun(l) || slices.Contains(n.propAt, i) {
		return
	}
	by := t.possessor(i)
	if h := a.Tokens[i].Head; by < 0 && h >= 0 && a.Tokens[h].XPOS == "VBN" && h < i {
		// "Atlas Capital's improved offer" with the possessor hung on
		// the participle.
		by = t.child(h, "nmod:poss")
	}
	if by < 0 {
		// "US peace proposals", "government plans": a party as modifier.
		if c := t.child(i, "compound"); c >= 0 {
			if _, p := n.actor(c); p >= 0 {
				by = c
			}
		}
	}
	if by < 0 || n.refused(-1, i) {
		return
	}
	name, p := n.actor(by)
	if name == "" {
		return
	}
	if l == "plan" && (p < 0 || t.child(i, "acl", "xcomp", "acl:relcl") < 0) {
		// "the LSE's plan" says nothing of what is planned.
		return
	}
	if len(n.b.Proposals) > 0 && !n.hasContent(i) && t.child(i, "acl", "xcomp", "acl:relcl") < 0 && !n.sentenceHasAmount(i) {
		// "the German exchange's offer has come under fire": an offer
		// named again, not a new one.
		return
	}
	n.addProposal(-1, i, by, si)
}

// addProposal adds the proposal whose object is obj, put forward by the
// actor headed by by (-1 when unknown) with verb v (-1 for a noun).
func (n *negotiator) addProposal(v, obj, by, si int) {
	t, a, d := n.t, n.t.a, n.d
	if slices.Contains(n.propAt, obj) {
		return
	}
	name := ""
	if by >= 0 {
		name, _ = n.actor(by)
	}
	// What is proposed: the object phrase when it says something, else
	// the sentence.
	lo, hi := int(t.left[obj]), int(t.right[obj])
	if v >= 0 && obj == a.Tokens[v].Head {
		// The noun a participle modifies: the noun phrase up to the verb's
		// own phrase ("a deal proposed by the EU").
		hi = max(hi, int(t.right[v]))
	}
	if v >= 0 && a.Tokens[obj].Head == v {
		// The terms that follow: "a 4% pay rise in exchange for changes to
		// overtime rules".
		for _, c := range t.children(v) {
			ci := int(c)
			if ci <= hi || int(t.left[ci]) > hi+1 {
				continue
			}
			if a.Tokens[ci].Rel != "obl" || a.Tokens[ci].NER != "O" {
				break
			}
			hi = int(t.right[ci])
		}
	}
	for lo < hi && (a.Tokens[lo].UPOS == "PUNCT" || a.Tokens[lo].UPOS == "CCONJ") {
		lo++
	}
	for hi > lo && a.Tokens[hi].UPOS == "PUNCT" {
		hi--
	}
	text := d.sents[si].Text
	if (n.hasContent(obj) || a.Tokens[obj].UPOS == "VERB" || hi > int(t.right[obj])) && hi-lo >= 3 && !t.quotedIn(lo, hi) {
		text = a.Span(lo, hi+1)
	}
	n.propAt = append(n.propAt, obj)
	for k := range n.b.Proposals {
		p := &n.b.Proposals[k]
		if p.Sentence == si && (strings.Contains(p.Text, text) || strings.Contains(text, p.Text)) {
			if p.By == "" {
				p.By = name
			}
			return
		}
		if p.By == name && name != "" && n.sameTerms(lo, hi, d.sents[p.Sentence].Text) {
			// The same offer told again ("the £1.3bn offer" after "an
			// offer valuing it at £1.3bn").
			return
		}
	}
	n.b.Proposals = append(n.b.Proposals, Proposal{Text: text, By: name, Sentence: si})
	d.role[si] |= roleProposal
	d.strength[si] += 2
}

// refused reports whether what verb v (or -1) puts on the table, obj, is
// denied: "did not offer", "no deal was offered", "neither has tabled a
// bid", "refused to offer", or only a condition: "until the management
// puts an acceptable offer on the table", "if it makes a bid".
func (n *negotiator) refused(v, obj int) bool {
	t, a := n.t, n.t.a
	if obj >= 0 && t.hasChildWord(obj, "no") {
		return true
	}
	if v < 0 {
		return false
	}
	if t.negated(v) {
		return true
	}
	if s := t.child(v, "nsubj", "nsubj:pass"); s >= 0 {
		switch strings.ToLower(a.Tokens[s].Text) {
		case "neither", "none", "nobody", "no-one":
			return true
		}
		if t.hasChildWord(s, "no") {
			return true
		}
	}
	if m := t.child(v, "mark"); m >= 0 {
		switch strings.ToLower(a.Tokens[m].Text) {
		case "if", "unless", "until", "whether", "before":
			return true
		}
	}
	// The parser may hang the conjunction elsewhere ("until the
	// management put an offer on the table"): the few words before.
	first := a.Sentences[a.Tokens[v].Sent].First
	for j := v - 1; j >= first && j >= v-4; j-- {
		switch strings.ToLower(a.Tokens[j].Text) {
		case "if", "unless", "until", "whether":
			return true
		}
	}
	if a.Tokens[v].Rel == "xcomp" {
		if h := a.Tokens[v].Head; h >= 0 {
			switch a.Tokens[h].Lemma {
			case "refuse", "decline", "reject", "fail":
				return true
			}
		}
	}
	return false
}

// agentOf returns who does what verb v says: its subject, or for a verb
// in a chain ("agreed to offer", "will offer to manage") the subject of
// the verb it hangs from, or for a pronoun in reported speech that the
// analysis could not resolve ("Euronext said it will make a bid") the
// reporting verb's subject. It never walks out of a participle phrase or
// through a verb of response, so the side that rejected an offer is never
// its proposer.
func (n *negotiator) agentOf(v int) int {
	t, a := n.t, n.t.a
	for steps := 0; v >= 0 && steps < 3; steps++ {
		if s := t.unquotedChild(v, "nsubj", "nsubj:outer"); s >= 0 {
			if a.Tokens[s].UPOS == "PRON" {
				if name, _ := t.speakerOf(s); name == "" {
					if h := a.Tokens[v].Head; a.Tokens[v].Rel == "ccomp" && h >= 0 && t.isCue(h) {
						if cs := t.unquotedChild(h, "nsubj"); cs >= 0 {
							return cs
						}
					}
				}
			}
			return s
		}
		tok := &a.Tokens[v]
		if tok.Rel != "xcomp" && tok.Rel != "conj" {
			return -1
		}
		h := tok.Head
		if h < 0 || responseVerb(a.Tokens[h].Lemma) {
			return -1
		}
		if tok.Rel == "xcomp" {
			// Object control: "urged the company to offer".
			if o := t.child(h, "obj"); o >= 0 && o < v {
				return o
			}
		}
		v = h
	}
	return -1
}

// --- Next steps --------------------------------------------------------

// futureKind says how a clause speaks of what is still to happen.
type futureKind uint8

const (
	notFuture futureKind = iota
	// maybeFuture: a modal ("could", "may") or a present tense; a next step
	// only with a date that is not past.
	maybeFuture
	// future: "will", "shall", "is to", "is due to", "plans to", "would"
	// in reported speech.
	future
)

// nextStepAt records the next step that verb i states, if it speaks of a
// negotiation event still to happen.
func (n *negotiator) nextStepAt(i, si int) {
	t, a := n.t, n.t.a
	kind := n.futureOf(i)
	if kind == notFuture || t.negated(i) || !n.aboutEvent(i) {
		return
	}
	when, where := n.whenWhere(i, si)
	if h := a.Tokens[i].Head; h >= 0 && a.Tokens[i].Rel == "xcomp" && (when == "" || where == "") {
		// "are set to meet next Thursday in London", with the date and
		// the place under the verb of scheduling.
		hw, hp := n.whenWhere(h, si)
		if when == "" {
			when = hw
		}
		if where == "" {
			where = hp
		}
	}
	if pastWhen(when) {
		return
	}
	if kind == maybeFuture && when == "" {
		return
	}
	if h := a.Tokens[i].Head; h >= 0 && a.Tokens[i].Rel == "xcomp" && t.negated(h) {
		return
	}
	ns := NextStep{Text: n.d.sents[si].Text, When: when, Where: where, Sentence: si}
	score := func(x NextStep) int {
		s := 0
		if x.When != "" {
			s++
		}
		if x.Where != "" {
			s++
		}
		return s
	}
	if k, ok := n.nextAt[si]; ok {
		if score(ns) > score(n.b.NextSteps[k]) {
			n.d.strength[si] += score(ns) - score(n.b.NextSteps[k])
			n.b.NextSteps[k] = ns
		}
		return
	}
	n.nextAt[si] = len(n.b.NextSteps)
	n.b.NextSteps = append(n.b.NextSteps, ns)
	n.d.role[si] |= roleNext
	n.d.strength[si] += 1 + score(ns)
}

// eventNounAt records the next step that an event noun states with its
// own date, in a sentence with no other next step: "ahead of an EU summit
// in Brussels later in the week", "the overhaul, due on Thursday", "a
// strike earmarked for 23 March", "next week's talks in Geneva".
func (n *negotiator) eventNounAt(i, si int) {
	if _, ok := n.nextAt[si]; ok {
		return
	}
	t, a := n.t, n.t.a
	lo, hi := int(t.left[i]), int(t.right[i])
	when := ""
	for _, s := range n.dates[si] {
		j := t.tokenAt(s.start)
		if j < lo || j > hi || t.quoted[j] {
			continue
		}
		j = t.dateHead(j, s.end)
		if !t.inClause(j, i) {
			continue
		}
		text := collapseSpace(n.d.text[s.start:s.end])
		scheduled := futureWhen(text) || n.scheduledBefore(i)
		for k, steps := j, 0; k != i && k >= 0 && steps < 4; k, steps = a.Tokens[k].Head, steps+1 {
			if scheduleLemma(a.Tokens[k].Lemma) && !commitLemma(a.Tokens[k].Lemma) || scheduleLemma(strings.ToLower(a.Tokens[k].Text)) {
				scheduled = true
			}
		}
		if scheduled && !pastWhen(text) {
			when = text
			break
		}
	}
	if when == "" {
		return
	}
	where := ""
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.First < lo || e.Last-1 > hi || (e.Type != nlp.GPE && e.Type != nlp.LOC) || t.quoted[e.First] {
			continue
		}
		if t.inClause(e.First, i) && t.placeCase(e.First, e.Last) {
			where = a.Span(e.First, e.Last)
			break
		}
	}
	ns := NextStep{Text: n.d.sents[si].Text, When: when, Where: where, Sentence: si}
	n.nextAt[si] = len(n.b.NextSteps)
	n.b.NextSteps = append(n.b.NextSteps, ns)
	n.d.role[si] |= roleNext
	n.d.strength[si] += 2
	if where != "" {
		n.d.strength[si]++
	}
}

// scheduledBefore reports whether the phrase of event noun i holds a word
// of scheduling followed by "to" before the noun: "due to hold talks",
// as the parser may read "Euronext is due to hold talks this week".
func (n *negotiator) scheduledBefore(i int) bool {
	a := n.t.a
	for j := int(n.t.left[i]); j+1 < i; j++ {
		if scheduleLemma(strings.ToLower(a.Tokens[j].Text)) && !commitLemma(a.Tokens[j].Lemma) && strings.EqualFold(a.Tokens[j+1].Text, "to") {
			return true
		}
	}
	return false
}

// futureWhen reports whether a time expression points ahead: "next
// week", "later this month", "the coming weeks", "tomorrow".
func futureWhen(when string) bool {
	for _, w := range strings.Fields(strings.ToLower(when)) {
		switch w {
		case "next", "later", "coming", "upcoming", "tomorrow", "within":
			return true
		}
	}
	return false
}

// futureOf says whether verb i speaks of what is still to happen.
func (n *negotiator) futureOf(i int) futureKind {
	t, a := n.t, n.t.a
	tok := &a.Tokens[i]
	kind := notFuture
	be, to := false, false
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		w := strings.ToLower(ct.Text)
		switch {
		case ct.Rel == "aux" && (ct.Lemma == "will" || ct.Lemma == "shall" || w == "'ll" || w == "will" || w == "shall"):
			return future
		case ct.Rel == "aux" && (w == "would" || w == "'d"):
			if n.reported(i) {
				return future
			}
			kind = maybeFuture
		case ct.Rel == "aux" && (w == "could" || w == "may" || w == "might"):
			kind = maybeFuture
		case (ct.Rel == "cop" || ct.Rel == "aux") && ct.Lemma == "be" && int(c) < i:
			switch w {
			case "is", "are", "am", "'s", "'re":
				be = true
			}
		case ct.Rel == "mark" && w == "to":
			to = true
		case scheduleLemma(ct.Lemma) && int(c) < i:
			// "is due to unveil" parsed with "due" under the verb.
			if n.toBefore(i) {
				return future
			}
		}
	}
	if be && to {
		// "are to meet".
		return future
	}
	// "is due to meet", "plans to strike", "expected to resume", "agreed to
	// reopen talks": the verb after "to" hangs from a word of scheduling.
	if n.toBefore(i) {
		for h, steps := tok.Head, 0; h >= 0 && steps < 2; h, steps = a.Tokens[h].Head, steps+1 {
			ht := &a.Tokens[h]
			if scheduleLemma(ht.Lemma) || scheduleLemma(strings.ToLower(ht.Text)) {
				if ht.Lemma == "go" && !strings.EqualFold(ht.Text, "going") {
					break
				}
				if commitLemma(ht.Lemma) && !eventLemma(tok.Lemma) {
					// "agreed to pay 30% more" is a term, "agreed to
					// reopen talks" a next step.
					break
				}
				if ht.XPOS == "VBD" && !n.reported(h) && ht.Lemma != "agree" && ht.Lemma != "decide" && ht.Lemma != "vow" && ht.Lemma != "pledge" && ht.Lemma != "promise" {
					// "was expected to meet": a plan of the past.
					break
				}
				return future
			}
			if ht.UPOS == "VERB" && ht.Rel != "xcomp" {
				break
			}
		}
	}
	if kind != notFuture {
		return kind
	}
	switch tok.Lemma {
	case "earmark", "schedule", "plan":
		// "have earmarked 23 March for a strike", "set a date for the
		// vote": scheduled, when the clause says for when.
		return maybeFuture
	}
	if tok.Rel == "conj" && tok.Head >= 0 && t.child(i, "nsubj", "nsubj:pass") < 0 && a.Tokens[tok.Head].UPOS == "VERB" {
		// "expects the deal to be finalized and workers to return":
		// a coordinated verb shares the future of the first.
		if k := n.futureOf(tok.Head); k == future {
			return k
		}
	}
	switch tok.XPOS {
	case "VBZ", "VBP":
		return maybeFuture
	case "VBG":
		// "is meeting Ms Furse on Thursday".
		if aux := t.child(i, "aux"); aux >= 0 {
			switch strings.ToLower(a.Tokens[aux].Text) {
			case "is", "are", "am", "'s", "'re":
				return maybeFuture
			}
		}
	}
	return notFuture
}

// toBefore reports whether "to" comes right before verb i (adverbs
// between): "is due to meet", "plans to formally reopen".
func (n *negotiator) toBefore(i int) bool {
	a := n.t.a
	s := a.Sentences[a.Tokens[i].Sent]
	for j := i - 1; j >= s.First && j >= i-3; j-- {
		switch {
		case strings.EqualFold(a.Tokens[j].Text, "to"):
			return true
		case a.Tokens[j].UPOS != "ADV" && !(a.Tokens[j].UPOS == "AUX" && a.Tokens[j].Lemma == "be"):
			return false
		}
	}
	return false
}

// reported reports whether verb i heads reported speech: a clause
// governed by a verb of saying ("said it would meet").
func (n *negotiator) reported(i int) bool {
	t, a := n.t, n.t.a
	for steps := 0; i >= 0 && steps < 3; steps++ {
		h := a.Tokens[i].Head
		if h < 0 {
			return false
		}
		if a.Tokens[i].Rel == "ccomp" && t.isCue(h) {
			return true
		}
		if a.Tokens[i].Rel != "conj" && a.Tokens[i].Rel != "xcomp" {
			return false
		}
		i = h
	}
	return false
}

// aboutEvent reports whether verb i or one of its arguments is a
// negotiation event ("talks will resume", "the vote is set for Friday",
// "will hold talks").
func (n *negotiator) aboutEvent(i int) bool {
	t, a := n.t, n.t.a
	if eventLemma(a.Tokens[i].Lemma) {
		return true
	}
	obj := t.child(i, "obj")
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		if !eventLemma(ct.Lemma) || ct.UPOS != "NOUN" && ct.UPOS != "VERB" {
			continue
		}
		switch {
		case strings.HasPrefix(ct.Rel, "nsubj"):
			// "talks will resume", "the summit begins": the event happens,
			// it does not act on something else.
			if obj < 0 || a.Tokens[obj].Lemma == "place" {
				return true
			}
		case ct.Rel == "obj":
			if eventTaker(a.Tokens[i].Lemma) {
				return true
			}
		case ct.Rel == "obl":
			if cs := t.child(int(c), "case"); cs >= 0 {
				switch strings.ToLower(a.Tokens[cs].Text) {
				case "in", "at", "for", "to", "into":
					return true
				}
			}
		case ct.Rel == "xcomp":
			return true
		}
	}
	return false
}

// whenWhere returns the date or time and the place of verb i's own clause:
// the date expressions and DATE/TIME entities, and the places (GPE, LOC)
// after "in" or "at", inside its subtree but outside the clauses of their
// own that hang from it.
func (n *negotiator) whenWhere(i, si int) (when, where string) {
	t, a := n.t, n.t.a
	lo, hi := int(t.left[i]), int(t.right[i])
	whenAt := -1
	for _, s := range n.dates[si] {
		j := t.tokenAt(s.start)
		if j < lo || j > hi || t.quoted[j] || !t.timeOf(t.dateHead(j, s.end), i) {
			continue
		}
		if whenAt < 0 || j < whenAt {
			when, whenAt = collapseSpace(n.d.text[s.start:s.end]), j
		}
	}
	for ei := range a.Entities {
		e := &a.Entities[ei]
		if e.Last-1 < lo {
			continue
		}
		if e.First > hi {
			break
		}
		if e.First < lo || t.quoted[e.First] || !t.inClause(e.First, i) {
			continue
		}
		switch e.Type {
		case nlp.DATE, nlp.TIME:
			if !t.timeOf(t.dateHead(e.First, a.Tokens[e.Last-1].End), i) || duration(a, e) {
				continue
			}
			if whenAt < 0 || e.First < whenAt && e.Last <= whenAt {
				when, whenAt = a.Span(e.First, e.Last), e.First
			}
		case nlp.GPE, nlp.LOC:
			if where == "" && t.placeCase(e.First, e.Last) {
				where = a.Span(e.First, e.Last)
			}
		}
	}
	return when, where
}

// dateHead returns the token of the date expression that starts at token
// j and ends at byte end whose head lies outside it.
func (t *tree) dateHead(j, end int) int {
	a := t.a
	last := j
	for last+1 < len(a.Tokens) && a.Tokens[last+1].End <= end && a.Tokens[last+1].Start >= 0 {
		last++
	}
	for k := j; k <= last; k++ {
		if h := a.Tokens[k].Head; h < j || h > last {
			return k
		}
	}
	return j
}

// duration reports whether a DATE entity is a length of time ("four
// years", "a 25 year period"), not a point in time.
func duration(a *nlp.Analysis, e *nlp.Entity) bool {
	if e.Last-e.First > 3 {
		return false
	}
	for k := e.First; k < e.Last; k++ {
		switch a.Tokens[k].UPOS {
		case "NUM", "DET":
			continue
		case "NOUN":
			switch a.Tokens[k].Lemma {
			case "day", "week", "month", "year", "hour", "decade", "period":
				continue
			}
		}
		return false
	}
	return true
}

// pastWhen reports whether a time expression is in the past: "last week",
// "yesterday", "two days ago", "earlier this month".
func pastWhen(when string) bool {
	for _, w := range strings.Fields(strings.ToLower(when)) {
		switch w {
		case "last", "yesterday", "ago", "earlier", "previous", "past":
			return true
		}
	}
	return false
}

// --- Positions ---------------------------------------------------------

// stanceAt records the position of the party that is the subject of a
// stance predicate i: "the union insists", "Russia rejected the offer",
// "Moscow is ready to".
func (n *negotiator) stanceAt(i, si int) {
	t, a := n.t, n.t.a
	tok := &a.Tokens[i]
	if tok.Lemma == "remain" || tok.Lemma == "stay" {
		// "remains firm", with the adjective read as an object at times.
		if c := t.child(i, "xcomp", "obj"); c < 0 || !stanceLemma(a.Tokens[c].Lemma) {
			return
		}
	} else if !stanceLemma(tok.Lemma) {
		return
	}
	if tok.UPOS != "VERB" && t.child(i, "cop") < 0 && t.child(i, "nsubj") < 0 && tok.Rel != "xcomp" {
		// An adjective is a stance with a copula ("is ready to") or as
		// the complement of "remain", "stay" ("remains firm").
		return
	}
	if tok.UPOS == "VERB" && (tok.Rel == "amod" || tok.Rel == "acl") {
		return
	}
	s := t.unquotedChild(i, "nsubj", "nsubj:outer")
	if s < 0 && (tok.Rel == "xcomp" || tok.Rel == "conj") {
		s = n.agentOf(i)
	}
	if s < 0 {
		return
	}
	_, p := n.actor(s)
	n.addPosition(p, si, 1)
}

// addPosition records that sentence si states a position of party p.
func (n *negotiator) addPosition(p, si, kind int) {
	if p < 0 || si < 0 || si >= len(n.d.sents) || n.d.boiler[si] || n.seenPos[[2]int{p, si}] || !holderName(n.b.Parties[p].Name) {
		return
	}
	n.seenPos[[2]int{p, si}] = true
	n.pos = append(n.pos, rankedPosition{Position{Party: n.b.Parties[p].Name, Text: n.d.sents[si].Text, Sentence: si}, p, kind})
	n.d.role[si] |= rolePosition
}

// positions returns the positions grouped by party in the parties' order,
// each party's most direct ones (stances before reported speech before
// quotes) in text order, at most maxPositionsAParty a party.
func (n *negotiator) positions() []Position {
	slices.SortStableFunc(n.pos, func(x, y rankedPosition) int {
		if x.party != y.party {
			return x.party - y.party
		}
		if x.kind != y.kind {
			return x.kind - y.kind
		}
		return x.Sentence - y.Sentence
	})
	out := make([]Position, 0, min(len(n.pos), maxPositions))
	for k := 0; k < len(n.pos) && len(out) < maxPositions; {
		j := k
		for j < len(n.pos) && n.pos[j].party == n.pos[k].party {
			j++
		}
		group := n.pos[k:min(j, k+maxPositionsAParty)]
		start := len(out)
		for _, p := range group {
			if len(out) < maxPositions {
				out = append(out, p.Position)
			}
		}
		slices.SortFunc(out[start:], func(x, y Position) int { return x.Sentence - y.Sentence })
		k = j
	}
	return out
}

// --- Tree helpers --------------------------------------------------------

// modified reports whether noun i has a modifier that narrows it ("the
// German exchange", "the union's leaders"), beyond determiners and numbers.
func (t *tree) modified(i int) bool {
	for _, c := range t.children(i) {
		switch t.a.Tokens[c].Rel {
		case "amod", "compound", "nmod:poss", "nmod", "acl", "acl:relcl", "flat", "appos":
			return true
		}
	}
	return false
}

// hasChildWord reports whether token i has a dependent written w (any case).
func (t *tree) hasChildWord(i int, w string) bool {
	for _, c := range t.children(i) {
		if strings.EqualFold(t.a.Tokens[c].Text, w) {
			return true
		}
	}
	return false
}

// hasOblLemma reports whether verb i has an oblique whose lemma is l
// ("on the table").
func (t *tree) hasOblLemma(i int, l string) bool {
	for _, c := range t.children(i) {
		if strings.HasPrefix(t.a.Tokens[c].Rel, "obl") && t.a.Tokens[c].Lemma == l {
			return true
		}
	}
	return false
}

// isPassive reports whether verb i is passive ("was offered").
func (t *tree) isPassive(i int) bool {
	return t.child(i, "aux:pass", "nsubj:pass") >= 0
}

// negated reports whether predicate i is negated ("did not offer", "will
// never meet").
func (t *tree) negated(i int) bool {
	for _, c := range t.children(i) {
		switch strings.ToLower(t.a.Tokens[c].Text) {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// possessor returns who owns noun i: its possessive ("Deutsche Boerse's
// offer", "its bid") or its "by"/"from" phrase ("an offer from Deutsche
// Boerse"), or -1.
func (t *tree) possessor(i int) int {
	if p := t.child(i, "nmod:poss"); p >= 0 {
		return p
	}
	for _, c := range t.children(i) {
		if r := t.a.Tokens[c].Rel; r == "nmod" || r == "nmod:agent" {
			if cs := t.child(int(c), "case"); cs >= 0 {
				switch strings.ToLower(t.a.Tokens[cs].Text) {
				case "by", "from":
					return int(c)
				}
			}
		}
	}
	return -1
}

// quotedIn reports whether any token of [lo, hi] is quoted.
func (t *tree) quotedIn(lo, hi int) bool {
	for j := lo; j <= hi; j++ {
		if t.quoted[j] {
			return true
		}
	}
	return false
}

// inClause reports whether token j belongs to the clause headed by i:
// walking up from j reaches i without entering a clause of its own (a
// complement, adverbial or relative clause, a participle phrase, a
// parenthetical, or a coordinated verb). A participle of scheduling is
// part of the clause it qualifies: "a strike earmarked for 23 March".
func (t *tree) inClause(j, i int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 40; steps++ {
		if j == i {
			return true
		}
		switch r := a.Tokens[j].Rel; {
		case r == "acl" || strings.HasPrefix(r, "advcl"):
			if !scheduleLemma(a.Tokens[j].Lemma) || commitLemma(a.Tokens[j].Lemma) {
				return false
			}
		case r == "ccomp", r == "acl:relcl", r == "parataxis", strings.HasPrefix(r, "csubj"),
			r == "conj" && (a.Tokens[j].UPOS == "VERB" || a.Tokens[j].UPOS == "AUX"):
			return false
		}
		j = a.Tokens[j].Head
	}
	return false
}

// timeOf reports whether the date at token j says when the clause headed
// by i happens: it hangs from i as an adverbial ("next week", "on
// Thursday", "later in January", "earmarked for 23 March"), not inside one
// of its noun phrases ("Friday's agreement", "the budget for 2007-13").
func (t *tree) timeOf(j, i int) bool {
	a := t.a
	if !t.inClause(j, i) {
		return false
	}
	nmods := 0
	for steps := 0; j != i; steps++ {
		if steps > 3 {
			return false
		}
		switch r := a.Tokens[j].Rel; {
		case r == "nmod:poss", r == "compound", r == "amod", r == "appos":
			return false
		case r == "nmod":
			// "later in January" holds one; "the meeting since the bid
			// approach in December" two.
			if nmods++; nmods > 1 {
				return false
			}
		case (r == "obj" || r == "iobj" || strings.HasPrefix(r, "nsubj")) && steps > 0 && a.Tokens[j].UPOS == "NOUN":
			// A date inside an argument ("the budget for 2007-13"); the
			// date itself read as an object ("continue next week"), or
			// hung from a person ("meeting Ms Furse on Thursday"), is the
			// parser's slip, and still the clause's time.
			return false
		}
		j = a.Tokens[j].Head
	}
	return true
}

// placeCase reports whether the place entity [first, last) follows "in"
// or "at" ("talks in Geneva", "at the summit in Hong Kong").
func (t *tree) placeCase(first, last int) bool {
	a := t.a
	h := last - 1
	for k := first; k < last; k++ {
		if hd := a.Tokens[k].Head; hd < first || hd >= last {
			h = k
			break
		}
	}
	if c := t.child(h, "case"); c >= 0 {
		w := strings.ToLower(a.Tokens[c].Text)
		return w == "in" || w == "at"
	}
	if first > 0 {
		w := strings.ToLower(a.Tokens[first-1].Text)
		if w == "the" && first > 1 {
			w = strings.ToLower(a.Tokens[first-2].Text)
		}
		return w == "in" || w == "at"
	}
	return false
}
