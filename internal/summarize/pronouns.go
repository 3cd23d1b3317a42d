package summarize

import (
	"strings"

	"github.com/parley-bot/parley/internal/nlp"
)

// Who "he", "she" and "they" are when they speak. Coreference links most
// of them; these rules mend the cases news writing makes plain and a
// model trained on other genres gets wrong: a pronoun coreference linked
// to no name at all, a reporter taken up again later in the same
// sentence, a speaker the sentence before brings in, a person named
// inside the very quotation the pronoun gives, and people named together
// before a "they".

// wordGender returns 'm' for he/him/his/himself, 'f' for
// she/her/hers/herself, else 0.
func wordGender(w string) byte {
	var lb [lowerBufLen]byte // the lower case, on the stack
	switch string(lowerBytes(lb[:0], w)) {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// localPronoun reports whether w is a pronoun of the first or second
// person (I, me, my, we, us, our, you, your and their -self forms): outside
// quotation marks, the writer or the reader, never the person a "he" or
// "she" stands for.
func localPronoun(w string) bool {
	var lb [lowerBufLen]byte // the lower case, on the stack
	switch string(lowerBytes(lb[:0], w)) {
	case "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
		"you", "your", "yours", "yourself", "yourselves":
		return true
	}
	return false
}

// clusterGender returns the gender the mentions of cluster c give ('m',
// 'f'), 0 when none does, and 'x' when they disagree. Pronouns inside
// quotation marks are not counted.
func (t *tree) clusterGender(c int) byte { return t.clusterGenderBut(c, -1) }

// clusterGenderBut is clusterGender without the mention headed at token
// skip (-1: none).
func (t *tree) clusterGenderBut(c, skip int) byte {
	a := t.a
	if c < 0 || c >= len(a.Clusters) {
		return 0
	}
	var g byte
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Head == skip {
			continue
		}
		var mg byte
		switch m.Kind {
		case nlp.PronounMention:
			if !t.quoted[m.Head] { // a quotation's "he" is often someone else
				mg = wordGender(a.Tokens[m.Head].Text)
			}
		case nlp.NameMention:
			mg = courtesyGender(a.Tokens[m.First].Text)
		case nlp.NominalMention:
			if mg = courtesyGender(a.Tokens[m.First].Text); mg == 0 && !t.quoted[m.Head] {
				mg = nlp.GenderedNoun(a.Tokens[m.Head].Lemma) // "a spokeswoman"
			}
		}
		switch {
		case mg == 0:
		case g == 0:
			g = mg
		case g != mg:
			return 'x'
		}
	}
	return g
}

// courtesyGender returns the sex a courtesy title gives ("Mr", "Ms.",
// "Sir"), or 0; without allocating, as pronouns ask it of every mention.
func courtesyGender(w string) byte {
	w = strings.TrimSuffix(w, ".")
	for _, m := range [...]string{"mr", "sir", "lord", "monsieur", "herr", "señor", "senor"} {
		if strings.EqualFold(w, m) {
			return 'm'
		}
	}
	for _, f := range [...]string{"mrs", "ms", "miss", "lady", "dame", "madam", "madame", "mme", "mlle", "frau", "señora", "senora"} {
		if strings.EqualFold(w, f) {
			return 'f'
		}
	}
	return 0
}

// nearestPerson returns the PERSON entity named last before token src,
// outside quotation marks, in src's paragraph or the two before, whose
// coreference cluster's gender does not clash with gender g; or -1. It
// stands in for coreference when that left "she" in a cluster of
// pronouns alone ("Rakeyia Scott can be heard yelling… She then urges her
// husband…").
func (t *tree) nearestPerson(src int, g byte) int {
	return t.nearestPersonBut(src, g, -1)
}

// nearestPersonBut is nearestPerson skipping the people of cluster skip.
func (t *tree) nearestPersonBut(src int, g byte, skip int) int {
	return t.nearestPersonIf(src, g, func(ei int) bool {
		return !(skip >= 0 && t.clusterAt(t.a.Entities[ei].Last-1) == skip) && !t.slipOf(src, ei, g)
	})
}

// nearestPersonIf returns the person entity named last before src, in the
// three paragraphs before it, who can be of sex g and whom keep accepts,
// or -1.
func (t *tree) nearestPersonIf(src int, g byte, keep func(ei int) bool) int {
	return t.nearestPersonWithin(src, g, 3, keep)
}

// nearestPersonWithin is nearestPersonIf over the paras paragraphs up to
// src's.
func (t *tree) nearestPersonWithin(src int, g byte, paras int, keep func(ei int) bool) int {
	a := t.a
	lo := t.parasBack(src, paras)
	for ei := len(a.Entities) - 1; ei >= 0; ei-- {
		e := &a.Entities[ei]
		if e.First >= src {
			continue
		}
		if e.Last <= lo {
			break
		}
		if e.Type != nlp.PERSON || t.quoted[e.First] || t.nameInMarks(ei) || t.namesNoPerson(t.clusterAt(e.Last-1)) || !keep(ei) {
			continue
		}
		if eg := t.entityGender(ei); eg != 0 && eg != g {
			continue
		}
		return ei
	}
	return -1
}

// nameInMarks reports whether entity ei is a name set in quotation
// marks of its own — a nickname or a nom de guerre ("known by the nom de
// guerre “Felipe Arauca”") — which names the person named before it,
// not another one.
func (t *tree) nameInMarks(ei int) bool {
	a := t.a
	e := &a.Entities[ei]
	if e.First == 0 || e.Last >= len(a.Tokens) {
		return false
	}
	switch a.Tokens[e.First-1].Text {
	case "“", "‘", "\"":
		return closingMark(a.Tokens[e.Last].Text)
	}
	return false
}

// slipOf reports whether person entity ei is in the coreference cluster
// of the pronoun at src only by the model's slip (linkSlip), so the
// pronoun's own gender is no evidence of the person's.
func (t *tree) slipOf(src, ei int, g byte) bool {
	c := t.clusterAt(t.a.Entities[ei].Last - 1)
	return c >= 0 && c == t.clusterAt(src) && t.linkSlip(src)
}

// linkSlip reports whether the coreference model linked "he" or "she" at
// src to a cluster it cannot belong to: one named only as a body or a
// place, or by one word never given in full (namesNoPerson); one that
// holds a given name of the other sex ("Vandam" after "Pieter Vandam");
// or one whose other pronouns and titles are all of the other sex ("Kim
// Ha-eun … she said" for a "he").
func (t *tree) linkSlip(src int) bool {
	g := wordGender(t.a.Tokens[src].Text)
	c := t.clusterAt(src)
	if g == 0 || c < 0 {
		return false
	}
	if og := t.clusterGenderBut(c, src); og == 'm' && g == 'f' || og == 'f' && g == 'm' {
		return true
	}
	return t.namesNoPerson(c) || t.givenOtherSex(&t.a.Clusters[c], g)
}

// parasBack returns the first token of the paragraph n-1 paragraphs
// before token src's (src's own for n = 1), or 0.
func (t *tree) parasBack(src, n int) int {
	a := t.a
	pars, lo := 0, src
	for s := a.Tokens[src].Sent; s >= 0 && lo > 0; s-- {
		lo = a.Sentences[s].First
		if a.Sentences[s].NewPar {
			if pars++; pars == n {
				break
			}
		}
	}
	return lo
}

// lastOfGender returns, for a "he" or "she" that nothing nearer resolves,
// the person named last before token src, outside quotation marks, within
// src's paragraph and the seven before, when that person is known to be
// of gender g and nobody named after them could be: a story follows one
// person through paragraphs of pronouns ("Rakeyia Scott can be heard
// yelling… She then urges… she yells… “…,” she said"). Otherwise -1.
func (t *tree) lastOfGender(src int, g byte) int {
	a := t.a
	lo := t.parasBack(src, 8)
	for ei := len(a.Entities) - 1; ei >= 0; ei-- {
		e := &a.Entities[ei]
		if e.First >= src {
			continue
		}
		if e.Last <= lo {
			break
		}
		if e.Type != nlp.PERSON || t.quoted[e.First] || t.namesNoPerson(t.clusterAt(e.Last-1)) || t.slipOf(src, ei, g) {
			continue
		}
		switch t.entityGender(ei) {
		case g:
			return ei
		case 0:
			return -1 // someone who could be the pronoun too
		}
	}
	return -1
}

// entityGender returns the gender of the person entity ei: what its
// coreference cluster's pronouns and titles say, else what its given name
// says ('m', 'f'), else 0 ('x' when they disagree).
func (t *tree) entityGender(ei int) byte {
	e := &t.a.Entities[ei]
	// The cluster of the name's last word that has one ("Lee Soo-min",
	// whose mention ends before the syllable after the hyphen).
	c := -1
	for k := e.Last - 1; k >= e.First && c < 0; k-- {
		c = t.clusterAt(k)
	}
	if g := t.clusterGender(c); g != 0 {
		return g
	}
	return t.givenNameGender(ei, c)
}

// givenNameGender returns the sex entity ei's given name is common for
// ('m', 'f'; 0 when unknown or given to both): the name's first word, or,
// for a surname alone, that of its full form in cluster c (-1: none) or
// in the story.
func (t *tree) givenNameGender(ei, c int) byte {
	if g, ok := t.givenGenders[ei]; ok {
		return g
	}
	if t.givenGenders == nil {
		t.givenGenders = map[int]byte{}
	}
	g := t.readGivenNameGender(ei, c)
	t.givenGenders[ei] = g
	return g
}

// readGivenNameGender computes givenNameGender.
func (t *tree) readGivenNameGender(ei, c int) byte {
	e := &t.a.Entities[ei]
	given, full := e.First, e.Last-e.First > 1
	if !full && c >= 0 {
		// "Vandenbroucke" after "Pieter Vandenbroucke": the given name
		// the cluster's full mention has.
		for _, mi := range t.a.Clusters[c].Mentions {
			if m := &t.a.Mentions[mi]; m.Kind == nlp.NameMention && m.Last-m.First > 1 && t.a.Tokens[m.Last-1].Text == t.a.Tokens[e.Last-1].Text {
				given, full = m.First, true
				break
			}
		}
	}
	givenName := t.a.Tokens[given].Text
	if !full {
		// "Vandam" the coreference model left apart from "Pieter
		// Vandam" (which the entity model may even have typed a
		// place): the one name the story ends with it.
		surname := t.a.Tokens[e.First].Text
		for fi := range t.a.Entities {
			f := &t.a.Entities[fi]
			if f.Last-f.First > 1 && t.a.Tokens[f.First].Text == surname && t.syllablesAfter(f.First+1) {
				return 0 // "Park" after "Park Ji-hoon": a surname written first
			}
			if f.Last-f.First < 2 || t.a.Tokens[f.Last-1].Text != surname {
				continue
			}
			if g := t.a.Tokens[f.First].Text; full && g != givenName {
				return 0 // two people of that name
			} else {
				givenName, full = g, true
			}
		}
	}
	if full && t.syllablesAfter(given+1) {
		// "Park Ji-hoon", as Korean names are romanised: the surname
		// comes first, and the given name is the two syllables after it.
		return 0
	}
	first := strings.ToLower(givenName)
	switch {
	case maleNames[first] && !femaleNames[first]:
		return 'm'
	case femaleNames[first] && !maleNames[first]:
		return 'f'
	case maleNames[first] || femaleNames[first]:
		return 0 // given to both ("Kim", "Jean")
	}
	// A name the short lists miss ("Marisol", "Halvard"): the analysis
	// layer's lexicons, when the name has a word after it.
	if t.nameGender != nil && full {
		return t.nameGender(givenName)
	}
	return 0
}

// otherSex reports whether the noun at n gives one sex ("spokeswoman",
// "chairman") and the pronoun at pron the other.
func (t *tree) otherSex(n, pron int) bool {
	g := nlp.GenderedNoun(t.a.Tokens[n].Lemma)
	pg := wordGender(t.a.Tokens[pron].Text)
	return g != 0 && pg != 0 && g != pg
}

// whoClause reports whether the noun at n has a clause of its own
// opened by "who" ("one senior figure at a northern track, who asked
// not to be named"): "who" stands for a person, whatever the noun.
func (t *tree) whoClause(n int) bool {
	a := t.a
	for _, c := range t.children(n) {
		switch a.Tokens[c].Rel {
		case "acl:relcl", "acl", "parataxis", "appos":
		default:
			continue
		}
		if s := t.child(int(c), "nsubj", "nsubj:pass"); s >= 0 && nlp.EqualFoldLower(a.Tokens[s].Text, "who") {
			return true
		}
	}
	return false
}

// syllablesAfter reports whether token k opens a given name of two
// syllables joined by a hyphen, the second in lower case ("Ji | - |
// hoon").
func (t *tree) syllablesAfter(k int) bool {
	a := t.a
	if k+2 >= len(a.Tokens) || a.Tokens[k+1].Text != "-" || a.Tokens[k].SpaceAfter || a.Tokens[k+1].SpaceAfter {
		return false
	}
	w := a.Tokens[k+2].Text
	if len(w) > 5 || !startsUpper(a.Tokens[k].Text) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// sameSentenceReporter returns, for "he" or "she" at src, the subject of a
// verb of saying whose clause the pronoun's verb of saying is joined to in
// the same sentence ("Putney later told CNN that…, but he said witnesses
// saw a gun"): a person named there, outside quotation marks, whose
// gender does not clash; or -1.
func (t *tree) sameSentenceReporter(src int) int {
	a := t.a
	g := wordGender(a.Tokens[src].Text)
	v := a.Tokens[src].Head
	if g == 0 || a.Tokens[src].Rel != "nsubj" || v < 0 || !cueLemma(a.Tokens[v].Lemma) || t.quoted[src] {
		return -1
	}
	if a.Tokens[v].Rel != "conj" {
		return -1
	}
	u := a.Tokens[v].Head
	if u < 0 || u >= src || !cueLemma(a.Tokens[u].Lemma) || a.Tokens[u].UPOS != "VERB" {
		return -1
	}
	ei := t.personSubject(u)
	if ei < 0 {
		return -1
	}
	if eg := t.entityGender(ei); eg != 0 && eg != g {
		return -1
	}
	return ei
}

// personSubject returns the person entity whose name, outside quotation
// marks, is the subject of verb v, or -1.
func (t *tree) personSubject(v int) int {
	s := t.subjectChild(v)
	if s < 0 || t.quoted[s] || t.a.Tokens[s].UPOS != "PROPN" {
		return -1
	}
	if ei := t.entityAt(s); ei >= 0 && t.a.Entities[ei].Type == nlp.PERSON {
		return ei
	}
	return -1
}

// ownerOfReporter returns, for "he" or "she" at src inside what a verb
// of saying reports, the person named as the owner of that verb's subject
// ("Cohen's office later said he had instructed the team…", "Ruiz's
// spokeswoman said she would attend"): the one an office or a
// spokesperson speaks for, when nothing before the pronoun in its clause
// names another person; -1 otherwise.
func (t *tree) ownerOfReporter(src int) int {
	a := t.a
	g := wordGender(a.Tokens[src].Text)
	if g == 0 || t.quoted[src] || !strings.HasPrefix(a.Tokens[src].Rel, "nsubj") {
		return -1
	}
	// The verb of saying whose complement holds the pronoun's clause.
	v := a.Tokens[src].Head
	if v < 0 || a.Tokens[v].Rel != "ccomp" {
		return -1
	}
	u := a.Tokens[v].Head
	if u < 0 || u > src || !cueLemma(a.Tokens[u].Lemma) {
		return -1
	}
	s := t.subjectChild(u)
	if s < 0 || t.quoted[s] || a.Tokens[s].UPOS != "NOUN" {
		return -1
	}
	o := t.child(s, "nmod:poss")
	if o < 0 || a.Tokens[o].UPOS != "PROPN" {
		return -1
	}
	ei := t.entityAt(o)
	if ei < 0 || a.Entities[ei].Type != nlp.PERSON {
		return -1
	}
	if eg := t.entityGender(ei); eg != 0 && eg != g {
		return -1
	}
	for k := s + 1; k < src; k++ {
		if e := t.entityAt(k); e >= 0 && e != ei && a.Entities[e].Type == nlp.PERSON {
			return -1
		}
	}
	return ei
}

// personBefore reports whether the coreference cluster of the token at
// i holds, before i, a mention that is a person: a person's name or a
// noun for a person.
func (t *tree) personBefore(i int) bool {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 {
		return false
	}
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Head < 0 || m.Head >= i || m.Kind == nlp.PronounMention {
			continue
		}
		if e := t.entityAt(m.Head); e >= 0 && a.Entities[e].Type == nlp.PERSON || t.personWord(m.Head) {
			return true
		}
	}
	return false
}

// pronounsOnly reports whether the coreference cluster of token i (if
// any) holds pronouns only: no name and no description before i.
func (t *tree) pronounsOnly(i int) bool {
	a := t.a
	c := t.clusterAt(i)
	if c < 0 {
		return true
	}
	if t.linkSlip(i) {
		return true // linked to a company's name, or a man's: the model's slip
	}
	if wordGender(a.Tokens[i].Text) != 0 && t.clusterGenderBut(c, i) == 'x' {
		// "he" and "she" in one cluster: the model joined a man and a
		// woman, and its names and descriptions say neither which.
		return true
	}
	for _, mi := range a.Clusters[c].Mentions {
		if m := &a.Mentions[mi]; m.Kind != nlp.PronounMention && m.Head < i {
			return false
		}
	}
	return true
}

// selfNamed returns, for "he" or "she" at src that coreference linked to
// someone the quotation [first, last) itself names ("“No one is writing
// songs for Hillary. Obama had will.i.am,” he said" linked to Obama),
// the person named last before the quotation who can be that pronoun
// instead: speakers rarely name themselves in the third person, and news
// brings a new speaker in by name right before the quotation ("…concerns
// Henry Crespo, president of the Miami-based caucus"). It returns -1 when
// the rule does not apply.
func (t *tree) selfNamed(src, first, last int) int {
	a := t.a
	g := wordGender(a.Tokens[src].Text)
	c := t.clusterAt(src)
	if g == 0 || c < 0 || first < 0 || last > len(a.Tokens) {
		return -1
	}
	// The cluster's own name, by its last word ("Obama" for "Barack
	// Obama"), not a title coreference joined to it ("Mr. President").
	f := strings.Fields(a.Clusters[c].Name)
	if len(f) == 0 {
		return -1
	}
	surname := f[len(f)-1]
	named := false
	for _, mi := range a.Clusters[c].Mentions {
		m := &a.Mentions[mi]
		if m.Kind == nlp.NameMention && m.Head >= first && m.Head < last && t.quoted[m.Head] && a.Tokens[m.Last-1].Text == surname {
			named = true
			break
		}
	}
	if !named {
		return -1
	}
	return t.nearestPersonBut(first, g, c)
}

// previousSubject returns, for "he" or "she" at src that coreference
// linked to cluster c, the person who is the subject of the sentence
// before (the last one outside quotation marks), when that person can be
// the pronoun and is not of c, and neither c nor any other person is
// named in the pronoun's own sentence before it, outside quotation marks
// (a name that only
// modifies a noun, "Clinton communication director Jennifer Palmieri",
// does not count): news brings a speaker in and goes on with "she said"
// ("Jo-Renee Formicola, a professor at Seton Hall, described Trump's
// approach… “…,” she said"; "Christie, who has campaigned for Donald
// Trump, blasted Clinton… “…,” he said"). It returns -1 otherwise.
func (t *tree) previousSubject(src, c int) int {
	a := t.a
	g := wordGender(a.Tokens[src].Text)
	if g == 0 || c < 0 || t.quoted[src] {
		return -1
	}
	sent := a.Tokens[src].Sent
	for k := a.Sentences[sent].First; k < src; k++ {
		// The subject of a verb the pronoun's clause hangs from, of the
		// pronoun's own cluster ("Carrow-Dunne said she did"): the
		// sentence names who the pronoun is, whoever spoke before.
		if v := a.Tokens[k].Head; !t.quoted[k] && strings.HasPrefix(a.Tokens[k].Rel, "nsubj") && v >= 0 && t.governs(v, src) && t.clusterAt(k) == c {
			return -1
		}
	}
	prev := -1
	credit, ownQuote := sent-1, t.opensWithQuote(sent)
	for s := sent - 1; s >= 0 && s >= sent-4; s-- {
		// A sentence that opens with a quotation (its mark is not inside
		// it) is someone's words, not the story's; the one right before
		// that names who said them ("“…,” said Sanders, whose candidacy…
		// “…,” he said") gives the speaker who goes on, before the
		// sentences of the pronoun's own quotation ("“…,” said Moustapha
		// Sall. ¶ “My sons asked me…. Now I can tell them no,” he
		// said").
		if !t.opensWithQuote(s) {
			prev = s
			break
		}
		if s == credit && ownQuote && t.wordsQuoted(s) {
			credit = s - 1
			continue
		}
		if s == credit {
			if ei := t.creditedPerson(s); ei >= 0 {
				if eg := t.entityGender(ei); (eg == 0 || eg == g) && t.clusterAt(a.Entities[ei].Last-1) != c {
					return ei
				}
				return -1
			}
		}
	}
	if prev < 0 {
		return -1
	}
	for k := a.Sentences[sent].First; k < src; k++ {
		if t.quoted[k] || t.nameModifier(k) {
			continue
		}
		if t.clusterAt(k) == c {
			return -1 // named again in the pronoun's own sentence
		}
		if ei := t.entityAt(k); ei >= 0 && a.Entities[ei].Type == nlp.PERSON {
			return -1 // someone else named first in it ("Mr. Clarke said, he decided…")
		}
	}
	root := t.sentenceRoot(prev)
	if root < 0 {
		return -1
	}
	if v := t.trailingReporter(prev); v >= 0 {
		root = v
	}
	subj := t.subjectChild(root)
	if k := t.accordingToName(root); k >= 0 {
		// "According to Halvorsen, the buyer will keep the staff. “…,”
		// he said": the person the sentence before is credited to goes
		// on, not its grammatical subject.
		subj = k
	}
	if subj < 0 && a.Tokens[root].UPOS == "PROPN" && !t.quoted[root] {
		// "Christie, who has campaigned for Donald Trump…, blasted
		// Clinton" with the name made the root: the name is the subject
		// whose verb the parser hung below it.
		subj = root
	}
	if subj < 0 {
		// "“…,” said Sanders, whose candidacy… “…,” he said" with the
		// name hung in the clause after the cue: the speaker the
		// quotation before was credited to goes on.
		ei := t.creditedPerson(prev)
		if ei < 0 || t.clusterAt(a.Entities[ei].Last-1) == c {
			return -1
		}
		if eg := t.entityGender(ei); eg != 0 && eg != g {
			return -1
		}
		return ei
	}
	ei := -1
	byRole := false
	switch a.Tokens[subj].UPOS {
	case "PROPN":
		ei = t.entityAt(subj)
		// "Dutch Economy Minister Karin Brouwer urged…" with the
		// nationality read as the head, "Glenmore chief executive Priya
		// Raman has said…" with the firm's: the person the phrase names.
		if ei < 0 || a.Entities[ei].Type != nlp.PERSON || t.employerBefore(ei, int(t.left[subj]), int(t.right[subj])) {
			if ei = t.personIn(subj); ei >= 0 {
				subj = a.Entities[ei].Last - 1
			}
		}
	case "PRON":
		if w := strings.ToLower(a.Tokens[subj].Text); w == "i" || w == "we" {
			// "I asked Ines Varga, who…, what she made of it. She
			// shrugged. “…,” she said": the writer's own sentence
			// brings in the one person it asks, meets or speaks to.
			if ei = t.writersInterlocutor(root, g); ei < 0 || t.clusterAt(a.Entities[ei].Last-1) == c {
				return -1
			}
			return ei
		}
		// "Lopez was less upbeat. She told reporters… “…,” she
		// said": the person the pronoun before stood for, as resolved
		// in its own sentence.
		if wordGender(a.Tokens[subj].Text) != g {
			return -1
		}
		ei = t.pronounSpeaker(subj)
		if ei >= 0 {
			return ei
		}
	case "NOUN":
		// "Clinton communication director Jennifer Palmieri said":
		// the person the role phrase names.
		ei = t.personIn(subj)
		if ei >= 0 {
			subj = a.Entities[ei].Last - 1
		} else if roleNoun(strings.ToLower(a.Tokens[subj].Text)) {
			// "The federation's president said…" with the holder named
			// elsewhere ("The president, Andrea Szabo,"): that person.
			if n, ok := t.speakerOf(subj); ok && properName(n) {
				ei = t.personNamed(n)
				byRole = ei >= 0 && t.clusterAt(a.Entities[ei].Last-1) != c
			}
		}
	}
	if ei < 0 || a.Entities[ei].Type != nlp.PERSON {
		return -1
	}
	// The subject in the pronoun's own cluster: the cluster decides,
	// unless the subject is a title whose holder the story names and
	// coreference put elsewhere ("The minister said…" for Minister
	// Boitumelo Kgosietsile-Seretse, linked with "she" to the opposition
	// leader named before): the holder goes on.
	if eg := t.entityGender(ei); eg != 0 && eg != g || t.clusterAt(subj) == c && !byRole {
		return -1
	}
	return ei
}

// writersInterlocutor returns the one person of gender g (or of none
// known) whom verb v of a sentence the writer tells in the first person
// takes as its object or in a phrase of its own ("I asked Ines Varga…",
// "we spoke to Tomas Ruiz"), or -1 when there is none or more than one.
func (t *tree) writersInterlocutor(v int, g byte) int {
	a := t.a
	found := -1
	for _, ch := range t.children(v) {
		k := int(ch)
		rel := a.Tokens[k].Rel
		if t.quoted[k] || rel != "obj" && rel != "iobj" && rel != "obl" && !strings.HasPrefix(rel, "obl:") {
			continue
		}
		ei := t.entityAt(k)
		if ei < 0 || a.Entities[ei].Type != nlp.PERSON {
			continue
		}
		if eg := t.entityGender(ei); eg != 0 && eg != g {
			continue
		}
		if found >= 0 && found != ei {
			return -1
		}
		found = ei
	}
	return found
}

// trailingReporter returns the verb of saying that closes sentence s
// after a comma or a closing quotation mark, with a subject of its own and
// nothing after it but the final mark ("The firm's chief executive told
// the meeting that…, the analyst observed."): the sentence's reporter,
// however the parser hung the verb below the clause it reports; -1 when
// the sentence does not end so, or the verb is already its root.
func (t *tree) trailingReporter(s int) int {
	a := t.a
	first, last := a.Sentences[s].First, a.Sentences[s].Last-1
	for last > first && a.Tokens[last].UPOS == "PUNCT" {
		last--
	}
	v := last
	if v <= first || t.quoted[v] || a.Tokens[v].Head < 0 || !t.isCue(v) {
		return -1
	}
	subj := t.subjectChild(v)
	if subj < 0 || subj > v {
		return -1
	}
	l := int(t.left[subj])
	if l <= first {
		return -1
	}
	switch a.Tokens[l-1].Text {
	case ",", "”", "\"", "''":
		return v
	}
	return -1
}

// wordsQuoted reports whether every word of sentence s is inside
// quotation marks: a sentence of someone's words with no credit.
func (t *tree) wordsQuoted(s int) bool {
	a := t.a
	for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
		if !t.quoted[k] && a.Tokens[k].UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// opensWithQuote reports whether sentence s opens with a quotation (its
// mark, or its first word, quoted): someone's words, not the story's.
func (t *tree) opensWithQuote(s int) bool {
	a := t.a
	f := a.Sentences[s].First
	return t.quoted[f] || a.Tokens[f].UPOS == "PUNCT" && f+1 < a.Sentences[s].Last && t.quoted[f+1]
}

// previousRootSubjects returns the subjects of the main verbs of the (at
// most two) sentences before sentence sent that are outside quotation
// marks, nearest first.
func (t *tree) previousRootSubjects(sent int) []int {
	a := t.a
	var out []int
	for s := sent - 1; s >= 0 && s >= sent-2; s-- {
		if t.quoted[a.Sentences[s].First] {
			continue
		}
		for k := a.Sentences[s].First; k < a.Sentences[s].Last; k++ {
			if a.Tokens[k].Head < 0 {
				if subj := t.subjectChild(k); subj >= 0 {
					out = append(out, subj)
				}
				break
			}
		}
	}
	return out
}

// theyNamed returns, for "they" at src that coreference linked to no
// name, the people the sentence before (or the one before that) made its
// subject by name, together: "Senators Grassley and Leahy sent a letter… “…,” they wrote",
// "Critics, like Senators Grassley and Leahy, see… They sent a letter…
// “…,” they wrote" (through the "they" before); "" when none.
func (t *tree) theyNamed(src, depth int) string {
	a := t.a
	if depth > 1 || !nlp.EqualFoldLower(a.Tokens[src].Text, "they") || t.quoted[src] || t.clusterProperName(src) != "" {
		return ""
	}
	subs := t.previousRootSubjects(a.Tokens[src].Sent)
	if len(subs) == 0 {
		return ""
	}
	h := subs[0]
	ht := &a.Tokens[h]
	switch {
	case ht.UPOS == "PRON":
		return t.theyNamed(h, depth+1)
	case ht.UPOS == "NOUN" && ht.XPOS == "NNS":
		// "Critics of the program, like Senators A and B": the people
		// named as the group's examples.
		for _, c := range t.children(h) {
			ci := int(c)
			if a.Tokens[ci].Rel != "nmod" || t.quoted[ci] {
				continue
			}
			switch t.caseOf(ci) {
			case "like", "including":
			default:
				continue
			}
			return t.namedPeople(ci)
		}
	case ht.UPOS == "PROPN":
		return t.namedPeople(h)
	}
	return ""
}

// namedPeople returns the people the phrase at h names with others joined
// by "and" ("Grassley and Leahy", "Senators Grassley and Leahy"), or "".
func (t *tree) namedPeople(h int) string {
	n, ok := t.speakerOf(h)
	if !ok || !properName(n) {
		return ""
	}
	if both := t.coordinatedSpeaker(h, n); both != n {
		return both
	}
	return ""
}

// pronounSpeaker returns the PERSON entity pronoun token k speaks for,
// as speakerOf resolves it, or -1; each pronoun is resolved once.
func (t *tree) pronounSpeaker(k int) int {
	if e, ok := t.pronounPerson[k]; ok {
		return e
	}
	e := -1
	if n, ok := t.speakerOf(k); ok && properName(n) {
		e = t.personNamed(n)
	}
	if t.pronounPerson == nil {
		t.pronounPerson = map[int]int{}
	}
	t.pronounPerson[k] = e
	return e
}

// personNamed returns the PERSON entity whose full name is n, the last
// one the text names so, or -1. Only entities whose last word ends n
// are completed (completing a name reads the whole document).
func (t *tree) personNamed(n string) int {
	a := t.a
	for ei := len(a.Entities) - 1; ei >= 0; ei-- {
		e := &a.Entities[ei]
		// The name's last word, or the last part of a surname written
		// with a hyphen ("Seretse" of "Kgosietsile-Seretse").
		if e.Type != nlp.PERSON || !strings.HasSuffix(n, a.Tokens[e.Last-1].Text) {
			continue
		}
		if t.entityFullName(ei) == n {
			return ei
		}
	}
	return -1
}

// creditedPerson returns the PERSON entity a quotation opening sentence s
// is credited to by name outside the quotation marks ("“…,” said
// Sanders"; "“…,” Sanders said"), or -1.
func (t *tree) creditedPerson(s int) int {
	a := t.a
	sn := a.Sentences[s]
	for k := sn.First; k < sn.Last; k++ {
		if t.quoted[k] || a.Tokens[k].UPOS != "VERB" || !cueLemma(a.Tokens[k].Lemma) {
			continue
		}
		sj := t.child(k, "nsubj")
		if (sj < 0 || t.quoted[sj]) && k+1 < sn.Last {
			// "said Sanders, whose candidacy…" with the name hung in
			// the clause after it: the name right after the cue.
			sj = k + 1
		}
		if sj >= 0 && !t.quoted[sj] && a.Tokens[sj].UPOS == "PROPN" {
			if ei := t.entityAt(sj); ei >= 0 && a.Entities[ei].Type == nlp.PERSON {
				return ei
			}
			// "said Senator Mike Crapo, …" with the title the subject
			// and the name hung below it: the person it names.
			if ei := t.personIn(sj); ei >= 0 && isTitleWord(a.Tokens[sj].Text) {
				return ei
			}
		}
		return -1
	}
	return -1
}

// previousRole returns, for "he" or "she" at src that opens its sentence
// as the subject, the person the sentence right before names by a role
// as its subject ("The minister was visibly irritated. She called the
// claim…"), when the story says who holds that role; "" otherwise.
func (t *tree) previousRole(src int) string {
	a := t.a
	sent := a.Tokens[src].Sent
	if sent == 0 || t.quoted[src] || src != a.Sentences[sent].First || !strings.HasPrefix(a.Tokens[src].Rel, "nsubj") || t.opensWithQuote(sent-1) {
		return ""
	}
	root := t.sentenceRoot(sent - 1)
	if root < 0 {
		return ""
	}
	s := t.child(root, "nsubj")
	if s < 0 {
		s = t.child(root, "nsubj:pass")
	}
	if s < 0 || t.quoted[s] || a.Tokens[s].UPOS != "NOUN" || !roleNoun(strings.ToLower(a.Tokens[s].Text)) {
		return ""
	}
	if n, ok := t.speakerOf(s); ok && properName(n) {
		return n
	}
	return ""
}

// previousUnnamed returns, for "he" or "she" at src that is the subject of
// a verb of saying, the unnamed person the sentence right before made the
// subject of its verb of saying ("A member of the government delegation,
// who asked not to be identified, said…" then "«…», he said"): one
// described with "a", "an" or "one", or who asked not to be named, as
// the story describes them; "" otherwise, or when a person is named in
// the pronoun's sentence before it.
func (t *tree) previousUnnamed(src int) string {
	return t.previousDescribedSubject(src, false)
}

// previousDescribed returns, for "he" or "she" at src that is the subject
// of a verb of saying and that coreference tied to no one before it, the
// person the sentence right before made the subject of its main verb by a
// description, whatever that verb ("A ferry pilot was less patient. «…»,
// she said"): as previousUnnamed, but the sentence before need not say
// anything. Its caller asks it only where the pronoun's cluster holds
// pronouns alone, so no name or description coreference found overrides.
func (t *tree) previousDescribed(src int) string {
	return t.previousDescribedSubject(src, true)
}

// previousDescribedSubject is previousUnnamed, and previousDescribed where
// anyVerb lets the sentence before be about its subject without saying
// anything; a subject the lexicon does not know as a person is only read
// as one when it speaks.
func (t *tree) previousDescribedSubject(src int, anyVerb bool) string {
	a := t.a
	sent := a.Tokens[src].Sent
	v := a.Tokens[src].Head
	if sent == 0 || wordGender(a.Tokens[src].Text) == 0 || t.quoted[src] || !strings.HasPrefix(a.Tokens[src].Rel, "nsubj") || v < 0 || !t.isCue(v) {
		return ""
	}
	for k := a.Sentences[sent].First; k < src; k++ {
		if e := t.entityAt(k); e >= 0 && !t.quoted[k] && a.Entities[e].Type == nlp.PERSON {
			return ""
		}
	}
	// The sentence before the quotation the pronoun's sentence closes,
	// which the splitter may have cut in two ("«After that… automatically.
	// | That message was given…», he said."), in the same paragraph.
	prev := sent - 1
	for prev > 0 && prev >= sent-3 && t.opensWithQuote(prev) && !a.Sentences[prev].NewPar {
		prev--
	}
	// A new paragraph goes on with the one before only where it opens
	// with the quotation the pronoun closes ("One crofter, who did not
	// want to be named…, said… ¶ «…», he said").
	if t.opensWithQuote(prev) || a.Sentences[sent].NewPar && prev == sent-1 && !t.opensWithQuote(sent) {
		return ""
	}
	root := t.sentenceRoot(prev)
	if root < 0 {
		return ""
	}
	s := t.subjectChild(root)
	// "One of the growers, who asked not to be named, said…": "one"
	// of a group, with a "who" clause of its own, is a person too.
	oneOf := s >= 0 && a.Tokens[s].UPOS == "NUM" && nlp.EqualFoldLower(a.Tokens[s].Text, "one") && t.whoClause(s)
	if s < 0 || t.quoted[s] || !oneOf && (a.Tokens[s].UPOS != "NOUN" || !t.personWord(s) && !t.whoClause(s) && !t.unknownSpeakerNoun(s, root)) {
		return ""
	}
	// The sentence before said something, or brought in a source who
	// is not to be named, whatever it says of them ("A senior figure at
	// one of the mills, who asked not to be identified…, was candid.
	// «…», he said").
	if !anyVerb && !t.isCue(root) && !t.unnamedSource(s) || anyVerb && !oneOf && !t.personWord(s) {
		return ""
	}
	if t.otherSex(s, src) {
		return "" // "a spokeswoman said… «…», he said": someone else
	}
	// "The mayor of Savudrija said… «…», he said": one person a
	// definite description brings in goes on as well.
	definite := a.Tokens[s].XPOS == "NN" && t.child(s, "det") >= 0 && nlp.EqualFoldLower(a.Tokens[t.child(s, "det")].Text, "the")
	if !oneOf && !t.indefinite(s) && !definite && !t.unnamedSource(s) {
		return ""
	}
	if n, ok := t.speakerOf(s); ok && n != "" {
		return n
	}
	return ""
}

// unknownSpeakerNoun reports whether the noun at s, brought in with "a" or
// "one" as the subject of the verb of saying at root, is one the
// analysis layer's lexicon does not class and no word list says is a
// text, a speech or a body: someone of a trade the lexicon never met ("A
// porter said…", "One cook said…") says things as a person does.
func (t *tree) unknownSpeakerNoun(s, root int) bool {
	return t.isCue(root) && t.unclassedNoun(s)
}

// unclassedNoun reports whether the noun at s, brought in with "a" or
// "one", is one the analysis layer's lexicon does not class and no word
// list says is a text, a speech or a body: a trade the lexicon never met
// ("a porter", "one cook"), which a verb of saying or a "he" or "she"
// shows to be a person.
func (t *tree) unclassedNoun(s int) bool {
	if t.nounClass == nil || !t.indefinite(s) {
		return false
	}
	l := strings.ToLower(t.a.Tokens[s].Lemma)
	return t.nounClass(l) == 0 && !textNoun(l) && !speechNoun(l) && !writtenDocument(l) && !lowerIn(bodyKinds, l) && !lowerIn(speakingBodies, l)
}

// accordingToName returns the name token that "according to" hangs from
// verb v as the source of v's clause ("According to Halvorsen, the buyer
// will keep the staff"), when it is a name outside quotation marks, or -1.
func (t *tree) accordingToName(v int) int {
	a := t.a
	for _, ch := range t.children(v) {
		k := int(ch)
		if t.quoted[k] || a.Tokens[k].UPOS != "PROPN" || !strings.HasPrefix(a.Tokens[k].Rel, "obl") {
			continue
		}
		for _, c := range t.children(k) {
			if ci := int(c); ci < k && a.Tokens[ci].Rel == "case" && strings.EqualFold(a.Tokens[ci].Text, "according") {
				return k
			}
		}
	}
	return -1
}
