package nlp

// The rules applied at run time after the coreference model has scored
// a mention's candidates (Resolver.run): each takes the model's choice c
// and returns the cluster the mention joins, where the grammar of news
// says more than the features do ("“…,” the minister said" after the
// minister was named as the sentence's subject; "he" after a sentence
// whose subject is a named person's description; a name given as the
// name someone goes by). The rules run only at run time, never in
// training, whose model files must stay reproducible; the helpers at the
// end of the file (personDescription, GenderedNoun, prevSentence…) serve
// the candidate filters and the mention descriptions too.

import "strings"

// mergeNamedAs moves the mentions of a name given as the name someone goes
// by to the cluster of the description of that someone (namedAs), once
// every mention has chosen: the description's later mentions ("the
// operator said") were chosen on the description, not on the name. Cluster
// numbers are then made dense again, in order of first mention.
func (s *crRun) mergeNamedAs() {
	merged := false
	for i := range s.mentions {
		from := s.clusterOf[i]
		if d := s.namedAs(i, -1); d >= 0 && d != from {
			// The name and its short forms, and the pronouns that
			// chose them; not a description of the name itself ("her
			// first name").
			for k := range s.clusterOf {
				if s.clusterOf[k] == from && s.mentions[k].Kind != NominalMention {
					s.clusterOf[k] = d
					if s.mentions[k].Kind == NameMention {
						s.personName(k)
					}
				}
			}
			merged = true
		}
	}
	if !merged {
		return
	}
	renum := make([]int, len(s.cls))
	for c := range renum {
		renum[c] = -1
	}
	n := 0
	for i, c := range s.clusterOf {
		if renum[c] < 0 {
			renum[c] = n
			s.cls[n] = s.cls[c]
			n++
		}
		s.clusterOf[i] = renum[c]
	}
	s.cls = s.cls[:n]
}

// subjectFirst returns the cluster a "he" or "she" that is a subject
// refers to, given the choice c: where c was last mentioned in the
// sentence before, but not as its subject (or only inside its quotation,
// for a pronoun outside quotation marks), while that sentence's subject is
// a person the pronoun can stand for, the subject ("Clinton criticized
// officer Betty Shelby… “…,” she said": Clinton). A name inside the
// quotation of the pronoun's own sentence counts as one in the sentence
// before.
func (s *crRun) subjectFirst(i, c int) int {
	in := &s.info[i]
	if c < 0 || !in.heOrShe() || in.rel != "nsubj" {
		return c
	}
	prev := s.prevSentence(i)
	subj, chosenInPrev, ownQuote, outside := -1, false, false, false
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote {
			// Named only inside the quotation a speaker gave in the
			// sentence before: the speaker goes on ("Limbaugh
			// continued: “… Trump is such a liar …” ¶ He concluded:").
			if !in.quote && s.clusterOf[j] == c {
				// The same for a name only inside the quotation
				// the pronoun's own sentence gives ("“Londoners
				// deserve better,” he said"): a speaker does not
				// name himself, the one who spoke before goes on.
				chosenInPrev = true
				ownQuote = ownQuote || s.info[j].sent == in.sent
			}
			continue
		}
		cj := s.clusterOf[j]
		if s.info[j].sent > prev {
			if cj == c {
				return c // named again in the pronoun's own sentence
			}
			continue
		}
		if cj == c {
			if s.info[j].rootSubj {
				return c
			}
			chosenInPrev, outside = true, true
		}
		if s.info[j].rootSubj && (s.mentions[j].Type == PERSON || cj >= 0 && s.cls[cj].typ == PERSON) && crCompatible(in.p, &s.cls[cj]) {
			subj = cj
		}
	}
	if ownQuote && !outside && subj < 0 && s.quotedOnly(c, i, in.sent) {
		// Named nowhere but in the pronoun's own quotation, and no
		// one else to stand for: the pronoun starts its own cluster.
		return -1
	}
	if !chosenInPrev || subj < 0 || subj == c {
		return c
	}
	return subj
}

// paragraphSubject returns the cluster a "he" or "she" subject refers
// to, given the choice c: where the sentence before, in the same
// paragraph, has a person named as its subject whom the pronoun can stand
// for, and neither that sentence nor the pronoun's own before it mentions
// c or anyone else, that subject ("Gen Somchai is scheduled to brief the
// council on Friday. Asked whether he expected a deal, he smiled."): a
// paragraph goes on with the one it opened with, not with the speaker of
// the paragraph before.
func (s *crRun) paragraphSubject(i, c int) int {
	in := &s.info[i]
	if c < 0 || !in.heOrShe() || in.quote || !strings.HasPrefix(in.rel, "nsubj") {
		return c
	}
	prev := s.prevSentence(i)
	if prev < 0 || prev >= in.sent {
		return c
	}
	for k := prev + 1; k <= in.sent; k++ {
		if s.a.Sentences[k].NewPar {
			return c // the paragraph opens between
		}
	}
	subj := -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote {
			continue
		}
		cj := s.clusterOf[j]
		if cj == c && c >= 0 {
			return c
		}
		m := &s.mentions[j]
		if s.info[j].sent == prev && s.mainSubject(j) && m.Kind == NameMention && m.Type == PERSON && cj >= 0 && crCompatible(in.p, &s.cls[cj]) {
			if subj >= 0 && subj != cj {
				return c
			}
			subj = cj
			continue
		}
		if s.personMention(j) && m.Kind != PronounMention {
			return c // someone else, whom the pronoun may stand for
		}
	}
	if subj < 0 {
		return c
	}
	return subj
}

