package summarize

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// contentClauseOf reports whether clause c, hung from a noun, says what
// the noun holds ("the claim that talks failed") rather than which one it
// is ("the claim that he made"): it opens with "that" or "whether" as a
// conjunction, or with a "that" the parser read as a relative pronoun
// although the clause already has the argument "that" would stand for
// ("a report that Trump had a loss": "had" has its object).
func (t *tree) contentClauseOf(c int) bool {
	a := t.a
	switch a.Tokens[c].Rel {
	case "acl", "ccomp":
		m := t.child(c, "mark")
		return m >= 0 && m < c && (nlp.EqualFoldLower(a.Tokens[m].Text, "that") || nlp.EqualFoldLower(a.Tokens[m].Text, "whether"))
	case "acl:relcl":
		first := int(t.left[c])
		if !nlp.EqualFoldLower(a.Tokens[first].Text, "that") || a.Tokens[first].Head != c {
			return false
		}
		rel := a.Tokens[first].Rel
		if rel != "obj" && rel != "nsubj" {
			return false
		}
		for _, k := range t.children(c) {
			if int(k) != first && a.Tokens[k].Rel == rel {
				return true
			}
		}
	}
	return false
}

// nounsClause returns the object of verb v that clause c, parsed as v's
// complement, belongs to: a noun of saying right before a that-clause
// ("rejected the company's claim that it had made its best offer"), or -1.
func (t *tree) nounsClause(v, c int) int {
	a := t.a
	o := t.child(v, "obj")
	if o < 0 || o > c || !contentNoun(a.Tokens[o].Lemma) || a.Tokens[o].UPOS != "NOUN" {
		return -1
	}
	m := t.child(c, "mark")
	if m < 0 || !nlp.EqualFoldLower(a.Tokens[m].Text, "that") || int(t.left[c]) != m {
		return -1
	}
	for k := int(t.right[o]) + 1; k < m; k++ {
		if a.Tokens[k].UPOS != "PUNCT" {
			return -1
		}
	}
	return o
}

// phraseEnd returns the first comma in [from, to) with no finite verb
// before it, or to when there is neither a comma nor a finite verb, or -1
// when a finite verb comes first: where a phrase such as "according to a
// poll released last week" ends.
func (t *tree) phraseEnd(from, to int) int {
	a := t.a
	for k := from; k < to; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] {
			return -1
		}
		switch {
		case tk.Text == ",":
			return k
		case (tk.UPOS == "VERB" || tk.UPOS == "AUX") && (tk.XPOS == "VBD" || tk.XPOS == "VBZ" || tk.XPOS == "VBP" || tk.XPOS == "MD"):
			return -1
		case tk.UPOS == "PUNCT" && k == to-1:
			return to
		}
	}
	return to
}

// creditToEnd reports whether tokens [from, to) are a credit that runs to
// the end of its sentence: noun phrases with no finite verb, set off by
// commas as appositives and conjuncts are ("according to the
// Communications Workers of America, one of the unions representing the
// employees."; "according to Craig Bryan, head of the center at the
// University of Utah, and other scientists.").
func (t *tree) creditToEnd(from, to int) bool {
	for parts := 0; parts < 4; parts++ {
		e := t.phraseEnd(from, to)
		switch {
		case e == to:
			return true
		case e <= from || e+1 >= to || t.a.Tokens[e].Text != ",":
			return false
		}
		from = e + 1
	}
	return false
}

// phraseHead returns the noun heading tokens [from, to): the first noun,
// name or pronoun whose head lies outside them, or -1.
func (t *tree) phraseHead(from, to int) int {
	a := t.a
	for k := from; k < to; k++ {
		switch a.Tokens[k].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		if h := a.Tokens[k].Head; h < from || h >= to {
			return k
		}
	}
	return -1
}

