package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Stances: what a party is sure of, hopes, fears or makes clear, said
// with an adjective or a noun rather than a verb of saying ("Lopez is
// confident that a deal can be reached", "the union expressed hope that
// the strike would end", "the minister made clear that the offer was
// final", "In Lopez's view, the gaps are small", "The ministry's position
// is that…"). Negotiation news reports positions this way as often as
// with "said"; each is a statement, its content the clause as written.

// stanceAdjective lists the adjectives of certainty, doubt, hope, fear and
// insistence that take a that-clause about their subject's stance ("sure
// that", "adamant that", "worried that"). "It is clear that…" has no one
// behind it: the subject must be someone (stance).
func stanceAdjective(l string) bool {
	switch l {
	case "sure", "certain", "confident", "positive", "doubtful", "unsure", "uncertain", "skeptical",
		"sceptical", "hopeful", "optimistic", "pessimistic", "worried", "concerned", "afraid", "fearful",
		"anxious", "aware", "unaware", "adamant", "insistent", "determined", "clear", "convinced",
		"satisfied", "disappointed", "pleased", "glad", "happy", "unhappy", "upset", "frustrated",
		"angry", "mindful", "cognizant", "persuaded", "resigned", "encouraged", "alarmed", "dismayed":
		return true
	}
	return false
}

// stanceParticiple lists the verbs whose passive participle reports the
// subject's stance like an adjective ("is convinced that", "was worried
// that"): the tagger reads them as verbs as often as adjectives.
func stanceParticiple(l string) bool {
	switch l {
	case "convince", "persuade", "worry", "concern", "satisfy", "disappoint", "please", "determine",
		"encourage", "alarm", "dismay", "frustrate", "upset", "resign":
		return true
	}
	return false
}

// lightStanceVerb lists the verbs that, with a noun of stance as object,
// report what their subject thinks or wants ("expressed hope that",
// "voiced concern that", "raised the possibility that", "made the case
// that").
func lightStanceVerb(l string) bool {
	switch l {
	case "express", "voice", "raise", "air", "share", "convey", "make", "reiterate", "repeat", "register",
		"underline", "underscore", "restate", "renew", "give", "leave":
		return true
	}
	return false
}

// linkingVerb lists the verbs that link a subject to an adjective of
// stance the way "be" does ("remains skeptical that", "seemed confident
// that", "grew worried that").
func linkingVerb(l string) bool {
	switch l {
	case "remain", "seem", "appear", "become", "grow", "feel", "sound", "stay", "look", "get":
		return true
	}
	return false
}

// stanceNoun lists the nouns of stance whose that-clause is what their
// owner thinks, wants or fears ("concern that", "the possibility that",
// "the case that"), beside the nouns of saying (contentNoun).
func stanceNoun(l string) bool {
	switch l {
	case "concern", "confidence", "optimism", "pessimism", "doubt", "skepticism", "scepticism", "frustration",
		"worry", "conviction", "possibility", "case", "point", "certainty", "determination", "satisfaction",
		"disappointment", "regret", "opinion", "position", "sense", "feeling", "impression", "suspicion",
		"anger", "alarm", "dismay", "stance", "idea", "wish", "desire":
		return true
	}
	return contentNoun(l)
}

// viewNoun lists the nouns that, owned and after "in", put the clause
// they modify in their owner's mouth ("In Lopez's view, …", "in the
// union's estimation, …").
func viewNoun(l string) bool {
	switch l {
	case "view", "opinion", "estimation", "estimate", "judgment", "judgement", "assessment", "words", "mind", "eyes", "telling", "account":
		return true
	}
	return false
}

