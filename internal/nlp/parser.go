package nlp

import (
	"errors"
	"fmt"
	"io"
)

// Parser builds labelled dependency trees in two steps. A greedy
// arc-hybrid transition parser (Kuhlmann et al. 2011), trained with a
// dynamic oracle (Goldberg & Nivre 2013) and feature templates after Zhang
// & Nivre (2011), finds the unlabelled tree: three transitions, the root at
// the end of the buffer, exactly one root per sentence. Its templates come
// in groups whose scores are cached while a sentence is parsed (see
// bufferFeatures), configurations with a single legal transition are not
// scored, and its weights sit in a bucketed table whose lookups read 32
// bytes of one cache line and take no data-dependent branch (see
// inlineTable): about 80 table reads per word. Then a labeller gives every
// word its relation, left to right, from features of the finished tree
// (head, dependent, their children and siblings, the relations already
// given). Both are averaged perceptrons read in place from the model file.
type Parser struct {
	w      *inlineTable
	lw     *sparseTable
	labels []string
	root   int // index of "root" in labels
	punct  int // index of "punct" in labels, or -1
	ld     labelDict
}

// Model file sections of the parser.
const (
	parserWeights = "parser.transitions"
	parserLabelW  = "parser.labeller"
	parserLabels  = "parser.labels"
	parserLabelD  = "parser.labeldict"
)

// LoadParser reads the parser model.
func LoadParser(c *Container) (*Parser, error) {
	w, err := c.inlineTable(parserWeights)
	if err != nil {
		return nil, err
	}
	if w.n != numTransitions {
		return nil, fmt.Errorf("parser: %d transitions, want %d", w.n, numTransitions)
	}
	lw, err := c.sparseTable(parserLabelW)
	if err != nil {
		return nil, err
	}
	labels, err := c.Labels(parserLabels)
	if err != nil {
		return nil, err
	}
	if len(labels) != lw.n {
		return nil, fmt.Errorf("parser: %d labels, weights for %d", len(labels), lw.n)
	}
	p := &Parser{w: w, lw: lw, labels: labels, root: rootLabel(labels), punct: -1}
	for i, l := range labels {
		if l == "punct" {
			p.punct = i
		}
	}
	if b, err := c.Section(parserLabelD); err == nil {
		if len(b)%9 != 0 {
			return nil, fmt.Errorf("parser: label dictionary of %d bytes", len(b))
		}
		for _, l := range b[len(b)/9*8:] {
			if int(l) >= len(labels) {
				return nil, errors.New("parser: label dictionary: label out of range")
			}
		}
		p.ld = b
	}
	return p, nil
}

// The transitions of the arc-hybrid system.
const (
	trShift = iota
	trLeft  // s0 <- b: s0's head is the buffer's front; pop s0
	trRight // s1 -> s0: s0's head is s1; pop s0
	numTransitions
)

// parseState is a configuration of the transition system over one sentence
// of n words; position n is the root, which stays at the end of the buffer.
type parseState struct {
	n     int
	stack []int
	b     int
	heads []int
	// Leftmost and second leftmost, rightmost and second rightmost
	// children, and the number of left and right children.
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	// Word and tag hashes per position, n+1 long (the root last).
	wh, th, uh []uint64
	// wt combines the word and tag hashes.
	wt []uint64
	// fn marks function words (their forms are label features), punct
	// punctuation.
	fn, punct []bool
}

const (
	padNone = 0x6e6f6e65
	padRoot = 0x726f6f74
	// padNoneWT is fk2(0, padNone, padNone), the word-tag pair of an
	// absent position.
	padNoneWT = 0xf747928255423904
)

func (st *parseState) reset(n int) {
	st.n = n
	st.stack = st.stack[:0]
	st.b = 0
	st.heads = growInts(st.heads, n+1)
	st.lc1 = growInts(st.lc1, n+1)
	st.lc2 = growInts(st.lc2, n+1)
	st.rc1 = growInts(st.rc1, n+1)
	st.rc2 = growInts(st.rc2, n+1)
	st.nl = growInts(st.nl, n+1)
	st.nr = growInts(st.nr, n+1)
	for i := 0; i <= n; i++ {
		st.heads[i], st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i], st.nl[i], st.nr[i] = -1, -1, -1, -1, -1, 0, 0
	}
	st.wh = growU64(st.wh, n+1)
	st.th = growU64(st.th, n+1)
	st.uh = growU64(st.uh, n+1)
	st.wt = growU64(st.wt, n+1)
	st.wh[n], st.th[n], st.uh[n], st.wt[n] = padRoot, padRoot, padRoot, fk2(0, padRoot, padRoot)
	if cap(st.fn) < n+1 {
		st.fn = make([]bool, n+1, n+n/2+1)
	}
	st.fn = st.fn[:n+1]
	st.fn[n] = false
	if cap(st.punct) < n+1 {
		st.punct = make([]bool, n+1, n+n/2+1)
	}
	st.punct = st.punct[:n+1]
	st.punct[n] = false
}

