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
	// asked is d.asks(si), read once per sentence rather than once per
	// word: the tokens come in text order, so the last answer is kept.
	askedSi, asking := -1, false
	asked := func(si int) bool {
		if si != askedSi {
			askedSi, asking = si, d.asks(si)
		}
		return asking
	}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		si := int(sentAt[i])
		if t.quoted[i] || si < 0 || d.boiler[si] || asked(si) {
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
		if si := int(sentAt[i]); si >= 0 && !d.boiler[si] && !asked(si) {
			n.eventNounAt(i, si)
		}
	}
	for _, st := range b.Statements {
		for _, p := range n.partiesOf(st.Speaker) {
			n.addPosition(p, st.Sentence, 2)
		}
	}
	for _, q := range b.Quotes {
		for _, p := range n.partiesOf(q.Speaker) {
			n.addPosition(p, q.Sentence, 3)
		}
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
		l := strings.ToLower(p.Name) // lower-cased once: the key, and the words
		n.party[l] = i
		var fb [8]string
		if f := appendFields(fb[:0], l); len(f) > 0 {
			w := singular(f[len(f)-1])
			if statesUnion(f) {
				continue // "the union" is no union of states (describes)
			}
			if j, ok := n.lastWord[w]; ok && j != i {
				n.lastWord[w] = -1
			} else {
				n.lastWord[w] = i
			}
		}
	}
	for i, p := range n.b.Parties {
		for _, person := range p.People {
			if _, ok := lowerHas(n.party, person); !ok {
				n.party[strings.ToLower(person)] = i
			}
		}
		// A body by the word its name opens, where the text writes that
		// word only there: "Citizens" of "Citizens for Clean Water", as
		// the entity model may have read it (nameFrom).
		if w, ok := nameOpener(p.Name); ok && n.d.nameFrom(w) == p.Name {
			if _, ok := n.party[strings.ToLower(w)]; !ok {
				n.party[strings.ToLower(w)] = i
			}
		}
		// A firm by its name without its designations ("Mitsubishi" of
		// "Mitsubishi Motors"), which the party may have absorbed.
		if core := firmCore(p.Name); p.Kind == KindOrganisation && core != "" {
			if _, ok := n.party[core]; !ok {
				n.party[core] = i
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
	tn := strings.TrimSpace(name)
	if tn == "" && src < 0 {
		return -1
	}
	// A name met before: its party, looked up without building the
	// lower-case name.
	if p, ok := lowerHas(n.party, tn); ok && tn != "" {
		return p
	}
	l := strings.ToLower(tn)
	if g, ok := gazetteer[l]; ok && !g.demonym {
		// "Downing Street", "Britain", "Tehran": the party the name lists
		// make of it (not a people: "Americans" are not Washington).
		if p, ok := lowerHas(n.party, g.name); ok {
			return p
		}
	}
	l = withoutBase(l)
	if i := strings.Index(l, " at "); i > 0 {
		// "Nurses at City Hospital": people named by where they work
		// are not their employer's side in a dispute.
		if f := strings.Fields(l[:i]); descGroups[singular(f[len(f)-1])] {
			l = l[:i]
		}
	}
	best, bestLen := -1, 0
	if l != "" {
		for k, p := range n.party {
			// The longest name; of two as long ("the United Nations and
			// European Union"), the party listed first, whatever order
			// the map gives.
			if p >= 0 && (len(k) > bestLen || len(k) == bestLen && p < best) && containsSide(l, k) {
				best, bestLen = p, len(k)
			}
		}
	}
	if best < 0 && l != "" {
		best = n.demonymParty(l)
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

// demonymParty returns the country party a speaker's people adjective
// names when the speaker is that country's government or its envoys
// ("the Dutch government", "Russian officials", "Iranian negotiators"),
// or -1.
func (n *negotiator) demonymParty(l string) int {
	f := strings.Fields(l)
	if len(f) < 2 || !stateActors[singular(f[len(f)-1])] {
		return -1
	}
	for _, w := range f[:len(f)-1] {
		if g, ok := gazetteer[w]; ok && g.demonym && g.kind == KindCountry {
			if p, ok := lowerHas(n.party, g.name); ok {
				return p
			}
		}
	}
	return -1
}

// stateActors are the nouns of a country's government and envoys.
var stateActors = makeSet(`government official negotiator diplomat delegation ministry authority leader minister envoy
administration spokesman spokeswoman spokesperson`)

// partiesOf returns the parties of a speaker: each party of a list ("France
// and Germany", "Britain, France and Germany") whose members all belong to
// one, else the one party of the name (partyOf), or none.
func (n *negotiator) partiesOf(name string) []int {
	if isSourceBody(name) {
		// "The New York Times … arguing…": an outlet is no side, nor
		// the place its name holds.
		return nil
	}
	// The party of that name, looked up without building its lower
	// case, which only a list of names needs.
	p, ok := lowerHas(n.party, strings.TrimSpace(name))
	var l string
	if !ok {
		l = strings.ToLower(strings.TrimSpace(name))
	}
	if ok || !strings.Contains(l, " and ") {
		if !ok {
			p = n.partyOf(name, -1)
		}
		if p < 0 {
			return nil
		}
		return []int{p}
	}
	var out []int
	head, last, _ := strings.Cut(l, " and ")
	for _, part := range append(strings.Split(head, ", "), last) {
		p := n.partyOf(part, -1)
		if p < 0 {
			out = nil
			break
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		if p := n.partyOf(name, -1); p >= 0 {
			return []int{p}
		}
		return nil
	}
	return out
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
	if p, ok := lowerHas(n.party, cl.Name); ok && p >= 0 {
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
		if p, ok := lowerHas(n.party, a.Span(mm.First, mm.Last)); ok && p >= 0 {
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
	// The words lower-cased one by one, on the stack: the fields of
	// the name's lower case.
	var buf [lowerBufLen]byte
	for f := range strings.FieldsSeq(name) {
		w := lowerBytes(buf[:0], f)
		if dayNamesSet[string(w)] || string(w) == "earlier" || string(w) == "later" || string(w) == "yesterday" || string(w) == "today" || string(w) == "tomorrow" {
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
		// A body of people a party owns acts for it: "Ostrava's
		// delegation proposed…", "the league's negotiators offered…".
		if poss := n.t.child(src, "nmod:poss"); poss >= 0 && n.t.a.Tokens[poss].UPOS == "PROPN" {
			if name, p := n.actor(poss); p >= 0 {
				return name, p
			}
		}
		if lowerIn(partyNouns, tok.Text) || n.t.child(src, "det") >= 0 && nlp.EqualFoldLower(n.t.a.Tokens[n.t.child(src, "det")].Text, "the") {
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

// asks reports whether sentence si is a question ("Will you go back to
// the table?", an interviewer's or the writer's own): it asks what the
// parties want or will do, it states neither.
func (d *doc) asks(si int) bool {
	return strings.HasSuffix(strings.TrimSpace(d.sents[si].Text), "?")
}