// stance returns the content [first, last), the source token and the cue
// of a stance expressed at token i, or first = -1. It covers an adjective
// or participle of stance with a that-clause ("is confident that"), "make
// clear", a verb with a noun of stance as object ("voiced concern that"),
// a noun of stance that a copula equates with a that-clause ("The
// ministry's position is that…") and "in X's view".
func (t *tree) stance(i int) (first, last, src int, cue string) {
	a := t.a
	tok := &a.Tokens[i]
	var l string // the lemma in lower case, for a noun or an adjective
	if tok.UPOS == "NOUN" || tok.UPOS == "ADJ" {
		l = strings.ToLower(tok.Lemma)
	}
	if tok.UPOS == "NOUN" && contentNoun(l) {
		if first, last, src, cue := t.stanceOwned(i); first >= 0 {
			return first, last, src, cue
		}
	}
	switch {
	case tok.UPOS == "ADJ" && stanceAdjective(l),
		tok.UPOS == "VERB" && tok.XPOS == "VBN" && stanceParticiple(tok.Lemma) && t.child(i, "aux:pass", "cop") >= 0 && t.child(i, "obl:agent") < 0:
		return t.stanceAdjectival(i)
	case tok.UPOS == "VERB" && tok.XPOS == "VBN" && hearsayLemma(tok.Lemma) && t.child(i, "aux:pass") >= 0 && t.child(i, "obl:agent") < 0:
		if first, last, src, cue := t.stanceHearsay(i); first >= 0 {
			return first, last, src, cue
		}
		return t.impersonal(i)
	case tok.UPOS == "VERB" && tok.XPOS == "VBN" && impersonalLemma(tok.Lemma) && t.child(i, "aux:pass") >= 0 && t.child(i, "obl:agent") < 0:
		return t.impersonal(i)
	case tok.UPOS == "NOUN" && tok.Rel == "obj" && tok.Head >= 0 && lightStanceVerb(a.Tokens[tok.Head].Lemma) && stanceNoun(l):
		return t.stanceObject(i)
	case tok.UPOS == "NOUN" && stanceNoun(l) && (tok.Rel == "nsubj" || tok.Rel == "nsubj:outer"):
		return t.stanceEquated(i)
	case tok.UPOS == "NOUN" && viewNoun(l):
		return t.stanceView(i)
	}
	return -1, -1, -1, ""
}

// stanceOwned: "Trump's declaration that it had been a bomb", "the
// union's demand that the line be reopened": a noun of saying with its
// owner and a that-clause it states, wherever the noun stands.
func (t *tree) stanceOwned(i int) (first, last, src int, cue string) {
	a := t.a
	p := t.child(i, "nmod:poss")
	if p < 0 || t.quoted[p] || !t.someone(p) {
		return -1, -1, -1, ""
	}
	c := t.stanceClause(i)
	if c < 0 {
		return -1, -1, -1, ""
	}
	m := t.child(c, "mark")
	if m < 0 || !nlp.EqualFoldLower(a.Tokens[m].Text, "that") {
		return -1, -1, -1, ""
	}
	first = int(t.left[c])
	if m == first {
		first++ // the clause without "that", as a verb's content is given
	}
	return first, int(t.right[c]) + 1, p, a.Tokens[i].Text
}

// stanceAdjectival: "Lopez is confident that…", "Reyes remains skeptical
// that…", "the minister made clear that…", "Walsh is worried that…". The
// clause hangs from the adjective or from the verb that links it.
func (t *tree) stanceAdjectival(i int) (first, last, src int, cue string) {
	a := t.a
	tok := &a.Tokens[i]
	link := -1 // "remains", "made": the verb the adjective completes
	if h := tok.Head; tok.Rel == "xcomp" && h >= 0 && h < i && a.Tokens[h].UPOS == "VERB" {
		link = h
	}
	lemma := strings.ToLower(tok.Lemma)
	switch {
	case link >= 0 && a.Tokens[link].Lemma == "make":
		// "made (it) clear that…"; "make sure that…" is a task.
		if lemma != "clear" {
			return -1, -1, -1, ""
		}
	case lemma == "clear":
		// "He was clear that…" is rare beside "it is clear that…",
		// which no one says: only "made (it) clear" is a stance.
		return -1, -1, -1, ""
	case link >= 0 && !linkingVerb(a.Tokens[link].Lemma):
		return -1, -1, -1, ""
	}
	c := t.stanceClause(i)
	if c < 0 && link >= 0 {
		c = t.stanceClause(link)
	}
	if c < 0 {
		return -1, -1, -1, ""
	}
	from := i
	if link >= 0 {
		from = link
		src = t.cueSource(link)
	} else {
		for _, k := range t.children(i) {
			if r := a.Tokens[k].Rel; (r == "cop" || r == "aux:pass" || r == "aux") && int(k) < from {
				from = int(k)
			}
		}
		src = t.cueSource(i)
	}
	if !t.someone(src) {
		return -1, -1, -1, ""
	}
	return int(t.left[c]), int(t.right[c]) + 1, src, collapseSpace(a.Text[a.Tokens[from].Start:tok.End])
}

