package summarize

// speakerOf: naming the source token of a quotation or a statement, with
// the offices, partitives and speech nouns it resolves on the way.
// speakerAt's cases are in tree_speaker_words.go (relative pronouns,
// parts, pronouns, word classes, names), tree_speaker_nouns.go (what
// speaks for someone, roles, relatives, descriptions, bodies, names
// inside the phrase) and tree_speaker_phrase.go (the phrase as written).

import (
	"slices"
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize/stem"
)

// speakerOf names the source token. A pronoun takes the fullest name of
// its coreference cluster (or nothing: "" and false when the cluster holds
// no name). A phrase that holds a person's name ("Homeland Security
// Secretary Jeh Johnson", "the union's negotiator, John Holland") is that
// person; a phrase inside an organisation's or a country's name is that
// name; a name is completed from the article's fuller mention of it
// ("Lew" -> "Jacob J. Lew") only when the fuller name ends with it. Any
// other phrase is given as written (its determiners, modifiers and
// compounds, without relative clauses or appositions). A token asked
// again while its own speaker is being found has none.
func (t *tree) speakerOf(src int) (name string, resolved bool) {
	if src < 0 {
		return "", false
	}
	for _, k := range t.asking {
		if int(k) == src {
			return "", false
		}
	}
	t.asking = append(t.asking, int32(src))
	if e := t.aliasedPerson(src); e >= 0 {
		name, resolved = t.entityFullName(e), true
	} else {
		name, resolved = t.speakerAt(src)
		// "Agence Régionale", read out of "the Agence Régionale des
		// Liaisons Portuaires" (a name the entity model cut at "des"):
		// the whole body's name the name linking found at that name.
		if name != "" {
			name = t.linkedBodyName(name, src)
			if n := t.sentenceCaseBody(name, src); n != "" {
				name = n
			}
		}
	}
	t.asking = t.asking[:len(t.asking)-1]
	return name, resolved
}

// aliasedPerson returns, for a source at src that is a name set in
// marks of its own (nameInMarks: "known by the alias “Simón Cauca”"),
// the person named last before it in its sentence, whom the alias names;
// else -1.
func (t *tree) aliasedPerson(src int) int {
	a := t.a
	e := t.entityAt(src)
	if e < 0 || a.Entities[e].Type != nlp.PERSON || !t.nameInMarks(e) {
		return -1
	}
	for k := e - 1; k >= 0 && a.Tokens[a.Entities[k].First].Sent == a.Tokens[src].Sent; k-- {
		if a.Entities[k].Type == nlp.PERSON && !t.nameInMarks(k) && !t.quoted[a.Entities[k].First] {
			return k
		}
	}
	return -1
}

// speakerAt is speakerOf for a token not already being resolved. It tries
// each kind of source in turn, in this order, and the first that answers
// gives the speaker; what none of them names is the phrase as written
// (phraseSpeaker).
func (t *tree) speakerAt(src int) (name string, resolved bool) {
	a := t.a
	tok := &a.Tokens[src]
	if e := t.formerLatter(src); e >= 0 {
		return t.entityFullName(e), true
	}
	if name, resolved, ok := t.relativeSpeaker(src); ok {
		return name, resolved
	}
	if name, resolved, ok := t.partSpeaker(src); ok {
		return name, resolved
	}
	if name, resolved, ok := t.antecedentSpeaker(src); ok {
		return name, resolved
	}
	if name, resolved, ok := t.wordClassSpeaker(src); ok {
		return name, resolved
	}
	// A noun, a name, a number or a symbol from here on.
	if first, last, ok := t.bodyRoleSpan(src); ok {
		return a.Span(first, last), true
	}
	if n, ok := t.bodyRunSpeaker(src); ok {
		return n, true
	}
	if n, ok := t.nameSpeaker(src); ok {
		return n, true
	}
	if n, ok := t.speaksForSpeaker(src); ok {
		return n, true
	}
	if n, ok := t.appositionSpeaker(src); ok {
		return n, true
	}
	// "the minister told AFP on condition of anonymity": a source who
	// asked not to be named is no one the story names elsewhere.
	anonymous := tok.UPOS == "NOUN" && (t.unnamedSource(src) || t.anonymousBefore(src))
	if n, ok := t.roleSpeaker(src, anonymous); ok {
		return n, true
	}
	if n, ok := t.kinSpeaker(src); ok {
		return n, true
	}
	if n, ok := t.describedPersonSpeaker(src, anonymous); ok {
		return n, true
	}
	if n, ok := t.bodySpeaker(src); ok {
		return n, true
	}
	if n, ok := t.innerNameSpeaker(src); ok {
		return n, true
	}
	if n, ok := t.coreferentSpeaker(src, anonymous); ok {
		return n, true
	}
	return t.phraseSpeaker(src)
}

// inBodyName reports whether token k is part of the name of an
// organisation ("Brockway Securities"), whatever tag the noun got.
func (t *tree) inBodyName(k int) bool {
	e := t.entityAt(k)
	return e >= 0 && t.a.Entities[e].Type == nlp.ORG
}

// pluralReporterBefore returns, for "they" at src that is the subject of
// a verb of saying outside quotation marks, the speaker the sentence
// right before makes the subject of its verb of saying when that subject
// is a plural common noun ("Analysts at Brockway Securities said…"), with
// no one named in the pronoun's sentence before it; "" otherwise.
func (t *tree) pluralReporterBefore(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	sent := tok.Sent
	if !nlp.EqualFoldLower(tok.Text, "they") || t.quoted[src] || sent == 0 || !strings.HasPrefix(tok.Rel, "nsubj") || tok.Head < 0 || !t.isCue(tok.Head) || t.opensWithQuote(sent-1) {
		return ""
	}
	for k := a.Sentences[sent].First; k < src; k++ {
		if !t.quoted[k] && (a.Tokens[k].UPOS == "PROPN" || a.Tokens[k].UPOS == "NOUN") {
			return ""
		}
	}
	root := t.sentenceRoot(sent - 1)
	if root < 0 || !t.isCue(root) {
		return ""
	}
	s := t.child(root, "nsubj")
	if s < 0 || t.quoted[s] || a.Tokens[s].UPOS != "NOUN" || a.Tokens[s].XPOS != "NNS" {
		return ""
	}
	if n, ok := t.speakerOf(s); ok {
		return n
	}
	return ""
}