// mainSubject reports whether mention j is the subject of its sentence's
// main verb, active or passive ("Gen Somchai is scheduled to brief…").
func (s *crRun) mainSubject(j int) bool {
	h := &s.a.Tokens[s.mentions[j].Head]
	if h.Rel == "flat" && h.Head >= 0 {
		h = &s.a.Tokens[h.Head] // "Gen | Somchai": the title heads the name
	}
	return (h.Rel == "nsubj" || h.Rel == "nsubj:pass") && h.Head >= 0 && s.a.Tokens[h.Head].Rel == "root"
}

// narratorsIt returns the cluster an "it" or "its" outside quotation
// marks refers to, given the choice c: where c was mentioned before only
// inside quotations, or "its" owns a role and c is no body or place
// (ownsRole), and the sentence before, quotations aside, has a body or a
// place as its subject, that subject ("“…this mountain of plastic… pay to
// remove it.” ¶ Japan… said the chair's draft was… . Its chief
// negotiator…": Japan's). The narrator's "it" takes up what the narrator
// wrote, not a thing a speaker named.
func (s *crRun) narratorsIt(i, c int) int {
	in := &s.info[i]
	if in.pron == 0 || in.p.person != 3 || in.p.number == 'p' || in.p.gender != 'n' || in.quote {
		return c
	}
	if !s.ownsRole(i, c) {
		if c < 0 {
			return c
		}
		for j := i - 1; j >= 0; j-- {
			if s.clusterOf[j] == c && !s.info[j].quote {
				return c
			}
		}
	}
	prev := s.prevSentence(i)
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote || s.info[j].sent != prev || !s.info[j].rootSubj || s.mentions[j].Kind != NameMention {
			continue
		}
		switch s.mentions[j].Type {
		case ORG, GPE:
			if cj := s.clusterOf[j]; cj >= 0 && crCompatible(in.p, &s.cls[cj]) {
				return cj
			}
		}
	}
	return c
}

// namedThenRole returns the cluster a definite description of one person
// by role refers to, given the choice c: where the model made it someone
// new, it is the subject of its sentence, and the sentence before had for
// its subject a person named there for the first time, with no role, and
// named no one else, that person ("Pieter van der Merwe did not raise his
// voice. ¶ The chief executive of Bokamoso Platinum sat…"): news names a
// person, then says who they are.
func (s *crRun) namedThenRole(i, c int) int {
	in := &s.info[i]
	if c >= 0 || s.mentions[i].Kind != NominalMention || in.def&crfDef == 0 || !in.rootSubj || in.quote || !s.personDescription(i) {
		return c
	}
	prev := s.prevSentence(i)
	found := -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		mj := &s.mentions[j]
		if s.info[j].quote || mj.Kind != NameMention || mj.Type != PERSON {
			continue
		}
		if s.info[j].sent > prev || !s.info[j].rootSubj || found >= 0 && found != s.clusterOf[j] {
			return c // someone named in between, or two people
		}
		found = s.clusterOf[j]
	}
	if found < 0 || !s.introducedIn(found, prev, i) {
		return c
	}
	for k := 0; k < i; k++ {
		if s.clusterOf[k] == found && s.mentions[k].Kind == NominalMention {
			return c // already described
		}
	}
	a := s.a
	sn := &a.Sentences[prev]
	for k := sn.First; k < sn.Last; k++ {
		if h := a.Tokens[k].Head; a.Tokens[k].Rel == "appos" && h >= 0 && s.clusterCovers(found, h, i) && !s.clusterCovers(found, k, i) {
			return c // "Hugo Salcedo, a former central bank president,": said who he is
		}
	}
	return found
}

// appositionOfName returns, for a description of one person set off in
// apposition after that person's name ("said Mohamed Lemine Ould Boyé,
// Mauritania's minister of fisheries"), the name's cluster, given the
// choice c: the apposition says who the named person is, whatever the
// features made of the words around it.
func (s *crRun) appositionOfName(i, c int) int {
	m := &s.mentions[i]
	in := &s.info[i]
	if m.Kind != NominalMention || in.quote || in.number == 'p' || !s.personDescription(i) {
		return c
	}
	a := s.a
	h := a.Tokens[m.Head].Head
	if a.Tokens[m.Head].Rel != "appos" || h < 0 || h >= m.First {
		return c
	}
	if s.alwaysNew(i) && !s.possessed(m) {
		// Not "Hugo Salcedo, a former central bank president": one of
		// many, which news keeps apart from the name; but "the IAEA's
		// deputy director general" is the one.
		return c
	}
	for j := i - 1; j >= 0 && s.mentions[j].Last > h-8; j-- {
		mj := &s.mentions[j]
		if mj.Kind == NameMention && mj.Type == PERSON && mj.First <= h && h < mj.Last && !s.info[j].quote {
			return s.clusterOf[j]
		}
	}
	return c
}

