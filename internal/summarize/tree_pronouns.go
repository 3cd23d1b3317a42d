package summarize

import (
	"strings"
	"unicode"

	"github.com/parley-bot/parley/internal/nlp"
)

// The pronoun as a source: whom "he said", "she told", "they wrote" and
// "it said" stand for, by the rules speakerOf applies to a pronoun.

// pronounSource returns whom the pronoun at src stands for as a source,
// by the rules speakerOf applies to a pronoun.
func (t *tree) pronounSource(src int) (name string, resolved bool) {
	a := t.a
	tok := &a.Tokens[src]
	// "The owners and the crews released a joint statement. It says…": an "it" that
	// opens the sentence right after one whose main verb took a joint
	// text as its object is that text, both sides' words, whatever
	// body coreference linked it to.
	if k := t.textObjectBefore(src); k >= 0 {
		return t.speakerOf(k)
	}
	// "Putney told CNN that…, but he said…": the reporter goes on,
	// whomever else the sentence names.
	if e := t.sameSentenceReporter(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// "Cohen's office said he had instructed…": the one the office
	// speaks for.
	if e := t.ownerOfReporter(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// "Analysts at Brockway Securities said the bid was likely to be
	// raised. “…,” they wrote": "they" after a sentence whose
	// subject, many people by a common noun, said something, is
	// them, whatever name coreference linked it to.
	if n := t.pluralReporterBefore(src); n != "" {
		return n, true
	}
	// "Jules Navarro, a QA tester…, said the cap mattered most.
	// “…,” they said.": a person who uses "they".
	if e := t.singularThey(src); e >= 0 {
		return t.entityFullName(e), true
	}
	// "A member of the delegation, who asked not to be identified,
	// said… «…», he said": a person brought in unnamed as the
	// subject of the sentence before, who said something there, whatever
	// name coreference linked the pronoun to.
	if n := t.previousUnnamed(src); n != "" {
		return n, true
	}
	// "Aurelio Quintero Baena, who is known by the nom de guerre
	// “Felipe Arauca”, said… “…,” he told reporters" with "he" linked
	// to the nom de guerre: the person named last before, past names in
	// marks of their own.
	if c := t.clusterAt(src); c >= 0 && wordGender(tok.Text) != 0 && t.nameOnlyInMarks(&a.Clusters[c]) {
		if e := t.nearestPerson(src, wordGender(tok.Text)); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "Étienne Marchal, the president of the employers' federation,
	// repeated his opposition. «…», he said" with Marchal left out of
	// every cluster and "he" linked to the union leader named two
	// paragraphs up: the person brought in nearer goes on.
	if e := t.newcomerOverCluster(src); e >= 0 {
		return t.entityFullName(e), true
	}
	slip := false // the cluster names a person of the other sex
	if n := t.clusterProperName(src); n != "" {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
		// "Rocco Lo Presti of the union has come down to the courtyard.
		// “…,” he told us" with the name missed by the entity model and
		// "he" linked to a man named before: the person the name
		// linking finds in the subject of the sentence right before.
		if m := t.untypedSubjectBefore(src, t.clusterAt(src)); m != "" && m != n {
			return m, true
		}
		// "The minister thanked the Chief Planning Officer, Mr. Karl
		// Brandt. “…,” she said" with "she" linked to the title that
		// names Brandt, a man: the link is the model's slip, and the
		// pronoun is read as one its cluster leaves unresolved.
		if g := wordGender(tok.Text); g == 0 || !t.otherSexNamed(t.completeName(n), g) {
			return t.completeName(n), true // "Madam Kportufe-Asare": the name in full
		}
		slip = true
	}
	// "An RSF adviser … He said": the person the cluster describes
	// by role, as written, when it names nobody; but the subject of
	// the sentence before goes on, as for a name ("But the union's
	// secretary, Dr Brian Otieno, said the governor was misleading
	// the public. “The governor knows…,” he said": not the governor).
	if d := t.clusterDescription(src); d >= 0 {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
		if n, ok := t.speakerOf(d); ok && n != "" {
			// "Kim Ha-eun, a spokesperson for the association… “…,”
			// the spokesperson added. “…,” he told the briefing" with
			// "he" linked to the description: not the woman it names,
			// but the man named last before.
			if g := wordGender(tok.Text); g != 0 && t.otherSexNamed(n, g) {
				if e := t.nearestPersonWithin(src, g, 8, func(int) bool { return true }); e >= 0 {
					return t.entityFullName(e), true
				}
				return "", false
			}
			return n, true
		}
	}
	// "Her brother, freed on Sunday, thanked Oman. “…,” he said": the
	// relative the cluster brought in by kinship, as the story names
	// that relative (kinSpeaker).
	if k := t.clusterKin(src); k >= 0 {
		if n, ok := t.kinSpeaker(k); ok && n != "" {
			return n, true
		}
	}
	// "WIRED spoke to one mother… “…,” she said": the person the
	// cluster brought in with an indefinite description; but the
	// subject of the sentence before goes on here too ("the
	// federation's president said teachers were pushed by an
	// employer that refuses… “…,” she said": not the employer).
	if d := t.clusterNewcomer(src); d >= 0 && (t.personWord(d) || wordGender(tok.Text) == 0 || t.unclassedNoun(d)) {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
		if n, ok := t.speakerOf(d); ok && n != "" {
			return n, true
		}
	}
	// "The federation's president said teachers were being pushed
	// by an employer that refuses… “…,” she said" with "she" linked
	// to no one before it who can be a person: the person the
	// sentence before made its subject goes on.
	if wordGender(tok.Text) != 0 && !t.personBefore(src) {
		if e := t.previousSubject(src, t.clusterAt(src)); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "The minister was visibly irritated. She called…": in a
	// cluster of pronouns alone, the role the sentence before made
	// its subject, when the story names who holds it.
	if g := wordGender(tok.Text); g != 0 && (slip || t.pronounsOnly(src)) {
		// "Ten Brink, for the growers, sounded calmer. “…,” he said"
		// with the name missed by the entity model and "he" linked to
		// pronouns alone: the person the name linking reads in the
		// subject of the sentence right before.
		if !slip {
			if m := t.untypedSubjectBefore(src, t.clusterAt(src)); m != "" {
				return m, true
			}
		}
		if n := t.previousRole(src); n != "" {
			return n, true
		}
		// "A ferry pilot was less patient. «…», she said": the
		// person a description made the subject of the sentence
		// before, whatever that sentence's verb.
		if n := t.previousDescribed(src); n != "" {
			return n, true
		}
	}
	// "She" in a cluster of pronouns alone: the person named last
	// before it, nearby, who can be a "she".
	if g := wordGender(tok.Text); g != 0 && (slip || t.pronounsOnly(src)) {
		skip := -1
		if slip {
			skip = t.clusterAt(src) // none of the people the slip joined
		}
		if e := t.nearestPersonBut(src, g, skip); e >= 0 {
			return t.entityFullName(e), true
		}
		if e := t.lastOfGender(src, g); e >= 0 {
			return t.entityFullName(e), true
		}
		if e := t.soleOfGender(src, g); e >= 0 {
			return t.entityFullName(e), true
		}
	}
	// "They" alone after people the story named together.
	if n := t.theyNamed(src, 0); n != "" {
		return n, true
	}
	// "Proponents … have urged Congress to leave the program intact,
	// although they say they support some of the changes": a "they"
	// that speaks in a clause set beside the main verb is that verb's
	// subject, people named by a plural noun.
	if s := t.theyOfMainClause(src); s >= 0 {
		if n, ok := t.speakerOf(s); ok && n != "" {
			return n, true
		}
	}
	// "The government released five, in what it called a goodwill
	// gesture": an "it" left open in a relative clause inside a
	// sentence is the sentence's own subject, a body or a thing.
	if s := t.mainSubjectFor(src); s >= 0 {
		return t.speakerOf(s)
	}
	return "", false
}

// clusterKin returns the head of the first mention of token i's
// coreference cluster that names a relative ("Her brother"), outside
// quotation marks and before i, not of the other sex than i, or -1.
func (t *tree) clusterKin(i int) int {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 || wordGender(a.Tokens[i].Text) == 0 {
		return -1
	}
	for _, mi := range a.Clusters[c].Mentions {
		mm := &a.Mentions[mi]
		h := mm.Head
		if mm.Kind != nlp.NominalMention || h < 0 || h >= i || t.quoted[h] {
			continue
		}
		if ht := &a.Tokens[h]; ht.UPOS == "NOUN" && lowerIn(kinReciprocals, ht.Lemma) != nil && !t.otherSex(h, i) {
			return h
		}
	}
	return -1
}

// otherSexNamed reports whether n is the full name of a person the story
// gives the sex other than g ('m', 'f') by pronouns, titles or given
// name.
func (t *tree) otherSexNamed(n string, g byte) bool {
	e := t.personNamed(n)
	if e < 0 {
		return false
	}
	eg := t.entityGender(e)
	return eg == 'm' && g == 'f' || eg == 'f' && g == 'm'
}

// namedBelow reports whether the person named n is named again below the
// pronoun at src in its own clause, which a pronoun there cannot stand
// for ("she said when told of Villaruel's remarks", "he told Brandt",
// "she said Lopes had misled them"): a subject or object pronoun outside
// quotation marks, and a person's name outside them, in the same
// sentence, below the pronoun's head but not that head itself ("he is
// John Smith").
func (t *tree) namedBelow(src int, n string) bool {
	a := t.a
	pt := &a.Tokens[src]
	v := pt.Head
	if v < 0 || t.quoted[src] {
		return false
	}
	switch pt.Rel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
	default:
		return false
	}
	sn := a.Sentences[pt.Sent]
	for k := src + 1; k < sn.Last; k++ {
		if k == v || t.quoted[k] || a.Tokens[k].UPOS != "PROPN" || !t.below(k, v) {
			continue
		}
		if e := t.entityAt(k); e >= 0 && a.Entities[e].Type == nlp.PERSON && t.entityFullName(e) == n {
			return true
		}
	}
	return false
}

// nearestUnbound returns, for "he" or "she" at src, the person named
// last before it in the three paragraphs before, who can be of the
// pronoun's sex and whom its own clause does not name (namedBelow), or
// -1: as nearestPerson reads a "he" or a "she" alone, but no farther
// (the one who spoke last is ruled out, and a person named long before
// is too weak a guess).
func (t *tree) nearestUnbound(src int) int {
	g := wordGender(t.a.Tokens[src].Text)
	if g == 0 {
		return -1
	}
	return t.nearestPersonIf(src, g, func(ei int) bool { return !t.namedBelow(src, t.entityFullName(ei)) })
}

// below reports whether token k lies below token v in the tree, outside
// any clause v reports or is joined to with a subject of its own ("He
// notes that the commission announced there was an issue with Trump's
// microphone": a reporter's words for what he said may name him).
func (t *tree) below(k, v int) bool {
	a := t.a
	for steps := 0; k >= 0 && steps < 64; steps++ {
		if k == v {
			return true
		}
		// Nor inside a clause joined to v's with a subject of its own
		// ("He and Ståhlberg shook hands…, but Nieminen said…").
		if r := a.Tokens[k].Rel; (r == "ccomp" || r == "parataxis" || r == "conj" && a.Tokens[k].UPOS == "VERB") && t.subjectChild(k) >= 0 {
			return false
		}
		k = a.Tokens[k].Head
	}
	return false
}

// theyOfMainClause returns, for "they" at src that is the subject of a
// verb of saying in an adverbial clause of its sentence's main verb
// ("…, although they say…"), the main verb's subject when it comes
// before and is a plural noun of people ("Proponents"), with nothing
// between them in the pronoun's clause that coreference names; -1
// otherwise.
func (t *tree) theyOfMainClause(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	v := tok.Head
	if !nlp.EqualFoldLower(tok.Text, "they") || t.quoted[src] || !strings.HasPrefix(tok.Rel, "nsubj") || v < 0 || !t.isCue(v) || a.Tokens[v].Rel != "advcl" {
		return -1
	}
	m := a.Tokens[v].Head
	if m < 0 || m > src {
		return -1
	}
	s := t.subjectChild(m)
	if s < 0 || s >= src || t.quoted[s] || a.Tokens[s].UPOS != "NOUN" || a.Tokens[s].XPOS != "NNS" || !t.personWord(s) {
		return -1
	}
	return s
}

// newcomerOverCluster returns, for "he" or "she" at src outside quotation
// marks that coreference linked to cluster c, the person not of c named
// last before it (in its paragraph or the one before, in one of the three
// sentences before its own) who can be that pronoun, taken out to the
// person whose phrase holds the name; when c goes unmentioned from the
// start of that person's sentence up to the pronoun, but for words after
// the name in the person's own sentence that are not its main subject
// ("Ana Ruiz, who has run the stall for years, …", "so that she can see
// her husband's grave") and, in the sentences after, pronouns that are a
// subject or an owner. The model left the person named right before out
// of every link and tied the pronoun to someone from further up ("Ana
// Ruiz has asked to go first. The elders agreed. “I will go,” she said"
// with "she" linked to the manager quoted two paragraphs up). It returns
// -1 when the pronoun's own sentence names anyone before it, outside
// quotation marks, when c is named before the person in that person's
// sentence ("Brandt met Ruiz. “…,” he said": Brandt), and when c's name
// comes again in between; a name that only says which thing a noun is
// (ownsNoun: "at the Butt mill", "on the slopes of Bistra") is no such
// mention ("Glenmore chief executive Priya Raman has said…" with the firm
// read as a person keeps Raman, whom "she" was linked to).
func (t *tree) newcomerOverCluster(src int) int {
	a := t.a
	g := wordGender(a.Tokens[src].Text)
	c := t.clusterAt(src)
	if g == 0 || c < 0 || t.quoted[src] {
		return -1
	}
	sent := a.Tokens[src].Sent
	for k := a.Sentences[sent].First; k < src; k++ {
		if t.quoted[k] {
			continue
		}
		if t.clusterAt(k) == c {
			return -1
		}
		if ei := t.entityAt(k); ei >= 0 && a.Entities[ei].Type == nlp.PERSON {
			return -1
		}
	}
	ei := t.nearestPersonWithin(src, g, 2, func(ei int) bool {
		return t.clusterAt(a.Entities[ei].Last-1) != c && !t.ownsNoun(ei)
	})
	if ei < 0 {
		return -1
	}
	ps := a.Tokens[a.Entities[ei].First].Sent
	if ps >= sent || ps < sent-3 {
		return -1
	}
	// A name inside the phrase of another person's is that person's
	// ("Maria Lopes, whose husband, Rui Lopes, is the ship's cook,
	// said…"; "Bishop Paul Kerowa of the Diocese of Mendi", a place the
	// entity model may read as a person's name): the outer person.
	for j, steps := t.entityRootTok(&a.Entities[ei]), 0; j >= 0 && steps < 40; steps++ {
		j = a.Tokens[j].Head
		if j < 0 {
			break
		}
		if o := t.entityAt(j); o >= 0 && o != ei && a.Entities[o].Type == nlp.PERSON && !t.quoted[j] && !t.ownsNoun(o) {
			ei = o
		}
	}
	e := &a.Entities[ei]
	if t.clusterAt(e.Last-1) == c {
		return -1
	}
	if eg := t.entityGender(ei); eg != 0 && eg != g {
		return -1
	}
	root := t.sentenceRoot(ps)
	// "She said a proverb that she had heard from Father Bello. “…,” she
	// said": a "she" the person's own sentence makes its main subject is
	// whom that sentence is about, and goes on, whether or not the
	// coreference model linked it.
	if root >= 0 {
		if s := t.subjectChild(root); s >= 0 && !t.quoted[s] && a.Tokens[s].UPOS == "PRON" && wordGender(a.Tokens[s].Text) == g {
			return -1
		}
	}
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Head < a.Sentences[ps].First || m.Head >= src || t.quoted[m.Head] {
			continue
		}
		if m.Kind == nlp.PronounMention && localPronoun(a.Tokens[m.Head].Text) {
			// "I went to see Ned Ruan": the writer, whom the model may
			// have linked, is not the person "he" stands for.
			continue
		}
		if m.Kind == nlp.NameMention && m.Head < e.First {
			if ci := t.entityAt(m.Head); ci >= 0 && t.ownsNoun(ci) {
				continue // "on the slopes of Mount Kenya": no participant
			}
		}
		if m.Head < e.First {
			return -1 // named before the person in the person's sentence
		}
		if m.Kind == nlp.NameMention {
			if ci := t.entityAt(m.Head); ci < 0 || !t.ownsNoun(ci) {
				return -1 // named again, the link the model made
			}
			continue
		}
		rel := a.Tokens[m.Head].Rel
		if a.Tokens[m.Head].Sent == ps {
			// "Pressed by Tom Lund, he paused": the main subject of the
			// person's own sentence is whom it is about.
			if strings.HasPrefix(rel, "nsubj") && a.Tokens[m.Head].Head == root {
				return -1
			}
			continue
		}
		if m.Kind != nlp.PronounMention || !strings.HasPrefix(rel, "nsubj") && rel != "nmod:poss" {
			return -1
		}
	}
	return ei
}

// untypedSubjectBefore returns, for "he" or "she" at src in coreference
// cluster c (c < 0: in none), the person's name the name linking reads in the main subject
// of the sentence right before src's, in its paragraph, where that subject
// is a name the entity model typed as nothing and coreference did not put
// in c; "" otherwise, and where src's own sentence names anyone before it
// or the name's given name is of the other sex.
func (t *tree) untypedSubjectBefore(src, c int) string {
	a := t.a
	g := wordGender(a.Tokens[src].Text)
	sent := a.Tokens[src].Sent
	if g == 0 || t.quoted[src] || sent == 0 || a.Sentences[sent].NewPar || t.personAt == nil {
		return ""
	}
	if t.opensWithQuote(sent - 1) {
		// "“…,” he told us. He added: “…”": the "he" that credited the
		// quotation right before, as resolved here.
		for k := a.Sentences[sent-1].First; k < a.Sentences[sent-1].Last; k++ {
			if tk := &a.Tokens[k]; !t.quoted[k] && tk.UPOS == "PRON" && wordGender(tk.Text) == g && t.clusterAt(k) == c && strings.HasPrefix(tk.Rel, "nsubj") && tk.Head >= 0 && t.isCue(tk.Head) {
				return t.untypedSubjectBefore(k, c)
			}
		}
		return ""
	}
	for k := a.Sentences[sent].First; k < src; k++ {
		if t.quoted[k] {
			continue
		}
		if c >= 0 && t.clusterAt(k) == c || t.entityAt(k) >= 0 || a.Tokens[k].UPOS == "PROPN" {
			return ""
		}
	}
	root := t.sentenceRoot(sent - 1)
	if root < 0 {
		return ""
	}
	subj := t.subjectChild(root)
	if subj < 0 && a.Tokens[root].UPOS == "PROPN" {
		// "Ten Brink, for the growers, sounded calmer." with the
		// name made the root and its verb hung below it: the name is
		// the sentence's subject.
		subj = root
	}
	if subj < 0 {
		// "Ten Brink was more reserved." with the adjective read as a
		// passive participle: its subject is whom the sentence is
		// about, who goes on.
		subj = t.child(root, "nsubj:pass")
	}
	if subj < 0 || t.quoted[subj] || a.Tokens[subj].UPOS != "PROPN" || c >= 0 && t.clusterAt(subj) == c {
		return ""
	}
	if t.entityAt(subj) >= 0 {
		return "" // a name the entity model typed: previousSubject's
	}
	for _, k := range t.children(subj) {
		if r := a.Tokens[k].Rel; (r == "flat" || r == "compound") && t.entityAt(int(k)) >= 0 {
			return ""
		}
	}
	// A name the name linking gives no kind ("Rocco Lo Presti of UILM",
	// read with the union's name) is the person's too, "he" being one.
	off := a.Tokens[subj].Start
	n := t.personAt(off)
	if n == "" && t.bodyAt != nil && t.organisationAt != nil && !t.organisationAt(off) {
		n = t.bodyAt(off)
	}
	if !properName(n) {
		return ""
	}
	if t.nameGender != nil {
		if ng := t.nameGender(strings.Fields(n)[0]); ng != 0 && ng != g {
			return ""
		}
	}
	return n
}

// ownsNoun reports whether the name of entity ei only says whose, or
// which, a common noun is ("Streamly's head of music", "the Karen
// delegation"), with the name the noun's owner or modifier: no person
// the sentence is about, whatever the entity model read.
func (t *tree) ownsNoun(ei int) bool {
	a := t.a
	e := &a.Entities[ei]
	if e.Last < len(a.Tokens) {
		// "Streamly’s head", however parsed: an owner.
		switch a.Tokens[e.Last].Text {
		case "’s", "'s", "’", "'":
			return true
		}
		// "at the Haider mill", however parsed: a name between an
		// article and a common word says which one.
		if next := a.Tokens[e.Last].Text; e.First > 0 && a.Tokens[e.First-1].UPOS == "DET" && next != "" && unicode.IsLower([]rune(next)[0]) {
			return true
		}
	}
	r := t.entityRootTok(e)
	if r < 0 {
		return false
	}
	switch a.Tokens[r].Rel {
	case "compound", "nmod:poss", "amod":
		h := a.Tokens[r].Head
		return h >= 0 && a.Tokens[h].UPOS == "NOUN"
	case "nmod":
		// "the slopes of Pelister", "a spokesman for Ruiz": a name a
		// preposition hangs from a common noun.
		h := a.Tokens[r].Head
		return h >= 0 && a.Tokens[h].UPOS == "NOUN" && t.child(r, "case") >= 0
	}
	return false
}

// textObjectBefore returns, for the pronoun "it" that opens its sentence
// as the subject of the sentence's main verb, outside quotation marks,
// the joint text (jointText) the sentence right before it, in the same
// paragraph, made the object of its main verb ("The council and the
// union released a joint statement. It says…"): what that sentence
// brought in is what "it" stands for. -1 otherwise. Not a text one side
// issued ("The company issued a statement. It said…"), which stories
// credit to that side as often as to the text.
func (t *tree) textObjectBefore(src int) int {
	a := t.a
	tok := &a.Tokens[src]
	s := tok.Sent
	if !nlp.EqualFoldLower(tok.Text, "it") || tok.Rel != "nsubj" || t.quoted[src] || s == 0 || a.Sentences[s].NewPar {
		return -1
	}
	if h := tok.Head; h < 0 || a.Tokens[h].Head >= 0 {
		return -1
	}
	for k := a.Sentences[s].First; k < src; k++ {
		if a.Tokens[k].UPOS != "PUNCT" {
			return -1
		}
	}
	prev := a.Sentences[s-1]
	for k := prev.First; k < prev.Last; k++ {
		tk := &a.Tokens[k]
		if tk.Rel == "obj" && tk.Head >= 0 && a.Tokens[tk.Head].Head < 0 && textToken(tk) && t.jointText(k) && !t.quoted[k] {
			return k
		}
	}
	return -1
}