// unsaid reports whether cue i reports what was not said: negated ("did
// not say whether…", "never claimed"), or the complement of a refusal or a
// dare ("declined to say", "daring him to say").
func (t *tree) unsaid(i int) bool {
	a := t.a
	for _, c := range t.children(i) {
		if a.Tokens[c].Rel == "advmod" {
			switch strings.ToLower(a.Tokens[c].Text) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	if h := a.Tokens[i].Head; h >= 0 && a.Tokens[i].Rel == "xcomp" {
		switch a.Tokens[h].Lemma {
		case "refuse", "decline", "dare", "fail":
			return true
		}
	}
	return false
}

// clauseStart returns where the content clause c of cue i starts. A verb
// of saying takes no object beside its clause, so an object between the
// cue and a clause that has no subject is the clause's subject, misread
// ("says Trump's tweets were “unhinged”"); the listener of "told
// reporters the talks failed" stays outside.
func (t *tree) clauseStart(i, c int) int {
	a := t.a
	first := int(t.left[c])
	// "said later that the memorandum…": an adverb before the clause's
	// "that" modifies the saying, whatever the parser hung it from; a
	// focus word limits what was said ("saying only that…").
	if m := t.child(c, "mark"); m > first && (nlp.EqualFoldLower(a.Tokens[m].Text, "that") || nlp.EqualFoldLower(a.Tokens[m].Text, "whether")) {
		adverbs := true
		for k := first; k < m; k++ {
			if a.Tokens[k].UPOS != "ADV" || t.quoted[k] || lowerIn(focusWords, a.Tokens[k].Text) {
				adverbs = false
				break
			}
		}
		if adverbs {
			first = m
		}
	}
	if a.Tokens[c].Rel != "ccomp" || addresseeLemma(a.Tokens[i].Lemma) || t.child(c, "nsubj", "nsubj:pass", "expl", "csubj") >= 0 {
		return first
	}
	if o := t.child(i, "obj"); o > i && o < c && int(t.right[o]) < first && !t.quoted[o] {
		return int(t.left[o])
	}
	return first
}

// displacedContent finds the content clause of cue i that the parser
// attached below one of the cue's own dependents rather than to the cue:
// the first "that" or "whether" after the cue marking a clause, where every
// word between belongs to the cue's phrase and none is a main verb
// ("insisted in June that…", "told a veterans group that…", "cautioned,
// as did the campaign itself, that…"). It returns the clause's
// tokens [first, last), or -1, -1.
func (t *tree) displacedContent(i int) (int, int) {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	m := t.thatAfterTime(i)
	if m < 0 {
		m = t.thatAfterPhrase(i)
	}
	if m >= 0 {
		// "said last week that talks were…" with "that" read as a
		// relative pronoun of "week": the rest of the sentence.
		last := sent.Last
		for last > m+1 && a.Tokens[last-1].UPOS == "PUNCT" && !closingMark(a.Tokens[last-1].Text) {
			last--
		}
		return m + 1, last
	}
	for m := i + 1; m < sent.Last && int32(m) <= t.right[i]; m++ {
		tok := &a.Tokens[m]
		if tok.UPOS == "VERB" || t.quoted[m] {
			return -1, -1
		}
		if tok.Rel != "mark" || !(nlp.EqualFoldLower(tok.Text, "that") || nlp.EqualFoldLower(tok.Text, "whether")) {
			continue
		}
		h := tok.Head
		if h <= m || a.Tokens[h].UPOS != "VERB" && a.Tokens[h].UPOS != "AUX" && t.child(h, "cop") < 0 {
			return -1, -1
		}
		if prev := &a.Tokens[m-1]; nlp.EqualFoldLower(prev.Text, "so") || nlp.EqualFoldLower(prev.Text, "such") || nlp.EqualFoldLower(prev.Text, "now") {
			return -1, -1
		}
		// The clause of a noun the cue takes as its object is the noun's
		// ("rejected the company's claim that…", "repeated the report
		// that he wrote"), except the listener of "told a group that…".
		if t.nounsClause(i, h) >= 0 {
			return -1, -1
		}
		if p := a.Tokens[h].Head; p != i && p >= 0 {
			pt := &a.Tokens[p]
			if (pt.Rel == "obj" || pt.Rel == "iobj") && (contentNoun(pt.Lemma) || !addresseeLemma(a.Tokens[i].Lemma)) {
				return -1, -1
			}
		}
		return m, int(t.right[h]) + 1
	}
	return -1, -1
}

// focusWords limit what they stand before: "said only that…".
var focusWords = makeSet(`only just merely simply solely even`)

// thatAfterPhrase returns the "that" right after cue i and a
// prepositional phrase ("said after the meeting that Kyiv had proposed
// talks") that the parser read as a relative pronoun of the phrase's
// noun, though it fills no place in its clause: the clause has its own
// subject and its own object or complement, and "that" is not its
// subject. It returns -1 otherwise ("said at the meeting that Kyiv
// attended").
func (t *tree) thatAfterPhrase(i int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	k := i + 1
	if k >= sent.Last || a.Tokens[k].UPOS != "ADP" || t.quoted[k] {
		return -1
	}
	// A phrase of when or where the cue was said, not one the verb
	// takes ("reckoned with the role that…").
	switch strings.ToLower(a.Tokens[k].Text) {
	case "after", "at", "in", "on", "during", "following", "before", "since":
	default:
		return -1
	}
	for k++; k < sent.Last && k <= i+6; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] {
			return -1
		}
		if nlp.EqualFoldLower(tk.Text, "that") {
			if k == i+2 {
				return -1
			}
			h := tk.Head
			if h <= k || a.Tokens[h].UPOS != "VERB" && a.Tokens[h].UPOS != "AUX" {
				return -1
			}
			switch tk.Rel {
			case "mark", "nsubj", "nsubj:pass", "iobj", "det":
				return -1
			}
			// The clause's verb has its own object ("that Kyiv had
			// proposed a further round"), so "that" is none of its
			// ("reckoned with the role that Glasgow plays").
			if !slices.ContainsFunc(t.children(h), func(o int32) bool {
				r := a.Tokens[o].Rel
				return int(o) > h && (r == "obj" || r == "ccomp" || r == "xcomp")
			}) {
				return -1
			}
			if s := t.child(h, "nsubj", "nsubj:pass", "expl"); s <= k || s > h {
				return -1
			}
			return k
		}
		switch tk.UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM":
			continue
		}
		return -1
	}
	return -1
}

