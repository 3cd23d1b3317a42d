package summarize

import (
	"github.com/parley-bot/parley/internal/nlp"
	"strings"
	"unicode/utf8"
)

// Where the tree says a quotation comes from: the cue (a verb of saying,
// a colon, a dash, "according to", "in the words of") linked to the
// quotation, and the reporter a cue's clause names.

// quoteCue finds the cue of a quotation: among the unquoted tokens of the
// sentences the quotation touches (and a short sentence right after it,
// "…” he said.", or a sentence before it that ends in a colon), the cue
// verb linked to the quotation in the tree, else the nearest cue.
func (t *tree) quoteCue(q *quoteSpan) quoteCue {
	a := t.a
	best := quoteCue{cue: -1, src: -1}
	if len(a.Tokens) == 0 {
		return best
	}
	qs, qe := q.segs[0].start, q.segs[len(q.segs)-1].end
	first := t.tokenAt(qs)
	last := t.tokenAt(qe) // first token after the quoted words
	if first >= len(a.Tokens) {
		return best
	}
	s0 := a.Tokens[first].Sent
	s1 := s0
	if last > 0 {
		s1 = a.Tokens[min(last, len(a.Tokens))-1].Sent
	}
	lo, hi := a.Sentences[s0].First, a.Sentences[s1].Last
	// "…,” he said. split off as a sentence of its own (in the same
	// paragraph: a short sentence opening the next one, "Not all
	// Republicans agree.", is the story going on).
	if s1+1 < len(a.Sentences) && hi-last <= 2 {
		nx := a.Sentences[s1+1]
		if (nx.Last-nx.First <= 8 || t.bareAttribution(s1+1) || t.demonstrativeCredit(s1+1) >= 0) && !t.quoted[nx.First] && !nx.NewPar {
			hi = nx.Last
		}
	}
	// "X said:" in the sentence before.
	if s0 > 0 && first-lo <= 1 {
		pv := a.Sentences[s0-1]
		if pv.Last > pv.First && a.Tokens[pv.Last-1].Text == ":" {
			lo = pv.First
		}
	}
	// "“Every name on that list is a mother waiting at a door.” / —
	// Huda Nasser al-Sabri, Abductees’ Mothers Association": a pull
	// quote or an epigraph standing alone in its paragraph, credited on
	// the line after it by a dash and a name.
	if s0 > 0 && a.Sentences[s0].NewPar && t.onlyPunct(lo, first) && t.onlyPunct(min(last, len(a.Tokens)), a.Sentences[s1].Last) {
		if src := t.dashCredit(s1 + 1); src >= 0 {
			return quoteCue{cue: a.Sentences[s1+1].First, src: src, cueText: a.Tokens[a.Sentences[s1+1].First].Text, linked: true}
		}
	}
	// "That was the warning from…" after the quotation: its noun.
	named := t.demonstrativeCredit(s1 + 1)
	bestScore := 1 << 30
	for i := lo; i < hi; i++ {
		if t.quoted[i] {
			continue
		}
		var src int
		var cue string
		switch {
		case t.isCue(i):
			if (learningLemma(a.Tokens[i].Lemma) || evidenceLemma(a.Tokens[i].Lemma)) && !t.inClauseOf(i, first) && !t.rememberedAloud(i, last) {
				// One who heard, learned or knew something reports
				// nothing of his own: such a verb gives the speaker
				// only of words inside its that-clause, not of words
				// it merely governs ("his extradition hearing because
				// of his “history of absconding”"); nor does one who
				// showed or proved a thing ("both delegations had
				// shown “courage and patience”", said the host).
				continue
			}
			src, cue = t.quotedAs(i), cueText(t, i)
			if src < 0 {
				src = t.subjectOf(i)
			}
			if src < 0 {
				// "…, said Derek Scissors, a China scholar", with the
				// name parsed as the object of the inverted verb.
				src = t.invertedSource(i)
			}
			if src < 0 && last < i {
				// "…,” the chair of the committee, Chilean ambassador
				// Inés Carrasco, told the plenary", with the role hung
				// off the quotation.
				src = t.strandedSubject(last, i)
			}
			if src < 0 && a.Tokens[i].Lemma == "read" {
				// "“…,” reads the first article of the protocol".
				if o := t.child(i, "obj"); o > i {
					src = o
				}
			}
		case i > last && i == named:
			// "“We will shut the network down.” That was the warning
			// from the union's leader, Mick Dalton.": the sentence
			// after says whose words they were.
			src, cue = t.creditFrom(i), a.Tokens[i].Text
			if n := t.child(i, "nsubj"); a.Tokens[i].UPOS == "VERB" && n >= 0 {
				cue = a.Tokens[n].Text // "The words belong to…": the words
			}
		case nlp.EqualFoldLower(a.Tokens[i].Text, "according") && i+1 < hi && nlp.EqualFoldLower(a.Tokens[i+1].Text, "to"):
			src, cue = a.Tokens[i].Head, "according to"
		case t.inWordsOf(i) >= 0:
			// "in the words of the patient: “…”", "in Smith's words".
			src, cue = t.inWordsOf(i), wordsOfCue
		case t.participleBefore(i, first) >= 0:
			// "As one veteran of the projects commented: “…”" with
			// "commented" taken for a participle of "projects".
			src, cue = t.participleBefore(i, first), cueText(t, i)
		case t.parentheticalGoOn(i, first, last):
			// "“…,” the statement continued.": a verb of going on set off
			// by the quotation says who is still speaking.
			src, cue = t.subjectOf(i), cueText(t, i)
		case t.textReads(i, first, last) >= 0:
			// "“…,” the statement read.", with "read" taken for a noun.
			src, cue = t.textReads(i, first, last), "read"
		default:
			continue
		}
		// Distance to the quotation, in tokens, with no other quotation in
		// between; a cue linked to the quotation in the tree comes first.
		dist := 0
		switch {
		case i < first:
			dist = first - i
			for j := i + 1; j < first; j++ {
				if t.quoted[j] {
					dist += 50
					break
				}
			}
		default:
			dist = i - last + 1
			for j := last; j < i; j++ {
				if t.quoted[j] {
					dist += 50
					break
				}
			}
		}
		if i < first && t.finiteConjBelow(i, first) {
			continue // "invited … to meet Thursday and was “prepared…”"
		}
		if t.thatConjunctOf(i, first) {
			// "He said Sahm had supported studios…, and that Mroczny
			// Las would have “more resources…”": a second clause of
			// what was said, opened with "that", is coordinated with
			// the first, not governed by its verb.
			continue
		}
		linked := t.linked(i, first, last)
		// A cue with only punctuation between it and the quotation
		// ("adding, “…”", "“…,” he said"), or "that" ("He warned that
		// “…”"), introduces it whatever the parse.
		adjacent := t.onlyPunct(i+1, first) || t.onlyPunct(last, i) || i+1 < first && nlp.EqualFoldLower(a.Tokens[i+1].Text, "that") && t.onlyPunct(i+2, first)
		if linked || adjacent {
			dist -= 1000
			linked = true
			// A cue whose clause holds the quotation ("criticized him
			// for “adopting Russian strategy”") or that stands right by
			// it before one further away.
			switch {
			case t.governs(i, first):
				dist -= 300
			case adjacent:
				dist -= 150
			}
		}
		if !linked && (t.governs(i, first) || t.reportedIn(i, first)) {
			// Neither linked nor adjacent, a cue whose content holds the
			// quoted words ("said in a statement that it considered the
			// offer “fair and reasonable” and would urge shareholders…")
			// before a nearer one whose content does not.
			dist -= 100
		}
		if src < 0 {
			dist += 500
		}
		if dist < bestScore {
			bestScore = dist
			best = quoteCue{cue: i, src: src, cueText: cue, linked: linked}
		}
	}
	if o := t.outerReporter(best.cue); o >= 0 {
		if src := t.subjectOf(o); src >= 0 {
			best = quoteCue{cue: o, src: src, cueText: cueText(t, o), linked: best.linked}
		}
	}
	if best.cue < 0 || best.src < 0 || !best.linked {
		best = t.colonCue(first, best)
	}
	if best.cue >= 0 && best.cueText != "according to" {
		// "According to Huseynova, Baku also wants the EU mission
		// “withdrawn…”": words quoted in what a source says a party
		// wants or believes are the source's, not the party's.
		if l := strings.ToLower(a.Tokens[best.cue].Lemma); wantLike(l) || knowingLemma(l) {
			for i := lo; i+1 < hi; i++ {
				if nlp.EqualFoldLower(a.Tokens[i].Text, "according") && nlp.EqualFoldLower(a.Tokens[i+1].Text, "to") && !t.quoted[i] && a.Tokens[i].Head >= 0 {
					best = quoteCue{cue: i, src: a.Tokens[i].Head, cueText: "according to", linked: true}
					break
				}
			}
		}
	}
	if best.cue < 0 && first-lo <= 1 && hi-last <= 1 {
		// "“…” This assurance was given by Minister Kamran Niazi…",
		// "“…” That was the assessment of a Western diplomat…".
		if n, src := t.creditAfter(s1); src >= 0 {
			best = quoteCue{cue: n, src: src, cueText: a.Tokens[n].Text, linked: true}
		}
	}
	return best
}