// possessed reports whether mention m's head, or a noun compounded
// with it, has a possessive ("the IAEA's deputy director general",
// "Mauritania's minister").
func (s *crRun) possessed(m *Mention) bool {
	for k := m.First; k < m.Head; k++ {
		if h := s.a.Tokens[k].Head; s.a.Tokens[k].Rel == "nmod:poss" && h >= m.First && h <= m.Head {
			return true
		}
	}
	return false
}

// namedAs returns, for a person's name given as the name someone goes by
// ("A crane operator who gave his name only as Abu Yazan", "a fisherman
// who identified himself only as Kofi", "a nurse who asked to be
// identified only as Maria", "a driver known as Tijo", "a trader who gave
// only her first name, Amina"), the cluster of the description of that
// someone, given the choice c: the noun the naming verb's clause hangs
// from.
func (s *crRun) namedAs(i, c int) int {
	m := &s.mentions[i]
	if m.Kind != NameMention || m.First < 2 {
		return c
	}
	a := s.a
	k := m.First - 1
	switch {
	case EqualFoldLower(a.Tokens[k].Text, "as"):
		k--
	case a.Tokens[k].Text == "," && EqualFoldLower(a.Tokens[k-1].Lemma, "name"):
		k -= 2
	default:
		return c
	}
	// The naming verb, a few words before: "gave his name (only)",
	// "identified himself (only)", "known".
	v := -1
	for j := k; j >= 0 && j >= k-4 && a.Tokens[j].Sent == a.Tokens[m.First].Sent; j-- {
		switch strings.ToLower(a.Tokens[j].Lemma) {
		case "give", "identify", "know", "call", "introduce", "name":
			if a.Tokens[j].UPOS == "VERB" {
				v = j
			}
		}
		if v >= 0 {
			break
		}
	}
	if v < 0 {
		return c
	}
	// Up through "asked to be identified" to the clause on the noun.
	for n := 0; n < 3 && a.Tokens[v].Rel == "xcomp" && a.Tokens[v].Head >= 0; n++ {
		v = a.Tokens[v].Head
	}
	if r := a.Tokens[v].Rel; r != "acl:relcl" && r != "acl" || a.Tokens[v].Head < 0 {
		return c
	}
	noun := a.Tokens[v].Head
	for j := i - 1; j >= 0 && s.mentions[j].Last > noun-4; j-- {
		// A name the entity model typed as a place or a body ("a
		// nurse who asked to be identified only as Yesenia") only
		// for a description of a person ("a village known as
		// Kibera" stays a place).
		if s.mentions[j].Head == noun && s.mentions[j].Kind == NominalMention && (m.Type == PERSON || s.personDescription(j)) {
			return s.clusterOf[j]
		}
	}
	return c
}

// personName types name mention k, and the entity it is, as a person's:
// the name a person goes by (mergeNamedAs) is no place's or body's.
func (s *crRun) personName(k int) {
	m := &s.mentions[k]
	if m.Type == PERSON {
		return
	}
	m.Type = PERSON
	a := s.a
	for e := range a.Entities {
		if en := &a.Entities[e]; en.First == m.First && en.Last == m.Last {
			en.Type = PERSON
			for t := en.First; t < en.Last; t++ {
				p := "I-"
				if t == en.First {
					p = "B-"
				}
				a.Tokens[t].NER = p + PERSON
			}
		}
	}
}

// titleOfName returns the cluster a bare definite description refers to
// when its noun is the title written before one person's name earlier in
// the story, and no other's ("Count Friedrich von Auersperg-Lindt… ¶ the
// count said", "Judge Amaka Obi… the judge"), given the choice c.
func (s *crRun) titleOfName(i, c int) int {
	m := &s.mentions[i]
	if m.Kind != NominalMention || s.info[i].def&crfDef == 0 || m.Last-m.First != 2 || m.Head != m.First+1 {
		return c
	}
	a := s.a
	w := a.Tokens[m.Head].Text
	if a.Tokens[m.Head].XPOS != "NN" || len(w) < 3 || strings.ToLower(w) != w {
		return c
	}
	// The titles written before the names of the mentions before i,
	// gathered once each: a title's cluster, or -2 for two people.
	if s.titled == nil {
		s.titled = map[string]int{}
	}
	for ; s.titledTo < i; s.titledTo++ {
		mj := &s.mentions[s.titledTo]
		if mj.Kind != NameMention || mj.Type != PERSON {
			continue
		}
		t := mj.First
		if t+1 >= mj.Last {
			t-- // the title before the name's span
		}
		if t < 0 || len(a.Tokens[t].Text) < 3 {
			continue
		}
		k := strings.ToLower(a.Tokens[t].Text)
		if k == a.Tokens[t].Text {
			continue // no capital: no title
		}
		if c0, ok := s.titled[k]; !ok {
			s.titled[k] = s.clusterOf[s.titledTo]
		} else if c0 != s.clusterOf[s.titledTo] {
			s.titled[k] = -2
		}
	}
	if found, ok := s.titled[w]; ok && found >= 0 {
		return found
	}
	return c
}