func growU64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n, n+n/2)
	}
	return s[:n]
}

// setWord fills the hashes of word i.
func (st *parseState) setWord(i int, form, upos, xpos string) {
	h := uint64(fnvOffset)
	for j := 0; j < len(form); j++ {
		h ^= uint64(lowerNorm(form[j]))
		h *= fnvPrime
	}
	st.wh[i] = h
	u := strHash64(upos)
	st.uh[i] = u
	st.th[i] = mix64(u ^ strHash64(xpos)*3)
	st.wt[i] = fk2(0, h, st.th[i])
	st.fn[i] = isFunctionTag(upos)
	st.punct[i] = upos == "PUNCT"
}

func (st *parseState) done() bool { return len(st.stack) == 0 && st.b == st.n }

func (st *parseState) valid(t int) bool {
	switch t {
	case trShift:
		return st.b < st.n
	case trLeft:
		if len(st.stack) == 0 {
			return false
		}
		return st.b < st.n || len(st.stack) == 1
	case trRight:
		return len(st.stack) >= 2
	}
	return false
}

func (st *parseState) apply(t int) {
	switch t {
	case trShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case trLeft:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.b, d)
	case trRight:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.stack[len(st.stack)-1], d)
	}
}

func (st *parseState) addArc(h, d int) {
	st.heads[d] = h
	if d < h {
		st.nl[h]++
		if st.lc1[h] < 0 || d < st.lc1[h] {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if st.lc2[h] < 0 || d < st.lc2[h] {
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		if st.rc1[h] < 0 || d > st.rc1[h] {
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		} else if st.rc2[h] < 0 || d > st.rc2[h] {
			st.rc2[h] = d
		}
	}
}

// costs fills the number of gold arcs each transition loses (the dynamic
// oracle of Goldberg & Nivre 2013 for arc-hybrid); gold[i] is word i's
// gold head, n for the root.
func (st *parseState) costs(gold []int, cost *[numTransitions]int) {
	n := st.n
	for t := range cost {
		cost[t] = 1 << 20
	}
	if st.valid(trShift) {
		b := st.b
		c := 0
		for k, s := range st.stack {
			if gold[s] == b {
				c++
			}
			if gold[b] == s && k != len(st.stack)-1 {
				c++
			}
		}
		cost[trShift] = c
	}
	if len(st.stack) == 0 {
		return
	}
	s0 := st.stack[len(st.stack)-1]
	kids := 0
	for k := st.b; k < n; k++ {
		if gold[k] == s0 {
			kids++
		}
	}
	if st.valid(trLeft) {
		c := kids
		g := gold[s0]
		if g != st.b && (g > st.b || (len(st.stack) >= 2 && g == st.stack[len(st.stack)-2])) {
			c++
		}
		cost[trLeft] = c
	}
	if st.valid(trRight) {
		c := kids
		if gold[s0] >= st.b {
			c++
		}
		cost[trRight] = c
	}
}

func distBucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func capInt(v, m int) uint64 {
	if v > m {
		return uint64(m)
	}
	return uint64(v)
}

// The transition features come in groups so that Parse can cache the
// scores of the groups that do not change from one configuration to the
// next: the buffer group reads only the first three buffer positions (it
// changes only on a shift), the token groups read only one stack word
// (cached per word and stack depth; the top word's group also holds the
// stack group, which reads the two words under it, fixed while it is on
// the stack), and the configuration group, which changes with every
// transition, holds the conjunctions of stack, buffer, children, distance
// and valency.

// bufferFeatures appends the features of the buffer's first three
// positions.
func (st *parseState) bufferFeatures(f []uint64) []uint64 {
	n, b := st.n, st.b
	n0w, n0t, n0wt := st.wh[b], st.th[b], st.wt[b]
	n1w, n1t, n1wt := uint64(padNone), uint64(padNone), uint64(padNoneWT)
	n2w, n2t := uint64(padNone), uint64(padNone)
	if b+1 <= n {
		n1w, n1t, n1wt = st.wh[b+1], st.th[b+1], st.wt[b+1]
	}
	if b+2 <= n {
		n2w, n2t = st.wh[b+2], st.th[b+2]
	}
	p1t := uint64(padNone) // the word before the buffer front
	if b > 0 {
		p1t = st.th[b-1]
	}
	return append(f,
		fk1(1, 0),
		fk1(8, n0w), fk1(9, n0t), fk1(10, n0wt),
		fk1(11, n1w), fk1(12, n1t), fk1(13, n1wt),
		fk1(14, n2w), fk1(15, n2t),
		fk2(27, n0t, n1t), fk3(40, n0t, n1t, n2t),
		fk2(17, n0w, n1w), fk2(18, n0wt, n1t), fk2(19, n0t, n1wt),
		fk2(20, p1t, n0t), fk3(21, p1t, n0t, n1t),
	)
}

// tokenFeatures appends the features of the word at stack depth depth
// (0 is the top), p its position or -1.
func (st *parseState) tokenFeatures(f []uint64, depth, p int) []uint64 {
	w, t, wt := uint64(padNone), uint64(padNone), uint64(padNoneWT)
	// The tags of the words before and after it in the sentence.
	lt, rt := uint64(padNone), uint64(padNone)
	if p >= 0 {
		w, t, wt = st.wh[p], st.th[p], st.wt[p]
		if p > 0 {
			lt = st.th[p-1]
		}
		rt = st.th[p+1] // p < n: the root is never on the stack
	}
	switch depth {
	case 0:
		return append(f, fk1(2, w), fk1(3, t), fk1(4, wt),
			fk2(52, lt, t), fk2(53, t, rt), fk3(54, lt, t, rt), fk2(55, w, rt))
	case 1:
		return append(f, fk1(5, w), fk1(6, t), fk1(7, wt),
			fk2(56, lt, t), fk2(57, t, rt), fk3(58, lt, t, rt))
	}
	return append(f, fk1(16, t), fk1(59, w))
}

// stackTop returns the positions of the top three stack words (-1 when
// absent).
func (st *parseState) stackTop() (s0, s1, s2 int) {
	s0, s1, s2 = -1, -1, -1
	if k := len(st.stack); k > 0 {
		s0 = st.stack[k-1]
		if k > 1 {
			s1 = st.stack[k-2]
			if k > 2 {
				s2 = st.stack[k-3]
			}
		}
	}
	return s0, s1, s2
}

// configFeatures appends the features that change with every transition.
func (st *parseState) configFeatures(f []uint64) []uint64 {
	n := st.n
	t := func(p int) uint64 {
		if p < 0 {
			return padNone
		}
		return st.th[p]
	}
	w := func(p int) uint64 {
		if p < 0 {
			return padNone
		}
		return st.wh[p]
	}
	s0, s1, _ := st.stackTop()
	n0 := st.b
	n1t := uint64(padNone)
	if n0+1 <= n {
		n1t = st.th[n0+1]
	}
	s0w, s0t, s0wt := uint64(padNone), uint64(padNone), uint64(padNoneWT)
	s1t := uint64(padNone)
	s0l, s0l2, s0r, s1l, s1r := -1, -1, -1, -1, -1
	d := uint64(9)
	var s0vl, s0vr, s1vr uint64 = 9, 9, 9
	if s0 >= 0 {
		s0w, s0t, s0wt = st.wh[s0], st.th[s0], st.wt[s0]
		s0l, s0l2, s0r = st.lc1[s0], st.lc2[s0], st.rc1[s0]
		d = distBucket(n0 - s0)
		s0vl, s0vr = capInt(st.nl[s0], 6), capInt(st.nr[s0], 6)
	}
	if s1 >= 0 {
		s1t = st.th[s1]
		s1l, s1r = st.lc1[s1], st.rc1[s1]
		s1vr = capInt(st.nr[s1], 6)
	}
	n0w, n0t, n0wt := st.wh[n0], st.th[n0], st.wt[n0]
	n0l, n0l2 := st.lc1[n0], st.lc2[n0]
	n0vl := capInt(st.nl[n0], 6)
	s0lt, s0rt, n0lt := t(s0l), t(s0r), t(n0l)
	return append(f,
		fk2(25, s0w, n0w), fk2(26, s0t, n0t), fk2(23, s0wt, n0t), fk2(24, s0t, n0wt),
		fk2(33, s1t, n0t),
		fk3(41, s0t, n0t, n1t), fk3(42, s1t, s0t, n0t),
		fk3(44, s0t, s0lt, n0t), fk3(45, s0t, s0rt, n0t), fk3(46, s0t, n0t, n0lt),
		fk3(47, s1t, t(s1r), s0t), fk3(48, s1t, s0t, s0lt), fk3(49, s1t, s0t, s0rt),
		fk3(50, s1t, t(s1l), s0t), fk3(51, s0w, n0t, n1t),
		fk3(64, s0t, n0t, d), fk3(65, s0w, n0w, d),
		fk2(71, s0t, s0vr), fk2(73, s0t, s0vl), fk2(75, n0t, n0vl), fk2(77, s1t, s1vr),
		fk3(94, s0t, s0lt, t(s0l2)), fk3(96, n0t, n0lt, t(n0l2)),
		fk1(80, w(s0l)), fk1(82, w(s0r)), fk1(84, w(n0l)),
	)
}

// stackFeatures appends the features that read only which words are the
// top three on the stack, not their children: while a word is on the
// stack the words below it do not change, so Parse caches these with the
// top word's token group.
func (st *parseState) stackFeatures(f []uint64, s0, s1, s2 int) []uint64 {
	s0w, s0t, s0wt := uint64(padNone), uint64(padNone), uint64(padNoneWT)
	s1w, s1t, s1wt := uint64(padNone), uint64(padNone), uint64(padNoneWT)
	d1 := uint64(9)
	if s0 >= 0 {
		s0w, s0t, s0wt = st.wh[s0], st.th[s0], st.wt[s0]
	}
	if s1 >= 0 {
		s1w, s1t, s1wt = st.wh[s1], st.th[s1], st.wt[s1]
		d1 = distBucket(s0 - s1)
	}
	s2t := uint64(padNone)
	if s2 >= 0 {
		s2t = st.th[s2]
	}
	return append(f,
		fk2(28, s1w, s0w), fk2(29, s1t, s0t), fk2(30, s1wt, s0t), fk2(31, s1t, s0wt),
		fk3(43, s2t, s1t, s0t), fk3(66, s1t, s0t, d1), fk3(67, s1w, s0w, d1),
	)
}

// features appends all the transition features of the configuration (the
// training view; Parse sums the same features with caching).
func (st *parseState) features(f []uint64) []uint64 {
	s0, s1, s2 := st.stackTop()
	f = st.bufferFeatures(f)
	f = st.tokenFeatures(f, 0, s0)
	f = st.stackFeatures(f, s0, s1, s2)
	f = st.tokenFeatures(f, 1, s1)
	f = st.tokenFeatures(f, 2, s2)
	return st.configFeatures(f)
}

// forced returns the only legal transition, or -1 when there is a choice.
func (st *parseState) forced() int {
	k := len(st.stack)
	switch {
	case k == 0:
		return trShift
	case st.b == st.n && k == 1:
		return trLeft
	case st.b == st.n:
		return trRight
	}
	return -1
}

// transCache holds the cached group scores of one sentence.
type transCache struct {
	buf   [][3]int32 // by buffer front
	bufOK []bool
	tok   [3][][3]int32 // by stack depth, then position+1
	tokOK [3][]bool
	work  inlineWork // the table's working space
}

func (tc *transCache) reset(n int) {
	if cap(tc.bufOK) < n+2 {
		tc.buf = make([][3]int32, n+2, n+n/2+2)
		tc.bufOK = make([]bool, n+2, n+n/2+2)
		for d := range tc.tok {
			tc.tok[d] = make([][3]int32, n+2, n+n/2+2)
			tc.tokOK[d] = make([]bool, n+2, n+n/2+2)
		}
	}
	tc.buf = tc.buf[:n+2]
	tc.bufOK = tc.bufOK[:n+2]
	clear(tc.bufOK)
	for d := range tc.tok {
		tc.tok[d] = tc.tok[d][:n+2]
		tc.tokOK[d] = tc.tokOK[d][:n+2]
		clear(tc.tokOK[d])
	}
}

// transScores returns the transition scores of the configuration.
func (p *Parser) transScores(st *parseState, tc *transCache, feats *[]uint64) [3]int32 {
	var v [3]int32
	b := st.b
	if !tc.bufOK[b] {
		*feats = st.bufferFeatures((*feats)[:0])
		tc.buf[b] = [3]int32{}
		p.w.addWith(*feats, &tc.buf[b], &tc.work)
		tc.bufOK[b] = true
	}
	v = tc.buf[b]
	s := [3]int{}
	s[0], s[1], s[2] = st.stackTop()
	for d, pos := range s {
		if !tc.tokOK[d][pos+1] {
			*feats = st.tokenFeatures((*feats)[:0], d, pos)
			if d == 0 {
				// The words under the top one stay the same while it is
				// on the stack (see stackFeatures).
				*feats = st.stackFeatures(*feats, s[0], s[1], s[2])
			}
			tc.tok[d][pos+1] = [3]int32{}
			p.w.addWith(*feats, &tc.tok[d][pos+1], &tc.work)
			tc.tokOK[d][pos+1] = true
		}
		x := &tc.tok[d][pos+1]
		v[0] += x[0]
		v[1] += x[1]
		v[2] += x[2]
	}
	*feats = st.configFeatures((*feats)[:0])
	p.w.addWith(*feats, &v, &tc.work)
	return v
}

// parseScratch is the working space of Parse. An Analyzer keeps it from
// one call to the next (see workspace): it is reset for every sentence,
// and the labeller's cached group sums are the table's, whatever the
// document.
type parseScratch struct {
	st    parseState
	tc    transCache
	feats []uint64
	lab   labelScratch
}

// Parse fills Token.Head and Token.Rel of every token.
func (p *Parser) Parse(a *Analysis) {
	if p == nil || p.w == nil {
		return
	}
	p.parse(a, new(parseScratch))
}

// parse is Parse in the working space sc.
func (p *Parser) parse(a *Analysis, sc *parseScratch) {
	if sc.feats == nil {
		sc.feats = make([]uint64, 0, 64)
	}
	for _, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		if len(toks) == 0 {
			continue
		}
		p.parseSentence(toks, s.First, sc)
		if v := finiteParticiple(toks, s.First); v >= 0 {
			// Parse again with the participle read as the past tense
			// it is: the sentence has no verb of its own otherwise.
			toks[v].XPOS = "VBD"
			p.parseSentence(toks, s.First, sc)
		}
		if v := creditParticiple(toks); v >= 0 {
			// "a senior U.S. official told reporters" read as "an
			// official-told reporters": parse again with the noun and
			// the past tense they are.
			toks[v-1].UPOS, toks[v-1].XPOS = "NOUN", "NN"
			toks[v].UPOS, toks[v].XPOS = "VERB", "VBD"
			p.parseSentence(toks, s.First, sc)
		}
		if v := quotedCreditParticiple(toks); v >= 0 {
			// "“…,” the HR director told reporters" read as "the HR
			// director | told reporters": parse again with the past
			// tense it is.
			toks[v].UPOS, toks[v].XPOS = "VERB", "VBD"
			p.parseSentence(toks, s.First, sc)
		}
		if v, p0 := frontedNameVerb(toks); v >= 0 {
			// "Asked about Prasad's criticism, Vuniwaqa-Reddy nods." read
			// with "Asked" for the verb and "nods" a noun: parse again
			// with the participle and the present tense they are.
			toks[p0].XPOS = "VBN"
			toks[v].UPOS, toks[v].XPOS = "VERB", "VBZ"
			p.parseSentence(toks, s.First, sc)
		}
		if v := quotedCreditNoun(toks); v >= 0 {
			// "“…,” the executive replied when…" read as the noun
			// phrase "the executive replied": parse again with the
			// subject's noun and the past tense they are.
			creditVerb(toks, v)
			p.parseSentence(toks, s.First, sc)
		}
		if n := particleNoun(toks, s.First); n >= 0 {
			// "the general set out Luanda's red line" read as a noun
			// phrase "the general set out": a particle hangs only
			// from a verb, so parse again with the verb and its
			// subject's noun as they are.
			if toks[n-1].UPOS == "ADJ" {
				toks[n-1].UPOS, toks[n-1].XPOS = "NOUN", "NN"
			}
			if toks[n].XPOS == "NNS" {
				toks[n].UPOS, toks[n].XPOS = "VERB", "VBZ"
			} else {
				toks[n].UPOS, toks[n].XPOS = "VERB", "VBD"
			}
			p.parseSentence(toks, s.First, sc)
		}
		hyphenatedNameHeads(toks, s.First)
		appositionsOnCommas(toks, s.First)
		possessedVocatives(toks, s.First)
		modalNouns(toks, s.First)
		predicateNouns(toks, s.First)
		frontedSubjects(toks, s.First)
		ratesAsSubjects(toks, s.First)
		postNominals(toks, s.First)
		namesAfterNouns(toks, s.First)
		clausesAfterPrepositions(toks, s.First)
		adjectivesBeforeVerbs(toks, s.First)
		accordingTo(toks, s.First)
		setOffSubjects(toks, s.First)
		casedSubjects(toks, s.First)
		prepositionalSubjects(toks, s.First)
		namesBeforeAppositions(toks, s.First)
		namesAfterRoles(toks, s.First)
		agentsAfterPassives(toks, s.First)
		participleRoots(toks, s.First)
		coordinatedSubjects(toks, s.First)
		agreeingConjuncts(toks, s.First)
		creditModifiers(toks, s.First)
		saidVerbs(toks, s.First)
		saidAdjectives(toks, s.First)
		saidBetweenSubjects(toks, s.First)
		creditsReadAsRelatives(toks, s.First)
		participleCues(toks, s.First)
		objectSubjects(toks, s.First)
		verbsAfterRelatives(toks, s.First)
		relativeObjects(toks, s.First)
		whoseRelatives(toks, s.First)
		reducedRelatives(toks, s.First)
		contactRelatives(toks, s.First)
		subjectsBeforeRelatives(toks, s.First)
		relativesBeforeVerbs(toks, s.First)
		agentsOfAsides(toks, s.First)
		objectSubjects(toks, s.First) // again, on the verb the last found
		unmarkedAdverbials(toks, s.First)
		setOffInvertedCredits(toks, s.First)
		creditsReadAsModifiers(toks, s.First)
		creditsAfterQuotes(toks, s.First)
		namesAfterQuotes(toks, s.First)
		quotedAsSaying(toks, s.First)
		participleOpeners(toks, s.First)
		subjectsOfAsides(toks, s.First)
		unmarkedCredits(toks, s.First)
		invertedCredits(toks, s.First)
		closingInvertedCredits(toks, s.First)
		frontedReports(toks, s.First)
		subjectsReadAsConjuncts(toks, s.First)
		conjunctReports(toks, s.First)
		namesBeforeDescriptions(toks, s.First)
		appositiveConjuncts(toks, s.First)
		holdersOfTitles(toks, s.First)
		doubleSubjects(toks, s.First)
	}
}

// parseForm is the form the parser reads a token by: a single curly mark
// the tagger read as a quotation's (British style: ‘…,’ she said) as the
// double one, which the treebanks write for quotations far more often
// than the single, mostly an apostrophe there.
func parseForm(t *Token) string {
	switch {
	case t.Text == "‘" && t.XPOS == "``":
		return "“"
	case t.Text == "’" && t.XPOS == "''":
		return "”"
	}
	return t.Text
}

// parseSentence fills Head and Rel of one sentence's tokens (toks, the
// first of which is token first of the analysis).
func (p *Parser) parseSentence(toks []Token, first int, sc *parseScratch) {
	{
		n := len(toks)
		st := &sc.st
		st.reset(n)
		for i := range toks {
			st.setWord(i, parseForm(&toks[i]), toks[i].UPOS, toks[i].XPOS)
		}
		sc.tc.reset(n)
		for !st.done() {
			if t := st.forced(); t >= 0 {
				st.apply(t)
				continue
			}
			scores := p.transScores(st, &sc.tc, &sc.feats)
			best := -1
			for c := 0; c < numTransitions; c++ {
				if st.valid(c) && (best < 0 || scores[c] > scores[best]) {
					best = c
				}
			}
			st.apply(best)
		}
		rels := p.label(st, &sc.lab)
		for i := range toks {
			h := st.heads[i]
			if h == n {
				toks[i].Head = -1
			} else {
				toks[i].Head = first + h
			}
			toks[i].Rel = p.labels[rels[i]]
		}
	}
}

// syntaxLabels lists the relations, most frequent first.
func syntaxLabels(train []TreeSentence) []string {
	count := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			count[w.Rel]++
		}
	}
	var out []string
	for r := range count {
		out = append(out, r)
	}
	sortByCount(out, count)
	return out
}