// assessmentNouns name what someone said, judged or promised, which a
// sentence after a quotation gives its source ("This assurance was given
// by…", "That was the assessment of…").
var assessmentNouns = makeSet(`assurance assessment warning message promise pledge view verdict remark remarks comment
comments words statement reaction response answer prediction forecast appeal plea judgment judgement`)

// creditAfter returns, for a quotation that makes up sentence si alone,
// the noun and the source the next sentence of its paragraph credits it
// to, by a demonstrative and a noun of what was said: the agent of
// "This assurance was given by X", the "of" of "That was the assessment
// of X" or "Those were the words of X"; else -1, -1.
func (t *tree) creditAfter(si int) (noun, src int) {
	a := t.a
	if si+1 >= len(a.Sentences) {
		return -1, -1
	}
	nx := a.Sentences[si+1]
	if nx.NewPar || nx.Last-nx.First < 4 || t.quoted[nx.First] {
		return -1, -1
	}
	k := nx.First
	switch strings.ToLower(a.Tokens[k].Text) {
	case "this", "that", "these", "those":
	default:
		return -1, -1
	}
	// "This assurance was given by X": the noun the demonstrative
	// determines, and the agent of its verb.
	if h := a.Tokens[k].Head; a.Tokens[k].Rel == "det" && h > k && h < nx.Last && lowerIn(assessmentNouns, a.Tokens[h].Lemma) {
		if v := a.Tokens[h].Head; v >= 0 && strings.HasPrefix(a.Tokens[h].Rel, "nsubj") {
			for _, c := range t.children(v) {
				ci := int(c)
				if ci > v && (a.Tokens[ci].Rel == "obl:agent" || a.Tokens[ci].Rel == "obl" && t.caseOf(ci) == "by") {
					return h, ci
				}
			}
		}
		return -1, -1
	}
	// "That was the assessment of X": the pronoun's predicate noun and
	// its "of".
	if v := a.Tokens[k].Head; strings.HasPrefix(a.Tokens[k].Rel, "nsubj") && v > k && v < nx.Last && lowerIn(assessmentNouns, a.Tokens[v].Lemma) {
		for _, c := range t.children(v) {
			if ci := int(c); ci > v && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" {
				return v, ci
			}
		}
	}
	return -1, -1
}

