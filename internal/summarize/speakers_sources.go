package summarize

import (
	"github.com/parley-bot/parley/internal/nlp"
	"strings"
)

// Sources that are no plain name: "it" and "they" standing for a body
// or a text, written documents, indefinite and bare attributions, and the
// checks that keep a person, a body and a text apart.

// indefinite reports whether the source token heads an indefinite noun
// phrase of a common noun ("an insider", "one mother", "another official",
// "a source familiar with the talks"): someone the story brings in, not
// someone it named before.
func (t *tree) indefinite(src int) bool {
	a := t.a
	if src < 0 || a.Tokens[src].UPOS != "NOUN" || speechNoun(a.Tokens[src].Lemma) || contentNoun(a.Tokens[src].Lemma) {
		// "a statement issued on behalf of the minister said": what
		// was said stands for whoever said it.
		return false
	}
	return t.indefiniteBelow(src, src, 0)
}

// indefiniteBelow reports whether "a", "an", "another" or "one" opens
// the phrase of h before src: hung on h itself, or on the first word of
// a compound before it where the parser put it there ("One harbour
// authority official", with "One" on "harbour").
func (t *tree) indefiniteBelow(h, src, depth int) bool {
	a := t.a
	for n, c := range t.children(h) {
		ct := &a.Tokens[c]
		if int(c) > src {
			break
		}
		switch {
		case ct.Rel == "det" && (nlp.EqualFoldLower(ct.Text, "a") || nlp.EqualFoldLower(ct.Text, "an") || nlp.EqualFoldLower(ct.Text, "another")),
			ct.Rel == "nummod" && nlp.EqualFoldLower(ct.Text, "one"):
			return true
		case depth < 2 && n == 0 && ct.Rel == "compound" && int(c) < h:
			// Only the phrase's first word: "the One Nation delegate"
			// opens with "the".
			return t.indefiniteBelow(int(c), src, depth+1)
		}
	}
	return false
}

// bareAttribution reports whether sentence si only attributes what came
// before it: it quotes nothing, and its main verb is a cue with a subject
// before it and nothing said after it ("He Jianxiong, the former executive
// director for China at the IMF, said at a conference.", split from the
// quotation by the question mark that ended it).
func (t *tree) bareAttribution(si int) bool {
	a := t.a
	s := a.Sentences[si]
	root := -1
	for i := s.First; i < s.Last; i++ {
		if t.quoted[i] {
			return false
		}
		if a.Tokens[i].Head < 0 {
			root = i
		}
	}
	if root < 0 || !t.isCue(root) || t.contentComp(root) >= 0 || t.child(root, "xcomp") >= 0 || t.realObject(root) && a.Tokens[root].Lemma != "tell" {
		return false
	}
	src := t.subjectOf(root)
	return src >= s.First && src < root
}

// namedBefore reports whether "the X" at token src takes up someone the
// story brought in as "a X" or "one X" before ("an insider told the
// outlet… the insider added"): the same person, whom no name stands for.
func (t *tree) namedBefore(src int) bool {
	a := t.a
	if src < 0 || a.Tokens[src].UPOS != "NOUN" {
		return false
	}
	if d := t.child(src, "det"); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return false
	}
	for k := src - 1; k >= 0; k-- {
		if a.Tokens[k].Lemma == a.Tokens[src].Lemma && a.Tokens[k].UPOS == "NOUN" && !t.quoted[k] && t.indefinite(k) {
			return true
		}
	}
	return false
}

// itSource returns what an "it" the coreference left open stands for as a
// quotation's source, or "": a body, a country or a text that is the
// subject of the sentence's main clause before it ("The Security Council
// condemned… what it called “…”"), or the source of a credit in the
// sentence before, or its subject ("…, the prosecution authority said.
// “…,” it added."; "The statement from the operators was blunt. “…,” it
// said."). Never a person: "it" is no one's pronoun.
func (t *tree) itSource(src int) string {
	a := t.a
	sent := a.Tokens[src].Sent
	if r := t.sentenceRoot(sent); r >= 0 {
		if s := t.subjectChild(r); s >= 0 && s < src && t.itCanBe(s) {
			return t.itName(s)
		}
	}
	best := t.sourceBefore(sent, t.itCanBe)
	if best < 0 {
		// "The protocol… has been published. It commits the state to
		// “…”. It also says that …": an "it" that goes on from the
		// subject "it" of the sentence before stands for what that one
		// does.
		if c := t.itSubjectBefore(sent); c >= 0 {
			return t.itSource(c)
		}
		return ""
	}
	return t.itName(best)
}

