package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Statement is reported speech: what a party said, thinks, wants or found,
// as written in the article ("Russia said it was ready to resume talks"
// gives the text "it was ready to resume talks", the speaker "Russia" and
// the cue "said"). Words inside quotation marks belong to Quotes.
type Statement struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Cue      string `json:"cue"`
	Sentence int    `json:"sentence"`

	// Start and End are the byte offsets of Text in the article text. Not
	// part of the JSON contract.
	Start int `json:"-"`
	End   int `json:"-"`
	// carried is true when the speaker is a group of people a plural
	// "they" goes on reporting for (theyGroup): it speaks, but is no
	// party for that alone.
	carried bool
}

// Caps on reported speech: a reported clause longer than a long paragraph
// is a parse run wild (a text with no sentence breaks), not a statement,
// and a brief lists at most a few hundred.
const (
	maxStatementBytes = 1200
	maxStatements     = 300
)

// statements extracts reported speech: for every cue verb heading a
// clausal complement (said that…, wants to…), every parenthetical cue
// (…, officials said) and every "according to", the reported clause as
// written, its speaker (the cue's subject resolved through coreference to
// the fullest name) and the cue. A clause that lies mostly inside
// quotation marks is a quote, not a statement. sentOf maps a byte offset
// to the brief's sentence number; body reports whether a sentence is the
// story's (not a headline, caption or byline).
//
// The work is done by a statementFinder, token by token: a stance said
// without a verb of saying (stance), a credit that closes its sentence
// after a comma (closingCredit), a cue verb (cueReport, with
// parenthetical and clausalContent), a noun of saying with a that-clause
// (claimClause) and "according to" (accordingTo) each find content and
// its source, and add records it (contentSpan, notReported,
// closeQuotation, creditFor).
func (t *tree) statements(sentOf func(off int) int, body func(si int) bool) []Statement {
	// The finder's map and the statements and group it adds to are made
	// here, in the frame that holds the finder, not by a method, and the
	// finder holds out and group by pointer: a method that stores through
	// sf a string or slice it read from sf would make Go move everything sf
	// points to onto the heap (the map, and the sentOf and body closures
	// the caller made), where as locals of this function they stayed on
	// the stack. This is a hot path: allocations count.
	out, group := []Statement{}, ""
	sf := statementFinder{
		t:         t,
		a:         t.a,
		sentOf:    sentOf,
		body:      body,
		out:       &out,
		seen:      map[[2]int]bool{},
		groupSent: -1,
		group:     &group,
	}
	a := t.a
	for i := range a.Tokens {
		tok := &a.Tokens[i]
		if t.quoted[i] {
			continue
		}
		cue := t.isCue(i)
		sf.noSpeaker = false
		// A cue's that-clause the parser hung elsewhere, found once.
		dFirst, dLast := -1, -1
		if cue {
			dFirst, dLast = t.displacedContent(i)
		}
		comma := -1
		if cc := t.contentComp(i); cue && (cc < 0 || cc < i && !t.hasVerb(cc)) {
			// "…, the union said in a statement that it would strike":
			// a that-clause after the cue is what it said, not the clause
			// before the comma.
			if dFirst < 0 {
				comma = t.closingAttribution(i)
			}
		}
		sFirst, sLast, sSrc, sCue := -1, -1, -1, ""
		if !cue {
			sFirst, sLast, sSrc, sCue = t.stance(i)
		}
		switch {
		case sFirst >= 0:
			// "Lopez is confident that…", "voiced concern that…", "In
			// Lopez's view, …": a stance said without a verb of saying.
			sf.add(sFirst, sLast, sSrc, sCue, "")
		case comma >= 0:
			// "…, sources familiar with the talks said." closing its
			// sentence: the clause before the comma is what they said,
			// whatever the parser made of the phrase between.
			sf.closingCredit(i, comma)
		case cue:
			sf.cueReport(i, dFirst, dLast)
		case tok.UPOS == "NOUN" && contentNoun(tok.Lemma):
			// "his claim that people would learn nothing", "a New York
			// Times report that Trump had a loss": a noun of saying with
			// a that-clause, said by its owner.
			sf.claimClause(i)
		case nlp.EqualFoldLower(tok.Text, "according") && i+1 < len(a.Tokens) && nlp.EqualFoldLower(a.Tokens[i+1].Text, "to"):
			// "According to the union, the offer falls short": the source
			// is the noun "according" marks; the content is the clause it
			// modifies, less the "according to" phrase.
			sf.accordingTo(i)
		}
	}
	return out
}