// personPossessive reports whether w is "his", "her" or "their", which
// may stand for the person whose words a speech noun names.
func personPossessive(w string) bool {
	switch strings.ToLower(w) {
	case "his", "her", "their":
		return true
	}
	return false
}

// colonCue gives a quotation that a colon introduces after a copula and an
// adjective of how one spoke, with no verb of saying, the subject of the
// clause before the colon as its source when that is someone the story
// names ("The council leader was blunt: “…”"
// after "Councillor Morag Fairlie, who leads the council…", "Ms Reyes was
// more direct: “…”"); it returns best unchanged otherwise.
func (t *tree) colonCue(first int, best quoteCue) quoteCue {
	a := t.a
	k := first - 1
	for k >= 0 && k >= first-2 && a.Tokens[k].UPOS == "PUNCT" && a.Tokens[k].Text != ":" {
		k-- // the opening mark
	}
	if k < 1 || a.Tokens[k].Text != ":" || t.quoted[k] {
		return best
	}
	// The head of the clause before the colon: up from the word before
	// it, as far as the words before the colon go.
	r := k - 1
	for steps := 0; steps < 20; steps++ {
		h := a.Tokens[r].Head
		if h < 0 || h >= k || t.quoted[h] || a.Tokens[h].Sent != a.Tokens[k].Sent {
			break
		}
		r = h
	}
	// A speech noun heading the words before the colon, however the
	// parser read the rest ("Villanueva-Sison's summary for reporters
	// after the closing session was brief:"), or the subject of their
	// verb ("The union's reply to the minister's appeal came in a
	// statement late on Thursday:"): whose words they are.
	// So is the subject of a copula ("Her closing statement was the only
	// moment of the night that drew applause:"), whose owner a pronoun
	// may name.
	sn := r
	if a.Tokens[r].UPOS == "VERB" || t.child(r, "cop") >= 0 {
		sn = t.child(r, "nsubj")
	}
	if sn >= 0 && !t.quoted[sn] && a.Tokens[sn].UPOS == "NOUN" && saidNoun(a.Tokens[sn].Lemma) {
		if o := t.child(sn, "nmod:poss"); o >= 0 && !t.quoted[o] && (a.Tokens[o].UPOS == "PROPN" || a.Tokens[o].UPOS == "NOUN" || a.Tokens[o].UPOS == "PRON" && personPossessive(a.Tokens[o].Text)) {
			if n, ok := t.speakerOf(o); ok && properName(n) && !strings.HasPrefix(strings.ToLower(n), "the ") {
				return quoteCue{cue: sn, src: o, cueText: cueText(t, sn), linked: true}
			}
		}
		if sn == r {
			return best
		}
	}
	// "…was blunt:", "…was more direct:": a copula and an adjective of
	// how one spoke, nothing else.
	if !t.mannerClause(r) {
		// The clause of a copula and its subject that ends at the
		// colon, whatever the parser hung it from ("Asked whether…,
		// she was firm:"); or the nearest verb up from the colon with a
		// subject of its own before it, of whatever meaning ("Asked
		// about those remarks, the union's chief negotiator did not
		// hesitate:", "…, the state minister answered without
		// hesitation:"): a colon after a person's clause opens what
		// they say.
		if r = k - 1; !t.mannerClause(r) || t.child(r, "nsubj") < 0 {
			if r = t.clauseBeforeColon(k); r < 0 {
				return best
			}
		}
	}
	s := t.child(r, "nsubj")
	if s < 0 || t.quoted[s] {
		return best
	}
	if tk := &a.Tokens[s]; tk.UPOS == "NOUN" && saidNoun(tk.Lemma) {
		// "Villanueva-Sison's summary for reporters was brief:", "His
		// answer was short:": whose words they are.
		if o := t.child(s, "nmod:poss"); o >= 0 && !t.quoted[o] {
			s = o
		}
	}
	switch tk := &a.Tokens[s]; {
	case tk.UPOS == "PRON" && wordGender(tk.Text) != 0:
	case tk.UPOS == "PROPN" && t.entityAt(s) >= 0 && (a.Entities[t.entityAt(s)].Type == nlp.PERSON || isActorType(a.Entities[t.entityAt(s)].Type)):
	case tk.UPOS == "NOUN" && (roleNoun(strings.ToLower(tk.Text)) || bodyKinds[tk.Lemma] || lowerIn(kinReciprocals, tk.Lemma) != nil):
	default:
		return best
	}
	// Only where the subject resolves to a name: a description left as
	// written is no better than the speaker the quotation had, or the
	// one it carries over from the quotation before ("The commander
	// went further: “…”"). But a description that brings someone in
	// (newcomer: "The mayor of Umag sent the minister a message: “…”",
	// "A fisherman in Piran told me: “…”") is the source where the
	// quotation has none of its own.
	if n, ok := t.speakerOf(s); !ok || !properName(n) || strings.HasPrefix(strings.ToLower(n), "the ") || strings.HasPrefix(strings.ToLower(n), "a ") {
		if !ok || n == "" || best.src >= 0 || a.Tokens[s].UPOS != "NOUN" || !t.newcomer(s) {
			return best
		}
	}
	return quoteCue{cue: r, src: s, cueText: cueText(t, r), linked: true}
}