// thatAfterTime returns the "that" right after cue i and a phrase of time
// ("said last week that…", "announced on Tuesday that…") when the parser
// did not read it as the mark of a clause, or -1.
func (t *tree) thatAfterTime(i int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	timeWords := 0
	for k := i + 1; k < sent.Last && k <= i+5; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] {
			return -1
		}
		if nlp.EqualFoldLower(tk.Text, "that") {
			if timeWords == 0 || tk.Rel == "mark" {
				return -1
			}
			return k
		}
		switch strings.ToLower(tk.Text) {
		case "on", "in", "last", "this", "next", "earlier", "late":
			continue
		}
		if timeName(tk.NER) || isDayWord(strings.ToLower(tk.Text)) {
			timeWords++
			continue
		}
		return -1
	}
	return -1
}

// minNounContent is the fewest words a noun-phrase content holds: "the
// sentiment" or "it" alone points back to what was said, and says nothing
// of its own.
const minNounContent = 3

// reducedClause reports whether cue i opens a clause with no subject of
// its own introduced by "when", "if", "while"… ("when asked about the
// deal"): it reports nothing its sentence's subject said.
func (t *tree) reducedClause(i int) bool {
	if t.subjectChild(i) >= 0 {
		return false
	}
	for _, c := range t.children(i) {
		ct := &t.a.Tokens[c]
		if int(c) < i && (ct.Rel == "advmod" || ct.Rel == "mark") {
			switch strings.ToLower(ct.Text) {
			case "when", "if", "while", "once", "after", "before", "unless", "until", "whenever":
				return true
			}
		}
	}
	return false
}

// resumesAfter returns the first word of the reported clause that goes on
// after a credit set off mid-sentence ("Though that transition was
// seamless, he said, replacing Clinton would be more acrimonious", "Even
// if the venture fails, Morgan said, he has done the work"): cue i is
// followed by a comma and a clause a finite verb carries on to the end of
// the sentence, outside quotation marks, that opens with a participle (a
// participle aside has none: "…, the people said, asking not to be
// identified") or follows the subordinate clause, the purpose or the
// phrase of place or time the sentence opens with (the main clause it
// wants). It returns -1 otherwise.
func (t *tree) resumesAfter(i int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	k := i + 1
	for k < sent.Last && a.Tokens[k].Text != "," {
		if a.Tokens[k].UPOS == "VERB" || a.Tokens[k].UPOS == "AUX" || t.quoted[k] {
			return -1
		}
		k++
	}
	if k+1 >= sent.Last || t.quoted[k+1] {
		return -1
	}
	first := sent.First
	for first < i && a.Tokens[first].UPOS == "PUNCT" {
		first++
	}
	if first+1 < i && a.Tokens[first].UPOS == "CCONJ" {
		first++ // "But to prevent problems, he said, …"
	}
	if first+1 < i && a.Tokens[first].UPOS == "ADV" && a.Tokens[first+1].UPOS == "SCONJ" {
		first++ // "Even if", "Even though"
	}
	// The sentence opens with a subordinate clause, a purpose ("To
	// prevent problems, he said, …") or a phrase of place or time ("In
	// the long run, she said, …"), which wants the main clause after the
	// credit.
	opener := a.Tokens[first].UPOS == "SCONJ" || a.Tokens[first].UPOS == "ADP" ||
		a.Tokens[first].UPOS == "PART" && nlp.EqualFoldLower(a.Tokens[first].Text, "to") && first+1 < i && a.Tokens[first+1].UPOS == "VERB"
	if x := a.Tokens[k+1].XPOS; (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") && t.subjectSetOff(first, i) {
		// "The Israeli leader, they say, is under pressure": the
		// credit splits a subject from its verb.
		return k + 1
	}
	if a.Tokens[k+1].XPOS != "VBG" && (!opener || a.Tokens[k+1].UPOS == "CCONJ") {
		return -1
	}
	for j := k + 2; j < sent.Last; j++ {
		// A finite verb after a subordinator is its clause's ("…, the
		// people said, asking not to be identified because the talks
		// are private"), not the participle's.
		if t.quoted[j] || a.Tokens[j].Text == "," || a.Tokens[j].UPOS == "SCONJ" {
			return -1
		}
		switch a.Tokens[j].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return k + 1
		}
	}
	return -1
}

