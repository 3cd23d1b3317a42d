package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is who a quotation is attributed to, and how.
type attribution struct {
	speaker string // the fullest name, or a description ("a US official")
	cue     string // the attributing verb as written
	ent     int    // entity index or -1
	partial bool   // a fragment inside a sentence
	drop    bool   // not a quotation: a title, a name, scare quotes
	how     string // post, pre, inverted, colon, float, none (for tests)
	// unnamed marks a fragment of three words or more dropped only
	// because the surface found no one to credit: the tree may still
	// find the cue whose clause holds it.
	unnamed bool
}

// speakerRef is a candidate speaker found in the text.
type speakerRef struct {
	ent     int    // entity, or -1
	text    string // description when there is no entity
	pronoun byte   // 'm', 'f', 'p' for a pronoun to resolve
	tok     int    // token where it starts
	end     int    // token after it
	ok      bool
	role    bool // a description headed by a role ("the president")
}

// focus tracks who the text is about, for resolving "he" and "she".
type focus struct {
	byGender [3]int // 0 unknown gender, 1 male, 2 female: entity or -1
	at       [3]int // token position of the last update
}

func genderSlot(g byte) int {
	switch g {
	case 'm':
		return 1
	case 'f':
		return 2
	}
	return 0
}

func (f *focus) set(d *doc, ent, at int) {
	if ent < 0 || d.ents[ent].kind != KindPerson {
		return
	}
	s := genderSlot(d.ents[ent].gender)
	f.byGender[s], f.at[s] = ent, at
	if s != 0 && f.byGender[0] == ent {
		f.byGender[0] = -1
	}
}

// latest returns the person the text was last about, whatever the gender,
// and the token where, or -1.
func (f *focus) latest() (int, int) {
	best, at := -1, -1
	for s := range f.byGender {
		if f.byGender[s] >= 0 && f.at[s] > at {
			best, at = f.byGender[s], f.at[s]
		}
	}
	return best, at
}

// resolve returns the person a pronoun of gender g refers to, or -1.
func (f *focus) resolve(g byte) int {
	s := genderSlot(g)
	if s == 0 { // "they", "we": no person
		return -1
	}
	best, at := f.byGender[s], f.at[s]
	if f.byGender[0] >= 0 && (best < 0 || f.at[0] > at) {
		best = f.byGender[0]
	}
	return best
}

// clauseOpeners open a clause or an adverbial after a name, never a role
// ("who" may: "Derek Mitchell, who was ambassador to Burma").
var clauseOpeners = makeSet(`which that where when while as because after before since until if though although during`)

// prepositions before a name make it an object, not a subject.
var prepositions = makeSet(`of at for from in to with by on about against under over between among into onto
toward towards than like via including after before during behind beside besides despite without within upon`)

// determiners start a noun phrase that can describe a speaker.
var determiners = makeSet(`the a an one two three several some many most his her their its our another this that these those each every both`)

// attribute finds the speaker of every quotation, walking the article in
// order so that "he" and "she" resolve to who the text was about.
func (d *doc) attribute() {
	d.indexMentions()
	d.findAppositiveRoles()
	d.attrs = make([]attribution, len(d.quotes))
	f := focus{byGender: [3]int{-1, -1, -1}}
	qi := 0
	for si := range d.sents {
		// Sentence subject: a person named at the start of the sentence.
		if ent, at := d.sentenceSubject(si); ent >= 0 {
			f.set(d, ent, at)
		}
		for qi < len(d.quotes) && d.sentOf(d.quotes[qi].open) <= si {
			a := d.attributeQuote(qi, &f)
			d.attrs[qi] = a
			if a.ent >= 0 {
				f.set(d, a.ent, d.tokAt(d.quotes[qi].close))
			}
			qi++
		}
	}
}

