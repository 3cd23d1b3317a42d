package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

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
	if h := a.Tokens[i].Head; h >= 0 && (a.Tokens[i].Rel == "xcomp" || a.Tokens[h].Lemma == "have" && n.untilChild(h)) && (when == "" || where == "") {
		// "are set to meet next Thursday in London", "has until Friday
		// to respond", with the date and the place under the verb of
		// scheduling.
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
	if n.doubted(i) {
		// "investors doubt a deal will happen".
		return
	}
	if when == "" && (n.conditioned(i) || t.directedVote(i) || contactLemma(a.Tokens[i].Lemma)) {
		// "was prepared to walk away if the EU did not move": a
		// threat, not a step; "said he would vote against any bill
		// that…": how one will vote is a position; "opportunities to
		// speak": talk in general. Each is a next step only where a
		// date says when ("could begin next Monday if no deal is
		// reached", "are expected to speak over the weekend").
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
	// "A final agreement is due by July 20", "the contract is set for a
	// vote on Friday": the event's date may stand in the clause of the
	// word of scheduling the noun hangs from.
	at, byHead := i, false
	if h := a.Tokens[i].Head; h >= 0 && !t.quoted[h] && (scheduleLemma(strings.ToLower(a.Tokens[h].Lemma)) && !commitLemma(a.Tokens[h].Lemma) && a.Tokens[h].Lemma != "go") &&
		(strings.HasPrefix(a.Tokens[i].Rel, "nsubj") || a.Tokens[i].Rel == "obl") && !t.negated(h) {
		at, byHead = h, true
	}
	lo, hi := int(t.left[at]), int(t.right[at])
	when := ""
	for _, s := range n.dates[si] {
		j := t.tokenAt(s.start)
		if j < lo || j > hi || t.quoted[j] {
			continue
		}
		j = t.dateHead(j, s.end)
		if !t.inClause(j, at) {
			continue
		}
		text := collapseSpace(n.d.text[s.start:s.end])
		scheduled := byHead || futureWhen(text) || n.scheduledBefore(i)
		for k, steps := j, 0; k != at && k >= 0 && steps < 4; k, steps = a.Tokens[k].Head, steps+1 {
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
	from, to := t.entitiesIn(lo, hi)
	for ei := from; ei < to; ei++ {
		e := &a.Entities[ei]
		if e.First < lo || e.Last-1 > hi || (e.Type != nlp.GPE && e.Type != nlp.LOC) || t.quoted[e.First] {
			continue
		}
		if t.inClause(e.First, at) && t.placeCase(e.First, e.Last) {
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
		if scheduleLemma(strings.ToLower(a.Tokens[j].Text)) && !commitLemma(a.Tokens[j].Lemma) && nlp.EqualFoldLower(a.Tokens[j+1].Text, "to") {
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
	// "a shutdown that would have begun at midnight": a modal's perfect
	// tells what did not happen.
	modal, perfect := false, false
	for _, c := range t.children(i) {
		if ct := &a.Tokens[c]; ct.Rel == "aux" {
			var lb [lowerBufLen]byte // the lower case, on the stack
			switch string(lowerBytes(lb[:0], ct.Text)) {
			case "would", "could", "might", "should", "'d":
				modal = true
			case "have", "'ve":
				perfect = true
			}
		}
	}
	if modal && perfect {
		return notFuture
	}
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		var lb [lowerBufLen]byte // the lower case, on the stack
		w := string(lowerBytes(lb[:0], ct.Text))
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
				if ht.Lemma == "go" && !nlp.EqualFoldLower(ht.Text, "going") {
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
			if ht.Lemma == "have" && ht.XPOS != "VBD" && n.untilChild(h) {
				// "has until March 10 to make a final offer": a
				// deadline still to come.
				return future
			}
			if ht.Lemma == "hope" && ht.XPOS != "VBD" {
				// "hope to announce a deal at the end of the month":
				// a next step when the clause says for when.
				kind = maybeFuture
				break
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

// deliverable lists what one delivers as an event: an answer, a ruling,
// a speech.
func deliverable(l string) bool {
	switch l {
	case "response", "reply", "answer", "verdict", "ruling", "judgment", "judgement", "report", "statement", "speech", "address", "ultimatum":
		return true
	}
	return false
}

// doubted reports whether verb i heads what a cue of doubt or denial
// reports ("doubt a deal will happen", "denied that talks would resume").
func (n *negotiator) doubted(i int) bool {
	if h := n.t.complementOf(i); h >= 0 {
		switch n.t.a.Tokens[h].Lemma {
		case "doubt", "deny", "dispute", "question":
			return true
		}
	}
	return false
}

// conditioned reports whether verb i, or the verb of scheduling it
// hangs from, has a clause of condition ("if the EU did not move").
func (n *negotiator) conditioned(i int) bool {
	t, a := n.t, n.t.a
	for steps := 0; i >= 0 && steps < 2; steps++ {
		for _, c := range t.children(i) {
			if a.Tokens[c].Rel == "advcl" && t.conditional(int(c)) {
				return true
			}
		}
		if a.Tokens[i].Rel != "xcomp" {
			break
		}
		i = a.Tokens[i].Head
	}
	return false
}

// contactLemma lists the verbs of sides talking with each other or
// briefing their own, which are next steps only with a date.
func contactLemma(l string) bool {
	return l == "speak" || l == "confer" || l == "brief"
}

// directedVote reports whether verb i is a vote said with its direction
// ("vote against the bill", "vote no", "vote for the deal").
func (t *tree) directedVote(i int) bool {
	a := t.a
	if a.Tokens[i].Lemma != "vote" {
		return false
	}
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		switch {
		case ct.Rel == "obl" && (t.caseOf(int(c)) == "against" || t.caseOf(int(c)) == "for"):
			return true
		case int(c) > i && (nlp.EqualFoldLower(ct.Text, "no") || nlp.EqualFoldLower(ct.Text, "yes") || nlp.EqualFoldLower(ct.Text, "against")):
			return true
		}
	}
	return false
}

// untilChild reports whether token h has an oblique opened by "until"
// ("has until Friday").
func (n *negotiator) untilChild(h int) bool {
	for _, c := range n.t.children(h) {
		if r := n.t.a.Tokens[c].Rel; (r == "obl" || r == "obl:tmod") && n.t.caseOf(int(c)) == "until" {
			return true
		}
	}
	return false
}

// toBefore reports whether "to" comes right before verb i (adverbs
// between): "is due to meet", "plans to formally reopen".
func (n *negotiator) toBefore(i int) bool {
	a := n.t.a
	s := a.Sentences[a.Tokens[i].Sent]
	for j := i - 1; j >= s.First && j >= i-3; j-- {
		switch {
		case nlp.EqualFoldLower(a.Tokens[j].Text, "to"):
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
	h := n.t.complementOf(i)
	return h >= 0 && n.t.isCue(h)
}

// complementOf returns the verb whose complement (ccomp) holds verb i,
// through the conjuncts and infinitives i hangs from (at most three
// steps), or -1.
func (t *tree) complementOf(i int) int {
	a := t.a
	for steps := 0; i >= 0 && steps < 3; steps++ {
		h := a.Tokens[i].Head
		if h < 0 {
			return -1
		}
		if a.Tokens[i].Rel == "ccomp" {
			return h
		}
		if a.Tokens[i].Rel != "conj" && a.Tokens[i].Rel != "xcomp" {
			return -1
		}
		i = h
	}
	return -1
}

// aboutEvent reports whether verb i or one of its arguments is a
// negotiation event ("talks will resume", "the vote is set for Friday",
// "will hold talks").
func (n *negotiator) aboutEvent(i int) bool {
	t, a := n.t, n.t.a
	if a.Tokens[i].Lemma == "deliver" {
		// "will deliver a response" is an event; "would deliver more
		// value" is a claim.
		if o := t.child(i, "obj"); o < 0 || !eventLemma(a.Tokens[o].Lemma) && !proposalNoun(a.Tokens[o].Lemma) && !deliverable(a.Tokens[o].Lemma) {
			return false
		}
	}
	if eventLemma(a.Tokens[i].Lemma) {
		// A particle makes another verb: "hold off on new tariffs",
		// "walk away from the talks" (but "walk out" is a strike).
		if p := i + 1; p < len(a.Tokens) && a.Tokens[p].Head == i && (a.Tokens[p].Rel == "compound:prt" || a.Tokens[p].Rel == "advmod") {
			switch w := strings.ToLower(a.Tokens[p].Text); a.Tokens[i].Lemma {
			case "hold":
				return w != "off" && w != "back" && w != "up"
			case "walk":
				return w != "away" && w != "back" && w != "off"
			}
		}
		return true
	}
	obj := t.child(i, "obj")
	for _, c := range t.children(i) {
		ct := &a.Tokens[c]
		if !eventLemma(ct.Lemma) || contactLemma(ct.Lemma) || ct.UPOS != "NOUN" && ct.UPOS != "VERB" {
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
			if ct.Lemma == "return" && t.child(int(c), "det") < 0 {
				// "in return": an exchange, not a return to talks.
				continue
			}
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
	// "The next round of talks will be held … in March": a round or a
	// session named as "next" is the event, and a time the clause also
	// gives says when.
	weakWhen := false
	for _, s := range n.dates[si] {
		j := t.tokenAt(s.start)
		if j < lo || j > hi || t.quoted[j] || !t.timeOf(t.dateHead(j, s.end), i) {
			continue
		}
		text := collapseSpace(n.d.text[s.start:s.end])
		weak := strings.HasSuffix(text, " round") || strings.HasSuffix(text, " session")
		if whenAt < 0 || j < whenAt && (!weak || weakWhen) || weakWhen && !weak {
			when, whenAt, weakWhen = text, j, weak
		}
	}
	from, to := t.entitiesIn(lo, hi)
	for ei := from; ei < to; ei++ {
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