// subjectSetOff reports whether the words from first up to the comma that
// opens the credit of cue i are a noun phrase: no verb, no quotation.
func (t *tree) subjectSetOff(first, i int) bool {
	a := t.a
	c := i - 1
	for c > first && a.Tokens[c].Text != "," {
		c--
	}
	if c <= first {
		return false
	}
	noun := false
	for k := first; k < c; k++ {
		switch u := a.Tokens[k].UPOS; {
		case t.quoted[k] || u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ":
			return false
		case u == "NOUN" || u == "PROPN":
			noun = true
		}
	}
	return noun
}

// setOffBefore reports whether a comma stands right before the phrase of
// source src ("…, Mr. Morgan said"): a credit set off from the words
// around it.
func (t *tree) setOffBefore(src int) bool {
	lo := int(t.left[src])
	return lo > 0 && t.a.Tokens[lo-1].Text == "," && t.a.Tokens[lo-1].Sent == t.a.Tokens[src].Sent
}

// closingAttribution returns the comma that opens a reporting clause
// closing its sentence ("…, two diplomats said.", "…, sources familiar
// with the talks stated.", "…, people familiar with the matter told
// Bloomberg."): cue i is followed only by punctuation and a few words of
// its own that are no clause, and the words between the comma and the cue
// are a noun phrase (no verb, no quotation). It returns -1 otherwise.
func (t *tree) closingAttribution(i int) int {
	a := t.a
	sent := a.Sentences[a.Tokens[i].Sent]
	if a.Tokens[i].XPOS == "VBN" && t.child(i, "aux", "aux:pass") < 0 {
		// "…, a region internationally recognised as part of
		// Azerbaijan": a participle with no auxiliary that takes an
		// "as" or "by" phrase describes the noun before it.
		for _, c := range t.children(i) {
			if r := a.Tokens[c].Rel; int(c) > i && (r == "obl" || r == "obl:agent") {
				if cs := t.caseOf(int(c)); cs == "as" || cs == "by" {
					return -1
				}
			}
		}
	}
	// After the cue, only punctuation and a few words of its own that are
	// no clause: "told Bloomberg", "said on Monday", "said in a statement".
	own := 0
	for k := i + 1; k < sent.Last; k++ {
		tk := &a.Tokens[k]
		if tk.Text == "," && k+1 < sent.Last && (a.Tokens[k+1].XPOS == "VBG" || a.Tokens[k+1].UPOS == "SCONJ") && !t.quoted[k+1] {
			// "…, the people said, asking not to be identified": a
			// participle aside ends the credit; so does a clause a
			// subordinator opens ("…, an official said on Monday, as
			// Israel weighed whether…").
			break
		}
		if tk.Text == "," && t.closingAppositive(k+1, sent.Last) {
			// "…, three people said on Tuesday, a deal that would
			// create…": a noun phrase summing up the news ends the
			// credit.
			break
		}
		if tk.UPOS == "PUNCT" && !closingMark(tk.Text) {
			continue
		}
		own++
		if own > 9 || int32(k) > t.right[i] || tk.UPOS == "VERB" || tk.UPOS == "AUX" || t.quoted[k] {
			return -1
		}
		// The cue's own phrase: its listener ("told Bloomberg"), when or
		// how ("on Monday", "in a statement"); not what it reports.
		c := k
		for c >= 0 && a.Tokens[c].Head != i {
			c = a.Tokens[c].Head
		}
		if c < 0 {
			return -1
		}
		switch a.Tokens[c].Rel {
		case "iobj", "obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod", "nmod:tmod":
		case "nsubj", "nsubj:pass", "obj":
			// "…, the minister said Wednesday." with the day read as the
			// cue's subject or object: a day is when it was said, never
			// who or what.
			if c == k && isDayWord(strings.ToLower(tk.Text)) {
				break
			}
			if a.Tokens[c].Rel != "obj" || !addresseeLemma(a.Tokens[i].Lemma) {
				return -1
			}
		default:
			return -1
		}
	}
	noun := false
	for k := i - 1; k > sent.First && k >= i-10; k-- {
		tk := &a.Tokens[k]
		if t.quoted[k] {
			return -1
		}
		switch l := strings.ToLower(tk.Text); {
		case l == "though" || l == "although" || l == "while" || l == "whereas" || l == "because" || l == "unless":
			// A clause a subordinator opens ("…, though a review of
			// records showed"): no credit of a source.
			return -1
		}
		if tk.UPOS == "DET" && k > sent.First && a.Tokens[k-1].UPOS == "NOUN" {
			// "…, a proposal the union rejected": a noun phrase and
			// the subject of a relative clause on it that has no
			// "that", not a credit.
			return -1
		}
		if tk.XPOS == "PRP" && k > sent.First && a.Tokens[k-1].UPOS == "NOUN" {
			// "…, a mission it calls Kadiwa": so too a pronoun
			// right after the noun, the relative clause's subject.
			return -1
		}
		switch tk.UPOS {
		case "PUNCT":
			if tk.Text == "," && noun && k-1 > sent.First && t.clauseBefore(sent.First, k) {
				return k
			}
			return -1
		case "VERB", "AUX", "CCONJ":
			// "…, yet Donald Trump brags about…": a clause of its own
			// joined on, not a credit.
			return -1
		case "NOUN", "PROPN", "PRON":
			noun = true
		}
	}
	return -1
}

