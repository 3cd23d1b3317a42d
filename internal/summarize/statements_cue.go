package summarize

// How statements reads a cue verb: what it reports, set off as a
// parenthetical credit or as a clause it takes, or its object.

import "strings"

// cueReport records what the cue verb i reports, said by its subject:
// nothing for a condition or a question still open; the whole sentence
// for a credit set off in it; for a parenthetical cue, the clause it
// hangs from (parenthetical); else the clauses it takes
// (clausalContent), a that-clause the parser hung elsewhere (dFirst,
// dLast, or -1), or what it takes after it, its object and what
// completes it.
func (sf *statementFinder) cueReport(i, dFirst, dLast int) {
	t, a := sf.t, sf.a
	tok := &a.Tokens[i]
	src := t.cueSource(i)
	if src < 0 {
		return
	}
	// "A yellow bulldozer pushed the mound", "a dispute that had
	// threatened strikes": no one's stance; what the parse made
	// the subject may also hide the real source, so the content
	// stays, with no speaker; so does what someone unnamed asked
	// ("Asked whether layoffs were coming, Reyes replied…").
	sf.noSpeaker = t.thingAgent(i, src) || t.openingParticiple(i)
	if t.conditional(i) {
		// "…if he agrees to end the war": a condition, not
		// something anyone has said or done.
		return
	}
	if t.openDecision(i) {
		// "will meet to decide whether workers should return":
		// a question still open, not a finding.
		return
	}
	// "Even if the venture fails, Mr. Morgan said, he has done the
	// work", with the credit hung from the main clause, or written verb
	// first ("The talks, said one diplomat, were close to collapse"), or
	// made the root or a relative clause of the subject it splits from
	// its verb ("The deal, Ruiz said, is dead"; "The plan, she said,
	// would cost…").
	r := tok.Rel
	splits := (r == "advcl" || r == "parataxis" || r == "root" || r == "acl:relcl") && (src < i && t.setOffBefore(src) || src > i && i > 0 && a.Tokens[i-1].Text == ",") && t.resumesAfter(i) >= 0
	if splits || t.trailingClauseOfContent(i) {
		// Or "Lenox was a juggernaut, Mr. Clarke said, until it went
		// bankrupt in 1999": a clause of limit, cause or condition
		// after the credit goes on with what was said before it (no
		// one says until something happens), wherever the parser
		// hung it. The sentence, as written, is what was said.
		sf.addCredited(a.Sentences[tok.Sent].First, a.Sentences[tok.Sent].Last, src, cueText(t, i), "")
		return
	}
	if tok.Rel == "parataxis" && tok.Head >= 0 && t.contentComp(i) < 0 {
		sf.parenthetical(i, src, dFirst, dLast)
		return
	}
	clausal := sf.clausalContent(i, src)
	if !clausal {
		// "announced in a statement this month that he had
		// reached a deal": a that-clause the parser hung from a
		// word of the cue's own adverbial is still its content.
		if first, last := dFirst, dLast; first >= 0 {
			sf.add(first, last, src, cueText(t, i), "")
			clausal = true
		}
	}
	// A cue in a clause a preposition or a complementiser opens
	// ("open to recognizing the claim") reports nothing itself; a
	// finite one in a clause of time or cause still does ("after the
	// senator attacked the levy").
	if !clausal && tok.Rel != "amod" && tok.Rel != "acl" && (t.child(i, "mark", "case") < 0 || t.finiteAdverbialCue(i)) && !t.reducedClause(i) {
		// "The union criticized the offer as too low", "Clinton
		// cited the report": the content is what the cue takes
		// after it, its object and the phrases that complete it.
		if first, last := t.bareClause(i, src); first >= 0 {
			// "Civil rights activists say Charlotte officers
			// have been too aggressive" with the clause hung
			// elsewhere.
			sf.add(first, last, src, cueText(t, i), "")
		} else if first, last := t.nounContent(i); last-first >= minNounContent && !(knowingLemma(tok.Lemma) && t.plainObject(i, first)) && !(tok.Lemma == "add" && !t.speechObject(first, last)) {
			sf.add(first, last, src, cueText(t, i), "")
		}
	}
}