// fragmentHead returns the noun of a text that heads a sentence without a
// verb whose root is r ("A short statement from the authority."), past
// the time a live blog's entry opens with ("4:40 a.m. — A short
// statement…", which the parser roots at the time), or -1.
func (t *tree) fragmentHead(r int) int {
	a := t.a
	if w := strings.ToLower(a.Tokens[r].Text); w == "a.m." || w == "p.m." || timeName(a.Tokens[r].NER) {
		if ap := t.child(r, "appos"); ap > r {
			r = ap
		}
	}
	if rt := &a.Tokens[r]; rt.UPOS != "NOUN" || t.quoted[r] || !textNoun(strings.ToLower(rt.Lemma)) {
		return -1
	}
	return r
}

// itSubjectBefore returns the "it" that is the subject of the main clause
// of the sentence before sent, outside quotation marks, or -1.
func (t *tree) itSubjectBefore(sent int) int {
	if sent < 1 {
		return -1
	}
	r := t.sentenceRoot(sent - 1)
	if r < 0 {
		return -1
	}
	if c := t.subjectChild(r); c >= 0 && !t.quoted[c] && nlp.EqualFoldLower(t.a.Tokens[c].Text, "it") {
		return c
	}
	return -1
}

// sourceBefore returns what the story was last about before sentence
// sent, among the tokens can accepts: in the sentence before (past up to
// one more that opens with a quotation, someone's words), the last source
// of a verb of saying, else the subject of its main clause; -1 when none
// can be.
func (t *tree) sourceBefore(sent int, can func(k int) bool) int {
	a := t.a
	s := sent - 1
	for ; s >= 0 && s >= sent-2; s-- {
		if !t.opensWithQuote(s) {
			break
		}
	}
	if s < 0 {
		return -1
	}
	best := -1
	for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
		if t.quoted[k] || !t.isCue(k) || a.Tokens[k].Rel == "acl" {
			// A participle that only describes a noun ("the penalties
			// claimed by the agency") says what the noun is, not what
			// the sentence is about: its agent is no "it" after it.
			continue
		}
		if c := t.cueSource(k); c >= 0 && can(c) {
			best = c
		}
	}
	if best < 0 {
		if r := t.sentenceRoot(s); r >= 0 {
			if c := t.subjectChild(r); c >= 0 && can(c) {
				best = c
			} else if c := t.child(r, "nsubj:pass"); c >= 0 && !t.quoted[c] && can(c) {
				// "The joint statement … has now been published. It
				// says…": what a passive was about is what the story
				// goes on about, though it is no one's source there.
				best = c
			} else if c := t.child(r, "obj"); c >= 0 && !t.quoted[c] && t.a.Tokens[c].UPOS == "NOUN" && textNoun(strings.ToLower(t.a.Tokens[c].Lemma)) && can(c) {
				// "The administrators have posted an update for
				// creditors on their website. It says…": a text
				// published, where its publishers cannot be "it".
				best = c
			} else if f := t.fragmentHead(r); f >= 0 && can(f) {
				// "A short statement from the civil aviation authority.
				// It says…": a sentence without a verb that names a
				// text.
				best = f
			}
		}
	}
	return best
}

// itName is the name of what token s stands for: the entity's full name
// for a name ("the United Nations Security Council on Friday" is the
// Security Council), else the phrase as written.
func (t *tree) itName(s int) string {
	if e := t.entityAt(s); e >= 0 && t.a.Tokens[s].UPOS == "PROPN" {
		return t.entityFullName(e)
	}
	name, _ := t.speakerOf(s)
	return t.linkedBodyName(name, s)
}

// linkedBodyName returns, for name read at a name (PROPN) at token s
// that is no person's, the whole name of the body the name linking found
// there when name is its opening words ("Moravel Bread" for "Moravel
// Bread Holdings", named in full before); else name.
func (t *tree) linkedBodyName(name string, s int) string {
	if t.bodyAt == nil || t.a.Tokens[s].UPOS != "PROPN" {
		return name
	}
	if e := t.entityAt(s); e >= 0 && t.a.Entities[e].Type == nlp.PERSON {
		return name
	}
	n := t.bodyAt(t.a.Tokens[s].Start)
	if len(n) > len(name)+1 && strings.HasPrefix(n, name) && n[len(name)] == ' ' {
		return n
	}
	if n := t.sentenceCaseBody(name, s); n != "" {
		return n
	}
	return name
}