// roleOfLastNamed returns the cluster a definite description of one
// person by role that speaks refers to, given the choice c: where the
// sentence before, quotations aside, has for its subject a person named
// there (or a "he" or "she" standing for one) and described earlier by
// the same role noun, and c is another cluster, that person ("Georgia's
// state minister…, Tamar Gogoladze-Beridze, … Gogoladze-Beridze said the
// government had submitted… ¶ “…,” the minister said", though the story
// named an Abkhaz foreign minister too): news goes on with the speaker it
// just named.
func (s *crRun) roleOfLastNamed(i, c int) int {
	in := &s.info[i]
	if s.mentions[i].Kind != NominalMention || in.def&crfDef == 0 || !in.speaker || in.quote || !s.personDescription(i) {
		return c
	}
	prev := s.prevSentence(i)
	found := -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote || s.info[j].sent > prev || !s.info[j].rootSubj || !s.namedSubject(j) {
			continue
		}
		if found >= 0 && found != s.clusterOf[j] {
			return c
		}
		found = s.clusterOf[j]
	}
	if found < 0 || found == c {
		return c
	}
	// "the official" (or "the agency official") stands for any holder
	// of an office: one described before by any role ("Helena
	// Ström-Castellanos, the IAEA's deputy director general… ¶
	// Ström-Castellanos paused… “…,” the agency official said").
	// Not one a people's adjective or another says more of ("the
	// Cambodian official" after Vietnam's negotiator spoke).
	official := EqualFoldLower(s.a.Tokens[s.mentions[i].Head].Lemma, "official")
	for k := s.mentions[i].First; official && k < s.mentions[i].Head; k++ {
		if s.a.Tokens[k].Rel == "amod" {
			official = false
		}
	}
	for j := i - 1; official && j >= 0 && s.info[j].sent >= prev; j-- {
		if s.clusterOf[j] != found && s.info[j].headKey == in.headKey {
			official = false // "a government official put the figure at…": that one
		}
	}
	for k := 0; k < i; k++ {
		if s.clusterOf[k] == found && s.mentions[k].Kind == NominalMention && (s.info[k].headKey == in.headKey || official && s.personDescription(k)) {
			return found
		}
	}
	return c
}

// namedSubject reports whether mention j names a person or is a "he" or
// "she" whose cluster so far holds a person's name ("Patricia Vergara,
// the regional labour director, … ¶ She would not give figures… ¶ “…,”
// the director said").
func (s *crRun) namedSubject(j int) bool {
	mj := &s.mentions[j]
	if mj.Kind == NameMention {
		return mj.Type == PERSON
	}
	if mj.Kind != PronounMention || s.info[j].p.gender != 'm' && s.info[j].p.gender != 'f' {
		return false
	}
	c := s.clusterOf[j]
	return c >= 0 && s.cls[c].name >= 0 && s.cls[c].typ == PERSON
}

// speakingHeOrShe reports whether the mention is a "he" or "she" outside
// quotation marks that is the subject of a verb of saying.
func (in *crInfo) speakingHeOrShe() bool {
	return in.pron != 0 && in.p.person == 3 && in.p.number != 'p' && (in.p.gender == 'm' || in.p.gender == 'f') && in.rel == "nsubj" && !in.quote && in.speaker
}

// lastNamedSpeaker returns the cluster a "he" or "she" that speaks
// refers to, given the choice c: where the sentence before, quotations
// aside, names one person the pronoun can stand for, by name, and
// mentions nobody of c, that person ("A second retiree… said… That is
// not a view Kowalczyk shares. ¶ “Our members said no…,” he said."):
// news gives the next words to the one it has just named.
func (s *crRun) lastNamedSpeaker(i, c int) int {
	in := &s.info[i]
	if c < 0 || !in.speakingHeOrShe() {
		return c
	}
	prev := s.prevSentence(i)
	found := -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote {
			continue
		}
		cj := s.clusterOf[j]
		if cj == c {
			return c // the chosen one is named there, or in the pronoun's own sentence
		}
		if s.info[j].sent > prev {
			if s.personMention(j) {
				return c // someone else before the pronoun in its own sentence
			}
			continue
		}
		m := &s.mentions[j]
		if m.Kind == NameMention && m.Type == PERSON {
			if cj < 0 || !crCompatible(in.p, &s.cls[cj]) || found >= 0 && found != cj {
				return c
			}
			found = cj
		} else if s.personMention(j) && (cj < 0 || cj != found) && m.Kind != PronounMention {
			return c // a person described, whom the pronoun may stand for
		}
	}
	if found < 0 {
		return c
	}
	return found
}

// clusterCovers reports whether a mention of cluster c before mention i
// covers token k.
func (s *crRun) clusterCovers(c, k, i int) bool {
	for j := 0; j < i; j++ {
		if m := &s.mentions[j]; s.clusterOf[j] == c && m.First <= k && k < m.Last {
			return true
		}
	}
	return false
}