// statementFinder holds what the phases of statements share: the tree,
// the brief's sentence numbering, the statements found so far and the
// spans already taken, and what add needs to know of the content being
// recorded. statements makes the map and the slice and string the finder
// points to (see there why).
type statementFinder struct {
	t      *tree
	a      *nlp.Analysis
	sentOf func(off int) int // a byte offset's sentence number in the brief
	body   func(si int) bool // whether a sentence is the story's
	out    *[]Statement      // the statements found so far
	seen   map[[2]int]bool   // the byte spans of out, to take each once
	// The last statement credited to a group described, not named ("the
	// people", "officials"): its sentence and speaker, for a "they" that
	// goes on reporting for the group.
	groupSent int
	group     *string
	// credited is set while add records content that runs on past its
	// own credit, set off by commas mid-sentence ("…, he said, …").
	credited bool
	// noSpeaker is set while add records content whose source is a thing.
	noSpeaker bool
}

// closingCredit records the clause before comma as what the cue i said,
// where the credit closes its sentence ("…, sources familiar with the
// talks said."): the source is the name between the comma and the cue,
// or the words there as written; a credit set off mid-sentence
// (resumesAfter) reports the whole sentence.
func (sf *statementFinder) closingCredit(i, comma int) {
	t, a := sf.t, sf.a
	tok := &a.Tokens[i]
	first := a.Sentences[tok.Sent].First
	src := t.nounAfter(comma, i)
	who := ""
	if e := t.lastPersonIn(comma+1, i); e >= 0 {
		// "…, the Russian foreign minister Sergei Lavrov said."
		who = t.entityFullName(e)
	} else if n, ok := t.speakerOf(src); (!ok || !properName(n)) && !(src >= 0 && a.Tokens[src].UPOS == "PRON") {
		// No name to resolve: the source as written ("sources
		// familiar with the talks"); a pronoun is resolved or
		// left blank, never given as "they".
		// Not an adverb of the verb: "the source further
		// claimed" is the source.
		end := i
		for end-1 > comma+1 && a.Tokens[end-1].Head == i && a.Tokens[end-1].UPOS == "ADV" {
			end--
		}
		who = a.Span(comma+1, end)
	}
	if r := t.resumesAfter(i); r >= 0 {
		// "Though that transition was seamless, he said,
		// replacing Clinton would be more acrimonious": what
		// was said runs on past the credit set off in it; the
		// sentence, as written, is the content.
		sf.addCredited(first, a.Sentences[tok.Sent].Last, src, cueText(t, i), who)
		return
	}
	sf.add(first, comma, src, cueText(t, i), who)
}

// claimClause records the that-clause of a noun of saying i ("his claim
// that people would learn nothing", "a New York Times report that Trump
// had a loss") as said by the noun's owner: a clause hung from the noun,
// the one its verb takes for it, or the one right after it as a subject.
func (sf *statementFinder) claimClause(i int) {
	t, a := sf.t, sf.a
	tok := &a.Tokens[i]
	src := t.child(i, "nmod:poss")
	if src < 0 {
		if c := t.child(i, "compound"); c >= 0 && a.Tokens[c].UPOS == "PROPN" {
			src = c
		}
	}
	if src < 0 {
		return
	}
	clause := -1
	for _, c := range t.children(i) {
		if ci := int(c); ci > i && t.contentClauseOf(ci) {
			clause = ci
			break
		}
	}
	if v := tok.Head; clause < 0 && v >= 0 && tok.Rel == "obj" {
		for _, c := range t.children(v) {
			if ci := int(c); a.Tokens[ci].Rel == "ccomp" && t.nounsClause(v, ci) == i {
				clause = ci
			}
		}
	}
	if v := tok.Head; clause < 0 && v > i && strings.HasPrefix(tok.Rel, "nsubj") {
		// "Italy's demand that the fund be doubled was
		// rejected": the that-clause right after the subject,
		// whatever the parser hung it from.
		for _, c := range t.children(v) {
			if ci := int(c); ci > i && ci < v && int(t.left[ci]) == int(t.right[i])+1 {
				if m := t.child(ci, "mark"); m == int(t.left[ci]) && nlp.EqualFoldLower(a.Tokens[m].Text, "that") && t.child(ci, "nsubj", "nsubj:pass") >= 0 {
					clause = ci
				}
			}
		}
	}
	if clause >= 0 {
		sf.add(int(t.left[clause]), int(t.right[clause])+1, src, tok.Text, "")
	}
}

