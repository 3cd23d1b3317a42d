package nlp

import (
	"fmt"
	"slices"
	"strings"
	"sync"
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
	// scratch holds *crScratch values: the per-token working arrays of
	// finished runs, reused by later ones (detectMentions and prepare
	// write every entry before reading it). Held by the Resolver, not
	// the package: runs on other goroutines take their own.
	scratch sync.Pool
}

// crScratch is the per-token working arrays of one run, kept between runs.
type crScratch struct {
	lo, hi, ent, left, right, subj []int
	flags                          []uint8
	tokKey, hk                     []uint64
	info                           []crInfo
	clusterOf                      []int
	cls                            []crCluster
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
	s := &crRun{a: a, gender: r.gender, sem: r.sem, worldNames: true, singleMarks: true}
	sc, _ := r.scratch.Get().(*crScratch)
	if sc != nil {
		s.lo, s.hi, s.ent, s.left, s.right, s.subj = sc.lo, sc.hi, sc.ent, sc.left, sc.right, sc.subj
		s.flags, s.tokKey, s.hk = sc.flags, sc.tokKey, sc.hk
		s.info, s.clusterOf, s.cls = sc.info, sc.clusterOf, sc.cls
	} else {
		sc = new(crScratch)
	}
	r.run(s)
	sc.lo, sc.hi, sc.ent, sc.left, sc.right, sc.subj = s.lo, s.hi, s.ent, s.left, s.right, s.subj
	sc.flags, sc.tokKey, sc.hk = s.flags, s.tokKey, s.hk
	sc.info, sc.clusterOf, sc.cls = s.info, s.clusterOf, s.cls
	r.scratch.Put(sc)
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
			best = s.paragraphSubject(i, best)
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
			best = s.frontedPossessive(i, best)
			best = s.rankApart(i, best)
		}
		best = s.appositionOfName(i, best)
		best = s.acronymOf(i, best)
		s.attach(i, best)
	}
	s.mergeNamedAs()
	s.finish()
}

// crScorer scores a feature vector: the weight table at run time, the
// perceptron being trained at training time.
type crScorer interface {
	score(feats []uint64) float32
}

type crTableScorer struct{ t *Table }

func (s crTableScorer) score(feats []uint64) float32 {
	return float32(s.t.sumFirst(feats))
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
	// singleMarks: a quotation in single marks the tagger read as one
	// (‘…,’ she said) is a quotation, as one in double marks is (at run
	// time, not in training: GUM train holds 17 such quotations, too few
	// to learn from, and reading them there only moved the perceptron's
	// path, so that training no longer reproduced coref.bin).
	singleMarks bool

	lo, hi, ent, left, right, subj []int
	flags                          []uint8
	tokKey                         []uint64

	mentions []Mention
	tmp      []Mention
	keys     []uint64
	hk       []uint64
	// prevSame[j] is the latest mention before j with j's head key (the
	// same hk but for the low bits), prevName[j] the latest name before
	// j; -1 for none: candidates follows them back (see chainHeads).
	prevSame, prevName []int32
	info               []crInfo
	clusterOf          []int
	cls                []crCluster
	cands              []crCand
	feats              []uint64
	offs               []int
	stamp              int

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
	if cap(s.tokKey) < n {
		s.tokKey = make([]uint64, n)
	}
	s.tokKey = s.tokKey[:n]
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
		case "‘", "’":
			// Single marks the tagger read as a quotation's (British
			// style: ‘…,’ she said), not as an apostrophe.
			if s.singleMarks && (t.XPOS == "``" || t.XPOS == "''") {
				quote = t.XPOS == "``"
				continue
			}
		}
		if quote {
			s.flags[i] |= crfQuote
		}
	}
	if s.worldNames {
		s.misspelledSurnames()
	}
	m := len(s.mentions)
	// Kept arrays (Resolver.scratch) are cleared: describe and the
	// loop below leave fields at zero.
	s.info = growClear(s.info, m)
	s.clusterOf = crGrow(s.clusterOf, m)
	if cap(s.cls) < m {
		s.cls = make([]crCluster, 0, m)
	}
	s.cls = s.cls[:0]
	s.hk = growClear(s.hk, m)
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
	s.chainHeads()
}