// singularThey returns, for "they" at src that is the subject of a verb
// of saying after a quotation, the one person the sentence before, in the
// same paragraph, makes the subject of its verb of saying, when that
// sentence names no one else and no group the pronoun could stand for,
// and coreference linked the pronoun to nothing that is named; -1
// otherwise.
func (t *tree) singularThey(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	sent := tok.Sent
	if !nlp.EqualFoldLower(tok.Text, "they") || t.quoted[src] || sent == 0 || a.Sentences[sent].NewPar || !strings.HasPrefix(tok.Rel, "nsubj") || tok.Head < 0 || !t.isCue(tok.Head) {
		return -1
	}
	if t.clusterProperName(src) != "" {
		return -1
	}
	for k := a.Sentences[sent].First; k < src; k++ {
		if !t.quoted[k] && (a.Tokens[k].UPOS == "PROPN" || a.Tokens[k].UPOS == "NOUN") {
			return -1
		}
	}
	// The sentence before, or the one before that when a quotation of
	// its own stands between.
	prev := sent - 1
	for prev > 0 && t.opensWithQuote(prev) && !a.Sentences[prev].NewPar {
		prev--
	}
	if prev < 0 {
		return -1
	}
	for s := prev + 1; s <= sent; s++ {
		if a.Sentences[s].NewPar {
			return -1
		}
	}
	root := t.sentenceRoot(prev)
	if root < 0 || !t.isCue(root) {
		return -1
	}
	ei := t.personSubject(root)
	if ei < 0 {
		return -1
	}
	// Up to its verb: the subject's phrase ("Jules Navarro, a QA tester
	// who sits on the bargaining committee,") names no one else and no
	// group; what the person said after it is theirs.
	for k := a.Sentences[prev].First; k < root; k++ {
		if t.quoted[k] {
			continue
		}
		if e := t.entityAt(k); e >= 0 && e != ei && a.Entities[e].Type == nlp.PERSON {
			return -1
		}
		if tk := &a.Tokens[k]; tk.XPOS == "NNS" || tk.XPOS == "NNPS" || tk.Rel == "conj" {
			return -1
		}
	}
	return ei
}

// namedAsOwner reports whether entity e is written as the owner of what
// follows it ("Barclay's spokesman").
func (t *tree) namedAsOwner(e int) bool {
	en := &t.a.Entities[e]
	for k := en.First; k < en.Last; k++ {
		if h := t.a.Tokens[k].Head; (h < en.First || h >= en.Last) && t.a.Tokens[k].Rel == "nmod:poss" {
			return true
		}
	}
	return false
}

// mainSubjectFor returns, for the pronoun "it" at src that is the
// subject of a relative clause inside its sentence, the subject of the sentence's
// root when it comes before and is a noun or a name that is no person
// ("The government …, in what it called…"); -1 otherwise.
func (t *tree) mainSubjectFor(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	if !nlp.EqualFoldLower(tok.Text, "it") || !strings.HasPrefix(tok.Rel, "nsubj") || tok.Head < 0 || a.Tokens[tok.Head].Head < 0 || t.quoted[src] {
		return -1
	}
	if a.Tokens[tok.Head].Rel != "acl:relcl" {
		return -1 // only a relative clause: "in what it called", "which it says"
	}
	for h, k := a.Tokens[tok.Head].Head, 0; h >= 0 && k < 32; h, k = a.Tokens[h].Head, k+1 {
		if r := a.Tokens[h].Rel; r == "ccomp" || r == "parataxis" {
			// Inside what someone said ("said the plan was evidence it
			// wants…"): the "it" is likelier one of theirs.
			return -1
		}
	}
	r := t.sentenceRoot(tok.Sent)
	if r < 0 || r == tok.Head {
		return -1
	}
	s := t.subjectChild(r)
	if s < 0 || s >= src || t.quoted[s] || a.Tokens[s].UPOS != "NOUN" && a.Tokens[s].UPOS != "PROPN" {
		return -1
	}
	if ei := t.entityAt(s); ei >= 0 && a.Entities[ei].Type == nlp.PERSON {
		return -1
	}
	if t.nounClass != nil && t.nounClass(a.Tokens[s].Lemma) == nlp.NounPerson {
		return -1
	}
	return s
}

// staffNouns are the nouns of the people who speak for someone, as a
// body, in their name: "Netanyahu's office", "the senator's campaign".
var staffNouns = makeSet(`office campaign camp`)

// officeOf names the office, campaign or camp at token src owned in the
// possessive ("Netanyahu's office", "the governor's office"): the owner's
// fullest name with the noun ("Benjamin Netanyahu's office"), or the
// phrase as written when the owner names nobody; "" for any other token
// or an owner that cannot be named (a pronoun coreference left open).
func (t *tree) officeOf(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || tok.XPOS != "NN" || !staffNouns[tok.Lemma] {
		return ""
	}
	p := t.child(src, "nmod:poss")
	if p < 0 || t.quoted[p] {
		return ""
	}
	owner, ok := t.speakerOf(p)
	if !ok || owner == "" {
		return ""
	}
	if properName(owner) && a.Tokens[p].UPOS != "NOUN" && fieldCount(owner) > 1 || a.Tokens[p].UPOS == "PRON" {
		return owner + "'s " + tok.Text
	}
	// "the governor's office", "Putin's office", "the Ohio Attorney
	// General's office" (whose one-word "name" is a title's last
	// word): as written, from its first word after a preposition.
	l := int(t.left[src])
	for l < src && (a.Tokens[l].Rel == "case" || a.Tokens[l].Rel == "fixed" || a.Tokens[l].Rel == "punct") {
		l++
	}
	return a.Span(l, src+1)
}

// partitive returns the phrase a number or a quantifier heads with the
// group it takes from ("One of the diplomats", "some of the nurses"):
// the source is that part of the group, not the bare "One"; "" for any
// other token.
func (t *tree) partitive(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	switch {
	case tok.UPOS == "NUM":
	case tok.UPOS == "PRON" || tok.UPOS == "DET" || tok.UPOS == "ADJ":
		if !partitiveWords[strings.ToLower(tok.Text)] {
			return ""
		}
	default:
		return ""
	}
	for _, c := range t.children(src) {
		ci := int(c)
		if a.Tokens[ci].Rel != "nmod" || int(t.left[ci]) != src+1 || t.quoted[ci] || int(t.right[ci])-src > 12 {
			continue
		}
		if cs := t.child(ci, "case"); cs >= 0 && nlp.EqualFoldLower(a.Tokens[cs].Text, "of") {
			return a.Span(src, int(t.right[ci])+1)
		}
	}
	return ""
}

// namedRightAfter returns the name the next sentence of the paragraph
// gives one source an article has not named ("“…,” one of them said.
// The doctor, Akinyi Odhiambo, said she…"): the next sentence opens with
// "the", a noun the article has not used before for anyone, a comma and
// a person's name; "" otherwise.
func (t *tree) namedRightAfter(src int) string {
	a := t.a
	ns := a.Tokens[src].Sent + 1
	if ns >= len(a.Sentences) || a.Sentences[ns].NewPar {
		return ""
	}
	k := a.Sentences[ns].First
	if k+3 >= a.Sentences[ns].Last || !nlp.EqualFoldLower(a.Tokens[k].Text, "the") || a.Tokens[k+1].UPOS != "NOUN" || a.Tokens[k+2].Text != "," || t.quoted[k+1] {
		return ""
	}
	ei := t.entityAt(k + 3)
	if ei < 0 || a.Entities[ei].First != k+3 || a.Entities[ei].Type != nlp.PERSON {
		return ""
	}
	// "The doctor" must be new: one the article spoke of before as "the
	// doctor" or "a doctor" may be someone else.
	if t.nounUsedBefore(a.Tokens[k+1].Lemma, ns, k) {
		return ""
	}
	return t.entityFullName(ei)
}