// hearsayLemma lists the verbs whose passive with an infinitive reports
// what others say or think of the subject's stance ("The Commission is
// understood to favour…", "Germany is believed to oppose…", "is said to
// back…"); "is expected to" is a forecast, not a stance.
func hearsayLemma(l string) bool {
	switch l {
	case "understand", "believe", "say", "think", "report", "know", "rumour", "rumor":
		return true
	}
	return false
}

// impersonalLemma lists the verbs whose passive, with no agent, reports
// what is said, thought, found or expected without saying by whom ("It
// was announced that…", "The bill is expected to pass"), beside
// hearsayLemma.
func impersonalLemma(l string) bool {
	switch l {
	case "expect", "estimate", "project", "predict", "forecast", "allege", "announce", "fear", "claim", "confirm", "agree", "decide":
		return true
	}
	return false
}

// impersonal: "It was announced on Tuesday that the plant would close",
// "The bill is expected to pass": what is said, thought or expected with
// no one named. With an expletive "it", the content is the that-clause;
// with a subject and an infinitive ("is expected to", "is believed to
// have…"), the whole clause, its subject and the passive with it: the
// subject is what is talked about, not who talks. No source: the
// content stays, with no speaker. A relative or adverbial clause ("the
// berths inspectors are expected to visit") is a description, not a
// report.
func (t *tree) impersonal(i int) (first, last, src int, cue string) {
	a := t.a
	tok := &a.Tokens[i]
	if tok.Rel != "root" || t.quoted[i] {
		return -1, -1, -1, ""
	}
	subj, subjects := -1, 0
	for _, k := range t.children(i) {
		if r := a.Tokens[k].Rel; strings.HasPrefix(r, "nsubj") || r == "expl" {
			subj = int(k)
			subjects++
		}
	}
	if subjects != 1 || subj > i {
		return -1, -1, -1, ""
	}
	// A cue outside the clause ("…, officials said") reports the
	// clause itself: theirs, not no one's.
	s := a.Sentences[tok.Sent]
	for k := s.First; k < s.Last; k++ {
		if (k < int(t.left[i]) || k > int(t.right[i])) && !t.quoted[k] && t.isCue(k) {
			return -1, -1, -1, ""
		}
	}
	if t.child(i, "parataxis") >= 0 {
		// "…, officials said" hung from the clause it credits.
		return -1, -1, -1, ""
	}
	pass := t.child(i, "aux:pass")
	if nlp.EqualFoldLower(a.Tokens[subj].Text, "it") {
		// "It was announced that…": the clause it announces.
		for _, k := range t.children(i) {
			c := int(k)
			if c < i || a.Tokens[c].Rel != "ccomp" || t.quoted[c] {
				continue
			}
			m := t.child(c, "mark")
			if m < 0 || !nlp.EqualFoldLower(a.Tokens[m].Text, "that") || m != int(t.left[c]) {
				return -1, -1, -1, ""
			}
			return m + 1, int(t.right[c]) + 1, -1, collapseSpace(a.Text[a.Tokens[subj].Start:tok.End])
		}
		return -1, -1, -1, ""
	}
	if tok.Lemma == "announce" || tok.Lemma == "confirm" || tok.Lemma == "agree" || tok.Lemma == "decide" {
		// "A curfew was announced": what was announced, not a report.
		return -1, -1, -1, ""
	}
	// "The bill is expected to pass": the clause, subject and all.
	for _, k := range t.children(i) {
		x := int(k)
		if x < i || a.Tokens[x].Rel != "xcomp" || a.Tokens[x].UPOS != "VERB" && a.Tokens[x].UPOS != "AUX" {
			continue
		}
		m := t.child(x, "mark")
		if m != i+1 || !nlp.EqualFoldLower(a.Tokens[m].Text, "to") {
			return -1, -1, -1, ""
		}
		from := int(t.left[subj])
		if pass < 0 || pass > i {
			return -1, -1, -1, ""
		}
		return from, int(t.right[x]) + 1, -1, collapseSpace(a.Text[a.Tokens[pass].Start:a.Tokens[m].End])
	}
	return -1, -1, -1, ""
}