// clauseBefore reports whether tokens [first, comma) can be what a closing
// credit reports: a clause, with a verb or an auxiliary, or words inside
// quotation marks ("Under the treaty, India warns Pakistan of…" credits
// nothing to India).
func (t *tree) clauseBefore(first, comma int) bool {
	for k := first; k < comma; k++ {
		if u := t.a.Tokens[k].UPOS; u == "VERB" || u == "AUX" || t.quoted[k] {
			return true
		}
	}
	return false
}

// closingAppositive reports whether tokens [from, last) of a sentence
// ending at last are one indefinite noun phrase set off after a closing
// credit ("…, people familiar with the matter said on Tuesday, a deal that
// would create…", "…, a move that…"): the parser's apposition summing up
// the news, which is no part of who said it.
func (t *tree) closingAppositive(from, last int) bool {
	a := t.a
	if from+2 >= last || a.Tokens[from].XPOS != "DT" || !nlp.EqualFoldLower(a.Tokens[from].Text, "a") && !nlp.EqualFoldLower(a.Tokens[from].Text, "an") && !nlp.EqualFoldLower(a.Tokens[from].Text, "the") {
		return false
	}
	// Read as an apposition, or as the object of the credit's cue that
	// a comma sets off from it ("…, mediators said, the first deal…").
	h := a.Tokens[from].Head
	if h < 0 || a.Tokens[h].UPOS != "NOUN" || int(t.left[h]) < from-1 {
		return false
	}
	if r := a.Tokens[h].Rel; r != "appos" && !(r == "obj" && a.Tokens[h].Head >= 0 && a.Tokens[h].Head < from && t.commaBetween(a.Tokens[h].Head, from)) {
		return false
	}
	// The phrase runs to the sentence's end, less its final punctuation.
	end := int(t.right[h]) + 1
	for end < last && a.Tokens[end].UPOS == "PUNCT" {
		end++
	}
	return end == last
}

// summingPhrase reports whether the phrase headed by noun c is an
// indefinite noun phrase set off by a comma that closes its sentence ("…,
// a request not always honored", "…, a move that…"): the writer's
// comment on the clause before, whatever relation the parser gave it
// (a participle with no auxiliary heads no clause).
func (t *tree) summingPhrase(c int) bool {
	a := t.a
	lo := int(t.left[c])
	for lo < c && a.Tokens[lo].Text == "," {
		lo++ // the parser hangs the comma inside at times
	}
	head := c
	if a.Tokens[c].XPOS == "VBN" && t.child(c, "aux", "aux:pass", "cop") < 0 {
		// "a request not always honored" read as a clause: a
		// participle with no auxiliary modifies its "subject".
		head = t.child(c, "nsubj", "nsubj:pass")
	}
	if head < 0 || a.Tokens[head].UPOS != "NOUN" || lo == 0 || a.Tokens[lo-1].Text != "," || a.Tokens[lo].XPOS != "DT" ||
		!nlp.EqualFoldLower(a.Tokens[lo].Text, "a") && !nlp.EqualFoldLower(a.Tokens[lo].Text, "an") {
		return false
	}
	last := a.Sentences[a.Tokens[c].Sent].Last
	end := int(t.right[c]) + 1
	for end < last && a.Tokens[end].UPOS == "PUNCT" {
		end++
	}
	return end == last
}