// accordingTo records what an "according to" phrase at token i credits
// ("According to the union, the offer falls short"): the whole sentence
// but the phrase, where the phrase opens or closes it or splits a subject
// from its verb, or else the clause the phrase's noun modifies.
func (sf *statementFinder) accordingTo(i int) {
	t, a := sf.t, sf.a
	tok := &a.Tokens[i]
	src := tok.Head
	if src < 0 || a.Tokens[src].Sent != tok.Sent {
		return
	}
	// At either end of its sentence the phrase speaks for the
	// whole sentence, wherever the parser hung it: "The talks
	// failed, according to the union." and "According to the
	// union, the talks failed."
	sent := a.Sentences[tok.Sent]
	if i == sent.First {
		end := int(t.right[src]) + 1
		if end-1 > i+2 && a.Tokens[end-1].Text == "," {
			end-- // the phrase's own closing comma
		}
		if !(end < sent.Last && a.Tokens[end].Text == ",") {
			// The parser took the clause into the phrase: the
			// phrase ends at the first comma with no finite verb
			// before it.
			end = t.phraseEnd(i+2, sent.Last)
		}
		if end > i+2 && end < sent.Last && a.Tokens[end].Text == "," {
			if h := t.phraseHead(i+2, end); h >= 0 {
				src = h
			}
			sf.add(end+1, sent.Last, src, "according to", "")
			return
		}
	} else if i-1 > sent.First && a.Tokens[i-1].Text == "," && (int(t.right[src]) >= sent.Last-2 || t.creditToEnd(i+2, sent.Last)) {
		if h := t.phraseHead(i+2, sent.Last); h >= 0 {
			src = h
		}
		sf.add(sent.First, i-1, src, "according to", "")
		return
	}
	if i-1 > sent.First && a.Tokens[i-1].Text == "," && t.subjectSetOff(sent.First, i) {
		// "The plan, according to two officials, would begin
		// with a truce": the phrase splits a subject from its
		// verb; the sentence, as written, is what they said.
		if end := t.phraseEnd(i+2, sent.Last); end > i+2 && end+1 < sent.Last && a.Tokens[end].Text == "," {
			if x := a.Tokens[end+1].XPOS; x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" {
				if h := t.phraseHead(i+2, end); h >= 0 {
					src = h
				}
				sf.addCredited(sent.First, sent.Last, src, "according to", "")
				return
			}
		}
	}
	pred := a.Tokens[src].Head
	if pred < 0 {
		return
	}
	if t.left[src] <= int32(i) && t.right[src] < t.right[pred] && int32(i) <= t.left[pred]+1 {
		sf.add(int(t.right[src])+1, int(t.right[pred])+1, src, "according to", "")
	} else if t.left[pred] < int32(i) {
		sf.add(int(t.left[pred]), i, src, "according to", "")
	}
}

// plainObject reports whether the content of cue i starting at token
// first is a plain noun phrase object ("Russian sovereignty over Crimea"),
// not a question ("what those questions are"), a clause or a prepositional
// phrase ("about his ability").
func (t *tree) plainObject(i, first int) bool {
	a := t.a
	for _, c := range t.children(i) {
		ci := int(c)
		if int(t.left[ci]) != first {
			continue
		}
		switch a.Tokens[first].XPOS {
		case "WP", "WDT", "WRB", "IN", "TO":
			return false
		}
		u := a.Tokens[ci].UPOS
		return a.Tokens[ci].Rel == "obj" && (u == "NOUN" || u == "PROPN" || u == "PRON")
	}
	return false
}