// parenthetical records what a bare, finite cue i set off in its
// sentence ("The talks failed, officials said") reports for its source
// src: a that-clause the parser hung elsewhere (dFirst, dLast), a clause
// the cue goes straight on into, or else the clause the cue hangs from,
// less the cue's own words. A cue that is not bare or not finite, or the
// verb of a relative clause hung from the main verb, reports nothing.
func (sf *statementFinder) parenthetical(i, src, dFirst, dLast int) {
	t, a := sf.t, sf.a
	tok := &a.Tokens[i]
	// A parenthetical cue stands bare: "…, officials said",
	// not "as the administration signals readiness"; and it
	// is finite: "The statement, read at a ceremony, said…"
	// has a participle the tagger took for a base form.
	if t.child(i, "mark") >= 0 || t.realObject(i) && tok.Lemma != "tell" || tok.XPOS == "VB" && t.child(i, "aux") < 0 {
		return
	}
	// "The talks failed, officials said": the content is the
	// clause the cue hangs from, less the cue's own words.
	if first, last := dFirst, dLast; first >= 0 {
		// "…, the union said in a statement that it would
		// strike": the that-clause, not the clause before.
		sf.add(first, last, src, cueText(t, i), "")
		return
	}
	if x := a.Tokens[src].XPOS; x == "WP" || x == "WDT" {
		// "…, who said after the meeting…": a relative
		// clause the parser hung from the main verb says
		// nothing of the clause around it.
		return
	}
	if first, last := t.bareClause(i, src); first >= 0 {
		// "Frustration with police: Civil rights activists
		// say Charlotte officers have been too aggressive":
		// a cue that goes straight on into a clause is no
		// parenthetical, whatever it hangs from.
		sf.add(first, last, src, cueText(t, i), "")
		return
	}
	h := tok.Head
	if t.left[i] > t.left[h] {
		sf.add(int(t.left[h]), int(t.left[i]), src, cueText(t, i), "")
	} else if t.right[i] < t.right[h] {
		sf.add(int(t.right[i])+1, int(t.right[h])+1, src, cueText(t, i), "")
	}
}

// clausalContent records the clauses the cue i takes as what its source
// src said ("said Israel would not end the war", "urged London to show
// more flexibility": a complement clause, or an infinitive for what is
// wanted or asked), or the clause of an object the parser misread, and
// reports whether the cue took a clause (or left it to an inner cue). A
// complement that is no reported clause is passed over
// (notReportedClause).
func (sf *statementFinder) clausalContent(i, src int) bool {
	t, a := sf.t, sf.a
	tok := &a.Tokens[i]
	clausal := false
	joined := -1 // a clause already taken into the one before it
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		if int(c) == joined {
			continue
		}
		if ct.Rel == "xcomp" && t.isCue(int(c)) && t.child(int(c), "ccomp") >= 0 {
			// "declined to say whether…": the inner cue reports it.
			clausal = true
			continue
		}
		if t.notReportedClause(i, c) {
			continue
		}
		asks := requestLemma(tok.Lemma) || t.callsOn(i)
		// "called on people to protest", "urged members to
		// reject it" with the infinitive read as an adverbial
		// clause: what is asked, as an xcomp would be.
		whom := t.child(i, "obj", "iobj")
		if whom < 0 {
			// "called on the board to resign" with "on" read as
			// a preposition: the board is asked.
			whom = t.calledOn(i)
		}
		asked := ct.Rel == "advcl" && asks && t.infinitive(int(c)) && whom >= 0 && whom < int(c)
		if ct.Rel == "ccomp" || (ct.Rel == "xcomp" || asked) && (wantLike(tok.Lemma) || asks && whom >= 0) && (ct.UPOS == "VERB" || ct.UPOS == "AUX") &&
			!t.bareParticiple(int(c)) {
			// (Not a participle: "agreed the text of a treaty
			// meant to end the conflict" wants no "meant".)
			last := int(t.right[c]) + 1
			// "said Israel would not end the war until Hamas was
			// defeated" split by the parser into two clauses that
			// touch: one content.
			if n := t.touchingClause(i, int(c)); n >= 0 {
				last, joined = int(t.right[n])+1, n
			}
			start := t.clauseStart(i, int(c))
			if o := whom; (ct.Rel == "xcomp" || asked) && o >= 0 && o < int(c) && asks && !t.quoted[o] {
				// "urged London to show more flexibility": what is
				// asked, of whom.
				start = int(t.left[o])
				if start == i+1 && o == t.calledOn(i) {
					// Not the "on" of "called on".
					start++
				}
			}
			sf.add(start, last, src, cueText(t, i), "")
			clausal = true
		} else if o := t.misreadObject(i, int(c)); o >= 0 {
			sf.add(int(t.left[o]), int(t.right[c])+1, src, cueText(t, i), "")
			clausal = true
		}
	}
	return clausal
}