// ownsRole reports whether "its" at mention i owns a role ("Its chief
// negotiator") while the choice c is no body or place: a thing has no
// negotiator, so the body or place the sentence before is about does.
func (s *crRun) ownsRole(i, c int) bool {
	a := s.a
	m := &s.mentions[i]
	h := a.Tokens[m.Head].Head
	var buf [32]byte // the lemma's lower case (lowerKey)
	if a.Tokens[m.Head].Rel != "nmod:poss" || h < 0 || !crRoleNouns[lowerKey(buf[:], a.Tokens[h].Lemma)] {
		return false
	}
	return c < 0 || s.cls[c].typ != ORG && s.cls[c].typ != GPE
}

// relativeHead returns the cluster a "he", "his", "she" or "her" inside a
// relative clause whose subject is "who" refers to, given the choice c:
// the person the clause describes, when the pronoun is no argument of the
// clause's own verb and is the clause's first mention of anyone it could
// stand for ("A shipping industry executive, who asked not to be named
// because his company…": the executive; not in "the lawyer, who
// represents the boy and his family", nor "Hobhouse, who initiated
// him").
func (s *crRun) relativeHead(i, c int) int {
	in := &s.info[i]
	if !in.heOrShe() || in.quote {
		return c
	}
	a := s.a
	v := a.Tokens[s.mentions[i].Head].Head
	for k := 0; k < 6 && v >= 0 && a.Tokens[v].Rel != "acl:relcl"; k++ {
		if (a.Tokens[v].UPOS == "NOUN" || a.Tokens[v].UPOS == "PROPN") && v < s.mentions[i].Head {
			// A clause the parser hung from the noun beside its
			// relative clause ("Another driver, who didn't want to be
			// named because he is still on probation,"): inside it.
			if r := s.relativeBefore(v, s.mentions[i].Head); r >= 0 {
				v = r
			}
			break
		}
		v = a.Tokens[v].Head
	}
	if v < 0 || a.Tokens[v].Rel != "acl:relcl" || a.Tokens[v].Sent != a.Tokens[s.mentions[i].Head].Sent {
		return c
	}
	if a.Tokens[s.mentions[i].Head].Head == v {
		// An argument of the relative verb itself is another person
		// ("Hobhouse, who initiated him", "FitzGibbon, whom he met").
		return c
	}
	who := -1
	for k := a.Tokens[v].Head + 1; k < v; k++ {
		if EqualFoldLower(a.Tokens[k].Text, "who") && a.Tokens[k].Head == v && a.Tokens[k].Rel == "nsubj" {
			who = k
		}
	}
	if who < 0 {
		return c
	}
	h := a.Tokens[v].Head
	ante := -1
	for j := i - 1; j >= 0 && s.info[j].sent == in.sent; j-- {
		m := &s.mentions[j]
		if m.First > who && s.personMention(j) {
			return c // someone else the clause names first
		}
		if m.Head == h {
			ante = j
			break
		}
	}
	if ante < 0 || !(s.personMention(ante) || s.namedPerson(ante)) {
		return c
	}
	if cj := s.clusterOf[ante]; crCompatible(in.p, &s.cls[cj]) {
		return cj
	}
	return c
}

// relativeBefore returns the relative clause of noun n that ends right
// before token p (at most a comma and a subordinator between), or -1.
func (s *crRun) relativeBefore(n, p int) int {
	a := s.a
	for k := n + 1; k < p; k++ {
		if a.Tokens[k].Head != n || a.Tokens[k].Rel != "acl:relcl" {
			continue
		}
		// s.hi is one past the subtree's last token: "…, who didn't
		// want to be named because he": the clause ends two words
		// before the pronoun.
		if end := s.hi[k]; end <= p && p-end <= 2 {
			return k
		}
	}
	return -1
}

// quotedOnly reports whether every mention of cluster c before mention i
// lies inside quotation marks in sentence sent.
func (s *crRun) quotedOnly(c, i, sent int) bool {
	if c < 0 || c >= len(s.cls) {
		return false
	}
	for j := 0; j < i; j++ {
		if s.clusterOf[j] == c && (!s.info[j].quote || s.info[j].sent != sent) {
			return false
		}
	}
	return true
}

// reporter returns the cluster a "he" or "she" refers to, given the
// choice c, when it is the subject of a clause a verb of saying reports:
// that verb's subject, when it is a person the pronoun can stand for
// ("School board member Rita Haynes, who voted against the offer, said she
// hoped…": Haynes, whoever the story named before). A pronoun of the
// other gender ("He said she would resign") keeps the model's choice.
func (s *crRun) reporter(i, c int) int {
	in := &s.info[i]
	if !in.heOrShe() || in.rel != "nsubj" || in.quote {
		return c
	}
	a := s.a
	v := a.Tokens[s.mentions[i].Head].Head
	// "Kamau said the plenary would begin at 10 a.m. and that she would
	// keep delegates in the hall": a second clause the verb reports.
	for k := 0; k < 4 && v >= 0 && a.Tokens[v].Rel == "conj" && a.Tokens[v].Head < v; k++ {
		v = a.Tokens[v].Head
	}
	if v < 0 || a.Tokens[v].Rel != "ccomp" {
		return c
	}
	w := a.Tokens[v].Head
	if w < 0 || !crSpeechVerb(a.Tokens[w].Text) {
		return c
	}
	for j := i - 1; j >= 0 && s.info[j].sent == in.sent; j-- {
		h := s.mentions[j].Head
		if a.Tokens[h].Head != w || a.Tokens[h].Rel != "nsubj" || s.info[j].quote {
			continue
		}
		if cj := s.clusterOf[j]; cj >= 0 && (s.cls[cj].typ == PERSON || s.personDescription(j)) && crCompatible(in.p, &s.cls[cj]) {
			// A person by name, or by role ("The UN's envoy for Sudan,
			// Ramtane Lamamra, said he was disappointed").
			return cj
		}
		return c
	}
	return c
}