// matrixSpeaker returns the speaker of the cue whose reported clause holds
// the clause that pronoun src is the subject of ("X said he hoped…": X),
// or "": English makes the subject of a reported clause the reporter far
// more often than anyone else.
func (t *tree) matrixSpeaker(src int) string {
	a := t.a
	if src < 0 || a.Tokens[src].UPOS != "PRON" {
		return ""
	}
	switch strings.ToLower(a.Tokens[src].Text) {
	case "he", "she", "they", "it":
	default:
		return ""
	}
	v := a.Tokens[src].Head
	for steps := 0; v >= 0 && steps < 3; steps++ {
		h := a.Tokens[v].Head
		if h < 0 {
			return ""
		}
		switch a.Tokens[v].Rel {
		case "ccomp", "xcomp":
			if t.isCue(h) {
				if s := t.cueSource(h); s >= 0 && s != src {
					n, _ := t.speakerOf(s)
					return n
				}
				return ""
			}
		case "conj":
		default:
			return ""
		}
		v = h
	}
	return ""
}

// bareClause returns the clause a verb of saying or thinking reports
// without "that" where the parse hung it elsewhere ("Civil rights
// activists say Charlotte officers have been too aggressive", "supporters
// say the program, run by the department, has brought billions"): the
// rest of the sentence after the cue, when the cue has a subject before
// it, takes nothing after it but an object and subjectless clauses the
// parse hung there, and the words after it open a noun phrase and hold a
// finite verb. It returns -1, -1 otherwise.
func (t *tree) bareClause(i, src int) (int, int) {
	a := t.a
	if !clauseLemma(a.Tokens[i].Lemma) || src < 0 || src > i {
		return -1, -1
	}
	for _, c := range t.children(i) {
		ci := int(c)
		if ci < i {
			continue
		}
		switch a.Tokens[ci].Rel {
		case "obj", "punct":
		case "acl", "parataxis", "conj", "dep":
			// The clause's own words hung from the cue: its verb
			// ("has brought") or a participle on its subject ("run by
			// the department"), with no subject of their own — a
			// clause that has one is the cue's next clause ("said
			// the words, and then he left").
			if t.child(ci, "nsubj", "nsubj:pass", "expl") >= 0 || t.child(ci, "cc") >= 0 {
				return -1, -1
			}
		default:
			return -1, -1
		}
	}
	sent := a.Sentences[a.Tokens[i].Sent]
	first, last := i+1, sent.Last
	for last > first && a.Tokens[last-1].UPOS == "PUNCT" {
		last--
	}
	if first >= last || t.quoted[first] || strings.HasSuffix(a.Tokens[first].NER, "DATE") {
		return -1, -1
	}
	switch a.Tokens[first].UPOS {
	case "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ":
	default:
		return -1, -1
	}
	for k := first; k < last; k++ {
		if t.quoted[k] {
			return -1, -1
		}
		switch a.Tokens[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return first, last
		}
	}
	return -1, -1
}

// bareParticiple reports whether verb v is a participle or past form
// with neither "to" nor an auxiliary ("a treaty meant to end the
// conflict"): a description, not an infinitive a cue takes ("agreed to
// meet", "declined to be drawn").
func (t *tree) bareParticiple(v int) bool {
	if x := t.a.Tokens[v].XPOS; x != "VBN" && x != "VBD" {
		return false
	}
	return t.child(v, "mark", "aux", "aux:pass") < 0
}

// relativeClause reports whether clause c opens with a relative pronoun as
// its subject ("who did not travel").
func (t *tree) relativeClause(c int) bool {
	s := t.child(c, "nsubj", "nsubj:pass")
	first := int(t.left[c])
	for first < s && t.a.Tokens[first].UPOS == "PUNCT" {
		first++
	}
	if s < 0 || first != s {
		return false
	}
	x := t.a.Tokens[s].XPOS
	return x == "WP" || x == "WDT"
}

// describesNoun reports whether clause c opens right after a noun or a
// name, which a relative clause describes ("an Oklahoma Republican who
// has led the talks"), not after a verb whose question it is ("asked
// who else had received protection").
func (t *tree) describesNoun(c int) bool {
	first := int(t.left[c])
	k := first - 1
	if k < 0 {
		return false
	}
	switch strings.ToLower(t.a.Tokens[first].Text) {
	case "who", "which", "whom", "whose":
	default:
		return false // "that" may open what was said ("told MSNBC on Friday that …")
	}
	u := t.a.Tokens[k].UPOS
	return u == "NOUN" || u == "PROPN"
}

