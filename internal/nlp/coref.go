package nlp

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Coreference: mentions (names, pronouns, definite descriptions) linked
// into clusters by an entity-level mention-ranking model. Mentions are read
// left to right; each one is scored against the clusters seen before it
// (represented by their nearest mention, plus what the cluster knows: its
// type, its gender, its best name) and against starting a new cluster, and
// joins the best. The scorer is an averaged perceptron learned on GUM's
// coreference annotation (see coref_train.go).

// Resolver finds mentions and links them into clusters.
type Resolver struct {
	w      *Table
	gender *StrMap
	sem    *StrMap
}

// LoadResolver reads the coreference model.
func LoadResolver(c *Container) (*Resolver, error) {
	w, err := c.Table("weights")
	if err != nil {
		return nil, err
	}
	if w.Classes() != 1 {
		return nil, fmt.Errorf("coref model: %d classes, want 1", w.Classes())
	}
	g, err := c.StrMap("gender")
	if err != nil {
		return nil, err
	}
	// The semantic lexicon came later: a model file without it still
	// loads (every noun's class unknown).
	var sem *StrMap
	if _, err := c.Section("sem"); err == nil {
		if sem, err = c.StrMap("sem"); err != nil {
			return nil, err
		}
	}
	return &Resolver{w: w, gender: g, sem: sem}, nil
}

// Resolve fills Analysis.Mentions, Analysis.Clusters and Token.Mention. It
// needs the tags, the trees and the entities of the earlier stages.
func (r *Resolver) Resolve(a *Analysis) {
	if r == nil || r.w == nil {
		return
	}
	r.run(&crRun{a: a, gender: r.gender, sem: r.sem, worldNames: true})
}