// backerList returns, for "which" or "who" at src right after the last
// of a list of names that a participle's phrase holds, the noun the
// participle describes, when the tree hangs the relative clause from the
// participle or that noun and the noun is set beside a name ("the Pacific
// Resilience Guarantee Facility, a fund backed by Australia, New Zealand
// and Japan, which said…": the fund, not Japan); else -1.
func (t *tree) backerList(src int) int {
	a := t.a
	v := a.Tokens[src].Head
	if v < 0 || !strings.HasSuffix(a.Tokens[v].Rel, "relcl") || a.Tokens[src-2].Rel != "conj" {
		return -1
	}
	part := a.Tokens[v].Head
	if part < 0 || a.Tokens[part].XPOS != "VBN" || a.Tokens[part].Rel != "acl" {
		return -1
	}
	n := a.Tokens[part].Head
	if n < 0 || n >= src-2 || a.Tokens[n].UPOS != "NOUN" || a.Tokens[n].Rel != "appos" || a.Tokens[n].Head < 0 || a.Tokens[a.Tokens[n].Head].UPOS != "PROPN" {
		return -1
	}
	// The list is the participle's: its first name hangs from it.
	for k, steps := src-2, 0; k >= 0 && steps < 4; k, steps = a.Tokens[k].Head, steps+1 {
		if a.Tokens[k].Head == part {
			return n
		}
	}
	return -1
}

// afterNameComma reports whether the phrase of noun h follows a name and
// a comma ("Thomas Ashworth-Hale, a partner…").
func (t *tree) afterNameComma(h int) bool {
	return t.nameComma(h) >= 0
}

// nameComma returns the comma between the phrase of noun h and the name
// right before it ("Thomas Ashworth-Hale, a partner…"), or -1.
func (t *tree) nameComma(h int) int {
	lp := int(t.left[h])
	if t.a.Tokens[lp].Text == "," {
		lp++ // the comma hung inside the phrase
	}
	if lp >= 2 && t.a.Tokens[lp-1].Text == "," && t.a.Tokens[lp-2].UPOS == "PROPN" && t.a.Tokens[lp-2].Sent == t.a.Tokens[h].Sent {
		return lp - 1
	}
	return -1
}

// nmodBelow reports whether token q hangs from noun h through nominal
// modifiers and compounds alone ("manager" of "a partner at a London
// asset manager" below "partner").
func (t *tree) nmodBelow(q, h int) bool {
	a := t.a
	for k, steps := q, 0; k >= 0 && steps < 4; k, steps = a.Tokens[k].Head, steps+1 {
		if r := a.Tokens[k].Rel; r != "nmod" && r != "compound" {
			return false
		}
		if a.Tokens[k].Head == h {
			return true
		}
	}
	return false
}

// textToken reports whether noun token tok names a text: textNoun of its
// lemma, or "minutes", the record of a meeting, which lemmatises as the
// unit of time ("The minutes signed by both sides commit the government
// to “…”").
func textToken(tok *nlp.Token) bool {
	return tok.UPOS == "NOUN" && (textNoun(tok.Lemma) || nlp.EqualFoldLower(tok.Text, "minutes"))
}

// textNoun reports whether a noun's lemma names a text that "reads" what
// it says ("“…,” the communique reads", "the draft text reads"): a
// speech noun, or a document's.
func textNoun(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "communique", "communiqué", "text", "draft", "declaration", "resolution", "document", "bill", "decree", "clause", "article", "preamble",
		"agreement", "arrangement", "deal", "pact", "treaty", "convention", "covenant", "accord", "contract", "regulation", "statute", "amendment", "memorandum", "charter", "protocol", "annex", "constitution", "minutes", "record", "law",
		"sheet", "summary", "report", "readout", "opinion", "judgment", "judgement", "verdict", "motion", "decision", "ruling", "award", "advice", "guidance", "notice", "directive",
		// Orders and grants set down in writing ("The order says that
		// “any person who obstructs…”", "the lease states…").
		"order", "ordinance", "edict", "injunction", "settlement", "lease", "licence", "license", "concession", "prospectus", "manifesto", "petition",
		// Plans set down in writing ("its business plan states that…").
		"plan", "proposal", "blueprint", "roadmap", "framework", "budget",
		// What a crowd or a wall carries ("“Bring them home now,” read
		// one sign").
		"sign", "placard", "banner", "poster", "slogan", "inscription", "headline", "caption", "plaque":
		return true
	}
	return speechNoun(lemma)
}

// bodyBefore returns, for "the N" at src (a kind of body, with nothing
// that names which: "the union", "the state news agency"), the
// organisation named by its proper name as the
// subject of a verb of saying in the sentence before, in the same
// paragraph ("SAG-AFTRA said in a statement that… “…,” the union said"),
// when the story names no other body with the noun in its name; else "".
// The body is the entity model's organisation, or the name linking's
// where the model found none ("SAG-AFTRA").
func (t *tree) bodyBefore(src int) string {
	a := t.a
	if d := t.nounDet(src); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") || t.child(src, "nmod:poss") >= 0 {
		return ""
	}
	// Words that say what kind of body it is ("the state news agency")
	// leave it the one named just before; a name among them ("the
	// Iranian news agency" aside) says which one it is.
	for k := t.nounDet(src) + 1; k < src; k++ {
		if a.Tokens[k].UPOS == "PROPN" || t.entityAt(k) >= 0 {
			return ""
		}
	}
	sent := a.Tokens[src].Sent
	if sent == 0 || a.Sentences[sent].NewPar {
		return ""
	}
	prev := a.Sentences[sent-1]
	name, found := "", -1
	for k := prev.First; k < prev.Last && name == ""; k++ {
		tk := &a.Tokens[k]
		if t.quoted[k] || tk.UPOS != "PROPN" || !strings.HasPrefix(tk.Rel, "nsubj") || tk.Head < 0 || !cueLemma(strings.ToLower(a.Tokens[tk.Head].Lemma)) {
			continue
		}
		switch e := t.entityAt(k); {
		case e >= 0 && a.Entities[e].Type == nlp.ORG:
			name, found = t.entityFullName(e), e
		case e < 0 && t.bodyAt != nil:
			name = t.bodyAt(tk.Start)
		}
	}
	if name == "" {
		return ""
	}
	noun := strings.ToLower(a.Tokens[src].Lemma)
	for ei := range a.Entities {
		if e := &a.Entities[ei]; ei != found && e.Type == nlp.ORG && !strings.EqualFold(e.Text, name) && slices.ContainsFunc(strings.Fields(strings.ToLower(e.Text)), func(w string) bool { return w == noun }) {
			return ""
		}
	}
	return name
}

// namedTextBefore returns, for "the text" or "the document" at src with
// nothing that says which, the last noun of a text of another kind in
// its sentence or the sentence before, outside quotation marks ("a
// joint communiqué", "the draft agreement"); -1 when none.
func (t *tree) namedTextBefore(src int) int {
	a := t.a
	if d := t.nounDet(src); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return -1
	}
	// Its length is no other kind of text ("The one-page document").
	if slices.ContainsFunc(t.modifierLemmas(src), func(l string) bool { return l != "page" }) {
		return -1
	}
	sent := a.Tokens[src].Sent
	for k := src - 1; k >= 0 && sent-a.Tokens[k].Sent <= 1; k-- {
		kt := &a.Tokens[k]
		if kt.UPOS != "NOUN" || t.quoted[k] || kt.Lemma == "text" || kt.Lemma == "document" || !textNoun(kt.Lemma) {
			continue
		}
		if a.Tokens[k].Sent != sent && a.Sentences[sent].NewPar {
			return -1
		}
		return k
	}
	return -1
}

