package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// stanceLemma lists the predicates by which a side takes a position:
// verbs ("Russia rejects", "the union insists") and adjectives after a
// copula ("Moscow is ready to").
func stanceLemma(l string) bool {
	switch l {
	case "refuse", "reject", "insist", "demand", "accept", "agree", "oppose", "want", "seek",
		"urge", "vow", "threaten", "warn", "welcome", "condemn", "denounce", "support", "back",
		"push", "decline", "resist", "dismiss", "criticize", "criticise", "pledge", "promise",
		"rule", "call", "press", "favor", "favour", "endorse", "object", "veto", "block",
		"ready", "willing", "open", "prepared", "unwilling", "determined", "committed", "opposed",
		"firm", "adamant", "keen", "eager", "reluctant":
		return true
	}
	return false
}

// proposalVerb lists verbs that put something on the table.
func proposalVerb(l string) bool {
	switch l {
	case "offer", "propose", "submit", "table", "present", "unveil", "outline", "suggest", "put", "float", "bid", "tender":
		return true
	}
	return false
}

// proposalNoun lists nouns that name something on the table.
func proposalNoun(l string) bool {
	switch l {
	case "offer", "proposal", "plan", "bid", "package", "draft", "terms", "deal", "settlement", "counteroffer", "counter-offer", "framework", "roadmap":
		return true
	}
	return false
}

// eventLemma lists what happens in a negotiation: verbs and nouns.
func eventLemma(l string) bool {
	switch l {
	case "meet", "talk", "negotiate", "vote", "sign", "resume", "reconvene", "decide", "announce",
		"hold", "continue", "visit", "return", "walk", "rule", "hear", "ratify", "discuss",
		"consider", "debate", "publish", "present", "submit", "deliver", "respond", "travel", "host",
		"convene", "gather", "approve", "review", "expire", "end", "begin", "start", "launch",
		"talks", "negotiation", "meeting", "summit", "ballot", "round", "deadline", "session",
		"conference", "hearing", "decision", "agreement", "deal", "ceasefire", "truce",
		"walkout", "consultation", "referendum", "election", "treaty", "accord", "trip", "strike":
		return true
	}
	return false
}