// describedSpeaker returns the cluster a "he" or "she" that speaks refers
// to, given the choice c: where the sentence before has for its subject a
// person described by role and not named ("An RSF adviser, who asked not
// to be named, rejected that account. He said…") and mentions nobody of
// c, nor does the pronoun's own sentence before it, that person. News
// goes on from an unnamed source with a pronoun as from a named one.
func (s *crRun) describedSpeaker(i, c int) int {
	in := &s.info[i]
	if c < 0 || !in.speakingHeOrShe() {
		return c
	}
	prev := s.prevSentence(i)
	subj := -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.clusterOf[j] == c && s.personMention(j) {
			return c // the chosen one is in the sentence before, or in this one
		}
		if s.info[j].quote || s.info[j].sent != prev {
			continue
		}
		// The subject, or the head the parser made of it ("An RSF
		// adviser, who…, rejected" read with the adviser as root).
		if (s.info[j].rootSubj || s.info[j].rel == "root") && s.personDescription(j) && s.cls[s.clusterOf[j]].typ != PERSON {
			subj = s.clusterOf[j]
		}
		// A person who speaks in the sentence before, by a name the
		// entity model may have missed ("Turkish President Recep Tayyip
		// Erdogan said…"): news goes on with "he said".
		if s.info[j].rootSubj && s.info[j].speaker && s.namedPerson(j) {
			subj = s.clusterOf[j]
		}
	}
	if subj < 0 || !crCompatible(in.p, &s.cls[subj]) {
		return c
	}
	return subj
}

// sameSubject returns the cluster a "he" or "she" that speaks refers to,
// given the choice c: when the last subject outside quotation marks in
// the sentence before is the same pronoun, that pronoun's cluster
// ("Asked whether she would accept…, after Brandt had suggested…, she
// paused. ¶ “…,” she said."): the story goes on about the one it was
// about.
func (s *crRun) sameSubject(i, c int) int {
	in := &s.info[i]
	if !in.speakingHeOrShe() {
		return c
	}
	prev := s.prevSentence(i)
	same := -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote {
			continue
		}
		if s.info[j].sent > prev {
			// A name before the pronoun in its own sentence may be
			// whom it stands for ("Trump's call, when he asked…").
			if s.mentions[j].Kind == NameMention && s.mentions[j].Type == PERSON {
				return c
			}
			continue
		}
		// A sentence with a named person for its subject is for the
		// other rules ("Ban Ki-moon condemned what he called…").
		if s.info[j].rootSubj && s.mentions[j].Kind == NameMention {
			return c
		}
		if same == -1 && s.info[j].rel == "nsubj" {
			same = -2
			if s.mentions[j].Kind == PronounMention && s.info[j].pron > 0 && s.info[j].p.gender == in.p.gender && s.info[j].p.number == in.p.number {
				if cj := s.clusterOf[j]; cj >= 0 && crCompatible(in.p, &s.cls[cj]) {
					same = cj
				}
			}
		}
	}
	if same >= 0 {
		return same
	}
	return c
}

// boundGender returns the cluster a short person's name refers to, given
// the choice c, where two people the text names share it: the one of the
// gender of the first "he" or "she" after it in its sentence, when c is of
// the other and no other person is named between ("Dale Pruitt… Janet
// Pruitt… Pruitt said he expected a close vote": Dale).
func (s *crRun) boundGender(i, c int) int {
	m := &s.mentions[i]
	if c < 0 || m.Kind != NameMention || m.Type != PERSON || m.Last-m.First != 1 {
		return c
	}
	g := s.cls[c].gender
	if g != 'm' && g != 'f' {
		return c
	}
	var want byte
	for j := i + 1; j < len(s.mentions) && s.info[j].sent == s.info[i].sent; j++ {
		if s.mentions[j].Kind == NameMention && s.mentions[j].Type == PERSON {
			return c
		}
		if in := &s.info[j]; in.pron > 0 && in.p.person == 3 && in.p.number != 'p' && (in.p.gender == 'm' || in.p.gender == 'f') {
			want = in.p.gender
			break
		}
	}
	if want == 0 || want == g {
		return c
	}
	best := -1
	for j := i - 1; j >= 0; j-- {
		cj := s.clusterOf[j]
		if cj < 0 || cj == c || s.cls[cj].gender != want || s.mentions[j].Kind != NameMention || s.mentions[j].Type != PERSON || !s.shareName(m, &s.mentions[j]) {
			continue
		}
		best = cj
		break
	}
	if best < 0 {
		return c
	}
	return best
}