// writtenDocument reports whether a noun names a document that is sent
// or circulated as a text of its own ("the letter", "the memo"): when
// the story quotes it ("…,” the letter said), the document is the
// source as written, not the one who sent it.
func writtenDocument(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "letter", "memo", "note", "email", "e-mail":
		return true
	}
	return false
}

// speechNoun reports whether a noun names something said or written.
func speechNoun(lemma string) bool {
	switch lemma {
	case "comment", "remark", "statement", "letter", "tweet", "speech", "testimony", "word",
		"message", "post", "interview", "announcement", "note", "memo", "op-ed", "essay", "column", "email", "e-mail",
		"update":
		return true
	}
	return false
}

// servedName returns the person's name (an entity) that modifies the role
// noun at src from before it ("the Trump adviser", "a Biden aide", "the
// Haldemann Rossi chief"): whom the holder serves or the body they head,
// not the holder; -1 when there is none.
func (t *tree) servedName(src int) int {
	a := t.a
	if w := a.Tokens[src].Text; a.Tokens[src].UPOS != "NOUN" || !roleNoun(strings.ToLower(w)) && !isTitleWord(w) && !t.personNoun(src) {
		return -1
	}
	for _, c := range t.children(src) {
		ci := int(c)
		if ci >= src || a.Tokens[ci].Rel != "compound" || a.Tokens[ci].UPOS != "PROPN" || t.quoted[ci] {
			continue
		}
		if e := t.entityAt(ci); e >= 0 && a.Entities[e].Type == nlp.PERSON && a.Entities[e].Last <= src {
			return e
		}
	}
	return -1
}

// unnamedSource reports whether the sentence of token src says its source
// is not to be named: "on condition of anonymity", "speaking
// anonymously", "who asked not to be named", "declined to be identified".
func (t *tree) unnamedSource(src int) bool {
	s := t.a.Sentences[t.a.Tokens[src].Sent]
	return t.anonymityIn(s.First, s.Last)
}

// nameWithheld reports whether the noun "name" at i, owned by a
// pronoun, is the object of a verb of giving it out (use, give,
// publish…) that is negated or refused, with nothing before lo.
func (t *tree) nameWithheld(i, lo int) bool {
	a := t.a
	if i == lo || a.Tokens[i-1].XPOS != "PRP$" {
		return false
	}
	v := i - 2
	if v < lo {
		return false
	}
	switch a.Tokens[v].Lemma {
	case "use", "give", "publish", "print", "reveal", "disclose", "share", "provide":
	default:
		return false
	}
	for k := v - 1; k >= lo && k >= v-3; k-- {
		if negation(&a.Tokens[k]) {
			return true
		}
		switch a.Tokens[k].Lemma {
		case "decline", "refuse":
			return true
		}
	}
	return false
}

// anonymityIn reports whether the words from lo (before hi) say a source
// is not to be named: "on condition of anonymity", "speaking
// anonymously", "asked not to be named", "declined to be identified",
// "was not authorised to speak publicly".
func (t *tree) anonymityIn(lo, hi int) bool {
	a := t.a
	var buf [lowerBufLen]byte
	for i := lo; i < hi; i++ {
		switch string(lowerBytes(buf[:0], a.Tokens[i].Lemma)) {
		case "anonymity", "anonymous", "anonymously":
			return true
		case "be":
			if i+1 < hi && i > lo && infinitiveMark(&a.Tokens[i-1]) {
				switch a.Tokens[i+1].Lemma {
				case "name", "identify":
					// Not "asked to be identified only as Maria":
					// named, if only in part.
					if a.Tokens[i+1].XPOS == "VBN" && !t.namedAfter(i+2, hi) {
						return true
					}
				}
			}
		case "name":
			// "who asked me not to use her name", "who would not give
			// his name", "declined to give her name": a name withheld.
			if a.Tokens[i].UPOS == "NOUN" && t.nameWithheld(i, lo) {
				return true
			}
		case "authorize", "authorise", "authorized", "authorised", "permit", "allow":
			// "who was not authorised to speak publicly", "not
			// permitted to comment": leave to speak withheld.
			if a.Tokens[i].XPOS == "VBN" && i > lo && i+2 < hi && (negation(&a.Tokens[i-1]) || i-1 > lo && negation(&a.Tokens[i-2])) && infinitiveMark(&a.Tokens[i+1]) {
				switch a.Tokens[i+2].Lemma {
				case "speak", "comment", "discuss", "talk", "brief":
					return true
				}
			}
		}
	}
	return false
}

// namedAfter reports whether the words from k (before end) give a name:
// "(only) as" or "(only) by (his first name)" and a person's name.
func (t *tree) namedAfter(k, end int) bool {
	a := t.a
	if k < end && nlp.EqualFoldLower(a.Tokens[k].Text, "only") {
		k++
	}
	if k >= end || !nlp.EqualFoldLower(a.Tokens[k].Text, "as") && !nlp.EqualFoldLower(a.Tokens[k].Text, "by") {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if e := t.entityAt(j); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return true
		}
	}
	return false
}

// anonymousBefore reports whether "the N" at src takes up a source the
// sentence or two before brought in as "a N" and said was not to be
// named ("A negotiator for the companies, who spoke on condition of
// anonymity, said… “…,” the negotiator said"), or brought in as "a N"
// without a name to say something ("A spokesperson for the EU's foreign
// policy chief said in Brussels that… “…,” the spokesperson said"): no
// one the story names elsewhere with that role.
func (t *tree) anonymousBefore(src int) bool {
	return t.anonymousIntro(src) >= 0
}

// anonymousIntro returns the noun that brought in the unnamed source
// anonymousBefore takes up at src ("A negotiator for the companies" for
// "the negotiator"), or -1.
func (t *tree) anonymousIntro(src int) int {
	a := t.a
	if d := t.child(src, "det"); d < 0 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return -1
	}
	t.nounChains()
	// The nearest noun of src's lemma before src: src's own link when it
	// is one of the chain, else the chain read back from its last.
	k := -1
	if a.Tokens[src].UPOS == "NOUN" && !t.quoted[src] {
		k = int(t.prevNoun[src])
	} else if last, ok := t.lastNoun[a.Tokens[src].Lemma]; ok {
		for k = int(last); k >= src; k = int(t.prevNoun[k]) {
		}
	}
	if k >= 0 {
		d := t.child(k, "det")
		if t.indefinite(k) && (t.unnamedSource(k) || t.unnamedSpeaker(k)) {
			return k
		}
		// "The U.S. official said… “…,” the official said": the
		// source the nearer mention took up, however far back it came
		// in.
		if d >= 0 && nlp.EqualFoldLower(a.Tokens[d].Text, "the") && t.reportsAt(k) {
			return t.anonymousIntro(k)
		}
		return -1 // the nearest mention of the noun decides
	}
	return t.kinIntro(src)
}