// treeNegotiation fills the brief's positions, proposals and next steps
// from the trees: positions are the stances and the reported statements
// of the parties, grouped by party; a proposal's proposer is the subject
// of offer/propose/submit (or the agent of a passive, or the possessor of
// "X's offer"), never the side that rejected or received it; a next step is
// a clause about what is still to happen (will, is set to, is due to,
// plans to, next week) with an event, its when and where taken from the
// same clause. It also marks the sentences that carry them for the
// key-point ranking.
func (d *doc) treeNegotiation(b *Brief, t *tree) {
	a := t.a
	d.role = make([]sentRole, len(d.sents))
	d.strength = make([]int, len(d.sents))
	partyOf := partyIndex(b.Parties)
	seenDate := map[string]bool{}
	for si := range d.sents {
		if d.boiler[si] {
			continue
		}
		for _, dt := range d.findDates(d.sentTok[si], d.sentTok[si+1]) {
			if k := strings.ToLower(dt); !seenDate[k] {
				seenDate[k] = true
				b.Dates = append(b.Dates, Date{Text: dt, Sentence: si})
			}
			d.role[si] |= roleDate
		}
	}
	type pos struct {
		Position
		rank int
	}
	var positions []pos
	seenPos := map[[2]any]bool{}
	addPos := func(party string, si int) {
		rank, ok := partyOf[strings.ToLower(party)]
		if !ok || d.boiler[si] {
			return
		}
		name := b.Parties[rank].Name
		if seenPos[[2]any{name, si}] {
			return
		}
		seenPos[[2]any{name, si}] = true
		positions = append(positions, pos{Position{Party: name, Text: d.sents[si].Text, Sentence: si}, rank})
		d.role[si] |= rolePosition
	}
	for _, st := range b.Statements {
		addPos(st.Speaker, st.Sentence)
	}
	seenNext := map[int]bool{}
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if t.quoted[i] || tok.Start < 0 {
			continue
		}
		si := d.sentOf(tok.Start)
		if d.boiler[si] {
			continue
		}
		switch tok.UPOS {
		case "VERB", "ADJ":
			if stanceLemma(tok.Lemma) {
				if s := t.subjectOf(i); s >= 0 {
					name, _ := t.speakerOf(s)
					addPos(name, si)
				}
			}
			if tok.UPOS == "VERB" && proposalVerb(tok.Lemma) && !negated(t, i) {
				if by := t.subjectOf(i); by >= 0 {
					name, _ := t.speakerOf(by)
					text := d.sents[si].Text
					if o := t.child(i, "obj"); o >= 0 && int(t.right[o])-int(t.left[o]) >= 4 {
						text = t.spanText(int(t.left[o]), int(t.right[o])+1)
					}
					b.Proposals = append(b.Proposals, Proposal{Text: text, By: partyName(b.Parties, partyOf, name), Sentence: si})
					d.role[si] |= roleProposal
					d.strength[si] += 2
				}
			}
			if !seenNext[si] && t.future(i) && (eventLemma(tok.Lemma) || t.eventArgument(i)) {
				seenNext[si] = true
				ns := NextStep{Text: d.sents[si].Text, Sentence: si}
				ns.When, ns.Where = t.whenWhere(i)
				b.NextSteps = append(b.NextSteps, ns)
				d.role[si] |= roleNext
				d.strength[si]++
				if ns.When != "" {
					d.strength[si]++
				}
				if ns.Where != "" {
					d.strength[si]++
				}
			}
		case "NOUN":
			if proposalNoun(tok.Lemma) {
				// "X's offer", "an offer by X", "the offer made by X".
				by := t.child(i, "nmod:poss")
				if by < 0 {
					for _, c := range t.children(i) {
						if r := a.Tokens[c].Rel; (r == "nmod" || r == "nmod:agent") && t.hasCase(int(c), "by", "from") {
							by = int(c)
						}
					}
				}
				if by < 0 {
					continue
				}
				name, _ := t.speakerOf(by)
				if name == "" {
					continue
				}
				b.Proposals = append(b.Proposals, Proposal{Text: d.sents[si].Text, By: partyName(b.Parties, partyOf, name), Sentence: si})
				d.role[si] |= roleProposal
				d.strength[si]++
			}
		}
	}
	// Positions grouped by party, in the parties' order; at most two a party.
	out := make([]Position, 0, len(positions))
	for rank := range b.Parties {
		n := 0
		for _, p := range positions {
			if p.rank == rank && n < 2 {
				out = append(out, p.Position)
				n++
			}
		}
	}
	if len(out) > 10 {
		out = out[:10]
	}
	b.Positions = out
	b.Proposals = dedupeProposals(b.Proposals)
	if len(b.Proposals) > 8 {
		b.Proposals = b.Proposals[:8]
	}
	if len(b.NextSteps) > 6 {
		b.NextSteps = b.NextSteps[:6]
	}
	if len(b.Dates) > 12 {
		b.Dates = b.Dates[:12]
	}
}

// partyIndex maps the lower-cased names of the parties and their people to
// the party's place in the list.
func partyIndex(parties []Party) map[string]int {
	m := map[string]int{}
	for i, p := range parties {
		m[strings.ToLower(p.Name)] = i
		for _, person := range p.People {
			if _, ok := m[strings.ToLower(person)]; !ok {
				m[strings.ToLower(person)] = i
			}
		}
	}
	return m
}

// partyName names the party of an actor when the actor is one of the
// parties or speaks for one; else the actor as written.
func partyName(parties []Party, idx map[string]int, name string) string {
	if i, ok := idx[strings.ToLower(name)]; ok {
		return parties[i].Name
	}
	return name
}

// dedupeProposals keeps one proposal a sentence.
func dedupeProposals(p []Proposal) []Proposal {
	seen := map[int]bool{}
	out := p[:0]
	for _, x := range p {
		if seen[x.Sentence] {
			continue
		}
		seen[x.Sentence] = true
		out = append(out, x)
	}
	return out
}