func sortByCount(s []string, count map[string]int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0; j-- {
			a, b := s[j-1], s[j]
			if count[a] > count[b] || (count[a] == count[b] && a < b) {
				break
			}
			s[j-1], s[j] = b, a
		}
	}
}

// parserConfig are the training settings of the parser.
type parserConfig struct {
	epochs      int
	labelEpochs int
	folds       int // jackknife folds for the tagger (0: gold tags)
	tagEpochs   int
	minSeen     int
	labelMin    int
	// labelMinAbs drops labeller weights smaller than this many quantised
	// units (fewer entries per row: faster, smaller).
	labelMinAbs int16
	// An arc's (dependent tag, head tag, direction) that takes one relation
	// labelDictPur of the time over labelDictMin arcs gets it without
	// scoring.
	labelDictMin int
	labelDictPur float64
	// Size budgets of the two weight tables: pruning (minSeen) rises
	// until they fit.
	maxTransBytes, maxLabelBytes int
	// transLoad is the average share of the transition table's bucket
	// slots in use (see inlineTable).
	transLoad float64
	explore   float64 // probability of following the model's prediction
}

func defaultParserConfig() parserConfig {
	return parserConfig{epochs: 12, labelEpochs: 6, folds: 4, tagEpochs: 5, minSeen: 3, labelMin: 2, explore: 0.9,
		labelDictMin: 50, labelDictPur: 0.995,
		maxTransBytes: 4600000, maxLabelBytes: 2600000, labelMinAbs: 768, transLoad: 0.7}
}