// sentenceSubject returns the person a sentence is about, if it names one
// before any pronoun: "Mr. Lou said...", "In question period, NDP MP Nathan
// Cullen said...". A pronoun subject keeps the focus where it is, and names
// after a preposition or in the possessive are not subjects.
func (d *doc) sentenceSubject(si int) (int, int) {
	from, to := d.sentTok[si], d.sentTok[si+1]
	for ti := from; ti < to && ti < from+25; ti++ {
		t := &d.toks[ti]
		if d.inQuote[ti] {
			continue
		}
		if _, ok := subjectPronouns[t.lower]; ok && t.word {
			return -1, 0
		}
		mi := d.tokMent[ti]
		if mi < 0 {
			continue
		}
		m := &d.mentions[mi]
		ti = m.t1 - 1
		if m.ent < 0 || endsPossessive(d.toks[m.t1-1].text) || d.objectOfPreposition(m.t0, from) {
			continue
		}
		if d.ents[m.ent].kind != KindPerson && !(m.t1 < to && d.isCue(m.t1) && d.personLike(mi)) {
			continue
		}
		return m.ent, m.t0
	}
	return -1, 0
}

// attributeQuote attributes quotation qi.
func (d *doc) attributeQuote(qi int, f *focus) attribution {
	q := &d.quotes[qi]
	a := attribution{ent: -1, partial: q.partial, drop: q.drop}
	if a.drop {
		return a
	}
	if !d.isBody(d.sentOf(q.open)) {
		// A quotation in a headline or a caption repeats or stands
		// outside the story: not one of its quotes.
		a.drop = true
		return a
	}
	if qi < len(d.quoteLabel) && strings.HasPrefix(d.quoteLabel[qi], readLabel) {
		// A document read out in a transcript's turn: the document's.
		a.speaker, a.how = strings.TrimPrefix(d.quoteLabel[qi], readLabel), "read"
		return a
	}
	if qi < len(d.quoteLabel) && d.quoteLabel[qi] != "" {
		// A transcript's turn: said by its label.
		a.speaker, a.ent = d.labelSpeaker(d.quoteLabel[qi])
		a.how = "label"
		return a
	}
	openTok := d.tokAt(q.open)
	closeTok := d.tokAt(q.close)
	si := d.sentOf(q.open)
	ce := max(q.close-1, q.open)
	sce := d.sentOf(ce)
	// Region after the quotation: to the end of its sentence or the next quotation.
	afterEnd := d.sentTok[sce+1]
	for ti := closeTok; ti < afterEnd; ti++ {
		if d.inQuote[ti] {
			afterEnd = ti
			break
		}
	}
	// Region before: from the sentence start or the previous quotation.
	beforeStart := d.sentTok[si]
	for ti := openTok - 1; ti >= beforeStart; ti-- {
		if d.inQuote[ti] {
			beforeStart = ti + 1
			break
		}
	}
	var ref speakerRef
	var cue string
	if ref, cue = d.postCue(closeTok, afterEnd); ref.ok {
		a.how = "post"
	} else if ref, cue = d.preCue(beforeStart, openTok, a.partial, qi); ref.ok {
		a.how = "pre"
	} else if !a.partial {
		// No cue: a quotation standing alone continues the previous speaker.
		prev := d.previousQuote(qi)
		if prev >= 0 && d.attrs[prev].speaker != "" {
			a.speaker, a.ent, a.how = d.attrs[prev].speaker, d.attrs[prev].ent, "float"
			return a
		}
		// Else the person the text is about, if named in this paragraph or
		// the one before ("Lynch said on Monday that… ¶ “We have no choice.”").
		if ent, at := f.latest(); ent >= 0 && d.sents[d.sentOf(d.toks[at].start)].Para >= d.sents[si].Para-1 {
			a.speaker, a.ent, a.how = d.ents[ent].name, ent, "float-focus"
			if prev >= 0 {
				// The previous quotation's speaker, once the tree names it
				// (carryFloats), comes before this guess.
				a.how = "float"
			}
			return a
		}
		if prev >= 0 {
			a.how = "float" // carryFloats gives it the previous speaker the tree names
			return a
		}
		a.how = "none"
		return a
	} else if ent, _ := d.sentenceSubject(si); ent >= 0 {
		// A fragment with no cue in a sentence about someone ("she made it
		// clear she has “serious concerns”") is that person's words; a
		// word or two with no cue ("sort her “work-related” emails") is a
		// scare quote, no one's.
		if fieldCount(q.content(d.text)) < 3 {
			a.drop = true
		}
		a.speaker, a.ent, a.how = d.ents[ent].name, ent, "subject"
		return a
	} else {
		a.how = "none"
		a.drop = true // a fragment with no speaker: scare quotes
		a.unnamed = fieldCount(q.content(d.text)) >= 2
		return a
	}
	a.cue = cue
	a.ent, a.speaker = d.resolveRef(ref, f)
	if a.partial && a.speaker == "" {
		a.drop = true // a fragment no one is named for: scare quotes
		a.unnamed = fieldCount(q.content(d.text)) >= 2
	}
	return a
}