// newcomer reports whether the noun at s brings someone in, rather than
// naming again one the story has: an indefinite description ("a
// fisherman", "one farmer": indefinite), or one a preposition completes
// ("the mayor of Umag", "the head teacher at the school").
func (t *tree) newcomer(s int) bool {
	a := t.a
	if t.indefinite(s) {
		return true
	}
	for _, c := range t.children(s) {
		if ci := int(c); ci > s && a.Tokens[ci].Rel == "nmod" {
			switch t.caseOf(ci) {
			case "of", "for", "from", "in", "at":
				return true
			}
		}
	}
	return false
}

// clauseBeforeColon returns the nearest verb up the tree from the word
// before the colon at k whose subject comes before it, and whose words
// run up to the colon, or -1.
func (t *tree) clauseBeforeColon(k int) int {
	a := t.a
	v := k - 1
	for steps := 0; steps < 4 && v >= 0; steps++ {
		if tk := &a.Tokens[v]; tk.UPOS == "VERB" && !t.quoted[v] && tk.Sent == a.Tokens[k].Sent {
			if s := t.child(v, "nsubj"); s >= 0 && s < v && int(t.right[v]) >= k-1 {
				return v
			}
			return -1
		}
		v = a.Tokens[v].Head
	}
	return -1
}

// mannerClause reports whether token r heads a copula and an adjective
// of how one spoke ("was blunt"), or a bare singular noun there, an
// adjective the tagger misread ("she was firm"): English puts a
// determiner before a noun so used ("she was a diplomat").
func (t *tree) mannerClause(r int) bool {
	a := t.a
	bare := a.Tokens[r].UPOS == "NOUN" && a.Tokens[r].XPOS == "NN" && t.child(r, "det", "nmod:poss", "nummod") < 0
	return !t.quoted[r] && (a.Tokens[r].UPOS == "ADJ" || bare) && t.child(r, "cop") >= 0
}