func trainParser(opt TrainOptions) ([]byte, error) {
	train, err := syntaxTrainingData(opt)
	if err != nil {
		return nil, err
	}
	dev, _ := ReadCorpus(opt.Corpora, "ud-english-ewt/en_ewt-ud-dev.conllu.gz")
	return trainParserOn(train, dev, defaultParserConfig(), opt)
}

// jackknifeTags tags each fold of train with a tagger trained on the other
// folds and returns the sentences with the predicted tags.
func jackknifeTags(train []TreeSentence, cfg parserConfig, opt TrainOptions) ([]TreeSentence, error) {
	out := make([]TreeSentence, len(train))
	for i := range train {
		out[i] = train[i]
		out[i].Words = append([]Word(nil), train[i].Words...)
	}
	if cfg.folds < 2 {
		return out, nil
	}
	tcfg := defaultTaggerConfig()
	tcfg.epochs = cfg.tagEpochs
	for k := 0; k < cfg.folds; k++ {
		lo, hi := k*len(train)/cfg.folds, (k+1)*len(train)/cfg.folds
		rest := make([]TreeSentence, 0, len(train)-(hi-lo))
		rest = append(rest, train[:lo]...)
		rest = append(rest, train[hi:]...)
		fopt := opt
		fopt.Log = io.Discard
		b, err := trainTaggerOn(rest, nil, tcfg, fopt)
		if err != nil {
			return nil, err
		}
		c, err := ParseContainer(b)
		if err != nil {
			return nil, err
		}
		tg, err := LoadTagger(c)
		if err != nil {
			return nil, err
		}
		a := FromTreebank(train[lo:hi])
		tg.tagRaw(a)
		okTags, total := 0, 0
		for si := range a.Sentences {
			s := a.Sentences[si]
			ws := out[lo+si].Words
			for i := range ws {
				t := a.Tokens[s.First+i]
				if t.UPOS == ws[i].UPOS {
					okTags++
				}
				total++
				ws[i].UPOS, ws[i].XPOS = t.UPOS, t.XPOS
			}
		}
		fmt.Fprintf(opt.Log, "parser: jackknife fold %d: UPOS %.2f\n", k+1, 100*float64(okTags)/float64(total))
	}
	return out, nil
}