// lastPersonIn returns the last PERSON entity inside tokens [from, to), or
// -1.
func (t *tree) lastPersonIn(from, to int) int {
	best := -1
	lo, hi := t.entitiesIn(from, to-1)
	for ei := lo; ei < hi; ei++ {
		e := &t.a.Entities[ei]
		if e.First >= to {
			break
		}
		if e.Type == nlp.PERSON && e.First >= from && e.Last <= to {
			best = ei
		}
	}
	return best
}

// nounAfter returns the first noun, name or pronoun in (from, to), or -1;
// a noun or a name, as the head of its phrase.
func (t *tree) nounAfter(from, to int) int {
	for k := from + 1; k < to; k++ {
		switch tk := &t.a.Tokens[k]; tk.UPOS {
		case "NOUN", "PROPN":
			// The head of the phrase, not a word compounded with it:
			// "state" in "Chinese state media".
			for n := 0; n < 4 && (tk.Rel == "compound" || tk.Rel == "flat") && tk.Head > k && tk.Head < to; n++ {
				k = tk.Head
				tk = &t.a.Tokens[k]
			}
			return k
		case "PRON":
			if tk.XPOS != "PRP$" && tk.XPOS != "WP$" {
				return k // not "their" in "their union said"
			}
		}
	}
	return -1
}

// infinitiveOf returns the to-infinitive the parser hung from noun o as
// a clause of its own ("both sides | to resume talks"), right after the
// noun's phrase, or -1.
func (t *tree) infinitiveOf(o int) int {
	a := t.a
	for _, c := range t.children(o) {
		v := int(c)
		if v <= o || a.Tokens[v].Rel != "acl" || a.Tokens[v].UPOS != "VERB" || t.quoted[v] {
			continue
		}
		m := int(t.left[v])
		if m > o && infinitiveMark(&a.Tokens[m]) && t.child(v, "mark") == m {
			return v
		}
	}
	return -1
}

// nounContent returns the token range of a cue's noun-phrase content: from
// its first object, oblique or predicative complement after it to the end
// of its last one, or an empty range when it has none. Clauses that only
// hang from the cue (a conjoined verb, an adverbial clause) are not
// content.
func (t *tree) nounContent(i int) (int, int) {
	a := t.a
	first, last := -1, -1
	for _, c := range t.children(i) {
		ci := int(c)
		if ci < i {
			continue
		}
		switch a.Tokens[ci].Rel {
		case "obj", "iobj":
			// A second object set off by a comma is no part of what
			// the cue takes: "agreed the text of a treaty, the two
			// countries said".
			if lo := int(t.left[ci]); first >= 0 && lo > 0 && a.Tokens[lo-1].Text == "," && slices.ContainsFunc(t.children(ci), func(k int32) bool {
				return int(k) > ci && a.Tokens[k].Rel == "acl" && t.isCue(int(k))
			}) {
				continue
			}
			// The object of "told reporters", "asked the court" is the
			// listener, not what was said; but what one calls something
			// is said of it ("calling it an insult").
			if p := t.smallClause(i, ci); p >= 0 {
				if first < 0 {
					first = int(t.left[ci])
				}
				last = int(t.right[p]) + 1
				continue
			}
			if addresseeLemma(a.Tokens[i].Lemma) {
				// "urged both sides to resume talks" with the infinitive
				// hung from the listener: what the cue asks of them,
				// with whom it asks ("both sides to resume talks").
				if v := t.infinitiveOf(ci); v >= 0 {
					if first < 0 {
						first = int(t.left[ci])
					}
					last = int(t.right[v]) + 1
				} else if v := t.child(i, "xcomp"); v > ci && requestLemma(a.Tokens[i].Lemma) && infinitiveMark(&a.Tokens[int(t.left[v])]) {
					// The infinitive hung from the cue after the one
					// asked ("urged all sides | to be patient").
					if first < 0 {
						first = int(t.left[ci])
					}
				}
				continue
			}
		case "xcomp", "obl":
		case "conj":
			// "called for more spending and an end to the cuts" with the
			// second noun hung from the cue: one content.
			if last < 0 || ci < last || !t.onlyCoordBetween(last, ci) || a.Tokens[ci].UPOS != "NOUN" && a.Tokens[ci].UPOS != "PROPN" {
				continue
			}
			last = int(t.right[ci]) + 1
			continue
		case "advcl":
			// "called for reducing the rate", "urged them to stop": a
			// verb phrase the cue's preposition or "to" opens; or an
			// indirect question ("questioned why…").
			if !contentClause(t, ci) && !(cueLemma(a.Tokens[i].Lemma) && embeddedQuestion(t, ci)) {
				continue
			}
		default:
			continue
		}
		if a.Tokens[ci].Rel == "obl" && addresseeLemma(a.Tokens[i].Lemma) && t.caseOf(ci) == "on" {
			// "called on the administration to retaliate": the one asked
			// is the listener; the infinitive hung from it is what the
			// cue asks.
			v := t.infinitiveOf(ci)
			if v < 0 {
				// The infinitive hung from the cue itself ("called on
				// President Obama | to retaliate").
				for _, k := range t.children(i) {
					if kt := &a.Tokens[k]; int(k) > ci && (kt.Rel == "advcl" || kt.Rel == "xcomp") && kt.UPOS == "VERB" && contentClause(t, int(k)) && nlp.EqualFoldLower(a.Tokens[t.child(int(k), "mark")].Text, "to") {
						v = int(k)
						break
					}
				}
			}
			if v >= 0 {
				if first < 0 {
					// The one asked and what they are asked, without
					// "on": "President Obama to retaliate…".
					first = int(t.left[ci])
					if cs := t.child(ci, "case"); cs == first {
						first++
					}
				}
				last = max(last, int(t.right[v])+1)
			}
			continue
		}
		if a.Tokens[ci].Rel == "obl" && !contentObl(t, ci, a.Tokens[i].Lemma) {
			continue
		}
		if first < 0 {
			first = int(t.left[ci])
		}
		last = int(t.right[ci]) + 1
	}
	if first < 0 || a.Tokens[first].NER != "O" && strings.HasSuffix(a.Tokens[first].NER, "DATE") {
		return 0, 0
	}
	// Another cue inside the span starts what it reports, not this one's
	// content ("criticized the envoy for …, adding, “…”").
	for k := first + 1; k < last; k++ {
		switch a.Tokens[k].Rel {
		case "conj", "parataxis", "advcl":
			if k != i && t.isCue(k) {
				return first, int(t.left[k])
			}
		}
	}
	return first, last
}