// answerNouns are nouns of what one says in reply, sums up, warns, asks or
// promises, beside the speech nouns: "her answer was short:", "his
// summary was brief:", "his warning was simple:".
var answerNouns = makeSet(`answer reply response summary verdict assessment explanation retort warning appeal plea promise pledge
demand reaction advice view argument position conclusion prediction`)

// saidNoun reports whether a noun's lemma names something said: a speech
// noun or one of answerNouns.
func saidNoun(lemma string) bool {
	l := strings.ToLower(lemma)
	return speechNoun(l) || answerNouns[l]
}

// outerReporter returns, for a cue of wanting or thinking ("wanted",
// "expected", "hoped") in a clause a verb of saying reports, that verb:
// words quoted inside what the speaker reports of someone's wishes are
// the speaker's ("Kellogg said Washington wanted the war to end “this
// year”": Kellogg's words, not Washington's). A verb of saying inside
// ("said Jones had called the plan “a disaster”") keeps the quoted words;
// -1 when i is not such a cue. A verb of evidence inside is the same
// ("the ministry said the agreement showed “the value of dialogue”": the
// ministry's words, not the agreement's), and so is one of knowing or
// finding ("warned that foreign investors would remember “how contracts
// are honoured”", "that smaller producers might find the fees “a serious
// burden”": the warning's words, not the investors' or the producers').
func (t *tree) outerReporter(i int) int {
	a := t.a
	if i < 0 || !wantLike(a.Tokens[i].Lemma) && !clauseLemma(a.Tokens[i].Lemma) && !evidenceLemma(a.Tokens[i].Lemma) && !perceivingLemma(a.Tokens[i].Lemma) || inversionLemma(a.Tokens[i].Lemma) {
		return -1
	}
	o := a.Tokens[i].Head
	if a.Tokens[i].Rel != "ccomp" {
		// "said the second round would open on July 8, and that both
		// delegations had agreed to bring “technical experts”": a
		// second clause of what was said, opened with "that" and hung
		// from the verb of saying or from the first clause, is
		// reported as much as the first.
		if m := t.child(i, "mark"); a.Tokens[i].Rel != "conj" || m < 0 || !nlp.EqualFoldLower(a.Tokens[m].Text, "that") || o < 0 {
			return -1
		}
		if a.Tokens[o].Rel == "ccomp" {
			o = a.Tokens[o].Head
		}
	}
	// A verb of saying, telling or posting ("posted on Facebook that his
	// men wanted “…”": the post's words).
	if o < 0 || t.quoted[o] || !t.isCue(o) || !inversionLemma(a.Tokens[o].Lemma) && a.Tokens[o].Lemma != "tell" && a.Tokens[o].Lemma != "post" {
		return -1
	}
	return o
}

// perceivingLemma reports whether a cue's lemma is a verb of knowing,
// perceiving or finding (knowingLemma, learningLemma, "find"), whose
// subject took something in rather than said it.
func perceivingLemma(l string) bool {
	return knowingLemma(l) || learningLemma(l) || l == "find"
}

// linked reports whether cue i governs a quoted token of [first, last) or
// hangs from one (the parenthetical "…,” he said).
func (t *tree) linked(i, first, last int) bool {
	a := t.a
	if h := a.Tokens[i].Head; h >= first && h < last {
		return true
	}
	// Some quoted token has i as an ancestor within a few steps.
	for j := first; j < last && j < first+40; j++ {
		h := a.Tokens[j].Head
		for steps := 0; h >= 0 && steps < 6; steps++ {
			if h == i {
				return true
			}
			if h < first || h >= last {
				// Left the quotation: one more step is allowed (a clause
				// head outside the marks).
				if a.Tokens[h].Head == i {
					return true
				}
				break
			}
			h = a.Tokens[h].Head
		}
	}
	return false
}

// thatConjunctOf reports whether the quoted token j reaches cue i only
// through a clause coordinated with i's and opened with "that": a
// content clause of the verb above i, as i's own clause is.
func (t *tree) thatConjunctOf(i, j int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 40; steps++ {
		hd := a.Tokens[j].Head
		if hd == i {
			if a.Tokens[j].Rel != "conj" || a.Tokens[i].Rel != "ccomp" {
				return false
			}
			m := t.child(j, "mark")
			return m >= 0 && nlp.EqualFoldLower(a.Tokens[m].Text, "that")
		}
		j = hd
	}
	return false
}