// trainParserOn trains the parser on train (gold trees, with tags predicted
// by jackknifed taggers) and returns the model file.
func trainParserOn(train, dev []TreeSentence, cfg parserConfig, opt TrainOptions) ([]byte, error) {
	if len(train) == 0 {
		return nil, errors.New("parser: no training data")
	}
	tagged, err := jackknifeTags(train, cfg, opt)
	if err != nil {
		return nil, err
	}
	var devA *Analysis
	if dev != nil {
		// Dev with gold tags would flatter the parser: tag it with a tagger
		// trained on all of train.
		tcfg := defaultTaggerConfig()
		tcfg.epochs = cfg.tagEpochs
		b, err := trainTaggerOn(train, nil, tcfg, TrainOptions{Seed: opt.Seed, Log: io.Discard})
		if err != nil {
			return nil, err
		}
		c, _ := ParseContainer(b)
		tg, err := LoadTagger(c)
		if err != nil {
			return nil, err
		}
		devA = FromTreebank(dev)
		tg.tagRaw(devA)
	}
	p := trainTransitions(tagged, dev, devA, cfg, opt)
	// Labels, on the gold trees with predicted tags.
	labels := syntaxLabels(train)
	lp, ld, err := trainLabeller(tagged, dev, devA, labels, cfg, opt)
	if err != nil {
		return nil, err
	}
	// The smallest pruning that fits the size budget.
	var tb []byte
	for ms := cfg.minSeen; ; ms++ {
		var dropped int
		tb, dropped = p.compileInline(ms, cfg.transLoad)
		if len(tb) <= cfg.maxTransBytes || ms >= 50 {
			fmt.Fprintf(opt.Log, "parser: transitions: minSeen %d, %d bytes, %d features dropped from full buckets\n", ms, len(tb), dropped)
			break
		}
	}
	if devA != nil {
		t, _ := loadInlineTable(tb)
		is := make([]int32, numTransitions)
		uas := devUASWith(func(f []uint64, s []float32) {
			for i := range is {
				is[i] = 0
			}
			t.score(f, is)
			for i := range s {
				s[i] = float32(is[i])
			}
		}, devA, dev)
		fmt.Fprintf(opt.Log, "parser: compiled transitions: dev UAS %.2f\n", uas)
	}
	b := NewContainer()
	b.AddAligned(parserWeights, tb)
	b.Add(parserLabelW, lp)
	b.AddLabels(parserLabels, labels)
	b.Add(parserLabelD, ld)
	return b.Bytes(), nil
}