// itCanBe reports whether token s can be what "it" stands for as a
// speaker: a noun of a text, a medium or a body, or a name the entity
// model does not take for a person's.
func (t *tree) itCanBe(s int) bool {
	st := &t.a.Tokens[s]
	switch st.UPOS {
	case "NOUN":
		// "it" is one thing: not "campaigns".
		l := strings.ToLower(st.Lemma)
		if st.XPOS == "NNS" {
			return false
		}
		if textNoun(l) || mediaNouns[l] || speakingBodies[l] || bodyKinds[l] || corporateNouns[l] {
			return true
		}
		// "The city sent a letter. It says…": the one place named with
		// "the" speaks through those who run it.
		if t.nounClass != nil && t.nounClass(l) == nlp.NounPlace {
			d := t.child(s, "det")
			return d >= 0 && nlp.EqualFoldLower(t.a.Tokens[d].Text, "the")
		}
		return false
	case "PROPN":
		if e := t.entityAt(s); e >= 0 {
			return t.a.Entities[e].Type != nlp.PERSON && isActorType(t.a.Entities[e].Type)
		}
		// A body's name the entity model missed ("The Conservative
		// Party").
		return lowerIn(orgWords, st.Text)
	}
	return false
}

// personSource reports whether source token s stands for a person or
// people: a personal pronoun, a person's name, or a noun the analysis
// layer knows as a person's.
func (t *tree) personSource(s int) bool {
	st := &t.a.Tokens[s]
	switch st.UPOS {
	case "PRON":
		switch strings.ToLower(st.Text) {
		case "he", "she", "i", "we", "they", "you", "who":
			return true
		}
	case "PROPN":
		if _, listed := lowerHas(gazetteer, st.Text); listed {
			return false // "Washington", "Moscow": a country by the name lists
		}
		e := t.entityAt(s)
		return e >= 0 && t.a.Entities[e].Type == nlp.PERSON
	case "NOUN":
		return t.nounClass != nil && t.nounClass(strings.ToLower(st.Lemma)) == nlp.NounPerson || t.clusterType(s) == nlp.PERSON
	}
	return false
}

// documentNoun reports whether the source at src is a document or a
// message by its noun ("the report", "the letter", "the memo") whose
// phrase does not hold the name ("a statement issued on behalf of Robert
// Zoellick" is his).
func (t *tree) documentNoun(src int, name string) bool {
	return t.textWithout(src, name, documentLemma)
}

// documentLemma reports whether a noun's lemma names a document or a
// message: a text's noun, something said, or a report, a ruling, a
// filing, a study or a survey.
func documentLemma(lemma string) bool {
	switch lemma {
	case "report", "ruling", "filing", "study", "survey":
		return true
	}
	return textNoun(lemma) || speechNoun(lemma)
}

// bodySpeaker reports whether a speaker found is a body the story names
// (an organisation, a country or a place), not a person.
func (d *doc) bodySpeaker(name string) bool {
	e := d.entityOfSpeaker(name)
	return e >= 0 && d.ents[e].kind != KindPerson && d.ents[e].kind != ""
}

// bodyNamed reports whether the entity model reads every mention of a
// name as an organisation's or a place's, never a person's.
func (t *tree) bodyNamed(name string) bool {
	seen := false
	for _, e := range t.a.Entities {
		if e.Text != name {
			continue
		}
		if e.Type == nlp.PERSON {
			return false
		}
		seen = seen || isActorType(e.Type) || e.Type == nlp.LOC
	}
	return seen
}

// personSpeaker reports whether a speaker found is a person the story
// names.
func (d *doc) personSpeaker(name string) bool {
	e := d.entityOfSpeaker(name)
	return e >= 0 && d.ents[e].kind == KindPerson
}