// negated reports whether a predicate has a negation ("did not offer").
func negated(t *tree, i int) bool { return t.child(i, "advmod") >= 0 && t.hasNeg(i) }

func (t *tree) hasNeg(i int) bool {
	for _, c := range t.children(i) {
		switch strings.ToLower(t.a.Tokens[c].Text) {
		case "not", "n't", "never":
			return true
		}
	}
	return false
}

// hasCase reports whether token i is marked by one of the prepositions.
func (t *tree) hasCase(i int, preps ...string) bool {
	c := t.child(i, "case")
	if c < 0 {
		return false
	}
	w := strings.ToLower(t.a.Tokens[c].Text)
	for _, p := range preps {
		if w == p {
			return true
		}
	}
	return false
}

// future reports whether a predicate speaks of what is still to happen: an
// auxiliary "will"/"shall", or a chain from "set/due/expected/scheduled/
// plan/going/is (to)", or a temporal modifier such as "next week",
// "tomorrow", "later this month".
func (t *tree) future(i int) bool {
	a := t.a
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		switch {
		case ct.Rel == "aux" && (ct.Lemma == "will" || ct.Lemma == "shall" || strings.EqualFold(ct.Text, "'ll")):
			return true
		case ct.Rel == "obl:tmod" || ct.Rel == "obl" || ct.Rel == "advmod" || ct.Rel == "obl:npmod":
			for j := int(t.left[c]); j <= int(t.right[c]); j++ {
				switch strings.ToLower(a.Tokens[j].Text) {
				case "next", "tomorrow", "upcoming", "later", "coming":
					return true
				}
			}
		}
	}
	if h := a.Tokens[i].Head; h >= 0 && a.Tokens[i].Rel == "xcomp" {
		switch a.Tokens[h].Lemma {
		case "set", "due", "expect", "schedule", "plan", "go", "be", "intend", "aim", "hope", "prepare":
			if a.Tokens[h].Lemma == "go" && !strings.EqualFold(a.Tokens[h].Text, "going") {
				return false
			}
			return true
		}
	}
	return false
}

// eventArgument reports whether a predicate's subject or object is a
// negotiation event ("talks will resume", "the vote is set for Friday").
func (t *tree) eventArgument(i int) bool {
	for _, c := range t.children(i) {
		ct := &t.a.Tokens[c]
		if (strings.HasPrefix(ct.Rel, "nsubj") || ct.Rel == "obj") && eventLemma(ct.Lemma) {
			return true
		}
	}
	return false
}

// whenWhere returns the date or time and the place of a predicate's own
// clause: the DATE/TIME entities and the places after "in"/"at" inside its
// subtree, leaving out clauses of their own.
func (t *tree) whenWhere(i int) (when, where string) {
	a := t.a
	lo, hi := int(t.left[i]), int(t.right[i])
	for _, e := range a.Entities {
		if e.First < lo || e.Last-1 > hi || t.quoted[e.First] {
			continue
		}
		// Same clause: the path from the entity up to i crosses no other
		// clause head.
		if !t.sameClause(e.First, i) {
			continue
		}
		switch e.Type {
		case nlp.DATE, nlp.TIME:
			if when == "" {
				when = e.Text
			}
		case nlp.GPE, nlp.LOC:
			if where == "" {
				h := e.Last - 1
				for k := e.First; k < e.Last; k++ {
					if a.Tokens[k].Head < e.First || a.Tokens[k].Head >= e.Last {
						h = k
					}
				}
				if t.hasCase(h, "in", "at") {
					where = e.Text
				}
			}
		}
	}
	return when, where
}

// sameClause reports whether token j belongs to the clause headed by i:
// walking up from j reaches i without passing a clause relation.
func (t *tree) sameClause(j, i int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 30; steps++ {
		if j == i {
			return true
		}
		switch r := a.Tokens[j].Rel; {
		case r == "ccomp", r == "advcl", r == "acl:relcl", r == "parataxis", r == "csubj", strings.HasPrefix(r, "conj") && a.Tokens[j].UPOS == "VERB":
			if j != i {
				return false
			}
		}
		j = a.Tokens[j].Head
	}
	return false
}