// chainHeads fills prevSame and prevName from hk. The latest mention of
// each head key so far is found in an open-addressed table of mention+1
// by the key's bits (hashes already), in the same allocation.
func (s *crRun) chainHeads() {
	m := len(s.hk)
	size := 1
	for size < 2*m {
		size <<= 1
	}
	buf := make([]int32, 2*m+size)
	s.prevSame, s.prevName = buf[:m:m], buf[m:2*m:2*m]
	latest, mask := buf[2*m:], uint64(size-1)
	lastName := int32(-1)
	for j, k := range s.hk {
		s.prevSame[j], s.prevName[j] = -1, lastName
		if k == 0 {
			continue
		}
		key := k &^ 3
		h := key >> 2 & mask
		for latest[h] != 0 && s.hk[latest[h]-1]&^3 != key {
			h = (h + 1) & mask
		}
		s.prevSame[j] = latest[h] - 1 // -1 when empty
		latest[h] = int32(j) + 1
		if k&3 == 1 {
			lastName = int32(j)
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
	// (s.hk: head keys, with the low bit set on names, 0 for pronouns):
	// the mentions with its head key and, for a name, every earlier name,
	// latest first. They are the mentions the two chains from i (prevSame
	// and prevName; i's hk is its head key's, as it is a name or a
	// description) reach, so the loop takes each chain's next at or
	// before j, the later of the two, and never looks at the others.
	isName := mi.Kind == NameMention
	same, name := int(s.prevSame[i]), -1
	if isName {
		name = int(s.prevName[i])
	}
	for ; ; j-- {
		for same > j {
			same = int(s.prevSame[same])
		}
		for name > j {
			name = int(s.prevName[name])
		}
		if j = max(same, name); j < 0 || i-j > crFarLimit {
			break
		}
		c := s.clusterOf[j]
		if s.cls[c].stamp == s.stamp {
			continue
		}
		// The string match first: it is cheap and turns away most
		// earlier names, which every name looks at; the clash rules
		// (pure, as the match is) only for the ones it keeps.
		mt := s.match(i, j)
		if mt&(crmExact|crmSubset|crmSuper|crmAcronym) == 0 && (mt&crmHead == 0 || mi.Kind != NominalMention) {
			continue
		}
		if runtime && (s.clashes(i, c) || s.modifierClash(i, c) || s.thingForPerson(i, &s.cls[c])) {
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
// ("said Aoife Brennan, a senior fellow… Brennan said"); where it named
// none of them as a speaker, the one it mentioned last if it quoted that
// one since (clusterSpeaks). A courtesy title ("Ms Pōtae") says which by
// itself.
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
	if best < 0 && count >= 2 {
		// None named as a speaker: the one mentioned last, when the
		// story went on quoting that one ("Edson Fortes, 34, remembers
		// the day. “…,” he said." … "Fortes said").
		last := -1
		for _, cd := range s.cands {
			if namesake(cd.c) >= 0 && (last < 0 || s.cls[cd.c].last > s.cls[last].last) {
				last = cd.c
			}
		}
		if s.clusterSpeaks(last, i) {
			best = last
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

// clusterSpeaks reports whether cluster c, before mention i, has a
// mention outside quotation marks that speaks: its name ("said Aoife
// Brennan") or a pronoun the story went on with ("Edson Brennan, 34,
// remembers the day. “…,” he said." with a quotation in the pronoun's
// sentence), so that a person brought in without a verb of saying whom
// the story then quotes counts as a speaker.
func (s *crRun) clusterSpeaks(c, i int) bool {
	for j := 0; j < i; j++ {
		if s.clusterOf[j] != c || s.info[j].quote {
			continue
		}
		m := &s.mentions[j]
		if m.Kind == NameMention && s.speaks(j) || m.Kind == PronounMention && s.info[j].pron > 0 && s.info[j].p.person == 3 && s.speaks(j) && s.quotesIn(s.info[j].sent) {
			return true
		}
	}
	return false
}

// quotesIn reports whether sentence sent holds words inside quotation
// marks: a pronoun's verb of saying there credits a quotation ("“…,” he
// said"), not only reports ("So far she has said no").
func (s *crRun) quotesIn(sent int) bool {
	se := &s.a.Sentences[sent]
	for k := se.First; k < se.Last; k++ {
		if s.flags[k]&crfQuote != 0 {
			return true
		}
	}
	return false
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

// corefBodyNouns are the last words of bodies' names besides bodyNouns
// (which the entity model reads by): "the Klaipėda State Seaport
// Authority" is not "the Klaipėda Dockers' Union", though both are named
// for the port.
var corefBodyNouns = map[string]bool{
	"authority": true, "office": true, "committee": true, "department": true, "board": true, "bureau": true,
	"corporation": true, "company": true, "fund": true, "society": true, "confederation": true, "chamber": true,
	"secretariat": true, "directorate": true, "senate": true, "cabinet": true, "police": true, "front": true,
	"movement": true, "administration": true, "organisation": true, "organization": true, "coalition": true,
	"tribunal": true, "inspectorate": true, "regulator": true, "service": true, "services": true, "group": true,
}

// isBodyNoun reports whether w, in any case, is one of bodyNouns or
// corefBodyNouns, with no allocation (it runs for every candidate of
// every name).
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
	return bodyNouns[string(buf[:len(w)])] || corefBodyNouns[string(buf[:len(w)])]
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
	// The descriptions with i's head key are on its prevSame chain (see
	// chainHeads), latest first: the loop follows it, not every mention.
	for j := int(s.prevSame[i]); j >= 0 && i-j <= crFarLimit; j = int(s.prevSame[j]) {
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

// growClear returns b with length n and every entry zero, reusing its
// array when it is large enough (the coreference and entity working
// arrays kept between briefs).
func growClear[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}