// writtenSource reports whether the source at src is something said or
// written ("the statement", "a letter … that says"), directly or through
// the relative pronoun that stands for it, whose phrase does not hold
// the name ("a statement issued on behalf of Robert Zoellick" is his).
func (t *tree) writtenSource(src int, name string) bool {
	a := t.a
	if v := a.Tokens[src].Head; a.Tokens[src].UPOS == "PRON" && v >= 0 && strings.HasSuffix(a.Tokens[v].Rel, "relcl") {
		src = a.Tokens[v].Head
	}
	return src >= 0 && t.textWithout(src, name, textNoun)
}

// textWithout reports whether the source at src is a noun of a kind of
// text (by its lemma) whose phrase does not hold the name.
func (t *tree) textWithout(src int, name string, kind func(lemma string) bool) bool {
	tok := &t.a.Tokens[src]
	return tok.UPOS == "NOUN" && kind(tok.Lemma) && !containsWords(t.a.Span(int(t.left[src]), int(t.right[src])+1), name)
}

// personWord reports whether the source at src is a person by its word: a
// pronoun or name of one, a noun for people or a role ("the governor"),
// or one made with "-man", "-woman", "-person" ("the businessman").
func (t *tree) personWord(src int) bool {
	if t.personSource(src) {
		return true
	}
	tok := &t.a.Tokens[src]
	if tok.UPOS != "NOUN" {
		return false
	}
	return t.personNoun(src) || personCompound(strings.ToLower(tok.Lemma))
}

// genderClash reports whether a quotation's speaker cannot be the "he"
// (g 'm') or "she" (g 'f') its credit gives: a body or a place, or a
// person the story's pronouns or the name lists give the other sex.
func (d *doc) genderClash(t *tree, speaker string, g byte) bool {
	if e := d.entityOfSpeaker(speaker); e >= 0 && d.ents[e].kind != KindPerson && d.ents[e].kind != "" {
		return true
	}
	for ei := range t.a.Entities {
		if e := &t.a.Entities[ei]; e.Type == nlp.PERSON && (e.Text == speaker || t.entityFullName(ei) == speaker) {
			if eg := t.entityGender(ei); (eg == 'm' || eg == 'f') && eg != g {
				return true
			}
		}
	}
	return false
}

// creditText credits a quotation the surface left to no one to the text
// that is the subject of the clause holding its words (textSubject), if
// any, and keeps it.
func (d *doc) creditText(t *tree, q *quoteSpan, at *attribution) {
	s, v := t.textSubject(t.tokenAt(q.segs[0].start))
	if s < 0 {
		// "Any change “shall be subject to the prior agreement of the
		// staff representatives…”": words in the modal of drafting, or
		// what a party undertakes to do, are a text's, the one their
		// paragraph names (draftedText).
		if s = t.draftedText(t.tokenAt(q.segs[0].start)); s < 0 {
			return
		}
		if name, ok := t.speakerOf(s); ok && name != "" {
			at.drop = false
			at.speaker, at.cue, at.how = strings.TrimRight(name, ",;: "), "", "tree"
			at.ent = d.entityOfSpeaker(at.speaker)
		}
		return
	}
	if name, ok := t.speakerOf(s); ok && name != "" {
		at.drop = false
		at.speaker, at.cue, at.how = strings.TrimRight(name, ",;: "), cueText(t, v), "tree"
		at.ent = d.entityOfSpeaker(at.speaker)
	}
}

// draftedText returns, for quoted words opening at token k with "shall",
// the modal a text is drafted in, or right after a verb of binding
// oneself (undertaken), the noun of the text (textToken) the
// story names before them in their paragraph, outside quotation marks,
// in k's sentence or the two before: the subject of its clause first
// ("The agreement also contains a clause on temporary workers… The
// estate “shall require…”": the agreement), else the last named; -1
// when the words open otherwise or the paragraph names no text.
func (t *tree) draftedText(k int) int {
	a := t.a
	if k < 0 || k >= len(a.Tokens) || !nlp.EqualFoldLower(a.Tokens[k].Text, "shall") && !t.undertaken(k) {
		return -1
	}
	sent := a.Tokens[k].Sent
	last := -1
	reach := sent - 2
	for s := sent; s >= 0 && s >= reach; s-- {
		sn := a.Sentences[s]
		end := sn.Last
		if s == sent {
			end = k
		}
		for j := end - 1; j >= sn.First; j-- {
			if t.quoted[j] || !textToken(&a.Tokens[j]) || t.storyAt != nil && !t.storyAt(a.Tokens[j].Start) {
				continue
			}
			if strings.HasPrefix(a.Tokens[j].Rel, "nsubj") {
				return j
			}
			if last < 0 {
				last = j
			}
		}
		if sn.NewPar {
			// A list's items go on with the paragraph that brings
			// them in ("From the summary distributed to the press: ¶
			// - … ¶ - Any change “shall be subject to…”").
			if !bulletToken(a.Tokens[sn.First].Text) || last >= 0 || sent-s >= maxListItems {
				break
			}
			reach = min(reach, s-3) // three sentences more, into the paragraph before
		}
	}
	return last
}