// onlyCoordBetween reports whether only a conjunction, a comma and the
// words of conjunct c stand between token from and c.
func (t *tree) onlyCoordBetween(from, c int) bool {
	for k := from; k < int(t.left[c]); k++ {
		if r := t.a.Tokens[k].Rel; r != "cc" && r != "punct" {
			return false
		}
	}
	return true
}

// smallClause returns the predicate after object o of cue i ("calling the
// offer an insult", "called him a liar", "called the plan unworkable"): a
// second object or an xcomp, a noun or an adjective, of a verb of naming.
// It returns -1 when there is none.
func (t *tree) smallClause(i, o int) int {
	if t.a.Tokens[i].Lemma != "call" {
		return -1
	}
	for _, c := range t.children(i) {
		ct := &t.a.Tokens[c]
		// A bare noun phrase the parser took for an oblique ("called her
		// vote in favor of the war a mistake") is the predicate too.
		bareObl := ct.Rel == "obl" && ct.UPOS == "NOUN" && t.child(int(c), "case") < 0
		if int(c) > int(t.right[o]) && (ct.Rel == "obj" || ct.Rel == "xcomp" || bareObl) && (ct.UPOS == "NOUN" || ct.UPOS == "ADJ" || ct.UPOS == "PROPN") &&
			!t.commaBetween(o, int(c)) {
			return int(c)
		}
	}
	// An adjective hung after the object as its modifier ("called the
	// charges unsubstantiated") is the predicate.
	for _, c := range t.children(o) {
		if ci := int(c); ci > o && t.a.Tokens[ci].Rel == "amod" && t.a.Tokens[ci].UPOS == "ADJ" && !t.commaBetween(o, ci) {
			return o
		}
	}
	// The parser often hangs the predicate from the object as an
	// apposition with no comma ("called the deal a disaster").
	for _, c := range t.children(o) {
		if ci := int(c); ci > o && t.a.Tokens[ci].Rel == "appos" && !t.commaBetween(o, ci) {
			return o
		}
	}
	return -1
}

// commaBetween reports whether a comma stands between word o and word c
// (c after o, o's own dependents aside).
func (t *tree) commaBetween(o, c int) bool { return t.markBetween(o, c, ",") }