// notReportedClause reports whether the complement c of the cue i is no
// clause the cue reports, though the parser made it one: a fragment, an
// aside, a noun's clause, a relative clause, the sentence's credit, an
// opening participle, the writer's comment, or a clause with no verb.
func (t *tree) notReportedClause(i int, c int32) bool {
	ct := &t.a.Tokens[c]
	if ct.Rel == "ccomp" && t.fragmentComp(i, int(c)) {
		// "…agreed to buy Lemaire for about $9 billion, the
		// companies said" with "$9 billion" hung from the
		// cue: the credit reports its whole clause (below).
		return true
	}
	if ct.Rel == "ccomp" && t.participleAside(i, int(c)) {
		// "…, the people said, asking not to be identified":
		// the participle is an aside, not what they said.
		return true
	}
	if ct.Rel == "ccomp" && t.nounsClause(i, int(c)) >= 0 {
		// "rejected the company's claim that…": the clause is
		// the claim's, misattached (see claimClause).
		return true
	}
	if ct.Rel == "ccomp" && int(c) < i && (t.relativeClause(int(c)) || t.relativeSubject(i) >= 0) {
		// "Zelensky, who did not travel, said…" with the
		// relative clause hung from the cue, or with the
		// name taken into it ("Amat Hajjaj, whose son is
		// held, said…").
		return true
	}
	if ct.Rel == "ccomp" && int(c) > i && t.relativeClause(int(c)) && t.describesNoun(int(c)) {
		// "…,” said Senator James Lankford, an Oklahoma
		// Republican who has led the talks": the clause
		// describes the speaker; "who" opens no reported
		// content.
		return true
	}
	if ct.Rel == "ccomp" && int(c) > i && t.isCue(int(c)) && t.closingAttribution(int(c)) >= 0 {
		// "…believe a deal is within reach, a diplomat in
		// Cairo said.": the sentence's credit, not content.
		return true
	}
	if x := ct.XPOS; ct.Rel == "ccomp" && int(c) < i && int(t.left[c]) == int(c) && !t.quoted[c] && (x == "VBN" || x == "VBG" || x == "VBD") &&
		t.child(int(c), "nsubj", "nsubj:pass", "expl", "csubj") < 0 {
		// "Asked about the timing, al-Ansari said…": a
		// clause before the cue that opens with its verb
		// and has no subject is no reported clause.
		return true
	}
	if ct.Rel == "ccomp" && int(c) > i && t.prepositionalClause(i, int(c)) {
		// "The ferry will sail again, the captain said on what was
		// his last day at sea": a preposition opens no reported
		// clause of a verb that reports by clause.
		return true
	}
	if ct.Rel == "ccomp" && t.summingPhrase(int(c)) {
		// "asked the candidates to…, a request not always
		// honored": the writer's comment on what was said.
		return true
	}
	if ct.Rel == "ccomp" && (!t.hasVerb(int(c)) || t.nounInDisguise(int(c))) {
		// A "clause" with no verb is a misparse: "Harvest's
		// chief executive, Laura Chen, said…" with the
		// subject hung as the cue's complement; so is one
		// whose only verb is a noun the tagger misread
		// ("warns Pakistan of flood flows").
		return true
	}
	return false
}