// undertaken reports whether the quoted words opening at token k are
// what a party undertakes or is bound to do, in the text's own words:
// right after "to" and a verb of binding oneself ("the buyer undertakes
// to “purchase not less than…”", "commits to", "is obliged to"), or one
// that binds a party named between them ("commits the mill to").
func (t *tree) undertaken(k int) bool {
	a := t.a
	j := k - 1
	for j >= 0 && a.Tokens[j].UPOS == "PUNCT" && j >= k-2 {
		j-- // the opening mark
	}
	if j < 1 || !nlp.EqualFoldLower(a.Tokens[j].Text, "to") {
		return false
	}
	// The verb right before "to", or before the party it binds ("commits
	// the mill to “…”", "obliges both buyers to"): a short noun phrase,
	// with no verb, comma or quotation mark in it.
	for v := j - 1; v >= 0 && v >= j-6; v-- {
		switch strings.ToLower(a.Tokens[v].Lemma) {
		case "undertake", "commit", "oblige", "obligate", "bind":
			return v == j-1 || a.Tokens[v].UPOS == "VERB"
		}
		switch a.Tokens[v].UPOS {
		case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "PART":
		default:
			return false
		}
		if t.quoted[v] {
			return false
		}
	}
	return false
}

// countryBody reports whether the noun at src names a body (an embassy,
// a delegation, a ministry: bodyWord, speakingBodies) that a modifier
// before it says is the country speaker names ("the US embassy in
// Quito", "The United States delegation", "the UAE foreign ministry"
// for "United States" or "United Arab Emirates"): the body speaks, not
// the country.
func (t *tree) countryBody(src int, speaker string) bool {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || tok.XPOS != "NN" || !t.bodyWord(src) && !lowerIn(speakingBodies, tok.Lemma) {
		return false
	}
	country := CountryOf(speaker)
	if country == "" {
		return false
	}
	for k := int(t.left[src]); k < src; k++ {
		if t.quoted[k] || a.Tokens[k].UPOS != "PROPN" && a.Tokens[k].UPOS != "ADJ" {
			continue
		}
		// The modifier's whole name ("United States"), or the word.
		w := a.Tokens[k].Text
		if e := t.entityAt(k); e >= 0 && a.Entities[e].First == k {
			w = a.Span(k, min(a.Entities[e].Last, src))
		}
		if CountryOf(w) == country || NationOf(w) == country {
			return true
		}
	}
	return false
}

// itTakesUp reports whether the source at src is "it" that coreference
// links to the source s of the verb that reports its clause ("The
// Chilean delegation told reporters that it backed “…”"): the body
// speaks of itself.
func (t *tree) itTakesUp(src, s int) bool {
	if !nlp.EqualFoldLower(t.a.Tokens[src].Text, "it") {
		return false
	}
	c := t.clusterAt(src)
	return c >= 0 && t.clusterAt(s) == c
}

// sentenceCaseBody returns, for name read at token s, the whole name of
// the body the name linking found there when that name is written in
// sentence case (sentenceCaseName) and ends or opens with name: "de
// Vellan" or "The Union des", read out of "the Union des marins de
// Vellan", which the parser broke up at its lower-case words. It returns
// "" otherwise.
func (t *tree) sentenceCaseBody(name string, s int) string {
	if t.bodyAt == nil {
		return ""
	}
	n := t.bodyAt(t.a.Tokens[s].Start)
	if !sentenceCaseName(n) {
		return ""
	}
	// "The Comité des", the name's opening words with the article.
	name = strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")
	if len(n) > len(name)+1 && (strings.HasSuffix(n, " "+name) || strings.HasPrefix(n, name+" ")) {
		return n
	}
	return ""
}