// run detects, links and writes the mentions of s.a.
func (r *Resolver) run(s *crRun) {
	s.prepare()
	sc := crTableScorer{t: r.w}
	for i := range s.mentions {
		best := -1
		if !s.alwaysNew(i) {
			best, _, _ = s.decide(i, sc, nil)
			best = s.newcomer(i, best)
			best = s.subjectFirst(i, best)
			best = s.narratorsIt(i, best)
			best = s.namedThenRole(i, best)
			best = s.titleOfName(i, best)
			best = s.roleOfLastNamed(i, best)
			best = s.lastNamedSpeaker(i, best)
			best = s.reporter(i, best)
			best = s.describedSpeaker(i, best)
			best = s.sameSubject(i, best)
			best = s.relativeHead(i, best)
			best = s.boundGender(i, best)
		}
		best = s.acronymOf(i, best)
		s.attach(i, best)
	}
	s.mergeNamedAs()
	s.finish()
}

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
	if c < 0 || in.pron == 0 || in.p.person != 3 || in.p.number == 'p' || in.p.gender != 'm' && in.p.gender != 'f' || in.rel != "nsubj" {
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
	case strings.EqualFold(a.Tokens[k].Text, "as"):
		k--
	case a.Tokens[k].Text == "," && strings.EqualFold(a.Tokens[k-1].Lemma, "name"):
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
	for k := 0; k < i; k++ {
		if s.clusterOf[k] == found && s.mentions[k].Kind == NominalMention && s.info[k].headKey == in.headKey {
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
	if a.Tokens[m.Head].Rel != "nmod:poss" || h < 0 || !crRoleNouns[strings.ToLower(a.Tokens[h].Lemma)] {
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
	if in.pron == 0 || in.p.person != 3 || in.p.number == 'p' || in.p.gender != 'm' && in.p.gender != 'f' || in.quote {
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
		if strings.EqualFold(a.Tokens[k].Text, "who") && a.Tokens[k].Head == v && a.Tokens[k].Rel == "nsubj" {
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
	if in.pron == 0 || in.p.person != 3 || in.p.number == 'p' || in.p.gender != 'm' && in.p.gender != 'f' || in.rel != "nsubj" || in.quote {
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
	return crRoleNouns[strings.ToLower(s.a.Tokens[m.Head].Lemma)] || s.info[j].sem == crSemPerson
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
	if in.pron == 0 || in.p.person != 3 || in.p.number == 'p' || in.p.gender != 'm' && in.p.gender != 'f' {
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

// crScorer scores a feature vector: the weight table at run time, the
// perceptron being trained at training time.
type crScorer interface {
	score(feats []uint64) float32
}

type crTableScorer struct{ t *Table }

func (s crTableScorer) score(feats []uint64) float32 {
	var sum int32
	rows := s.t.rows
	for _, f := range feats {
		if off := s.t.row(f); off >= 0 {
			sum += int32(int16(uint16(rows[off]) | uint16(rows[off+1])<<8))
		}
	}
	return float32(sum)
}

type crPerceptronScorer struct{ p *Perceptron }

func (s crPerceptronScorer) score(feats []uint64) float32 {
	var sc [1]float32
	s.p.Score(feats, sc[:])
	return sc[0]
}

// crInfo is what the features read about one mention.
type crInfo struct {
	pron    int
	p       crPron
	gender  byte
	number  byte
	sent    int
	headKey uint64
	fullKey uint64
	govKey  uint64
	content int
	rel     string
	quote   bool
	speaker bool
	// rootSubj: the mention is the subject of its sentence's main verb.
	rootSubj bool
	def      uint8
	// sex is the sex a nominal's head noun gives ("mother": 'f'), or 0.
	sex byte
	// sem is the mention's semantic class (crSemPerson…), or 0.
	sem byte
}

// crCluster is what a cluster knows while mentions are added.
type crCluster struct {
	typ     string
	gender  byte
	number  byte
	name    int
	nameLen int
	size    int
	last    int
	stamp   int
	pron    bool
	sem     byte
}

// crCand is a candidate antecedent: a cluster and its mention nearest to
// the anaphor (or the best string match).
type crCand struct {
	m, c  int
	match uint8
	cmat  uint8
	rank  int
}

// String-match bits between two mentions.
const (
	crmExact   = 1 << iota // same words (case-blind, without determiners)
	crmHead                // same head word
	crmSubset              // the anaphor's words are all in the antecedent ("Holland" in "John Holland")
	crmSuper               // the antecedent's words are all in the anaphor
	crmAcronym             // "EU" for "European Union"
)

// crRun is one call's scratch space.
type crRun struct {
	a      *Analysis
	gender *StrMap
	sem    *StrMap
	// worldNames: a given name the gender lexicon does not know is
	// looked up in worldNames (at run time, not in training).
	worldNames bool

	lo, hi, ent, left, right, subj []int
	flags                          []uint8
	tokKey                         []uint64

	mentions  []Mention
	tmp       []Mention
	keys      []uint64
	hk        []uint64
	info      []crInfo
	clusterOf []int
	cls       []crCluster
	cands     []crCand
	feats     []uint64
	offs      []int
	stamp     int

	// titled maps a title written with a capital before a person's
	// name ("count" of "Count Friedrich…") to the name's cluster, -2
	// for two people, over the mentions before titledTo (titleOfName).
	titled   map[string]int
	titledTo int
}

const (
	crWindow    = 40 // mentions looked back at
	crMaxCands  = 10 // clusters scored per mention
	crFarLimit  = 400
	crPronSents = 4
)

// prepare detects the mentions and computes their attributes.
func (s *crRun) prepare() {
	a := s.a
	s.detectMentions()
	n := len(a.Tokens)
	s.tokKey = make([]uint64, n)
	quote := false
	for i := 0; i < n; i++ {
		t := &a.Tokens[i]
		if t.Sent < len(a.Sentences) && a.Sentences[t.Sent].NewPar && a.Sentences[t.Sent].First == i {
			quote = false
		}
		s.tokKey[i] = crLowerHash(fnvOffset, t.Text)
		switch t.Text {
		case "\"", "``", "''", "“", "”", "«", "»":
			if t.Text == "“" || t.Text == "``" || t.Text == "«" {
				quote = true
			} else if t.Text == "”" || t.Text == "''" || t.Text == "»" {
				quote = false
			} else {
				quote = !quote
			}
			continue
		}
		if quote {
			s.flags[i] |= crfQuote
		}
	}
	m := len(s.mentions)
	s.info = make([]crInfo, m)
	s.clusterOf = make([]int, m)
	s.cls = make([]crCluster, 0, m)
	s.hk = make([]uint64, m)
	for i := range s.mentions {
		s.clusterOf[i] = -1
		s.describe(i)
		switch s.mentions[i].Kind {
		case NameMention:
			s.hk[i] = s.info[i].headKey&^3 | 1
		case NominalMention:
			s.hk[i] = s.info[i].headKey&^3 | 2
		}
	}
}

// describe fills s.info[i].
func (s *crRun) describe(i int) {
	a := s.a
	mn := &s.mentions[i]
	in := &s.info[i]
	h := &a.Tokens[mn.Head]
	in.sent = h.Sent
	in.rel = crRelBase(h.Rel)
	in.quote = s.flags[mn.Head]&crfQuote != 0
	in.def = s.flags[mn.Head] & (crfDef | crfPoss)
	if mn.Kind == NominalMention {
		in.sex = GenderedNoun(a.Tokens[mn.Head].Lemma)
		in.sem = s.semOf(h)
	}
	if g := h.Head; g >= 0 && g < len(a.Tokens) {
		in.govKey = s.tokKey[g]
		if (h.Rel == "nsubj" || h.Rel == "nsubj:pass") && crSpeechVerb(a.Tokens[g].Text) {
			in.speaker = true
		}
		in.rootSubj = h.Rel == "nsubj" && a.Tokens[g].Rel == "root"
	}
	hw := h.Lemma
	if hw == "" || mn.Kind == NameMention {
		hw = h.Text
	}
	in.headKey = crLowerHash(fnvOffset, hw)
	full := uint64(fnvOffset)
	for t := mn.First; t < mn.Last; t++ {
		tk := &a.Tokens[t]
		if tk.UPOS == "PUNCT" || (tk.UPOS == "DET" && t < mn.Head) {
			continue
		}
		in.content++
		full = (full ^ s.tokKey[t]) * fnvPrime
	}
	in.fullKey = full
	switch mn.Kind {
	case PronounMention:
		in.pron, in.p = crPronoun(h.Text)
		in.gender, in.number = in.p.gender, in.p.number
		if in.gender == 'm' || in.gender == 'f' {
			in.sem = crSemPerson
		}
	case NameMention:
		in.number = 's'
		in.sem = crSemOfType(mn.Type)
		switch mn.Type {
		case PERSON:
			if mn.First > 0 {
				in.gender = crTitleGender(a.Tokens[mn.First-1].Text)
			}
			for t := mn.First; t < mn.Last && in.gender == 0; t++ {
				if g := crTitleGender(a.Tokens[t].Text); g != 0 {
					in.gender = g
					continue
				}
				if v, ok := s.gender.Get(a.Tokens[t].Text); ok && v != "" {
					in.gender = v[0]
				} else if !ok && s.worldNames && t+1 < mn.Last {
					in.gender = worldNames[a.Tokens[t].Text]
				}
				break
			}
		case NORP:
			in.number = 'p'
		default:
			in.gender = 'n'
			in.number = 0
		}
	default:
		if h.XPOS == "NNS" || h.XPOS == "NNPS" {
			in.number = 'p'
		} else {
			in.number = 's'
		}
	}
}

// crCompatible reports whether a third-person pronoun may refer to a
// cluster: he and she not to an organization or place, nor to a cluster of
// the other gender; it not to a person; neither to a plural.
func crCompatible(p crPron, cl *crCluster) bool {
	switch p.gender {
	case 'm', 'f':
		if cl.gender != 0 && cl.gender != p.gender || cl.typ == ORG || cl.typ == GPE || cl.number == 'p' {
			return false
		}
	case 'n':
		if cl.gender == 'm' || cl.gender == 'f' || cl.typ == PERSON || cl.number == 'p' {
			return false
		}
	}
	return true
}

// semClash reports whether pronoun mention i may not stand for candidate
// mention j's cluster cl by what the noun lexicon or the list of roles
// knows of its nouns: "it" (or "its") stands for a thing, a body or a
// place, never for a person however described ("a Western diplomat …
// Nordhjelp said…, and it urged…"); "he" and "she" never for a body, a
// place or a thing.
func (s *crRun) semClash(i, j int, cl *crCluster) bool {
	in := &s.info[i]
	if in.pron == 0 || in.p.person != 3 || in.p.number == 'p' {
		return false
	}
	switch in.p.gender {
	case 'n':
		return cl.typ != ORG && cl.typ != GPE && (cl.sem == crSemPerson || s.personDescription(j))
	case 'm', 'f':
		// Nor for a plural in "-men" the tagger read as singular ("our
		// fishermen").
		if m := &s.mentions[j]; m.Kind == NominalMention && m.Head >= 0 {
			if h := s.a.Tokens[m.Head].Text; len(h) > 5 && strings.HasSuffix(h, "men") && s.a.Tokens[m.Head].XPOS == "NN" {
				return true
			}
		}
		// "he" and "she" never stand for a body, a place or a thing
		// the lexicon knows ("the government", "the plan").
		return cl.typ != PERSON && cl.sem != 0 && cl.sem != crSemPerson && !s.personDescription(j)
	}
	return false
}

// thingForPerson reports whether description i is of a place, a body, a
// thing or an abstraction by what the noun lexicon knows of its head noun,
// and cl a named person's cluster: "The island has been owned since 1998
// by…" is not the trust chair quoted just before.
func (s *crRun) thingForPerson(i int, cl *crCluster) bool {
	if s.mentions[i].Kind != NominalMention || cl.typ != PERSON || cl.name < 0 {
		return false
	}
	switch s.info[i].sem {
	case crSemPlace, crSemOrg, crSemThing, crSemAbstr:
		return !s.personDescription(i)
	}
	return false
}

// alwaysNew reports whether mention i starts a cluster without being
// scored: an indefinite or bare noun phrase ("a union", "workers").
func (s *crRun) alwaysNew(i int) bool {
	return s.mentions[i].Kind == NominalMention && s.info[i].def == 0
}

// match returns the string-match bits of mention i against mention j.
func (s *crRun) match(i, j int) uint8 {
	mi, mj := &s.mentions[i], &s.mentions[j]
	if mi.Kind == PronounMention || mj.Kind == PronounMention {
		return 0
	}
	ii, ij := &s.info[i], &s.info[j]
	var b uint8
	if ii.fullKey == ij.fullKey && ii.content > 0 {
		b |= crmExact
	}
	if ii.headKey == ij.headKey {
		b |= crmHead
	}
	if ii.content > 0 && ij.content > 0 {
		if ii.content < ij.content && s.within(mi, mj) {
			b |= crmSubset
		} else if ij.content < ii.content && s.within(mj, mi) {
			b |= crmSuper
		}
	}
	if mi.Kind == NameMention && mj.Kind == NameMention && s.acronym(mi, mj) {
		b |= crmAcronym
	}
	return b
}

// shareName reports whether two names share a capitalised word ("Big
// Machine Records", "Big Machine Label Group").
func (s *crRun) shareName(x, y *Mention) bool {
	a := s.a
	for t := x.First; t < x.Last; t++ {
		if a.Tokens[t].UPOS != "PROPN" {
			continue
		}
		for u := y.First; u < y.Last; u++ {
			if a.Tokens[u].UPOS == "PROPN" && s.tokKey[u] == s.tokKey[t] {
				return true
			}
		}
	}
	return false
}

// within reports whether every content word of x is in y.
func (s *crRun) within(x, y *Mention) bool {
	a := s.a
	for t := x.First; t < x.Last; t++ {
		tk := &a.Tokens[t]
		if tk.UPOS == "PUNCT" || (tk.UPOS == "DET" && t < x.Head) {
			continue
		}
		found := false
		for u := y.First; u < y.Last; u++ {
			if s.tokKey[u] == s.tokKey[t] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// acronym reports whether one of x, y is a single all-capitals word made
// of the initials of the other's capitalised words.
func (s *crRun) acronym(x, y *Mention) bool {
	if x.Last-x.First != 1 {
		x, y = y, x
	}
	if x.Last-x.First != 1 || y.Last-y.First < 2 {
		return false
	}
	w := s.a.Tokens[x.First].Text
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	k := 0
	for t := y.First; t < y.Last; t++ {
		tw := s.a.Tokens[t].Text
		if tw == "" || tw[0] < 'A' || tw[0] > 'Z' {
			continue
		}
		if k >= len(w) || w[k] != tw[0] {
			return false
		}
		k++
	}
	return k == len(w)
}

// acronymOf returns the cluster of the name an acronym stands for, given
// the choice c: "GTRT" after "Greater Toledo Regional Transit", "CFST"
// after "Confédération française des syndicats du travail", whose initials
// it spells, capitalised or not, without the words of grammar. A run-time
// rule: the model's string-match features see only capitalised initials.
func (s *crRun) acronymOf(i, c int) int {
	m := &s.mentions[i]
	if m.Last-m.First != 1 || !acronymWord(s.a.Tokens[m.First].Text) {
		return c
	}
	w := s.a.Tokens[m.First].Text
	for j := i - 1; j >= 0 && i-j <= crFarLimit; j-- {
		mj := &s.mentions[j]
		if mj.Kind != NameMention || mj.Last-mj.First < 2 || mj.Type == PERSON {
			continue
		}
		if spellsInitials(w, s.a.Tokens[mj.First:mj.Last]) {
			return s.clusterOf[j]
		}
	}
	return c
}

// spellsInitials reports whether acronym w is the initials of the words
// of a name: of its capitalised words, or of all its words but those of
// grammar ("of", "the", "des", "du"…).
func spellsInitials(w string, toks []Token) bool {
	for _, all := range []bool{false, true} {
		k := 0
		ok := true
		for _, t := range toks {
			tw := t.Text
			if tw == "" || t.UPOS == "PUNCT" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(tw)
			// Words of grammar and particles are written in lower case
			// inside a name: only those are read for them (no
			// allocation on this path, run for every acronym).
			if lower := !unicode.IsUpper(r); lower && (!all || nameParticle(tw) || grammarWord(tw)) {
				continue
			}
			if k >= len(w) || unicode.ToUpper(r) != rune(w[k]) {
				ok = false
				break
			}
			k++
		}
		if ok && k == len(w) && k >= 2 {
			return true
		}
	}
	return false
}

// Abbreviates reports whether acronym ac spells the initials of name's
// words, of its capitalised ones or of all but those of grammar ("CFST"
// for "Confédération française des syndicats du travail").
func Abbreviates(ac, name string) bool {
	if !acronymWord(ac) {
		return false
	}
	fields := strings.Fields(name)
	if len(fields) < 2 {
		return false
	}
	toks := make([]Token, len(fields))
	for i, f := range fields {
		toks[i] = Token{Text: f}
	}
	return spellsInitials(ac, toks)
}

// grammarWord reports whether w is a word of grammar an acronym leaves
// out.
func grammarWord(w string) bool {
	switch w {
	case "of", "the", "and", "for", "&", "de", "des", "du", "la", "le", "les", "et", "y", "del", "der", "und", "für":
		return true
	}
	return false
}

// candidates collects the clusters mention i may join. At run time
// (not in training, whose model files must stay reproducible) a name
// never joins another person's with the same surname (clashes).
func (s *crRun) candidates(i int, runtime bool) {
	s.cands = s.cands[:0]
	s.stamp++
	mi := &s.mentions[i]
	ii := &s.info[i]
	// Names look at the clusters of their own and the previous sentence
	// (appositions, predicates) and, below, at earlier names that share
	// their words; descriptions at a few recent clusters and at those with
	// the same head noun; pronouns at the recent clusters.
	maxC, maxSent := crMaxCands, crPronSents
	switch mi.Kind {
	case NameMention:
		maxC, maxSent = 4, 1
	case NominalMention:
		maxC, maxSent = 6, 3
	}
	topic := -1
	if runtime && ii.pron > 0 {
		topic = s.creditedTopic(i)
	}
	j := i - 1
	for ; j >= 0 && i-j <= crWindow && len(s.cands) < maxC; j-- {
		mj := &s.mentions[j]
		if mi.First < mj.Last {
			continue // nested
		}
		if ii.sent-s.info[j].sent > maxSent {
			break
		}
		c := s.clusterOf[j]
		cl := &s.cls[c]
		if cl.stamp == s.stamp {
			continue
		}
		cl.stamp = s.stamp
		if ii.pron > 0 && ii.p.person == 3 && !crCompatible(ii.p, cl) || runtime && (s.clashes(i, c) || s.modifierClash(i, c) || s.semClash(i, j, cl) || s.thingForPerson(i, cl) || c == topic) {
			continue
		}
		s.cands = append(s.cands, crCand{m: j, c: c, match: s.match(i, j), rank: len(s.cands)})
	}
	if mi.Kind == PronounMention {
		return
	}
	// Farther back: the clusters whose mentions share words with this one
	// (s.hk: head keys, with the low bit set on names, 0 for pronouns).
	isName := mi.Kind == NameMention
	for ; j >= 0 && i-j <= crFarLimit; j-- {
		k := s.hk[j]
		if k == 0 || k&^3 != ii.headKey&^3 && !(isName && k&3 == 1) {
			continue
		}
		c := s.clusterOf[j]
		if s.cls[c].stamp == s.stamp || runtime && (s.clashes(i, c) || s.modifierClash(i, c) || s.thingForPerson(i, &s.cls[c])) {
			continue
		}
		mt := s.match(i, j)
		if mt&(crmExact|crmSubset|crmSuper|crmAcronym) == 0 && (mt&crmHead == 0 || mi.Kind != NominalMention) {
			continue
		}
		s.cls[c].stamp = s.stamp
		s.cands = append(s.cands, crCand{m: j, c: c, match: mt, rank: crMaxCands})
	}
	if runtime && isName && mi.Type == PERSON && mi.Last-mi.First == 1 {
		s.nearestNamesake(i)
	}
}

// nearestNamesake leaves, among the candidates of a surname alone (mention
// i), one person of that surname when the story names two or more of them
// in full ("Thomas Brennan", "Aoife Brennan") and has called neither by
// the surname alone yet: of those it named as speakers, the one it
// mentioned last, as news goes on with the source it has just brought in
// ("said Aoife Brennan, a senior fellow… Brennan said"). A courtesy title
// ("Ms Pōtae") says which by itself.
func (s *crRun) nearestNamesake(i int) {
	sur := s.a.Tokens[s.mentions[i].First].Text
	namesake := func(c int) int {
		n := s.cls[c].name
		if n < 0 || n >= len(s.mentions) || n == i {
			return -1
		}
		m := &s.mentions[n]
		if m.Type != PERSON || m.Last-m.First < 2 || !strings.EqualFold(s.a.Tokens[m.Last-1].Text, sur) {
			return -1
		}
		return n
	}
	best, count := -1, 0
	for _, cd := range s.cands {
		n := namesake(cd.c)
		if n < 0 {
			continue
		}
		count++
		// Only one who speaks: "Her brother, Daniel Lopez, runs a
		// haulage firm" brings in no one the story goes on quoting.
		if s.speaks(n) && (best < 0 || s.cls[cd.c].last > s.cls[best].last) {
			best = cd.c
		}
	}
	if f := s.mentions[i].First; count < 2 || best < 0 || f > 0 && crTitleGender(s.a.Tokens[f-1].Text) != 0 {
		return
	}
	// Once the story has called one of them by the surname alone, it
	// goes on doing so for that one ("Donald Trump", "Ivanka Trump" …
	// "Trump said"): the model weighs that.
	for j := 0; j < i; j++ {
		if m := &s.mentions[j]; m.Kind == NameMention && m.Last-m.First == 1 && strings.EqualFold(s.a.Tokens[m.First].Text, sur) && namesake(s.clusterOf[j]) >= 0 {
			return
		}
	}
	var bx, by [8]string
	nb := s.appendNameWords(bx[:0], &s.mentions[namesake(best)])
	kept := s.cands[:0]
	for _, cd := range s.cands {
		if n := namesake(cd.c); n >= 0 && cd.c != best && crNameClash(nb, s.appendNameWords(by[:0], &s.mentions[n])) {
			continue
		}
		kept = append(kept, cd)
	}
	s.cands = kept
}

// speaks reports whether name mention n is the subject of a verb of
// saying, itself or as the name set beside or under the subject ("said
// Senator Thomas Brennan", "Union leader Maria Lopez, who…, said").
func (s *crRun) speaks(n int) bool {
	toks := s.a.Tokens
	h := s.mentions[n].Head
	for step := 0; step < 3 && h >= 0; step++ {
		t := &toks[h]
		switch t.Rel {
		case "nsubj":
			return t.Head >= 0 && crSpeechVerb(toks[t.Head].Text)
		case "appos", "flat", "compound":
			h = t.Head
		default:
			return false
		}
	}
	return false
}

// otherBody reports whether two bodies' names end in different nouns of
// bodies ("the United Baseball League" and "the United Baseball League
// Players Association"): one name holding the other's words names a body
// of its own, the league's players' union, not the league.
func (s *crRun) otherBody(x, y *Mention) bool {
	if x.Last <= x.First || y.Last <= y.First {
		return false
	}
	hx, hy := s.a.Tokens[x.Last-1].Text, s.a.Tokens[y.Last-1].Text
	return !strings.EqualFold(hx, hy) && isBodyNoun(hx) && isBodyNoun(hy)
}

// isBodyNoun reports whether w, in any case, is one of bodyNouns, with no
// allocation (it runs for every candidate of every name).
func isBodyNoun(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return bodyNouns[string(buf[:len(w)])]
}

// creditedTopic returns the cluster of the name a pronoun's credit set
// off by commas interrupts, or -1: in "Schumer, he said, “knows the
// minds…”" the one who speaks is not the one he speaks of. The pronoun
// must follow the name's comma and be the subject of a verb of saying
// that a comma closes.
func (s *crRun) creditedTopic(i int) int {
	a := s.a
	m := &s.mentions[i]
	f := m.First
	if f < 2 || a.Tokens[f-1].Text != "," || s.info[i].rel != "nsubj" {
		return -1
	}
	v := a.Tokens[m.Head].Head
	if v < 0 || !crSpeechVerb(a.Tokens[v].Text) || v+1 >= len(a.Tokens) {
		return -1
	}
	if a.Tokens[v+1].Text != "," {
		// "Nordvik would keep its name and headquarters, he said": nor
		// is the one who credits a clause the name that clause has as
		// its subject (the pronoun would stand before the name).
		h := a.Tokens[v].Head
		if a.Tokens[v].Rel != "parataxis" {
			// Or the clause before it, read as its complement.
			h = -1
			for k := f - 1; k >= 0 && a.Tokens[k].Sent == a.Tokens[v].Sent; k-- {
				if a.Tokens[k].Head == v && a.Tokens[k].Rel == "ccomp" {
					h = k
					break
				}
			}
		}
		if h < 0 || h >= f {
			return -1
		}
		for j := i - 1; j >= 0 && j >= i-12; j-- {
			mj := &s.mentions[j]
			if a.Tokens[mj.Head].Sent != a.Tokens[m.Head].Sent {
				break
			}
			if mj.Kind == NameMention && a.Tokens[mj.Head].Head == h && strings.HasPrefix(a.Tokens[mj.Head].Rel, "nsubj") {
				return s.clusterOf[j]
			}
		}
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if mj := &s.mentions[j]; mj.Kind == NameMention && mj.Last == f-1 {
			return s.clusterOf[j]
		}
	}
	return -1
}

// clashes reports whether name mention i cannot join cluster c because
// the cluster's fullest name is another person's with the same surname
// ("Elin Nyberg" after "Lars Nyberg"), or another body's or place's that
// shares no name word with it and is not its acronym.
func (s *crRun) clashes(i, c int) bool {
	mi := &s.mentions[i]
	if mi.Kind == NameMention && (mi.Type == ORG || mi.Type == GPE) && c >= 0 && c < len(s.cls) {
		// A body's or a place's name joins a cluster named otherwise
		// only by its words or its acronym: "the World Trade
		// Organization" after "The European Union … their dispute" is
		// another body.
		if n := s.cls[c].name; n >= 0 && n < len(s.mentions) && n != i && (s.mentions[n].Type == ORG || s.mentions[n].Type == GPE) {
			if s.otherBody(mi, &s.mentions[n]) {
				return true
			}
			return s.match(i, n)&(crmExact|crmSubset|crmSuper|crmAcronym) == 0 && !s.shareName(mi, &s.mentions[n])
		}
		// Nor does it join a person's cluster it shares no word with.
		if n := s.cls[c].name; n >= 0 && n < len(s.mentions) && n != i && s.mentions[n].Type == PERSON {
			return !s.shareName(mi, &s.mentions[n])
		}
		return false
	}
	if mi.Kind != NameMention || mi.Type != PERSON || c < 0 || c >= len(s.cls) {
		return false
	}
	n := s.cls[c].name
	if n >= 0 && n < len(s.mentions) && n != i && (s.mentions[n].Type == ORG || s.mentions[n].Type == GPE) {
		// A person's name never joins a cluster a body or a place names,
		// unless they share a word (one name the entity model typed
		// two ways): "A spokeswoman for Huaxin, Liu Yan," is not Huaxin.
		return !s.shareName(mi, &s.mentions[n])
	}
	if n < 0 || n >= len(s.mentions) || s.mentions[n].Type != PERSON {
		return false
	}
	var bx, by [8]string // names are short: no allocation on this hot path
	return crNameClash(s.appendNameWords(bx[:0], mi), s.appendNameWords(by[:0], &s.mentions[n]))
}

// modifierClash reports whether description i cannot join cluster c
// because both name what their head noun belongs to with different names:
// "the president of the American Farm Bureau" is not "the president of
// the Federal Reserve Bank of New York", nor "Kizuna TV's president" "the
// Sparks' president", nor anyone that description stands for.
func (s *crRun) modifierClash(i, c int) bool {
	mi := &s.mentions[i]
	if mi.Kind != NominalMention {
		return false
	}
	var bx, by [8]string
	wi := s.appendModifierNames(bx[:0], mi)
	if len(wi) == 0 {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= crFarLimit; j-- {
		mj := &s.mentions[j]
		if s.clusterOf[j] != c || mj.Kind != NominalMention || s.info[j].headKey != s.info[i].headKey {
			continue
		}
		wj := s.appendModifierNames(by[:0], mj)
		if len(wj) > 0 && !slices.ContainsFunc(wi, func(w string) bool { return slices.Contains(wj, w) }) {
			return true
		}
	}
	return false
}

// appendModifierNames appends to w the proper nouns that hang from a
// description's head word in the tree, before it in its own phrase
// ("Kizuna", "TV" of "Kizuna TV's president") and within the twelve
// words after it ("Farm", "Bureau" of "the president of the American Farm
// Bureau"), up to eight: the mention's own span may stop at the head.
func (s *crRun) appendModifierNames(w []string, m *Mention) []string {
	toks := s.a.Tokens
	if m.Head < 0 || m.Head >= len(toks) {
		return w
	}
	sent := toks[m.Head].Sent
	// Before the head in its own phrase, then up to twelve words after
	// it in its sentence.
	for t := m.First; t < len(toks) && t <= m.Head+12 && toks[t].Sent == sent && len(w) < cap(w); t++ {
		if t == m.Head || toks[t].UPOS != "PROPN" {
			continue
		}
		for h, up := toks[t].Head, 0; h >= 0 && up < 4; h, up = toks[h].Head, up+1 {
			if h == m.Head {
				w = append(w, toks[t].Text)
				break
			}
		}
	}
	return w
}

// appendNameWords appends to w the words of a name mention, punctuation
// aside, up to an "of" that starts a place or a body after the name ("Tom
// Dalton of Pennsylvania").
func (s *crRun) appendNameWords(w []string, m *Mention) []string {
	for t := m.First; t < m.Last && t < len(s.a.Tokens); t++ {
		tk := &s.a.Tokens[t]
		if tk.Text == "of" && len(w) >= 2 {
			break
		}
		if tk.UPOS != "PUNCT" {
			w = append(w, tk.Text)
		}
	}
	return w
}

// crNameClash reports whether two person names with the same surname
// name two people: the words before the surname differ ("Lars Nyberg",
// "Elin Nyberg"; "George W. Bush", "George H.W. Bush") and neither one's
// is among the other's given names ("Hillary Clinton", "Hillary Rodham
// Clinton") or an initial of it ("J. Lew", "Jack Lew"). A surname alone
// clashes with no one.
func crNameClash(x, y []string) bool {
	if len(x) < 2 || len(y) < 2 || !strings.EqualFold(x[len(x)-1], y[len(y)-1]) {
		return false
	}
	gx, gy := x[:len(x)-1], y[:len(y)-1]
	return !crGivenFits(gx[len(gx)-1], gy) && !crGivenFits(gy[len(gy)-1], gx)
}

// crGivenFits reports whether name word w is one of the given names g or
// an initial of one of them (or g's word an initial of w).
func crGivenFits(w string, g []string) bool {
	for _, v := range g {
		if strings.EqualFold(w, v) || crInitialOf(w, v) || crInitialOf(v, w) {
			return true
		}
	}
	return false
}

// crInitialOf reports whether w is an initial ("J.", "J") of name word v.
func crInitialOf(w, v string) bool {
	w = strings.TrimSuffix(w, ".")
	return utf8.RuneCountInString(w) == 1 && len(v) > len(w) && strings.EqualFold(v[:len(w)], w)
}

// decide scores mention i against its candidates and a new cluster and
// returns the chosen cluster (-1 for new). With gold set (training), it
// also returns the features' offsets of the choice and of the gold answer
// through s.offs: s.offs[k] .. s.offs[k+1] are the features of option k
// (option 0 = new, option k = s.cands[k-1]).
func (s *crRun) decide(i int, sc crScorer, gold func(c int) bool) (best int, predOpt, goldOpt int) {
	s.candidates(i, gold == nil)
	s.feats = s.feats[:0]
	s.offs = append(s.offs[:0], 0)
	s.newFeatures(i)
	s.offs = append(s.offs, len(s.feats))
	bestScore := sc.score(s.feats[s.offs[0]:s.offs[1]])
	best, predOpt, goldOpt = -1, 0, 0
	for k := range s.cands {
		s.pairFeatures(i, &s.cands[k])
		s.offs = append(s.offs, len(s.feats))
		v := sc.score(s.feats[s.offs[k+1]:s.offs[k+2]])
		if v > bestScore {
			best, bestScore, predOpt = s.cands[k].c, v, k+1
		}
		if gold != nil && goldOpt == 0 && gold(s.cands[k].c) {
			goldOpt = k + 1
		}
	}
	return best, predOpt, goldOpt
}

// attach puts mention i into cluster c (-1: a new one).
func (s *crRun) attach(i, c int) {
	if c < 0 {
		c = len(s.cls)
		s.cls = append(s.cls, crCluster{name: -1})
	}
	s.clusterOf[i] = c
	cl := &s.cls[c]
	mn := &s.mentions[i]
	in := &s.info[i]
	cl.size++
	cl.last = i
	if in.sem != 0 && (cl.sem == 0 || mn.Kind == NameMention && cl.name == -1) {
		cl.sem = in.sem
	}
	switch mn.Kind {
	case NameMention:
		if cl.typ == "" || cl.name < 0 {
			cl.typ = crFeatType(mn.Type)
		}
		if n := in.content; cl.name < 0 || n > cl.nameLen {
			cl.name, cl.nameLen = i, n
		}
		if cl.gender == 0 || in.gender != 0 && cl.name == i {
			if in.gender != 0 {
				cl.gender = in.gender
			}
		}
		if cl.number == 0 {
			cl.number = in.number
		}
	case PronounMention:
		cl.pron = true
		if cl.gender == 0 && in.p.person == 3 {
			cl.gender = in.gender
		}
		if cl.number == 0 && in.p.person == 3 {
			cl.number = in.number
		}
	default:
		if cl.number == 0 {
			cl.number = in.number
		}
	}
}

// finish writes the mentions and clusters into the analysis.
func (s *crRun) finish() {
	a := s.a
	a.Mentions = s.mentions
	n := len(s.cls)
	a.Clusters = make([]Cluster, n)
	idx := make([]int, len(s.mentions))
	sizes := make([]int, n+1)
	for i := range s.mentions {
		sizes[s.clusterOf[i]+1]++
	}
	for c := 1; c <= n; c++ {
		sizes[c] += sizes[c-1]
	}
	for c := range a.Clusters {
		a.Clusters[c].Mentions = idx[sizes[c]:sizes[c]:sizes[c+1]]
	}
	for i := range s.mentions {
		c := s.clusterOf[i]
		a.Mentions[i].Cluster = c
		a.Clusters[c].Mentions = append(a.Clusters[c].Mentions, i)
	}
	for c := range a.Clusters {
		cl := &a.Clusters[c]
		best, bestRank, bestLen := -1, 0, 0
		for _, i := range cl.Mentions {
			m := &a.Mentions[i]
			if m.Kind != NameMention {
				continue
			}
			rank := 1
			if m.Type == PERSON || m.Type == ORG || m.Type == GPE {
				rank = 2
			}
			if l := s.info[i].content; best < 0 || rank > bestRank || rank == bestRank && l > bestLen {
				best, bestRank, bestLen = i, rank, l
			}
		}
		if best >= 0 {
			cl.Type = a.Mentions[best].Type
			cl.Name = a.Span(a.Mentions[best].First, a.Mentions[best].Last)
		} else {
			m := &a.Mentions[cl.Mentions[0]]
			cl.Name = a.Span(m.First, m.Last)
		}
	}
	for t := range a.Tokens {
		a.Tokens[t].Mention = -1
	}
	for i := range a.Mentions {
		m := &a.Mentions[i]
		t := &a.Tokens[m.Head]
		if t.Mention < 0 {
			t.Mention = i
			continue
		}
		o := &a.Mentions[t.Mention]
		if m.Last-m.First < o.Last-o.First {
			t.Mention = i
		}
	}
}