// kinIntro returns, for "the N" at src whose noun the story has not
// written before, the unnamed source the sentence before brought in to
// say something with a noun of the same stem in its phrase ("A member of
// the government delegation who asked not to be named said… “…,” the
// delegate said": delegation, delegate), or -1.
func (t *tree) kinIntro(src int) int {
	a := t.a
	sent := a.Tokens[src].Sent
	if sent == 0 || t.quoted[src] {
		return -1
	}
	root := t.sentenceRoot(sent - 1)
	if root < 0 || !t.isCue(root) {
		return -1
	}
	k := t.subjectChild(root)
	if k < 0 || t.quoted[k] || a.Tokens[k].UPOS != "NOUN" {
		return -1
	}
	d := t.child(k, "det", "nummod")
	if d < 0 || !slices.Contains([]string{"a", "an", "one"}, strings.ToLower(a.Tokens[d].Text)) || !t.unnamedSource(k) && !t.unnamedSpeaker(k) {
		return -1
	}
	want := stem.Porter(strings.ToLower(a.Tokens[src].Lemma))
	for i := int(t.left[k]); i <= int(t.right[k]) && i < root; i++ {
		if r := a.Tokens[i].Rel; a.Tokens[i].UPOS == "NOUN" && (i == k || r == "nmod" || r == "compound") && stem.Porter(strings.ToLower(a.Tokens[i].Lemma)) == want {
			return k
		}
	}
	return -1
}

// relativeWord reports whether token k is "who" or "that" opening a
// relative clause.
func (t *tree) relativeWord(k int) bool {
	switch strings.ToLower(t.a.Tokens[k].Text) {
	case "who", "that":
		return true
	}
	return false
}

// reportsAt reports whether the noun at k is the subject of a verb of
// saying.
func (t *tree) reportsAt(k int) bool {
	tk := &t.a.Tokens[k]
	return strings.HasPrefix(tk.Rel, "nsubj") && tk.Head >= 0 && cueLemma(strings.ToLower(t.a.Tokens[tk.Head].Lemma))
}

// introducedAs returns the source that "the N" at src takes up, as the
// brief gives it where the story brought it in ("A spokesperson for the
// port employers", "A guild negotiator"): the person the story names for
// the role just after, else the phrase as written; or "".
func (t *tree) introducedAs(src int) string {
	k := t.anonymousIntro(src)
	if k < 0 {
		return t.indefiniteIntro(src)
	}
	// "In Kyiv, a spokesperson for the … says… “…,” the spokesperson
	// says. The spokesperson, Yulia Kravets, …": the one the story
	// names for the role.
	if n := t.namedNext(k); n != "" {
		return n
	}
	// The same words the brief gives the source where it came in.
	if n, ok := t.speakerOf(k); ok {
		return n
	}
	return ""
}

// nounChains links every noun outside quotations to the one of the same
// lemma before it (prevNoun) and records each lemma's last (lastNoun),
// once per tree.
func (t *tree) nounChains() {
	if t.lastNoun != nil {
		return
	}
	a := t.a
	t.lastNoun = make(map[string]int32, len(a.Tokens)/8)
	t.prevNoun = make([]int32, len(a.Tokens))
	for k := range a.Tokens {
		t.prevNoun[k] = -1
		if a.Tokens[k].UPOS == "NOUN" && !t.quoted[k] {
			if last, ok := t.lastNoun[a.Tokens[k].Lemma]; ok {
				t.prevNoun[k] = last
			}
			t.lastNoun[a.Tokens[k].Lemma] = int32(k)
		}
	}
}

// indefiniteIntro is introducedAs where anonymousIntro finds no source
// that said something unnamed: for a person's noun with "the" and
// nothing else before it ("the official", "the diplomat", "the
// person"), the speaker of the nearest noun of the same lemma in its
// sentence or the five before that brought someone into the story with
// an indefinite phrase ("A Malaysian official familiar with the talks",
// "One Western diplomat in Kyiv", however the parser hung it), past the
// definite mentions between; "" when there is none, or when that speaker
// is no fuller than the noun itself.
func (t *tree) indefiniteIntro(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || tok.XPOS != "NN" || t.quoted[src] || !t.personNoun(src) {
		return ""
	}
	for _, c := range t.children(src) {
		if ci := int(c); ci < src && (a.Tokens[ci].Rel != "det" || !nlp.EqualFoldLower(a.Tokens[ci].Text, "the")) {
			return ""
		}
	}
	if t.child(src, "det") < 0 {
		return ""
	}
	t.nounChains()
	sent := tok.Sent
	for k := int(t.prevNoun[src]); k >= 0 && a.Tokens[k].Sent >= sent-5; k = int(t.prevNoun[k]) {
		if _, _, body := t.bodyRoleSpan(k); !t.indefinite(k) && !body || a.Tokens[k].Head < 0 {
			// Not a sentence the parser hung on the noun ("A diplomat
			// who attended the sessions described the mood as tense"
			// with "diplomat" its root): its phrase is the sentence.
			continue
		}
		n, ok := t.speakerOf(k)
		if !ok || fieldCount(n) < 2 || strings.EqualFold(n, a.Span(src-1, src+1)) {
			return ""
		}
		return n
	}
	if nlp.EqualFoldLower(tok.Lemma, "person") && t.prevNoun[src] < 0 {
		return t.oneOfPeople(src)
	}
	return ""
}

// oneOfPeople returns, for "the person" the story has not written
// before, the source the sentence before or its own brought in as "one
// of the people…" ("One of the people familiar with the matter said…
// “…,” the person said"), as the brief gives it; or "".
func (t *tree) oneOfPeople(src int) string {
	a := t.a
	sent := a.Tokens[src].Sent
	for k := src - 1; k >= 0 && a.Tokens[k].Sent >= sent-1; k-- {
		kt := &a.Tokens[k]
		if t.quoted[k] || kt.XPOS != "NNS" || !nlp.EqualFoldLower(kt.Text, "people") || kt.Rel != "nmod" || t.caseOf(k) != "of" || kt.Head < 0 || kt.Head >= k {
			continue
		}
		if h := kt.Head; nlp.EqualFoldLower(a.Tokens[h].Text, "one") && t.reportsAt(h) {
			if n, ok := t.speakerOf(h); ok && fieldCount(n) > 3 {
				return n
			}
		}
		return ""
	}
	return ""
}

// unnamedSpeaker reports whether the noun at k is the subject of a verb
// of saying with no person's name in its phrase or set off after it ("A
// spokesperson for the EU's foreign policy chief said…"; not "A
// spokesperson, Ana Ruiz, said…").
func (t *tree) unnamedSpeaker(k int) bool {
	a := t.a
	tk := &a.Tokens[k]
	if !strings.HasPrefix(tk.Rel, "nsubj") || tk.Head < 0 || !cueLemma(strings.ToLower(a.Tokens[tk.Head].Lemma)) {
		return false
	}
	for i := int(t.left[k]); i <= int(t.right[k]); i++ {
		if e := t.entityAt(i); e >= 0 && a.Entities[e].Type == nlp.PERSON {
			return false
		}
	}
	return t.nameAfterRole(k) < 0 && t.setOffName(k) < 0 && !t.namedInSentence(k)
}

// namedInSentence reports whether coreference joined the description at
// k to a person's name written after it in its own sentence, within a
// dozen words ("A crane operator who gave his name only as Abu Yazan
// said…", the name parsed outside the description's phrase).
func (t *tree) namedInSentence(k int) bool {
	a := t.a
	c := t.clusterAt(k)
	if c < 0 {
		return false
	}
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind == nlp.NameMention && m.Type == nlp.PERSON && m.First > k && m.First <= k+12 && a.Tokens[m.First].Sent == a.Tokens[k].Sent {
			return true
		}
	}
	return false
}