// goOnMarks are the subordinators of a clause that goes on with what was
// said rather than telling when or how it was said: a limit, a cause, a
// concession or a condition ("…, he said, until it went bankrupt";
// "…, she said, because the banks would not lend").
var goOnMarks = makeSet(`until unless because although though if before once whereas`)

// trailingClauseOfContent reports whether cue i, set off by commas after
// the clause it reports ("Lenox was a juggernaut, Mr. Clarke said, until
// it went bankrupt in 1999"), has a finite clause with a subject hung from
// it right after its closing comma, opened by one of goOnMarks: the
// parser's reading of a clause of what was said as one of the saying.
func (t *tree) trailingClauseOfContent(i int) bool {
	a := t.a
	fronted := false
	for _, c := range t.children(i) {
		if ci := int(c); ci < i && a.Tokens[ci].Rel == "ccomp" && !t.quoted[ci] {
			fronted = true
		}
	}
	if !fronted {
		return false
	}
	for _, c := range t.children(i) {
		v := int(c)
		vt := &a.Tokens[v]
		if v < i || vt.Rel != "advcl" || t.quoted[v] {
			continue
		}
		switch vt.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		m := t.child(v, "mark")
		if m < 1 || !goOnMarks[strings.ToLower(a.Tokens[m].Text)] || t.child(v, "nsubj") < 0 && t.child(v, "nsubj:pass") < 0 {
			continue
		}
		// The comma that closes the credit opens the clause, right
		// before its subordinator.
		if l := int(t.left[v]); l != m && l != m-1 || a.Tokens[m-1].Text != "," || !t.onlyCredit(i, m-1) {
			continue
		}
		return true
	}
	return false
}

// onlyCredit reports whether the words between cue i and the comma at
// token comma belong to the credit: no verb other than the cue's own.
func (t *tree) onlyCredit(i, comma int) bool {
	for k := i + 1; k < comma; k++ {
		if u := t.a.Tokens[k].UPOS; u == "VERB" || u == "AUX" || t.quoted[k] {
			return false
		}
	}
	return true
}

// timeMarks are the subordinators of a clause that tells when or why
// something happened, a deed done, not one supposed ("since the mayor
// praised the plan", "after she blamed the board").
var timeMarks = makeSet(`after since when because as while once`)

// finiteAdverbialCue reports whether cue i heads a finite clause of time
// or cause: an adverbial clause whose only opener is one of timeMarks,
// with a subject of its own.
func (t *tree) finiteAdverbialCue(i int) bool {
	a := t.a
	tok := &a.Tokens[i]
	if tok.Rel != "advcl" || tok.XPOS != "VBD" && tok.XPOS != "VBZ" && tok.XPOS != "VBP" || t.child(i, "case") >= 0 || t.child(i, "nsubj") < 0 {
		return false
	}
	n := 0
	for _, c := range t.children(i) {
		if a.Tokens[c].Rel == "mark" {
			if !timeMarks[strings.ToLower(a.Tokens[c].Text)] {
				return false
			}
			n++
		}
	}
	return n == 1
}

// placePreps are the prepositions of a phrase of time, place or channel.
var placePreps = makeSet(`on in at during after before since from`)

// prepositionalClause reports whether the complement c of cue i opens with
// one of placePreps marking it ("said on what was her first day"): for a
// verb of saying that reports what follows it as a clause (say, tell,
// add, state), the phrase tells when or where it was said, not what.
func (t *tree) prepositionalClause(i, c int) bool {
	switch t.a.Tokens[i].Lemma {
	case "say", "tell", "add", "state":
	default:
		return false
	}
	f := int(t.left[c])
	ft := &t.a.Tokens[f]
	return ft.Rel == "case" && int(ft.Head) == c && placePreps[strings.ToLower(ft.Text)]
}
