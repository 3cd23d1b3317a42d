package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

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
		// "urged an increase to 1.26%" puts it on the table; "urged them
		// (or the union) to reach a deal" asks something of its
		// listener, no terms.
		if o := t.child(i, "obj"); o >= 0 && a.Tokens[o].UPOS == "NOUN" && t.child(i, "xcomp") < 0 {
			obj = o
		}
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
	if by < 0 && n.termsUnder(i) && !n.refused(-1, i) {
		// "Under the proposal, Washington would lift tariffs…, while
		// Brussels would drop…": the terms, whoever proposed them.
		n.addProposal(-1, i, -1, si)
		return
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

// termsUnder reports whether proposal noun i opens its sentence's terms:
// "Under the proposal, Washington would lift tariffs…", the clause it
// hangs from saying what would happen, with "would", "will" or "could".
func (n *negotiator) termsUnder(i int) bool {
	t, a := n.t, n.t.a
	c := t.child(i, "case")
	if c < 0 || !nlp.EqualFoldLower(a.Tokens[c].Text, "under") || a.Tokens[i].Rel != "obl" {
		return false
	}
	v := a.Tokens[i].Head
	if v < 0 || v < i {
		return false
	}
	for _, k := range t.children(v) {
		switch strings.ToLower(a.Tokens[k].Text) {
		case "would", "will", "could", "'d", "'ll":
			if a.Tokens[k].Rel == "aux" {
				return true
			}
		}
	}
	return false
}