// governs reports whether token h governs token j (within a sentence)
// through a complement or an adverbial, not a loose parataxis.
func (t *tree) governs(h, j int) bool {
	a := t.a
	for steps := 0; j >= 0 && steps < 40; steps++ {
		hd := a.Tokens[j].Head
		if hd == h {
			return a.Tokens[j].Rel != "parataxis"
		}
		j = hd
	}
	return false
}

// participleBefore returns, for a verb of saying at i that the tagger
// read as a participle modifying the noun before it, right before the
// quotation that starts at token first with only punctuation between
// ("As one veteran of the projects commented: “…”"), the head of the
// noun phrase it ends: its speaker. Else -1.
func (t *tree) participleBefore(i, first int) int {
	a := t.a
	tok := &a.Tokens[i]
	if tok.XPOS != "VBN" || tok.Rel != "acl" || i >= first || !cueLemma(tok.Lemma) || !t.onlyPunct(i+1, first) || i+1 >= first {
		return -1
	}
	if p := a.Tokens[i+1].Text; p != ":" && p != "," {
		return -1
	}
	for _, c := range t.children(i) {
		switch a.Tokens[c].Rel {
		case "obj", "ccomp", "xcomp", "aux:pass", "obl:agent":
			return -1
		}
	}
	h := tok.Head
	for steps := 0; h >= 0 && steps < 4; steps++ {
		ht := &a.Tokens[h]
		if ht.UPOS != "NOUN" && ht.UPOS != "PROPN" {
			return -1
		}
		if ht.Rel != "nmod" && ht.Rel != "compound" && ht.Rel != "flat" || ht.Head < 0 {
			return h
		}
		h = ht.Head
	}
	return -1
}

// parentheticalGoOn reports whether token i is "continued" set off right
// after the quotation that ends before token last ("“…,” the statement
// continued." or "“…,” continued Smith.") or right before the one that
// starts at token first ("She continued, “…”"): a subject, no object or
// complement, and nothing but its subject between it and the quotation.
func (t *tree) parentheticalGoOn(i, first, last int) bool {
	a := t.a
	tok := &a.Tokens[i]
	if tok.Lemma != "continue" || tok.UPOS != "VERB" || first >= last {
		return false
	}
	if i < first {
		s := t.subjectChild(i)
		if s < 0 || s > i || !t.onlyPunct(i+1, first) || !t.onlyPunct(int(t.right[s])+1, i) {
			return false
		}
		for _, c := range t.children(i) {
			if ci := int(c); ci < first && (a.Tokens[ci].Rel == "obj" || a.Tokens[ci].Rel == "xcomp") {
				return false
			}
		}
		return true
	}
	if i < last {
		return false
	}
	s := t.subjectChild(i)
	if s < 0 {
		return false
	}
	for _, c := range t.children(i) {
		switch a.Tokens[c].Rel {
		case "obj", "xcomp", "ccomp", "advcl":
			return false
		}
	}
	lo := min(int(t.left[s]), i)
	return t.onlyPunct(last, lo) && (s < i && int(t.right[s]) == i-1 || s > i && i == lo)
}

// textReads returns, for a token "read" the tagger took for a noun after
// a text's name set off right after a quotation ("“…,” the statement
// read.") or before the colon that opens it ("The statement read: “…”"),
// that text's noun; else -1.
func (t *tree) textReads(i, first, last int) int {
	a := t.a
	tok := &a.Tokens[i]
	var lb [lowerBufLen]byte // the lower case, on the stack
	if w := string(lowerBytes(lb[:0], tok.Text)); w != "read" && w != "reads" || tok.UPOS != "NOUN" || first >= last || i < 1 {
		return -1
	}
	n := i - 1
	if a.Tokens[n].UPOS != "NOUN" || !textNoun(a.Tokens[n].Lemma) || a.Tokens[n].Sent != tok.Sent {
		return -1
	}
	if i < first {
		// "The union's letter read: “…”": the text before a colon that
		// opens the quotation.
		if i+1 < first && a.Tokens[i+1].Text == ":" && t.onlyPunct(i+1, first) {
			return n
		}
		return -1
	}
	if i < last+2 {
		return -1
	}
	if i+1 < len(a.Tokens) && a.Tokens[i+1].Sent == tok.Sent && a.Tokens[i+1].UPOS != "PUNCT" {
		return -1
	}
	k := n - 1
	for k >= last {
		switch a.Tokens[k].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "PART":
			k--
			continue
		}
		break
	}
	if !t.onlyPunct(last, k+1) {
		return -1
	}
	return n
}