// trainTransitions trains the transition classifier on tagged (gold trees,
// predicted tags) with the dynamic oracle and returns its averaged weights;
// devA, when not nil, is dev with predicted tags for progress lines.
func trainTransitions(tagged, dev []TreeSentence, devA *Analysis, cfg parserConfig, opt TrainOptions) *sparsePerceptron {
	p := newSparsePerceptron(numTransitions)
	order := make([]int, len(tagged))
	for i := range order {
		order[i] = i
	}
	r := rng(opt.Seed ^ 0x706172736572)
	var st parseState
	var gold []int
	feats := make([]uint64, 0, 128)
	scores := make([]float32, numTransitions)
	var cost [numTransitions]int
	for ep := 0; ep < cfg.epochs; ep++ {
		r.shuffle(order)
		errs, total := 0, 0
		for _, si := range order {
			s := &tagged[si]
			n := len(s.Words)
			st.reset(n)
			gold = growInts(gold, n)
			for i := range s.Words {
				w := &s.Words[i]
				st.setWord(i, w.Form, w.UPOS, w.XPOS)
				if w.Head <= 0 {
					gold[i] = n
				} else {
					gold[i] = w.Head - 1
				}
			}
			for !st.done() {
				if t := st.forced(); t >= 0 {
					st.apply(t)
					continue
				}
				feats = st.features(feats[:0])
				for c := range scores {
					scores[c] = 0
				}
				p.score(feats, scores)
				st.costs(gold, &cost)
				pred, best, minCost := -1, -1, 1<<30
				for c := 0; c < numTransitions; c++ {
					if st.valid(c) && cost[c] < minCost {
						minCost = cost[c]
					}
				}
				for c := 0; c < numTransitions; c++ {
					if !st.valid(c) {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if cost[c] == minCost && (best < 0 || scores[c] > scores[best]) {
						best = c
					}
				}
				p.tick()
				total++
				if cost[pred] > minCost {
					p.update(feats, best, pred)
					errs++
				}
				next := best
				if ep > 0 && float64(r.next()%1000)/1000 < cfg.explore {
					next = pred
				}
				st.apply(next)
			}
		}
		fmt.Fprintf(opt.Log, "parser: epoch %d: transition errors %.2f%% (%d features)\n",
			ep+1, 100*float64(errs)/float64(max(total, 1)), len(p.rows))
		if devA != nil && ep >= cfg.epochs-3 {
			fmt.Fprintf(opt.Log, "parser: epoch %d: dev UAS %.2f\n", ep+1, devUAS(p, devA, dev))
		}
	}
	p.average()
	return p
}

// devUAS parses the tagged dev analysis with the averaged weights of p.
func devUAS(p *sparsePerceptron, a *Analysis, dev []TreeSentence) float64 {
	return devUASWith(func(f []uint64, s []float32) { p.scoreAvg(f, s) }, a, dev)
}

func devUASWith(score func([]uint64, []float32), a *Analysis, dev []TreeSentence) float64 {
	var st parseState
	feats := make([]uint64, 0, 128)
	scores := make([]float32, numTransitions)
	ok, total := 0, 0
	for si, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		n := len(toks)
		st.reset(n)
		for i := range toks {
			st.setWord(i, toks[i].Text, toks[i].UPOS, toks[i].XPOS)
		}
		for !st.done() {
			if t := st.forced(); t >= 0 {
				st.apply(t)
				continue
			}
			feats = st.features(feats[:0])
			for c := range scores {
				scores[c] = 0
			}
			score(feats, scores)
			best := -1
			for c := 0; c < numTransitions; c++ {
				if st.valid(c) && (best < 0 || scores[c] > scores[best]) {
					best = c
				}
			}
			st.apply(best)
		}
		for i, w := range dev[si].Words {
			h := st.heads[i] + 1
			if st.heads[i] == n {
				h = 0
			}
			if h == w.Head {
				ok++
			}
			total++
		}
	}
	return 100 * float64(ok) / float64(total)
}