// classifyQuote decides whether quotation qi is a fragment inside a
// sentence (partial) or not a quotation at all (a title or a name).
func (d *doc) classifyQuote(qi int) (partial, drop bool) {
	q := &d.quotes[qi]
	content := q.content(d.text)
	var wb [32]string // the words, on the stack when they are few
	words := appendFields(wb[:0], content)
	if len(words) == 0 {
		return false, true
	}
	first := firstRune(content)
	upper := unicode.IsUpper(first) || unicode.IsDigit(first)
	// What precedes the opening mark in its paragraph.
	p := d.paras[d.sents[d.sentOf(q.open)].Para]
	// The paragraph the quotation opens in: the sentence's, unless the
	// quotation opens before it (in a line the sentences leave out, such
	// as a cut dateline), then from the quotation itself.
	start, end := min(p.start, q.open), max(p.end, q.close)
	before := strings.TrimRightFunc(d.text[start:q.open], unicode.IsSpace)
	var prev rune
	if before != "" {
		prev, _ = utf8.DecodeLastRuneInString(before)
	}
	if titleLike(words) && prev != ':' {
		return false, true
	}
	// A short quotation standing as a paragraph of its own, between
	// paragraphs that quote no one, is a subheading.
	if len(words) <= 4 && before == "" && strings.TrimSpace(d.text[q.close:end]) == "" && d.subheadingAt(qi) {
		return false, true
	}
	switch {
	case before == "" || prev == '.' || prev == '!' || prev == '?' || prev == '…' || prev == ':' || prev == '—' || prev == '–' || isClosing(prev) && precedingSentenceEnds(before):
		return false, false
	case prev == ',':
		// "he said, “knows the minds…”" is a direct quotation.
		return !upper && !d.cueBefore(before), false
	}
	if upper && len(words) >= 5 {
		return false, false
	}
	return true, false
}

// cueBefore reports whether one of the last three words before a comma is
// an attributing verb: "he said, “…".
func (d *doc) cueBefore(before string) bool {
	words := strings.Fields(strings.TrimRight(before, ","))
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		w := strings.ToLower(strings.Trim(words[i], ",.;:"))
		if _, ok := cueVerbs[w]; ok && !weakCues[cueVerbs[w]] {
			return true
		}
	}
	return false
}

// subheadingAt reports whether the paragraph of quotation qi sits where a
// subheading would: not last, and after a paragraph with no whole quotation.
func (d *doc) subheadingAt(qi int) bool {
	para := d.sents[d.sentOf(d.quotes[qi].open)].Para
	if para == 0 || para == len(d.paras)-1 {
		return false
	}
	for pj := qi - 1; pj >= 0; pj-- {
		pp := d.sents[d.sentOf(d.quotes[pj].open)].Para
		if pp < para-1 {
			break
		}
		if pp == para-1 && !d.quotes[pj].partial && !d.quotes[pj].drop {
			return false
		}
	}
	return true
}