// namedPerson reports whether mention j names a person: a PERSON name,
// or a capitalised name the entity model left untyped whose cluster is no
// body or place.
func (s *crRun) namedPerson(j int) bool {
	m := &s.mentions[j]
	if m.Kind == NameMention {
		return m.Type == PERSON
	}
	h := &s.a.Tokens[m.Head]
	if m.Kind != NominalMention || h.UPOS != "PROPN" || m.First != m.Head && s.a.Tokens[m.First].UPOS != "PROPN" {
		return false
	}
	switch s.cls[s.clusterOf[j]].typ {
	case "", PERSON:
		return true
	}
	return false
}

// personMention reports whether mention j stands for a person: a
// person's name, a "he", "she" or "I", or a person described by role.
func (s *crRun) personMention(j int) bool {
	m := &s.mentions[j]
	switch m.Kind {
	case NameMention:
		return m.Type == PERSON
	case PronounMention:
		return s.info[j].p.gender == 'm' || s.info[j].p.gender == 'f' || s.info[j].p.person == 1
	}
	return s.personDescription(j)
}

// personDescription reports whether mention j describes one person by
// role, without naming them: a singular noun phrase headed by a noun of
// role ("an RSF adviser", "the UN's envoy for Sudan") or by a noun the
// lexicon learned from GUM calls a person's ("another driver").
func (s *crRun) personDescription(j int) bool {
	m := &s.mentions[j]
	if m.Kind != NominalMention || s.info[j].number != 's' {
		return false
	}
	var buf [32]byte // the lemma's lower case (lowerKey)
	return crRoleNouns[lowerKey(buf[:], s.a.Tokens[m.Head].Lemma)] || s.info[j].sem == crSemPerson
}

// crRoleNouns are nouns that name a person by the role they hold.
var crRoleNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`adviser advisor aide envoy official diplomat spokesman spokeswoman spokesperson
negotiator mediator minister secretary ambassador commander leader chairman chairwoman chair president
director executive lawyer attorney analyst economist source negotiator representative delegate senator
lawmaker governor mayor officer general colonel commissioner prosecutor judge manager organizer organiser
activist member worker resident witness doctor nurse`) {
		m[w] = true
	}
	return m
}()

// prevSentence is the sentence before mention i's, quotations aside: the
// last earlier sentence with a mention outside quotation marks ("Clinton
// criticized… ¶ “How many times…? … unbearable,” she said": the sentence
// before "she" is Clinton's, not the quoted question).
func (s *crRun) prevSentence(i int) int {
	for j := i - 1; j >= 0; j-- {
		if s.info[j].sent < s.info[i].sent && !s.info[j].quote {
			return s.info[j].sent
		}
	}
	return s.info[i].sent - 1
}

// newcomer returns the cluster a "he" or "she" refers to, given the
// model's choice c: a person named for the first time in the sentence
// just before (with or without a role in apposition), and the only one
// there the pronoun can stand for, takes
// the pronoun from a cluster that sentence does not mention ("Turkish
// Foreign Minister Hakan Fidan urged both sides… “…,” he told the
// delegations."): news introduces a speaker by name and goes on with a
// pronoun.
func (s *crRun) newcomer(i, c int) int {
	in := &s.info[i]
	if !in.heOrShe() {
		return c
	}
	prev := s.prevSentence(i)
	found, near := -1, -1
	for j := i - 1; j >= 0 && s.info[j].sent >= prev; j-- {
		if s.info[j].quote {
			continue
		}
		cj := s.clusterOf[j]
		mj := &s.mentions[j]
		if s.info[j].sent > prev {
			if c >= 0 && cj == c {
				return c // the chosen cluster is in the pronoun's own sentence
			}
			if mj.Kind == NominalMention && s.info[j].def == 0 && s.info[j].sex == in.p.gender {
				// "one mother, who knew her daughter…": the nearest
				// person brought in by a noun of the pronoun's sex,
				// unless the chosen one is named nearby too.
				if near < 0 {
					near = cj
				}
			}
			continue
		}
		if c >= 0 && cj == c {
			if near >= 0 {
				return near // the newcomer in the pronoun's own sentence is nearer
			}
			return c // the sentence before mentions the chosen one too
		}
		person := mj.Kind == NameMention && mj.Type == PERSON && crCompatible(in.p, &s.cls[cj])
		if mj.Kind == NominalMention && s.info[j].def == 0 {
			// "WIRED spoke to one mother… “…,” she said": a person
			// brought in by a noun of her sex.
			person = s.info[j].sex == in.p.gender
		}
		if !person || !s.introducedIn(cj, prev, i) {
			continue
		}
		if found >= 0 && found != cj && near < 0 {
			return c // two newcomers: the model decides
		}
		found = cj
	}
	if near >= 0 {
		return near
	}
	if found < 0 {
		return c
	}
	return found
}

