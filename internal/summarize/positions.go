package summarize

import (
	"slices"
)

// stanceAt records the position of the party that is the subject of a
// stance predicate i: "the union insists", "Russia rejected the offer",
// "Moscow is ready to"; of each of a subject's conjuncts too ("NATO and the
// European Union backed Ukraine").
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
	if t.conditional(i) {
		// "…if it wanted a trade deal": a condition, no one's stance.
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
	// "NATO and the European Union backed Ukraine": the stance of each.
	for _, c := range t.children(s) {
		if ci := int(c); a.Tokens[ci].Rel == "conj" && !t.quoted[ci] {
			_, pc := n.actor(ci)
			n.addPosition(pc, si, 1)
		}
	}
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