// attitudeLemma lists the verbs of a side's attitude to a proposal or a
// course: what a side can be said to favour, oppose or want.
func attitudeLemma(l string) bool {
	switch l {
	case "favour", "favor", "oppose", "support", "back", "want", "prefer", "plan", "intend", "reject", "resist",
		"accept", "seek", "consider", "weigh", "push", "insist", "object", "welcome", "endorse", "demand", "refuse":
		return true
	}
	return false
}

// stanceHearsay: "Germany is believed to oppose any new joint borrowing":
// the subject's stance, as others report it; the content is what it is
// said to do, the cue the passive with its "to".
func (t *tree) stanceHearsay(i int) (first, last, src int, cue string) {
	a := t.a
	x := -1
	for _, k := range t.children(i) {
		if ki := int(k); ki > i && a.Tokens[ki].Rel == "xcomp" && (a.Tokens[ki].UPOS == "VERB" || a.Tokens[ki].UPOS == "AUX") {
			x = ki
			break
		}
	}
	if x < 0 {
		return -1, -1, -1, ""
	}
	if !attitudeLemma(a.Tokens[x].Lemma) {
		// "is believed to have originated in China", "are believed to
		// remain at the base": a fact reported, not a stance.
		return -1, -1, -1, ""
	}
	m := t.child(x, "mark")
	src = t.child(i, "nsubj:pass")
	if m < 0 || m != i+1 || !nlp.EqualFoldLower(a.Tokens[m].Text, "to") || !t.someone(src) {
		return -1, -1, -1, ""
	}
	from := t.child(i, "aux:pass")
	if from > i {
		from = i
	}
	return m + 1, int(t.right[x]) + 1, src, collapseSpace(a.Text[a.Tokens[from].Start:a.Tokens[m].End])
}

// stanceObject: "Several diplomats voiced concern that…", "expressed hope
// that…", "raised the possibility that…": the clause hangs from the noun
// or, misattached, from the verb right after the noun.
func (t *tree) stanceObject(n int) (first, last, src int, cue string) {
	a := t.a
	v := a.Tokens[n].Head
	c := t.stanceClause(n)
	if c < 0 {
		if k := t.stanceClause(v); k > n {
			if m := t.child(k, "mark"); m >= 0 && int(t.left[k]) == m && m == int(t.right[n])+1 {
				c = k
			}
		}
	}
	if c < 0 {
		return -1, -1, -1, ""
	}
	if p := t.child(n, "nmod:poss"); p >= 0 && !isPossessivePronoun(a.Tokens[p].Text) {
		// "rejected the company's claim that…" is someone else's.
		return -1, -1, -1, ""
	}
	src = t.cueSource(v)
	if !t.someone(src) {
		return -1, -1, -1, ""
	}
	return int(t.left[c]), int(t.right[c]) + 1, src, collapseSpace(a.Text[a.Tokens[v].Start:a.Tokens[n].End])
}