// GenderedNoun returns the sex a noun for a person gives ('m', 'f'), or 0,
// from its lemma ("spokeswoman", "father").
func GenderedNoun(lemma string) byte {
	switch lemma {
	case "man", "father", "husband", "son", "brother", "boy", "dad", "grandfather", "uncle", "nephew",
		"gentleman", "widower", "businessman", "congressman", "chairman", "spokesman", "policeman", "king", "prince":
		return 'm'
	case "woman", "mother", "wife", "daughter", "sister", "girl", "mom", "mum", "grandmother", "aunt", "niece",
		"lady", "widow", "businesswoman", "congresswoman", "chairwoman", "spokeswoman", "policewoman", "queen", "princess", "actress":
		return 'f'
	}
	return 0
}

// introducedIn reports whether cluster c, as it stands before mention i,
// has all its mentions in sentence sent or later: a person introduced
// there, by the name alone or by a role and the name in apposition
// ("political analyst Maysaa Shuja al-Deen", "the UN's envoy, Ramtane
// Lamamra"), which the model joins into one cluster.
func (s *crRun) introducedIn(c, sent, i int) bool {
	for k := 0; k < i; k++ {
		if s.clusterOf[k] == c && s.info[k].sent < sent {
			return false
		}
	}
	return true
}

// frontedPossessive returns the cluster a "his" or "her" refers to when it
// sits in a phrase put before the subject of its sentence's verb, and that
// subject is a person's name met before ("Outside her shop, Brightwater
// says…": Brightwater), given the choice c: the phrase put first looks
// ahead to the subject, not back to the person last named.
func (s *crRun) frontedPossessive(i, c int) int {
	in := &s.info[i]
	if !in.heOrShe() || in.rel != "nmod:poss" || in.quote {
		return c
	}
	a := s.a
	n := a.Tokens[s.mentions[i].Head].Head
	if n < 0 || !strings.HasPrefix(a.Tokens[n].Rel, "obl") || a.Tokens[n].Head < 0 {
		return c
	}
	v := a.Tokens[n].Head
	comma := false
	for k := n + 1; k < len(a.Tokens) && a.Tokens[k].Sent == a.Tokens[n].Sent; k++ {
		if a.Tokens[k].Text == "," {
			comma = true
			continue
		}
		if a.Tokens[k].Head == v && a.Tokens[k].Rel == "nsubj" {
			if !comma {
				return c
			}
			for j := i + 1; j < len(s.mentions) && s.mentions[j].First <= k; j++ {
				m := &s.mentions[j]
				if m.Head != k || m.Kind != NameMention || m.Type != PERSON {
					continue
				}
				// The cluster of the latest name before that shares
				// a word of the subject's.
				for p := i - 1; p >= 0; p-- {
					if s.mentions[p].Kind != NameMention || s.mentions[p].Type != PERSON || s.clusterOf[p] < 0 || !s.shareName(m, &s.mentions[p]) {
						continue
					}
					if d := s.clusterOf[p]; crCompatible(in.p, &s.cls[d]) {
						return d
					}
					return c
				}
				return c
			}
			return c
		}
		if k == v {
			return c
		}
	}
	return c
}

// heOrShe reports whether the mention is "he" or "she" (or "him", "her",
// "his"): a third-person singular pronoun of a known gender.
func (in *crInfo) heOrShe() bool {
	return in.pron != 0 && in.p.person == 3 && in.p.number != 'p' && (in.p.gender == 'm' || in.p.gender == 'f')
}

// RankWord returns the word of a rank below a role's noun ("deputy",
// "vice", "assistant", "associate") that a token's text is or opens
// ("vice-chair"), or "".
func RankWord(text string) string {
	w := strings.ToLower(text)
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i]
	}
	switch w {
	case "deputy", "vice", "assistant", "associate":
		return w
	}
	return ""
}

// rankApart returns, for a definite description holding a rank word
// before its noun ("the deputy mayor", "the vice-chair of the board"),
// the cluster it refers to given the choice c: c only when a sentence
// holding a mention of c writes that rank word too; else the latest
// earlier description with the same noun and rank, or a new cluster. A
// deputy is another person than the one the bare title named ("Mayor
// Odile Brecq… ¶ The deputy mayor was less sure"), whatever the shared
// noun made the features choose.
func (s *crRun) rankApart(i, c int) int {
	m := &s.mentions[i]
	if c < 0 || m.Kind != NominalMention || s.info[i].def&crfDef == 0 {
		return c
	}
	a := s.a
	rank := ""
	for k := m.First; k < m.Head && rank == ""; k++ {
		rank = RankWord(a.Tokens[k].Text)
	}
	if rank == "" {
		return c
	}
	seen := -1 // the last sentence scanned
	for j := 0; j < i; j++ {
		if s.clusterOf[j] != c {
			continue
		}
		sn := a.Tokens[s.mentions[j].First].Sent
		if sn == seen {
			continue
		}
		seen = sn
		st := &a.Sentences[sn]
		for k := st.First; k < st.Last; k++ {
			if RankWord(a.Tokens[k].Text) == rank {
				return c
			}
		}
	}
	for j := i - 1; j >= 0; j-- {
		mj := &s.mentions[j]
		if mj.Kind != NominalMention || s.hk[j] != s.hk[i] {
			continue
		}
		for k := mj.First; k < mj.Head; k++ {
			if RankWord(a.Tokens[k].Text) == rank {
				return s.clusterOf[j]
			}
		}
	}
	return -1
}