// namedAtIntro reports whether the first description of src's cluster
// with src's noun, where the story brought the person in, has their name
// right after it (namedInSentence).
func (t *tree) namedAtIntro(src int) bool {
	a := t.a
	c := t.clusterAt(src)
	if c < 0 || a.Clusters[c].Type != nlp.PERSON {
		return false
	}
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind == nlp.NominalMention && m.Head <= src && strings.EqualFold(a.Tokens[m.Head].Lemma, a.Tokens[src].Lemma) {
			return t.namedInSentence(m.Head)
		}
	}
	return false
}

// coordinatedTitle returns, for a capitalised word outside any name that
// opens a title of two offices joined by "and" ("Economy and Public
// Finance Minister Andrés Quiñones Vaca", "Climate and Environment
// Minister Ingrid Solbakken"), the person the title names: the entity
// right after a title word, with only capitalised words and the one "and"
// between; else -1.
func (t *tree) coordinatedTitle(src int) int {
	a := t.a
	if e := t.entityAt(src); !startsUpper(a.Tokens[src].Text) || e >= 0 && !(a.Entities[e].Last-a.Entities[e].First == 1 && titleOnly(a.Entities[e].Text)) ||
		src+1 >= len(a.Tokens) || !nlp.EqualFoldLower(a.Tokens[src+1].Text, "and") {
		// (A title's word the entity model read as a name alone,
		// "Labour" of "Labour and Social Security Minister …", is a
		// title's word still.)
		return -1
	}
	for j := src + 2; j < len(a.Tokens) && j <= src+6 && a.Tokens[j].Sent == a.Tokens[src].Sent; j++ {
		if !startsUpper(a.Tokens[j].Text) || t.quoted[j] {
			return -1
		}
		if !isTitleWord(a.Tokens[j].Text) {
			continue
		}
		if e := t.entityAt(j + 1); e >= 0 && t.a.Entities[e].Type == nlp.PERSON && t.a.Entities[e].First == j+1 {
			return e
		}
	}
	return -1
}

// ownedDescription returns, for a bare definite description at src ("the
// ministry"), the first mention of the same head noun in its coreference
// cluster before it that names its owner, from the owner to the head
// ("Colombia's defence ministry"), or "".
func (t *tree) ownedDescription(src int) string {
	a := t.a
	cl := t.clusterAt(src)
	if cl < 0 {
		return ""
	}
	for _, mi := range a.Clusters[cl].Mentions {
		m := &a.Mentions[mi]
		h := m.Head
		if m.First >= src || h < 0 || t.quoted[h] || !strings.EqualFold(a.Tokens[h].Lemma, a.Tokens[src].Lemma) {
			continue
		}
		if o := t.child(h, "nmod:poss"); o >= 0 && a.Tokens[o].UPOS == "PROPN" && !t.quoted[o] {
			return a.Span(int(t.left[o]), h+1)
		}
	}
	return ""
}

// fullerDescription returns, for a body named by a bare definite noun
// ("the mission", "the group": a noun of a speaking body with "the"
// alone), what the nearest earlier mention of the same noun in the three
// sentences before says it is (past bare "the N" mentions between, which
// move the window back): the name set off after it ("Conservation group
// Ocean Futures Nordic"), the name it was set off after ("Elbe-Xinyuan
// Lithium, a German-Chinese consortium": any noun but a person's), or
// its own fuller description when it said something ("The Russian
// defence ministry said…"); else the fuller description of the same head
// noun earlier in its coreference cluster, as written ("the United
// Nations mission"); else "".
func (t *tree) fullerDescription(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	// A body's noun; or any noun but a person's, for the name it was set
	// off after ("a German-Chinese consortium").
	body := lowerIn(speakingBodies, tok.Lemma) || lowerIn(bodyKinds, tok.Lemma)
	if tok.UPOS != "NOUN" || !body && t.personNoun(src) {
		return ""
	}
	// "the inspectorate said" after "The Velmor labour inspectorate
	// said…": a noun no list knows as a body's, that says something
	// here as its fuller mention did, stands for whoever that was — any
	// noun but a person's, a text's or a medium's.
	speaker := body || t.reportsAt(src) && !documentLemma(strings.ToLower(tok.Lemma)) && !lowerIn(mediaNouns, tok.Lemma)
	for _, c := range t.children(src) {
		if a.Tokens[c].Rel != "det" || !nlp.EqualFoldLower(a.Tokens[c].Text, "the") {
			return "" // "its mission", "the UN's mission": named already
		}
	}
	// "Conservation group Ocean Futures Nordic said… “…,” the group
	// said": the name set off after the same noun shortly before.
	sent := a.Tokens[src].Sent
	for k := src - 1; k >= 0 && a.Tokens[k].Sent >= sent-3; k-- {
		// "the Varden Directorate for Fisheries said… the directorate
		// added": the body whose name the same word heads.
		if body || speaker {
			if n := t.nameHeadedBy(k, tok.Lemma); n != "" {
				return n
			}
		}
		if kt := &a.Tokens[k]; kt.UPOS != "NOUN" || !strings.EqualFold(kt.Lemma, tok.Lemma) || t.quoted[k] {
			continue
		}
		if t.bareDefinite(k) {
			// "where the consortium offers 3%": the same words again;
			// the mention before them decides.
			sent = a.Tokens[k].Sent
			continue
		}
		for _, c := range t.children(k) {
			if ci := int(c); body && ci > k && a.Tokens[ci].Rel == "appos" && a.Tokens[ci].UPOS == "PROPN" && !t.quoted[ci] {
				if e := t.entityAt(ci); e >= 0 && a.Entities[e].Type != nlp.PERSON && properName(a.Entities[e].Text) {
					return t.entityFullName(e)
				}
			}
		}
		// "Elbe-Xinyuan Lithium, a German-Chinese consortium, … “…,” the
		// consortium said": the body the noun was set off after, the
		// name right before the comma, whichever word the parser hung
		// the apposition from ("Bolivia and Elbe-Xinyuan Lithium, a …
		// consortium").
		if kt := &a.Tokens[k]; kt.Rel == "appos" && kt.Head >= 0 && kt.Head < k && t.indefinite(k) {
			c := int(t.left[k])
			if a.Tokens[c].Text != "," {
				c-- // the comma hung elsewhere
			}
			if c > 0 && a.Tokens[c].Text == "," {
				if e := t.entityAt(c - 1); e >= 0 && a.Entities[e].Last == c && a.Entities[e].Type != nlp.PERSON && isActorType(a.Entities[e].Type) && properName(a.Entities[e].Text) {
					return t.entityFullName(e)
				}
			}
		}
		// "The Russian defence ministry said… “…,” the ministry said":
		// the fuller description that said something before, with what
		// says which before its noun.
		if speaker && t.reportsAt(k) && t.child(k, "nmod:poss") < 0 && t.child(k, "amod", "compound") >= 0 {
			if d := t.child(k, "det"); d >= 0 && d == int(t.left[k]) && nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
				return a.Span(d+1, k+1)
			}
		}
		break // the nearest such noun decides
	}
	cl := t.clusterAt(src)
	if cl < 0 || !body {
		return ""
	}
	for _, mi := range a.Clusters[cl].Mentions {
		m := &a.Mentions[mi]
		if m.First >= src || m.Kind != nlp.NominalMention || m.Head < 0 || !strings.EqualFold(a.Tokens[m.Head].Lemma, tok.Lemma) || m.Last-m.First < 3 || t.quoted[m.Head] {
			continue
		}
		end := t.postPlaceEnd(m.Head)
		if e := t.ofNameEnd(m.Head); e > end {
			end = e // "the city council of Dunmore"
		}
		return a.Span(m.First, end)
	}
	return ""
}