// stanceEquated: "The minister's position is that no deal is better than
// a bad deal": the noun's owner holds what follows "is that".
func (t *tree) stanceEquated(n int) (first, last, src int, cue string) {
	a := t.a
	h := a.Tokens[n].Head
	src = t.child(n, "nmod:poss")
	if h < 0 || h < n || src < 0 {
		return -1, -1, -1, ""
	}
	cop, m := -1, -1
	for _, k := range t.children(h) {
		switch kt := &a.Tokens[k]; {
		case kt.Rel == "cop" && kt.Lemma == "be" && int(k) > n && cop < 0:
			cop = int(k)
		case kt.Rel == "mark" && nlp.EqualFoldLower(kt.Text, "that"):
			m = int(k)
		}
	}
	if cop < 0 || m != cop+1 {
		return -1, -1, -1, ""
	}
	return m + 1, int(t.right[h]) + 1, src, a.Tokens[n].Text
}

// stanceView: "In Lopez's view, the remaining gaps are small." and "The
// gaps are small, in Lopez's view.": the sentence, less the phrase, is the
// owner's.
func (t *tree) stanceView(n int) (first, last, src int, cue string) {
	a := t.a
	src = t.child(n, "nmod:poss")
	in := t.child(n, "case")
	if src < 0 || in < 0 || !nlp.EqualFoldLower(a.Tokens[in].Text, "in") || !t.someone(src) {
		return -1, -1, -1, ""
	}
	sent := a.Sentences[a.Tokens[n].Sent]
	end := int(t.right[n]) + 1
	if a.Tokens[end-1].Text == "," {
		end-- // the comma hung from the phrase
	}
	cue = collapseSpace(a.Text[a.Tokens[in].Start:a.Tokens[n].End])
	switch {
	case in == sent.First && end < sent.Last && a.Tokens[end].Text == ",":
		return end + 1, sent.Last, src, cue
	case in > sent.First+1 && a.Tokens[in-1].Text == "," && end >= sent.Last-1:
		return sent.First, in - 1, src, cue
	}
	return -1, -1, -1, ""
}

// stanceClause returns the that- or whether-clause (or bare finite
// clause) hung from i as its complement after it, or -1.
func (t *tree) stanceClause(i int) int {
	a := t.a
	for _, k := range t.children(i) {
		c := int(k)
		if c < i || (a.Tokens[c].Rel != "ccomp" && a.Tokens[c].Rel != "acl") || !t.hasVerb(c) {
			continue
		}
		if m := t.child(c, "mark"); m >= 0 {
			if w := strings.ToLower(a.Tokens[m].Text); (w == "that" || w == "whether") && int(t.left[c]) == m {
				return c
			}
			continue
		}
		// With no "that", the clause opens with its subject ("sure the
		// talks will fail"), not a preposition ("unhappy with the way
		// his partner has handled…").
		if s := t.child(c, "nsubj", "nsubj:pass", "expl"); a.Tokens[c].Rel == "ccomp" && s >= 0 && t.left[s] == t.left[c] {
			return c
		}
	}
	return -1
}

// someone reports whether token s can hold a stance: a name, a noun or a
// pronoun of the third person, not "it", "this" or an expletive ("It is
// clear that…").
func (t *tree) someone(s int) bool {
	if s < 0 {
		return false
	}
	st := &t.a.Tokens[s]
	if st.Rel == "expl" {
		return false
	}
	switch st.UPOS {
	case "PROPN", "NOUN":
		return true
	case "PRON":
		// Nor the writer or the reader ("In my opinion, …").
		switch strings.ToLower(st.Text) {
		case "it", "this", "that", "there", "what", "which", "these", "those", "i", "me", "my", "we", "us", "our", "you", "your":
			return false
		}
		return true
	}
	return false
}

// isPossessivePronoun reports whether w is "his", "her", "its", "their" and
// the like: an owner that is the subject itself ("expressed its hope").
func isPossessivePronoun(w string) bool {
	switch strings.ToLower(w) {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}