// markBetween reports whether the punctuation mark stands between tokens
// o and c (o before c).
func (t *tree) markBetween(o, c int, mark string) bool {
	for k := o + 1; k < c; k++ {
		if t.a.Tokens[k].Text == mark {
			return true
		}
	}
	return false
}

// misreadObject returns the object of cue i that is really the subject of
// the clause c after it: a verb of saying or thinking takes no object
// beside a clause, so "insisted the country would not give up any land",
// parsed as an object and a parenthetical clause, reports "the country
// would not give up any land". It returns -1 when c is not such a clause:
// c must follow the object directly, have no subject and be finite.
func (t *tree) misreadObject(i, c int) int {
	a := t.a
	ct := &a.Tokens[c]
	if !cueLemma(a.Tokens[i].Lemma) || addresseeLemma(a.Tokens[i].Lemma) || ct.Rel != "parataxis" && ct.Rel != "dep" {
		return -1
	}
	o := t.child(i, "obj")
	if o < 0 || o < i || o > c || t.quoted[o] || int(t.right[o])+1 != int(t.left[c]) {
		return -1
	}
	if t.child(c, "nsubj", "nsubj:pass", "expl", "csubj") >= 0 {
		return -1
	}
	finite := ct.XPOS == "VBD" || ct.XPOS == "VBZ" || ct.XPOS == "VBP"
	for _, k := range t.children(c) {
		if r := a.Tokens[k].Rel; int(k) < c && (r == "aux" || r == "cop") {
			finite = true
		}
	}
	if !finite {
		return -1
	}
	return o
}

// contentObl reports whether an oblique of a cue carries content: "called
// for a ceasefire", "pointed to the vote", "warned of a strike" — not a
// time or a place ("on Friday", "in Geneva").
func contentObl(t *tree, o int, lemma string) bool {
	a := t.a
	if timeName(a.Tokens[o].NER) || strings.HasSuffix(a.Tokens[o].NER, "GPE") {
		return false
	}
	cs := t.child(o, "case")
	if cs < 0 {
		return false
	}
	p := strings.ToLower(a.Tokens[cs].Text)
	if topicLemma(lemma) {
		// "talked about the economy", "railed against the deal": a verb
		// of talking carries content only in what it is about.
		return p == "about" || p == "of" || p == "against"
	}
	switch p {
	case "to", "for":
		// "pointed to the vote", "called for a ceasefire"; but what one
		// says, writes or answers "to" someone, or writes "for" a paper,
		// names the listener or the outlet.
		return !speechTo(lemma)
	case "of", "about", "against", "as":
		return true
	case "on":
		// "called on Congress to act": the listener, not the content;
		// "wrote on social media", "said on television": the medium.
		return !addresseeLemma(lemma) && !(speechTo(lemma) && mediumNoun(strings.ToLower(a.Tokens[o].Lemma)))
	}
	return false
}

// mediumNoun lists the nouns of the media and platforms one speaks or
// writes on.
func mediumNoun(l string) bool {
	switch l {
	case "media", "television", "tv", "radio", "twitter", "facebook", "instagram", "telegram", "youtube", "tiktok",
		"x", "air", "channel", "network", "platform", "page", "account", "feed", "website", "site", "blog", "podcast",
		"show", "program", "programme", "broadcast", "camera", "record", "phone", "line":
		return true
	}
	return false
}

// contentClause reports whether an adverbial clause of a cue is its
// content: a verb phrase opened by "to" or by a preposition of content
// ("for reducing the rate", "about leaving").
func contentClause(t *tree, c int) bool {
	m := t.child(c, "mark")
	if m < 0 || m > c {
		return false
	}
	switch strings.ToLower(t.a.Tokens[m].Text) {
	case "to", "for", "of", "about", "against":
		return true
	}
	return false
}

// embeddedQuestion reports whether an adverbial clause of a cue is an
// indirect question the parser misread ("questioned what kind of person
// gets up at 3 a.m.", "asked why the talks failed"): it opens with a
// wh-word that is part of it and not with a conjunction of time or place.
func embeddedQuestion(t *tree, c int) bool {
	first := int(t.left[c])
	if first >= c || t.child(c, "mark") >= 0 {
		return false
	}
	switch strings.ToLower(t.a.Tokens[first].Text) {
	case "what", "why", "how", "whether", "who", "which", "whom", "whose":
		return true
	}
	return false
}

// caseOf returns the lower-cased preposition governing noun o, or "".
func (t *tree) caseOf(o int) string {
	if cs := t.child(o, "case"); cs >= 0 {
		return strings.ToLower(t.a.Tokens[cs].Text)
	}
	return ""
}