// hasVerb reports whether the subtree of token c holds a verb or an
// auxiliary (a copula included), as any clause does.
func (t *tree) hasVerb(c int) bool {
	for k := t.left[c]; k <= t.right[c]; k++ {
		if u := t.a.Tokens[k].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// nounInDisguise reports whether clause c's head, tagged a verb, takes a
// dependent only a noun takes (a determiner or a compound: "Pakistan of
// flood flows" with "flows" read as a verb) and no object, and its subtree
// holds no other verb or auxiliary: the tagger's noun, not a clause. (A
// possessive hung from a verb is the parser's slip on its subject's:
// "Mrs. Clinton's statistical advantage obscures concerns".)
func (t *tree) nounInDisguise(c int) bool {
	a := t.a
	if u := a.Tokens[c].UPOS; u != "VERB" && u != "AUX" {
		return false
	}
	nominal := false
	for _, k := range t.children(c) {
		switch a.Tokens[k].Rel {
		case "det", "compound":
			nominal = true
		case "obj", "iobj", "ccomp", "xcomp":
			return false
		}
	}
	if !nominal {
		return false
	}
	for k := int(t.left[c]); k <= int(t.right[c]); k++ {
		if u := a.Tokens[k].UPOS; k != c && (u == "VERB" || u == "AUX") {
			return false
		}
	}
	return true
}

// callsOn reports whether cue i is "call on" or "call upon", a request
// of whom it names ("called on people to protest peacefully").
func (t *tree) callsOn(i int) bool {
	if t.a.Tokens[i].Lemma != "call" {
		return false
	}
	p := t.child(i, "compound:prt")
	return p >= 0 && (nlp.EqualFoldLower(t.a.Tokens[p].Text, "on") || nlp.EqualFoldLower(t.a.Tokens[p].Text, "upon")) || t.calledOn(i) >= 0
}

// calledOn returns whom "call on" asks where the parser read "on" as the
// preposition of an oblique rather than the verb's particle ("Ms. Vale
// called on the board to resign": "the board", an obl marked by "on"
// right after the verb), or -1. A passive ("was called on to testify")
// names no one after "on".
func (t *tree) calledOn(i int) int {
	if t.a.Tokens[i].Lemma != "call" || i+1 >= len(t.a.Tokens) {
		return -1
	}
	on := &t.a.Tokens[i+1]
	if !(nlp.EqualFoldLower(on.Text, "on") || nlp.EqualFoldLower(on.Text, "upon")) || on.Rel != "case" || on.Head < 0 {
		return -1
	}
	if o := int(on.Head); t.a.Tokens[o].Rel == "obl" && int(t.a.Tokens[o].Head) == i {
		return o
	}
	return -1
}

// infinitive reports whether clause c is opened by "to".
func (t *tree) infinitive(c int) bool {
	m := t.child(c, "mark")
	return m >= 0 && infinitiveMark(&t.a.Tokens[m])
}

// touchingClause returns the clause hung from cue i that starts right where
// clause c ends, with no punctuation between, or -1: one clause the parser
// cut in two ("…until Hamas | was defeated"), since a second complement or
// a parenthetical clause would be set off by a comma or a conjunction.
func (t *tree) touchingClause(i, c int) int {
	for _, k := range t.children(i) {
		r := t.a.Tokens[k].Rel
		if ki := int(k); ki > c && (r == "ccomp" || r == "parataxis" || r == "dep") && int(t.left[ki]) == int(t.right[c])+1 &&
			t.a.Tokens[ki].UPOS != "PUNCT" && t.a.Tokens[int(t.left[ki])].UPOS != "PUNCT" {
			return ki
		}
	}
	return -1
}

// minOwnWords is the fewest unquoted words a reported clause holds beside
// any quotation in it.
const minOwnWords = 3

// quoteBalance returns how many more quotations tokens [first, last) open
// than they close (below zero: they close one opened before them).
func quoteBalance(t *tree, first, last int) int {
	n := 0
	for k := first; k < last; k++ {
		switch w := t.a.Tokens[k].Text; {
		case w == "“" || w == "‘":
			n++
		case w == "\"":
			if k == first || t.a.Tokens[k].Start > t.a.Tokens[k-1].End {
				n++ // a straight mark after a space opens
			} else {
				n--
			}
		case closingMark(w):
			n--
		}
	}
	return n
}

// closingMark reports whether a token is a closing quotation mark.
func closingMark(w string) bool { return w == "”" || w == "’" || w == "\"" }

// firstOrSecondPerson reports whether a word is "I", "we" or "you".
func firstOrSecondPerson(w string) bool {
	switch strings.ToLower(w) {
	case "i", "we", "you", "me", "us":
		return true
	}
	return false
}

// contentComp returns cue i's clausal complement ("ccomp") other than a
// participle aside after it (participleAside), or -1.
func (t *tree) contentComp(i int) int {
	for _, c := range t.children(i) {
		if ci := int(c); t.a.Tokens[ci].Rel == "ccomp" && !t.participleAside(i, ci) && !t.fragmentComp(i, ci) {
			return ci
		}
	}
	return -1
}

// fragmentComp reports whether clause c of cue i is a piece of the clause
// the cue credits, which the parser hung from the cue: "…agreed to buy
// Brasserie Lemaire for about $9 billion, ending months of talks, the
// companies said" read with "$9 billion…" as what was said. A closing
// credit hung from the main clause reports all of it.
func (t *tree) fragmentComp(i, c int) bool {
	a := t.a
	h := a.Tokens[i].Head
	return a.Tokens[i].Rel == "parataxis" && h >= 0 && h < c && c < i && int(t.left[c]) > int(t.left[h]) && t.closingAttribution(i) >= 0
}

// participleAside reports whether clause c of cue i opens after the cue
// with a comma and a present participle ("…, the people said, asking not
// to be identified", "…, he said, speaking from Geneva"): a remark on the
// saying, which the parser may take for what was said; or with a past
// participle right after "when", "once", "after"… and no subject of its
// own ("…, the chief executive said when asked about the fund's
// comments"): when the saying was done (not a condition: "he said unless
// it was put up for discussion the EU would…" reports all of it).
func (t *tree) participleAside(i, c int) bool {
	a := t.a
	if x := a.Tokens[c].XPOS; c > i+1 && (x == "VBN" || x == "VBD") && int(t.left[c]) == c-1 && t.subjectChild(c) < 0 {
		switch strings.ToLower(a.Tokens[c-1].Text) {
		case "when", "while", "once", "after", "before", "whenever":
			return true
		}
	}
	l := int(t.left[c])
	if a.Tokens[l].Text == "," {
		l++ // the comma hung inside the clause
	}
	if l <= i+1 || l >= len(a.Tokens) || a.Tokens[l].XPOS != "VBG" || a.Tokens[l-1].Text != "," {
		return false
	}
	// Only the cue's own words between it and the comma.
	for k := i + 1; k < l-1; k++ {
		if a.Tokens[k].UPOS == "VERB" || a.Tokens[k].UPOS == "AUX" || t.quoted[k] {
			return false
		}
	}
	return true
}

// realObject reports whether cue i takes an object other than the day it
// was said on ("said Thursday" read as an object).
func (t *tree) realObject(i int) bool {
	for _, c := range t.children(i) {
		if ct := &t.a.Tokens[c]; ct.Rel == "obj" && !isDayWord(strings.ToLower(ct.Text)) {
			return true
		}
	}
	return false
}

// infinitiveMark reports whether a token is the "to" of an infinitive.
func infinitiveMark(tok *nlp.Token) bool {
	return nlp.EqualFoldLower(tok.Text, "to") && (tok.UPOS == "PART" || tok.Rel == "mark")
}

// negation reports whether a token negates what follows it ("not",
// "never").
func negation(tok *nlp.Token) bool {
	switch strings.ToLower(tok.Text) {
	case "not", "never", "n't":
		return true
	}
	return false
}

// anonymityRequest reports whether the content [first, last) is a
// source's request not to be named ("not to be named", "to be identified
// because…", "not to be quoted by name"): an infinitive, negated or not,
// whose verb is a passive of naming.
func (t *tree) anonymityRequest(first, last int) bool {
	a := t.a
	i := first
	if i < last && negation(&a.Tokens[i]) {
		i++
	}
	if i+1 >= last || !infinitiveMark(&a.Tokens[i]) || !nlp.EqualFoldLower(a.Tokens[i+1].Lemma, "be") {
		return false
	}
	v := i + 2
	if v >= last || a.Tokens[v].XPOS != "VBN" {
		return false
	}
	switch a.Tokens[v].Lemma {
	case "name", "identify", "quote", "cite":
		return true
	}
	return false
}

// speechObject reports whether the noun phrase [first, last) a cue takes
// is something said ("added a note of caution", "added a warning"): it
// holds a noun of saying. What else
// one adds is no speech ("would add $8.8 billion to its costs", "add up
// to the number").
func (t *tree) speechObject(first, last int) bool {
	a := t.a
	for i := first; i < last; i++ {
		if tk := &a.Tokens[i]; tk.UPOS == "NOUN" && (speechNoun(tk.Lemma) || contentNoun(tk.Lemma)) {
			return true
		}
	}
	return false
}

// trimEdge reports whether the token at the edge of a content span is left
// out: punctuation, a complementiser, a conjunction at the start.
func trimEdge(t *tree, i int, start bool) bool {
	tok := &t.a.Tokens[i]
	if tok.UPOS == "PUNCT" {
		return true
	}
	return start && (tok.Rel == "mark" && nlp.EqualFoldLower(tok.Text, "that") || tok.UPOS == "CCONJ")
}

// cueText is the cue as written, with its particle ("pointed out").
func cueText(t *tree, i int) string {
	a := t.a
	start, end := a.Tokens[i].Start, a.Tokens[i].End
	if p := t.child(i, "compound:prt"); p > i {
		end = a.Tokens[p].End
	}
	// What was not said keeps its negation ("did not say", "declined to
	// say"): the statement reports a silence, not a claim.
	if t.unsaid(i) {
		if h := a.Tokens[i].Head; a.Tokens[i].Rel == "xcomp" && h >= 0 && h < i {
			start = a.Tokens[h].Start
		}
		for _, c := range t.children(i) {
			if ct := &a.Tokens[c]; int(c) < i && (ct.Rel == "aux" || ct.Rel == "advmod") && ct.Start < start && ct.Sent == a.Tokens[i].Sent {
				start = ct.Start
			}
		}
	}
	return collapseSpace(a.Text[start:end])
}

// dashesBetween counts the dashes outside quotation marks in tokens
// [from, to).
func (t *tree) dashesBetween(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if isDash(t.a.Tokens[k].Text) && !t.quoted[k] {
			n++
		}
	}
	return n
}

// conditional reports whether verb i heads a clause opened by "if" or
// "unless": a condition, not something anyone has said, done or holds.
func (t *tree) conditional(i int) bool {
	m := t.child(i, "mark")
	return m >= 0 && m < i && (nlp.EqualFoldLower(t.a.Tokens[m].Text, "if") || nlp.EqualFoldLower(t.a.Tokens[m].Text, "unless"))
}

// openDecision reports whether cue i is a verb of deciding whose
// complement is a question ("decide whether", "determine if"): nothing
// has been found or said yet.
func (t *tree) openDecision(i int) bool {
	switch t.a.Tokens[i].Lemma {
	case "decide", "determine", "rule":
	default:
		return false
	}
	c := t.contentComp(i)
	if c < 0 {
		return false
	}
	m := t.child(c, "mark")
	return m >= 0 && m < c && (nlp.EqualFoldLower(t.a.Tokens[m].Text, "whether") || nlp.EqualFoldLower(t.a.Tokens[m].Text, "if"))
}

// isDash reports whether w is a dash that sets off an aside.
func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// strongCue reports whether a cue's surface form is a verb of saying that
// is no weak cue.
func strongCue(cue string) bool {
	l, ok := lowerHas(cueVerbs, cue)
	return ok && !weakCues[l]
}

// judgingVerb reports whether the verb that token src is the subject of
// judges aloud ("denounce", "criticize", "defend").
func (t *tree) judgingVerb(src int) bool {
	v := t.a.Tokens[src].Head
	return v >= 0 && t.a.Tokens[v].UPOS == "VERB" && evaluativeLemma(t.a.Tokens[v].Lemma)
}