// rememberedAloud reports whether the verb at i is "remember" set right
// after the quotation that ends at last, with its subject between the
// closing mark and it ("“…,” the skipper remembered."): one who
// remembers so says the words, as one who recalls them.
func (t *tree) rememberedAloud(i, last int) bool {
	a := t.a
	if i <= last || a.Tokens[i].Lemma != "remember" {
		return false
	}
	s := t.subjectChild(i)
	if s < last || s > i || !t.onlyPunct(last, int(t.left[s])) {
		return false
	}
	for k := last - 1; k < int(t.left[s]); k++ {
		if a.Tokens[k].Text == "," {
			return true
		}
	}
	return false
}

// onlyPunct reports whether tokens [from, to) are all punctuation (true
// when the range is empty but not inverted).
func (t *tree) onlyPunct(from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k < to; k++ {
		if t.a.Tokens[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// inClauseOf reports whether token j lies in a clausal complement of verb
// i (its ccomp).
func (t *tree) inClauseOf(i, j int) bool {
	for _, c := range t.children(i) {
		if ci := int(c); t.a.Tokens[ci].Rel == "ccomp" && int(t.left[ci]) <= j && j <= int(t.right[ci]) {
			return true
		}
	}
	return false
}

// wordsOfCue is the cue of "in the words of X" and "in X's words".
const wordsOfCue = "in the words of"

// inWordsOf returns, for the noun "words" at token i heading "in the
// words of X" or "in X's words", the token of X; else -1.
func (t *tree) inWordsOf(i int) int {
	a := t.a
	if !nlp.EqualFoldLower(a.Tokens[i].Text, "words") || t.quoted[i] {
		return -1
	}
	if cs := t.child(i, "case"); cs < 0 || !nlp.EqualFoldLower(a.Tokens[cs].Text, "in") {
		return -1
	}
	if p := t.child(i, "nmod:poss"); p >= 0 && p < i {
		return p
	}
	for _, c := range t.children(i) {
		if ci := int(c); ci > i && a.Tokens[ci].Rel == "nmod" && nlp.EqualFoldLower(t.caseOf(ci), "of") {
			return ci
		}
	}
	return -1
}

// reportingCue returns the cue whose reported clause holds cue i (i is in
// its complement, through chains of infinitives and conjuncts), or -1.
func (t *tree) reportingCue(i int) int {
	a := t.a
	for v, steps := i, 0; v >= 0 && steps < 4; steps++ {
		h := a.Tokens[v].Head
		if h < 0 {
			return -1
		}
		switch a.Tokens[v].Rel {
		case "ccomp":
			if t.isCue(h) {
				return h
			}
			return -1
		case "xcomp", "conj":
			v = h
		default:
			return -1
		}
	}
	return -1
}

// reportedIn reports whether token j lies inside what cue reports: below
// its clausal complement ("said that the compact would allow the plant to
// “operate…”"), or below the content clause of the statement, letter or
// remark the cue was made in ("said in a statement that…"), or below a
// second clause of what was said joined to the cue ("said … and that
// …"), with no adverbial or relative clause on the way.
func (t *tree) reportedIn(cue, j int) bool {
	a := t.a
	prev := -1
	for steps := 0; j >= 0 && steps < 40; steps++ {
		tk := &a.Tokens[j]
		if tk.Head == cue {
			switch tk.Rel {
			case "ccomp", "xcomp":
				return true
			case "conj":
				// "said it was following the situation and that any
				// buyer would have to give “…”": a second clause of
				// what was said, opened with "that", hung from the cue.
				m := t.child(j, "mark")
				return m >= 0 && nlp.EqualFoldLower(a.Tokens[m].Text, "that")
			case "obl", "obj":
				return tk.UPOS == "NOUN" && speechNoun(tk.Lemma) && prev >= 0 && (a.Tokens[prev].Rel == "acl" || a.Tokens[prev].Rel == "ccomp")
			}
			return false
		}
		switch tk.Rel {
		case "advcl", "acl:relcl", "parataxis":
			return false
		}
		prev, j = j, tk.Head
	}
	return false
}

// bulletToken reports whether token text w is one mark of a list's
// item (bulletMark).
func bulletToken(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && bulletMark(r)
}

// maxListItems is how many items of a list draftedText looks back over
// for the paragraph that brings the list in.
const maxListItems = 8

// dashCredit returns, for a sentence s that is a paragraph of its own
// made of a dash and a name, and perhaps what the name is ("— Huda Nasser
// al-Sabri, Abductees’ Mothers Association"), the name's first token: a
// credit line. Else -1.
func (t *tree) dashCredit(s int) int {
	a := t.a
	if s <= 0 || s >= len(a.Sentences) || !a.Sentences[s].NewPar || s+1 < len(a.Sentences) && !a.Sentences[s+1].NewPar {
		return -1
	}
	sn := a.Sentences[s]
	if sn.Last-sn.First < 2 || sn.Last-sn.First > 16 {
		return -1
	}
	switch a.Tokens[sn.First].Text {
	case "—", "–", "―", "-", "--":
	default:
		return -1
	}
	e := t.entityAt(sn.First + 1)
	if e < 0 || a.Entities[e].First != sn.First+1 || a.Entities[e].Type != nlp.PERSON && a.Entities[e].Type != nlp.ORG {
		return -1
	}
	for k := sn.First + 1; k < sn.Last; k++ {
		if tk := &a.Tokens[k]; tk.UPOS == "VERB" || t.quoted[k] {
			return -1 // a sentence of its own after a dash, not a credit
		}
	}
	return sn.First + 1
}

// demonstrativeCredit returns, for a sentence that says whose words the
// quotation before it were ("That was the warning from the union's
// leader", "Those were the words of Sarah Pike"), the token of its noun of
// speech; -1 otherwise. The sentence's root is the noun, with "that",
// "this", "those" or "these" for its subject, a copula, and the speaker
// after "from" or "of"; or the verb "belong" or "come", with a noun of
// speech for its subject ("The words belong to Marthe Zanga"), and the
// verb's token is returned.
func (t *tree) demonstrativeCredit(s int) int {
	a := t.a
	if s < 0 || s >= len(a.Sentences) {
		return -1
	}
	r := t.sentenceRoot(s)
	if r >= 0 && a.Tokens[r].UPOS == "VERB" && (a.Tokens[r].Lemma == "belong" || a.Tokens[r].Lemma == "come") {
		// "The words belong to Marthe Zanga", "Those words came from
		// the union's leader".
		subj := t.child(r, "nsubj")
		if subj < 0 || subj > r || !speechNouns[strings.ToLower(a.Tokens[subj].Lemma)] || t.child(subj, "det") < 0 || t.creditFrom(r) < 0 {
			return -1
		}
		return r
	}
	if r < 0 || a.Tokens[r].UPOS != "NOUN" || t.child(r, "cop") < 0 {
		return -1
	}
	l := strings.ToLower(a.Tokens[r].Lemma)
	if !contentNoun(l) && !speechNouns[l] {
		return -1
	}
	subj := t.child(r, "nsubj")
	if subj < 0 || subj > r {
		return -1
	}
	if w := a.Tokens[subj].Text; !nlp.EqualFoldLower(w, "that") && !nlp.EqualFoldLower(w, "this") && !nlp.EqualFoldLower(w, "those") && !nlp.EqualFoldLower(w, "these") && !nlp.EqualFoldLower(w, "such") {
		return -1
	}
	if t.creditFrom(r) < 0 {
		return -1
	}
	return r
}

// creditFrom returns the speaker a noun of speech names after "from" or
// "of" ("the warning from the union's leader"), or the verb "belong to"
// or "come from" does ("the words belong to Marthe Zanga"), or -1.
func (t *tree) creditFrom(n int) int {
	a := t.a
	for j := n + 1; j < len(a.Tokens) && a.Tokens[j].Sent == a.Tokens[n].Sent; j++ {
		if a.Tokens[j].Head != n || a.Tokens[j].Rel != "nmod" && a.Tokens[j].Rel != "obl" {
			continue
		}
		c := t.child(j, "case")
		if c < 0 {
			continue
		}
		switch w := strings.ToLower(a.Tokens[c].Text); {
		case a.Tokens[j].Rel == "nmod" && (w == "from" || w == "of"):
			return j
		case a.Tokens[j].Rel == "obl" && (w == "from" && a.Tokens[n].Lemma == "come" || w == "to" && a.Tokens[n].Lemma == "belong"):
			return j // "came from the union's leader", "belong to Marthe Zanga"
		}
	}
	return -1
}

// speechNouns are nouns for what someone said that contentNoun does not
// list: "those were the words of…", "that was the verdict from…".
var speechNouns = map[string]bool{"word": true, "verdict": true, "response": true, "reaction": true,
	"answer": true, "assessment": true, "reply": true, "comment": true, "remark": true, "plea": true,
	"advice": true, "line": true, "refrain": true, "cry": true}

// roleTold reports whether the cue c found for a quotation is a verb of
// saying whose subject is a person by their role's noun ("a senior
// executive had told him"): the words are that person's, whoever reports
// them.
func (t *tree) roleTold(c quoteCue) bool {
	if c.cue < 0 || c.src < 0 || !speechTo(t.a.Tokens[c.cue].Lemma) {
		return false
	}
	st := &t.a.Tokens[c.src]
	return st.UPOS == "NOUN" && strings.HasPrefix(st.Rel, "nsubj") && st.Head == c.cue && lowerIn(roleHeads, st.Lemma)
}