// ofNamedBefore returns, for a body's noun at src ("the city council",
// "the divers' cooperative"), the nearest earlier mention of the same
// noun, outside quotation marks, that says by a name after "of" which
// body it is ("the city council of Dunmore", "the board of the Northern
// Fund"), as written past its "the", when that mention holds every word
// src puts before its noun; "" when the nearest such mention holds other
// words or there is none. Mentions of the same noun without a name after
// it ("the council", said again) are passed over.
func (t *tree) ofNamedBefore(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || !lowerIn(speakingBodies, tok.Lemma) && !lowerIn(bodyKinds, tok.Lemma) || !nlp.EqualFoldLower(a.Tokens[t.left[src]].Text, "the") {
		return ""
	}
	for _, c := range t.children(src) {
		if ci := int(c); ci > src && a.Tokens[ci].UPOS != "PUNCT" {
			return "" // "the council of Dunmore" says which already
		}
	}
	var mods []string // the words src puts before its noun, but "the"
	for k := int(t.left[src]); k < src; k++ {
		if w := a.Tokens[k].Text; !nlp.EqualFoldLower(w, "the") {
			mods = append(mods, strings.ToLower(w))
		}
	}
	k := t.sameNounBefore(src, func(j int) bool { return t.ofNameEnd(j) >= 0 })
	if k < 0 {
		return ""
	}
	end := t.ofNameEnd(k)
	first := k // the words before the noun that say which: not "and"
	for _, c := range t.children(k) {
		if ci := int(c); ci < first && nounModifiers[a.Tokens[ci].Rel] {
			first = int(t.left[ci])
		}
	}
	for first < k && (a.Tokens[first].Rel == "cc" || a.Tokens[first].UPOS == "PUNCT" || nlp.EqualFoldLower(a.Tokens[first].Text, "the")) {
		first++
	}
	for _, m := range mods {
		if !slices.ContainsFunc(a.Tokens[first:k], func(x nlp.Token) bool { return strings.EqualFold(x.Text, m) }) {
			return ""
		}
	}
	return a.Span(first, end)
}

// sameNounBefore returns the nearest token before k, outside quotation
// marks, that is a noun of k's lemma and that ok accepts ("the city
// council of Dunmore" for a later "the city council", "the annex to the
// licence" for a later "this annex"); -1 when there is none.
func (t *tree) sameNounBefore(k int, ok func(j int) bool) int {
	a := t.a
	for j := k - 1; j >= 0; j-- {
		if jt := &a.Tokens[j]; jt.UPOS == "NOUN" && !t.quoted[j] && strings.EqualFold(jt.Lemma, a.Tokens[k].Lemma) && ok(j) {
			return j
		}
	}
	return -1
}

// nounModifiers are the relations of the words before a noun that say
// which it is ("the divers' cooperative", "the city council").
var nounModifiers = map[string]bool{"det": true, "amod": true, "compound": true, "nmod:poss": true, "nummod": true}

// ofNameEnd returns the end of the name after "of" that the noun at k has
// right after it ("council of Dunmore", "board of the Fund for Roads and
// Bridges"): a phrase headed by a proper noun whose words are
// all capitalised or function words, and ends capitalised; -1 when there
// is none.
func (t *tree) ofNameEnd(k int) int {
	a := t.a
	for _, c := range t.children(k) {
		ci := int(c)
		if ci <= k || a.Tokens[ci].Rel != "nmod" || !startsUpper(a.Tokens[ci].Text) || t.quoted[ci] {
			continue
		}
		if cs := t.child(ci, "case"); cs != k+1 || !nlp.EqualFoldLower(a.Tokens[cs].Text, "of") {
			continue
		}
		end := int(t.right[ci]) + 1
		for j := k + 2; j < end; j++ {
			if j > k+2 && t.dateAt(j) {
				// "the board of Velmor Athletic Club on Tuesday
				// rejected…": a date the parser hung from the name says
				// when, not which body; the name ends before it.
				end = j
				for end > k+2 && (a.Tokens[end-1].UPOS == "ADP" || a.Tokens[end-1].UPOS == "PUNCT") {
					end--
				}
				break
			}
			switch tj := &a.Tokens[j]; {
			case startsUpper(tj.Text):
			case j < end-1 && (tj.UPOS == "ADP" || tj.UPOS == "CCONJ" || tj.UPOS == "DET" || tj.UPOS == "PART"):
			default:
				return -1 // "the council of Dunmore's traders": not a name
			}
		}
		return end
	}
	return -1
}

// dateAt reports whether token j opens a date or a time the entity model
// found ("Tuesday", "last week"), or the preposition right before one
// ("on Tuesday").
func (t *tree) dateAt(j int) bool {
	toks := t.a.Tokens
	if toks[j].UPOS == "ADP" && j+1 < len(toks) {
		j++
	}
	ner := toks[j].NER
	return ner == "B-DATE" || ner == "B-TIME"
}

// postPlaceEnd returns the end of the phrase of a body's noun at h: past
// "in" and the capitalised name of the place the tree hangs from it when
// h is a post a state keeps abroad, written as a name ("the Brazilian
// Embassy in Lagos", diplomaticPosts); h+1 otherwise, as for a post
// described in lower case ("the United Nations mission").
func (t *tree) postPlaceEnd(h int) int {
	a := t.a
	if !startsUpper(a.Tokens[h].Text) || !diplomaticPosts[strings.ToLower(a.Tokens[h].Text)] {
		return h + 1
	}
	for _, c := range t.children(h) {
		ci := int(c)
		if ci <= h || a.Tokens[ci].Rel != "nmod" || a.Tokens[ci].UPOS != "PROPN" || t.quoted[ci] || int(t.left[ci]) != h+1 {
			continue
		}
		if cs := t.child(ci, "case"); cs == h+1 && nlp.EqualFoldLower(a.Tokens[cs].Text, "in") && int(t.right[ci])-h <= 5 {
			return int(t.right[ci]) + 1
		}
	}
	return h + 1
}

// nameHeadedBy returns, for a capitalised word at k outside quotation
// marks with the given lemma ("Directorate" in "the Varden Directorate
// for Fisheries"), the full name of the body it heads: a name the entity
// model found, of a type that can speak but not a person's, whose words
// all hang from k within it. Else "".
func (t *tree) nameHeadedBy(k int, lemma string) string {
	a := t.a
	kt := &a.Tokens[k]
	if kt.UPOS != "PROPN" || t.quoted[k] || !strings.EqualFold(kt.Lemma, lemma) && !strings.EqualFold(kt.Text, lemma) {
		return ""
	}
	e := t.entityAt(k)
	if e < 0 {
		return ""
	}
	ent := &a.Entities[e]
	if ent.Type == nlp.PERSON || !isActorType(ent.Type) || !properName(ent.Text) || ent.Last-ent.First < 2 {
		return ""
	}
	// k heads the name: its own head lies outside it.
	if h := kt.Head; h >= ent.First && h < ent.Last {
		return ""
	}
	return t.entityFullName(e)
}