func precedingSentenceEnds(before string) bool {
	s := strings.TrimRightFunc(before, func(r rune) bool { return isClosing(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}

// titleLike reports whether quoted words look like a title or a name
// ("Face the Nation", "Three Amigos", "Leave") rather than speech.
func titleLike(words []string) bool {
	if len(words) > 8 {
		return false
	}
	caps := 0
	for i, w := range words {
		w = strings.TrimRight(w, ",.;:!?")
		if w == "" {
			continue
		}
		r := firstRune(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
			continue
		}
		if i > 0 && lowerIn(connectors, w) || w == "a" || w == "to" || w == "in" || w == "&" {
			continue
		}
		return false
	}
	if caps == 0 {
		return false
	}
	// A capitalised pronoun or verb-led line is speech: "We Can", "I Do" are
	// rare titles, while "Yes" or "No" alone are answers.
	if len(words) == 1 {
		w := strings.ToLower(strings.TrimRight(words[0], ",.;:!?"))
		return w != "yes" && w != "no"
	}
	return !strings.ContainsAny(strings.Join(words, " "), "!?")
}

// isCue reports whether token ti is an attributing verb used as a verb.
func (d *doc) isCue(ti int) bool {
	return !d.inQuote[ti] && d.cueForm(ti)
}

// cueForm reports whether token ti is written as a cue: a verb of saying
// in lower case (or opening a quotation's words), "put" of "as X put it",
// and not a noun after a determiner or a possessive ("the claims").
func (d *doc) cueForm(ti int) bool {
	t := &d.toks[ti]
	if !t.word || t.cap && !(ti > 0 && d.toks[ti-1].text == "“") {
		return false
	}
	if _, ok := cueVerbs[t.lower]; !ok {
		// "as X put it"
		if t.lower != "put" || ti+1 >= len(d.toks) || d.toks[ti+1].lower != "it" {
			return false
		}
	}
	if ti > 0 {
		p := d.toks[ti-1].lower
		if determiners[p] && p != "that" || p == "his" || p == "her" || p == "their" || p == "its" || p == "to" && strings.HasSuffix(t.lower, "s") {
			return false // "his comments", "the claims"
		}
	}
	return true
}

// postCue looks right after a quotation for "…,” said X", "…,” X said",
// "…,” X, the minister, said" or "…, according to X".
func (d *doc) postCue(from, to int) (speakerRef, string) {
	i := from
	for i < to && !d.toks[i].word {
		switch d.toks[i].text {
		case ",", "—", "–", "-", ")", "(", "”", "’", "\"", ";":
			i++
			continue
		}
		return speakerRef{}, ""
	}
	if i >= to {
		return speakerRef{}, ""
	}
	// "according to X"
	if d.toks[i].lower == "according" && i+2 < to && d.toks[i+1].lower == "to" {
		if ref := d.npAt(i+2, to); ref.ok {
			return ref, "according to"
		}
	}
	// "…,” said X"
	if d.isCue(i) {
		if ref := d.npAfterVerb(i+1, to); ref.ok {
			return ref, d.toks[i].text
		}
		return speakerRef{}, ""
	}
	// "…,” X said" with X a name, a pronoun or a description, possibly
	// followed by an apposition between commas.
	if ref := d.npAt(i, to); ref.ok {
		for j := max(ref.end, ref.tok+1); j < to && j < i+40; j++ {
			if d.isCue(j) {
				return ref, d.toks[j].text
			}
			if d.toks[j].text == "." || d.toks[j].text == ";" {
				break
			}
		}
	}
	// "…,” since so many cases were decided by one vote, said Lee Epstein"
	for j := i; j < to && j < i+40; j++ {
		if d.isCue(j) && j > i && d.toks[j-1].text == "," {
			if ref := d.npAfterVerb(j+1, to); ref.ok && (ref.ent >= 0 || ref.pronoun != 0) {
				return ref, d.toks[j].text
			}
		}
	}
	return speakerRef{}, ""
}

// preCue looks before a quotation for "X said: “…", "X said, “…", "X told
// reporters that “…", "…, adding, “…".
func (d *doc) preCue(from, to int, partial bool, qi int) (speakerRef, string) {
	// The nearest cue before the quotation.
	limit := 14
	if partial {
		limit = 60
	}
	v := -1
	for j := to - 1; j >= from && j >= to-limit; j-- {
		if d.isCue(j) {
			v = j
			break
		}
	}
	if v < 0 {
		// "According to Qatar's prime minister, the talks were “at a
		// delicate stage”": the one the sentence's words are according
		// to, when it opens with that.
		if k := from; k+2 < to && d.toks[k].lower == "according" && d.toks[k+1].lower == "to" {
			if ref := d.npAt(k+2, to); ref.ok {
				return ref, "according to"
			}
		}
		// "Rubio had a message: “…": the subject before a colon.
		if to-1 >= from && d.toks[to-1].text == ":" {
			if ref := d.subjectBefore(to-1, from); ref.ok {
				return ref, ""
			}
		}
		return speakerRef{}, ""
	}
	cue := d.toks[v].text
	participle := strings.HasSuffix(d.toks[v].lower, "ing") && (v == from || d.toks[v-1].text == ",")
	if !participle {
		if ref := d.subjectBefore(v, from); ref.ok {
			return ref, cue
		}
		// "said X: “…" — an inverted cue; not "describes the deal as
		// “…”" nor "told X that “…”", whose quotation the words before
		// it take as a complement: X is the cue's object.
		if ref := d.npAfterVerb(v+1, to); ref.ok && ref.tok < to && !d.complementBefore(to, v) {
			return ref, cue
		}
	}
	if participle || v > from && d.toks[v-1].text == "," || v == from {
		// The speaker of the previous quotation in this sentence, or the
		// subject of the sentence.
		if qi > 0 && d.sentOf(d.quotes[qi-1].open) == d.sentOf(d.quotes[qi].open) && d.attrs[qi-1].speaker != "" {
			return speakerRef{ent: d.attrs[qi-1].ent, text: d.attrs[qi-1].speaker, tok: v, ok: true}, cue
		}
		si := d.sentOf(d.toks[v].start)
		if ref := d.subjectBefore(v, d.sentTok[si]); ref.ok {
			return ref, cue
		}
	}
	return speakerRef{}, ""
}

// complementBefore reports whether the last word before token to (after
// cue v, punctuation aside) is a preposition or a clause word ("as",
// "that"), which takes the quotation opening at to as its complement.
func (d *doc) complementBefore(to, v int) bool {
	for k := to - 1; k > v; k-- {
		if t := &d.toks[k]; t.word {
			return prepositions[t.lower] || clauseWords[t.lower]
		}
	}
	return false
}

// previousSpeaker returns the index of the quotation before qi whose
// speaker a cue-less quotation inherits: in the same or the previous two
// paragraphs, with no other person opening a sentence in between.
func (d *doc) previousSpeaker(qi int) int {
	if pj := d.previousQuote(qi); pj >= 0 && d.attrs[pj].speaker != "" {
		return pj
	}
	return -1
}

// previousQuote returns the quotation a quotation standing alone continues,
// or -1: the last one before it (fragments nobody is named for and dropped
// ones aside) within two paragraphs, with no sentence about another person
// in between. Its speaker may be unknown yet.
func (d *doc) previousQuote(qi int) int {
	para := d.sents[d.sentOf(d.quotes[qi].open)].Para
	for pj := qi - 1; pj >= 0; pj-- {
		a := &d.attrs[pj]
		if a.drop || a.partial && a.speaker == "" {
			continue
		}
		pp := d.sents[d.sentOf(d.quotes[pj].open)].Para
		if para-pp > 2 {
			return -1
		}
		// Another person opening a sentence in between takes over.
		from := d.sentOf(d.quotes[pj].close) + 1
		to := d.sentOf(d.quotes[qi].open)
		for si := from; si < to; si++ {
			if ent, _ := d.sentenceSubject(si); ent >= 0 && ent != a.ent {
				return -1
			}
		}
		return pj
	}
	return -1
}

// findAppositiveRoles records roles given beside a name: "Jim McGovern,
// D-Mass., the incoming chairman of the Rules Committee" and "The finance
// minister, Lou Jiwei".
func (d *doc) findAppositiveRoles() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.inQuote {
			continue
		}
		if k := d.ents[m.ent].kind; k != KindPerson {
			// A name the lists leave untyped that the entity model
			// reads as a person's and that is given a role set off
			// before it ("the provincial Minister of Economy, Lucía
			// Ibáñez Ortúzar") is that person's.
			if k == "" && d.modelSaysPerson != nil && d.modelSaysPerson(m) && m.t0 > 0 && d.toks[m.t0-1].text == "," {
				if r := d.titledRoleBefore(m.t0-1, d.sentTok[m.sent]); r >= 0 {
					d.ents[m.ent].kind = KindPerson
					d.addRole(m.ent, d.text[d.toks[r].start:d.toks[m.t0-2].end])
				}
			}
			continue
		}
		si := m.sent
		end := d.sentTok[si+1]
		// After: ", [D-Mass.,] the/a ROLE ... ,"
		j := m.t1
		if j < end && d.toks[j].text == "," {
			j++
			if j < end && isPartyTag(d.toks[j].text) {
				j++
				for j < end && (d.toks[j].text == "." || d.toks[j].text == ",") {
					j++
				}
			}
			k := j
			for k < end && k < j+14 && d.toks[k].text != "," && d.toks[k].text != "." && d.toks[k].text != ";" && !d.isCue(k) {
				k++
			}
			// A phrase a preposition or a clause word opens says where or
			// when ("Xi Jinping, in Chile that…"), not who they are.
			if k > j && (determiners[d.toks[j].lower] || d.toks[j].word && !d.toks[j].cap) && !prepositions[d.toks[j].lower] && !clauseOpeners[d.toks[j].lower] {
				d.addRole(m.ent, d.text[d.toks[j].start:d.toks[k-1].end])
			}
		}
		// Before: "the finance minister, Lou Jiwei"
		j = m.t0 - 1
		if j > d.sentTok[si] && d.toks[j].text == "," {
			k := j - 1
			for k >= d.sentTok[si] && k > j-6 && d.toks[k].word && !d.toks[k].cap {
				k--
			}
			if k < j-1 {
				d.addRole(m.ent, d.text[d.toks[k+1].start:d.toks[j-1].end])
			} else if k := d.titledRoleBefore(j, d.sentTok[si]); k >= 0 {
				// "the provincial Minister of Economy, Lucía Ibáñez
				// Ortúzar": a role written with capitals.
				d.addRole(m.ent, d.text[d.toks[k].start:d.toks[j-1].end])
			}
		}
	}
}

// indexMentions marks each token with the name mention covering it.
func (d *doc) indexMentions() {
	d.tokMent = make([]int32, len(d.toks))
	for i := range d.tokMent {
		d.tokMent[i] = -1
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		for ti := m.t0; ti < m.t1; ti++ {
			d.tokMent[ti] = int32(mi)
		}
	}
}

// titledRoleBefore returns the first token of a role written with capitals
// that ends before the comma at token comma and opens with a determiner
// or a possessive ("the provincial Minister of Economy, …", "its Chief
// Negotiator, …"), or -1: up to eight words back from the comma, holding a
// role's head word and no name of another entity.
func (d *doc) titledRoleBefore(comma, from int) int {
	head := false
	for k := comma - 1; k >= from && k > comma-9; k-- {
		t := &d.toks[k]
		if !t.word || d.isCue(k) {
			return -1
		}
		if determiners[t.lower] || t.lower == "his" || t.lower == "her" || t.lower == "its" || t.lower == "their" {
			if head && k < comma-1 {
				return k
			}
			return -1
		}
		if mi := d.tokMent[k]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].kind == KindPerson {
			return -1
		}
		head = head || roleHeads[stripPossessive(t.lower)]
	}
	return -1
}