// bareDefinite reports whether the noun at k is "the" and the noun
// alone, singular, with nothing hung from it.
func (t *tree) bareDefinite(k int) bool {
	a := t.a
	if k < 1 || a.Tokens[k].XPOS != "NN" {
		return false
	}
	if d := t.child(k, "det"); d != k-1 || !nlp.EqualFoldLower(a.Tokens[d].Text, "the") {
		return false
	}
	for _, c := range t.children(k) {
		if int(c) != k-1 && a.Tokens[c].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// openingQuoted reports whether sentence si opens inside a quotation.
func (t *tree) openingQuoted(si int) bool {
	s := t.a.Sentences[si]
	for k := s.First; k < s.Last && k <= s.First+1; k++ {
		if t.quoted[k] {
			return true
		}
	}
	return false
}

// namedNext returns, for a role at src ("the chairman of the Bitung Tuna
// Boat Owners Association", "a deputy minister who…", "Iran's chief
// negotiator") that no name before it holds, the full name of the person
// the story names for that role within the next three sentences as "The
// chairman, Hendrik Lumingkewas," or "Iran's negotiator, Hamid
// Rezaei-Nejad," (the same role word, after "the" or the same owner, and
// none but the words it had before, set off before the name and its
// titles); "" otherwise.
func (t *tree) namedNext(src int) string {
	a := t.a
	tok := &a.Tokens[src]
	if tok.UPOS != "NOUN" || !roleNoun(strings.ToLower(tok.Text)) || t.quoted[src] {
		return ""
	}
	// The words that open the role: "the", "a" or "an", or an owner
	// named with "'s" ("Iran's", "the federation's"), which the later
	// mention repeats or gives as "the" ("The president, Andrea Szabo,").
	open, owner := t.child(src, "det"), ""
	if open >= 0 && !nlp.EqualFoldLower(a.Tokens[open].Text, "the") && !nlp.EqualFoldLower(a.Tokens[open].Text, "a") && !nlp.EqualFoldLower(a.Tokens[open].Text, "an") {
		return ""
	}
	if open < 0 {
		o := t.child(src, "nmod:poss")
		if o < 0 || a.Tokens[o].UPOS != "PROPN" && a.Tokens[o].UPOS != "NOUN" || o+2 > src || a.Tokens[o+1].Text != "'s" && a.Tokens[o+1].Text != "’s" {
			return ""
		}
		open, owner = o+1, a.Tokens[o].Text
	}
	var mods []string
	for k := open + 1; k < src; k++ {
		mods = append(mods, strings.ToLower(a.Tokens[k].Text))
	}
	// What the role is of may come before it the second time: "The
	// delegation head," after "The head of Ukraine's delegation".
	for _, c := range t.children(src) {
		if ci := int(c); ci > src && a.Tokens[ci].Rel == "nmod" && t.caseOf(ci) == "of" {
			for k := int(t.left[ci]); k <= ci; k++ {
				if w := strings.ToLower(a.Tokens[k].Text); w != "of" && w != "the" {
					mods = append(mods, w)
				}
			}
			break
		}
	}
	sent := tok.Sent
	end := len(a.Tokens)
	if sent+namedNextWindow+1 < len(a.Sentences) {
		end = a.Sentences[sent+namedNextWindow+1].First
	}
	for k := src + 1; k+2 < end; k++ {
		if !strings.EqualFold(a.Tokens[k].Text, tok.Text) || a.Tokens[k+1].Text != "," || t.quoted[k] {
			continue
		}
		// "The deputy minister,", or "The spokesman," after "a Thai
		// army spokesman", or "Iran's negotiator," after "Iran's chief
		// negotiator": back to "the" or the owner's "'s", only words
		// the role had before, in the same order.
		stop := func(j int) bool {
			if owner != "" && j >= 1 && (a.Tokens[j].Text == "'s" || a.Tokens[j].Text == "’s") && a.Tokens[j-1].Text == owner {
				return true
			}
			return nlp.EqualFoldLower(a.Tokens[j].Text, "the")
		}
		j, m := k-1, len(mods)-1
		for j >= 0 && m >= 0 && !stop(j) {
			for m >= 0 && !strings.EqualFold(a.Tokens[j].Text, mods[m]) {
				m--
			}
			if m < 0 {
				break
			}
			j, m = j-1, m-1
		}
		if j < 0 || !stop(j) {
			continue
		}
		// The name, after the title it may carry ("Maj Gen Wiroj
		// Kanchanapong", "Undersecretary for Foreign Trade Lucía Herrera
		// Valdés", "deputy foreign minister Nawaf al-Rashidi").
		for n := k + 2; n < end && n <= k+9; n++ {
			if ei := t.entityAt(n); ei >= 0 && a.Entities[ei].First == n && a.Entities[ei].Type == nlp.PERSON {
				return t.entityFullName(ei)
			}
			// A name the entity model ran into the title ("Foreign Trade
			// Lucía Herrera Valdés" read as a body's): the person the
			// engine's name linking found starting there.
			if a.Tokens[n].UPOS == "PROPN" && t.personAt != nil {
				if p := t.personAt(a.Tokens[n].Start); properName(p) && strings.HasPrefix(p, a.Tokens[n].Text+" ") {
					return p
				}
			}
			if !titleWord(&a.Tokens[n]) {
				break
			}
		}
	}
	return ""
}

// namedNextWindow is how many sentences after a role namedNext looks for
// the name the story gives its holder.
const namedNextWindow = 6

// titleWord reports whether a token can be part of a title written before
// a name: a proper or common noun, an adjective, or the "of" and "for"
// that join an office to its field ("Minister of State for Trade").
func titleWord(tok *nlp.Token) bool {
	switch tok.UPOS {
	case "PROPN", "NOUN", "ADJ":
		return true
	case "ADP":
		return nlp.EqualFoldLower(tok.Text, "of") || nlp.EqualFoldLower(tok.Text, "for")
	}
	return false
}

// formerLatter returns, for "the former" or "the latter" standing alone
// for a person ("The former called it…"), the person entity it picks: the
// first or the last of the people named outside quotation marks in the
// nearest of the two sentences before that names two or more; -1
// otherwise ("the former president" is a description).
func (t *tree) formerLatter(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	former := nlp.EqualFoldLower(tok.Text, "former")
	if !former && !nlp.EqualFoldLower(tok.Text, "latter") || src < 1 || !nlp.EqualFoldLower(a.Tokens[src-1].Text, "the") || a.Tokens[src-1].Sent != tok.Sent {
		return -1
	}
	if n := src + 1; n < len(a.Tokens) && a.Tokens[n].Sent == tok.Sent {
		switch a.Tokens[n].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			return -1
		}
	}
	for s := tok.Sent - 1; s >= 0 && s >= tok.Sent-2; s-- {
		var people []int
		var names []string
		for e := range a.Entities {
			en := &a.Entities[e]
			if en.Type != nlp.PERSON || a.Tokens[en.First].Sent != s || t.quoted[en.First] {
				continue
			}
			if n := t.entityFullName(e); !slices.Contains(names, n) {
				people, names = append(people, e), append(names, n)
			}
		}
		if len(people) < 2 {
			continue
		}
		if former {
			return people[0]
		}
		return people[len(people)-1]
	}
	return -1
}
