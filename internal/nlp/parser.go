package nlp

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
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
		p.w.add(*feats, &tc.buf[b])
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
			p.w.add(*feats, &tc.tok[d][pos+1])
			tc.tokOK[d][pos+1] = true
		}
		x := &tc.tok[d][pos+1]
		v[0] += x[0]
		v[1] += x[1]
		v[2] += x[2]
	}
	*feats = st.configFeatures((*feats)[:0])
	p.w.add(*feats, &v)
	return v
}

// parseScratch is the per-call working space of Parse.
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
	var sc parseScratch
	sc.feats = make([]uint64, 0, 64)
	for _, s := range a.Sentences {
		toks := a.Tokens[s.First:s.Last]
		if len(toks) == 0 {
			continue
		}
		p.parseSentence(toks, s.First, &sc)
		if v := finiteParticiple(toks, s.First); v >= 0 {
			// Parse again with the participle read as the past tense
			// it is: the sentence has no verb of its own otherwise.
			toks[v].XPOS = "VBD"
			p.parseSentence(toks, s.First, &sc)
		}
		predicateNouns(toks, s.First)
		frontedSubjects(toks, s.First)
		postNominals(toks, s.First)
		namesAfterNouns(toks, s.First)
		clausesAfterPrepositions(toks, s.First)
		accordingTo(toks, s.First)
		setOffSubjects(toks, s.First)
		saidVerbs(toks, s.First)
		objectSubjects(toks, s.First)
		verbsAfterRelatives(toks, s.First)
		agentsOfAsides(toks, s.First)
		objectSubjects(toks, s.First) // again, on the verb the last found
		creditsAfterQuotes(toks, s.First)
		invertedCredits(toks, s.First)
		appositiveConjuncts(toks, s.First)
	}
}

// invertedCredits mends the credit of a quotation written with its verb
// first ("“…,” noted CVLPA President Jordan Whitehorse."), whose speaker
// the parser read as the verb's object: right after the quotation, a
// verb of saying with no subject has its speaker after it, as "said" has.
// first is the index of toks[0] in the analysis.
func invertedCredits(toks []Token, first int) {
	for v := 2; v+1 < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || !sayingLemmas[t.Lemma] || t.Rel != "parataxis" && t.Rel != "ccomp" && t.Rel != "root" {
			continue
		}
		closing := toks[v-1].XPOS == "''" || toks[v-1].Text == "," && toks[v-2].XPOS == "''"
		if !closing {
			continue
		}
		obj := -1
		for j := range toks {
			if toks[j].Head != first+v {
				continue
			}
			switch {
			case strings.HasPrefix(toks[j].Rel, "nsubj"):
				return
			case toks[j].Rel == "obj" && j > v && obj < 0 && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN"):
				obj = j
			}
		}
		if obj < 0 {
			continue
		}
		// The object's phrase opens right after the verb.
		for j := v + 1; j < obj; j++ {
			if !dominates(toks, obj, j, first) {
				obj = -1
				break
			}
		}
		if obj >= 0 {
			toks[obj].Rel = "nsubj"
			// A name run on from it with no conjunction nor comma
			// ("CVLPA President Jordan Whitehorse") is inside its
			// phrase, as with "said".
			for j := obj + 1; j < len(toks); j++ {
				if toks[j].Head == first+obj && toks[j].Rel == "conj" {
					joined := false
					for k := obj + 1; k < j; k++ {
						if toks[k].UPOS == "PUNCT" || toks[k].UPOS == "CCONJ" {
							joined = true
						}
					}
					if !joined {
						toks[j].Rel = "nmod"
					}
				}
			}
		}
		return
	}
}

// appositiveConjuncts mends a name set off by a comma after a subject,
// read as the last of a coordination although no conjunction joins it
// ("Peru's Minister of Foreign Trade and Tourism, María Fernanda Ortiz
// Salgado, told reporters", read as "the minister and María…"): a
// coordination's last member takes its conjunction, and one without is
// the subject's apposition. first is the index of toks[0] in the analysis.
func appositiveConjuncts(toks []Token, first int) {
	for c := 2; c < len(toks); c++ {
		t := &toks[c]
		if t.Rel != "conj" || t.UPOS != "PROPN" || toks[c-1].Text != "," {
			continue
		}
		h := t.Head - first
		if h < 0 || h >= c || !strings.HasPrefix(toks[h].Rel, "nsubj") || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
			continue
		}
		last, cc := true, false
		for j := range toks {
			switch {
			case toks[j].Head == first+h && toks[j].Rel == "conj" && j > c:
				last = false
			case toks[j].Head == first+c && toks[j].Rel == "cc":
				cc = true
			}
		}
		// Nor a conjunction between the two that another word took
		// ("Smith, Jones and Brown"): only a closing comma or the verb
		// may follow the name.
		end := c
		for end+1 < len(toks) && dominates(toks, c, end+1, first) {
			end++
		}
		if !last || cc || end+1 < len(toks) && toks[end+1].Text != "," && toks[end+1].UPOS != "VERB" && toks[end+1].UPOS != "AUX" {
			continue
		}
		t.Rel = "appos"
	}
}

// agentsOfAsides mends a sentence whose noun at the root has an aside
// with a "by" agent of two coordinated names, the second of which the
// parser made the subject of the noun's own verb, coordinated with the
// aside ("The committee, advised by Rothwell Partners and the law firm
// Garrick & Strand, insisted in a statement that…", read as "…and the
// law firm insisted"): a past verb of saying after the comma that closes
// the aside is the noun's, and the second name is the agent's conjunct.
// first is the index of toks[0] in the analysis.
func agentsOfAsides(toks []Token, first int) {
	root := -1
	for k := range toks {
		if toks[k].Head < 0 {
			root = k
			break
		}
	}
	if root < 0 || root+1 >= len(toks) || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" || toks[root+1].Text != "," {
		return
	}
	for v := root + 3; v < len(toks); v++ {
		t := &toks[v]
		if t.Rel != "conj" || !reportingPasts[t.Text] || toks[v-1].Text != "," {
			continue
		}
		p := t.Head - first
		if p <= root || p >= v || toks[p].Head != first+root || toks[p].Rel != "acl" || toks[p].XPOS != "VBN" {
			continue
		}
		agent, subj, cc := -1, -1, -1
		for j := range toks {
			switch {
			case toks[j].Head == first+p && toks[j].Rel == "obl:agent":
				agent = j
			case toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") && j > p && j < v:
				subj = j
			case toks[j].Head == first+v && toks[j].Rel == "cc" && j > p && j < v:
				cc = j
			}
		}
		if agent < 0 || subj < 0 || cc < 0 || !(agent < cc && cc < subj) {
			continue
		}
		t.Head, t.Rel, t.XPOS = -1, "root", "VBD"
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		toks[subj].Head, toks[subj].Rel = first+agent, "conj"
		toks[cc].Head = first + subj
		toks[v-1].Head = first + p
		if q := len(toks) - 1; toks[q].UPOS == "PUNCT" && toks[q].Head == first+root {
			toks[q].Head = first + v
		}
		return
	}
}

// setOffVerbs mends a sentence the parser left with a noun at its root
// and the noun's own past verb, after an aside set off by commas, hung
// from it as an aside of its own ("Kyrgyzstan's energy ministry, for its
// part, insisted in a statement that…"): with no subject and no other
// finite verb outside it, the verb is the sentence's and the noun its
// subject. root is the noun's index in toks; first the index of toks[0]
// in the analysis.
func setOffVerbs(toks []Token, first, root int) {
	for v := root + 2; v < len(toks); v++ {
		t := &toks[v]
		if t.Head != first+root || t.XPOS != "VBD" || t.UPOS != "VERB" || toks[v-1].Text != "," {
			continue
		}
		switch t.Rel {
		case "parataxis", "acl", "dep", "appos":
		default:
			continue
		}
		for j := range toks {
			if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark" || toks[j].Rel == "cc") {
				return
			}
			switch toks[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				if j != v && !dominates(toks, v, j, first) && !inRelative(toks, j, first) && !inMarked(toks, j, first) {
					return
				}
			}
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		if p := len(toks) - 1; toks[p].UPOS == "PUNCT" && toks[p].Head == first+root {
			toks[p].Head = first + v
		}
		return
	}
}

// sayingLemmas are verbs of saying that credit a quotation after it
// ("“…,” she observed.").
var sayingLemmas = map[string]bool{"say": true, "stress": true, "note": true, "insist": true, "warn": true,
	"argue": true, "concede": true, "acknowledge": true, "maintain": true, "counter": true, "add": true,
	"explain": true, "observe": true, "remark": true, "claim": true, "admit": true, "suggest": true,
	"complain": true, "predict": true, "caution": true, "reiterate": true, "confirm": true, "announce": true,
	"reply": true, "respond": true, "assert": true, "contend": true, "emphasise": true, "emphasize": true,
	"write": true, "recall": true, "declare": true, "quip": true, "joke": true, "tell": true}

// creditsAfterQuotes gives a quotation followed by its credit ("“I did
// not come here to agree on nothing,” she observed.") the tree the parser
// gives it with "said": the verb of saying heads the sentence and the
// quotation is its clausal complement. The parser hangs rarer verbs of
// saying from the quotation's verb as an aside, or as a clause it says,
// instead. first is the
// index of toks[0] in the analysis.
func creditsAfterQuotes(toks []Token, first int) {
	root := -1
	for k := range toks {
		if toks[k].Head < 0 {
			root = k
			break
		}
	}
	if root < 0 || toks[root].UPOS != "VERB" && toks[root].UPOS != "AUX" && toks[root].UPOS != "ADJ" && toks[root].UPOS != "NOUN" {
		return
	}
	for v := root + 2; v < len(toks); v++ {
		t := &toks[v]
		if t.Head != first+root || t.Rel != "parataxis" && t.Rel != "ccomp" || t.UPOS != "VERB" || !sayingLemmas[t.Lemma] {
			continue
		}
		// The quotation closes right before the credit's subject. The
		// parser may have taken that subject for the quotation's own
		// ("“…,” Peru's minister, María Ortiz, told reporters", read
		// with "minister" the subject of the quoted verb).
		closed, subj, stolen := false, -1, false
		for j := range toks {
			if toks[j].Head == first+v && strings.HasPrefix(toks[j].Rel, "nsubj") && j < v {
				subj = j
				break
			}
		}
		if subj < 0 {
			for j := v - 1; j > root; j-- {
				if toks[j].Head == first+root && toks[j].Rel == "nsubj" {
					subj, stolen = j, true
					break
				}
			}
		}
		if subj < 1 {
			return
		}
		lo := subj
		for j := subj - 1; j > root; j-- {
			if toks[j].UPOS != "PUNCT" && dominates(toks, subj, j, first) {
				lo = j
			}
		}
		closing := -1
		for j := lo - 1; j > root && j >= lo-2; j-- {
			if toks[j].XPOS == "''" {
				closing = j
			}
		}
		if closing < 0 {
			return
		}
		// And the verb it hangs from is the quotation's own: the
		// quotation opens before it ("By the time she learned…, she
		// was surprised: “It made sense,” she said." credits only
		// the quotation).
		closed = true // a quotation opened in an earlier sentence
		for j := closing - 1; j >= 0; j-- {
			if toks[j].XPOS == "``" {
				closed = j < root
				break
			}
		}
		if !closed {
			return
		}
		for j := v + 1; j < len(toks); j++ {
			if toks[j].UPOS != "PUNCT" && !dominates(toks, v, j, first) {
				return
			}
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "ccomp"
		if stolen {
			toks[subj].Head = first + v
		}
		for j := v + 1; j < len(toks); j++ {
			if toks[j].UPOS == "PUNCT" && toks[j].Head == first+root {
				toks[j].Head = first + v
			}
		}
		return
	}
}

// verbsAfterRelatives mends a sentence the parser left with a noun at its
// root and the noun's own verb hung inside the relative clause set off
// after it ("A shipping executive, who asked not to be named because his
// company is negotiating, acknowledged two lines had diverted vessels"):
// a past verb after the comma that closes the relative clause, with no
// subject of its own, is the sentence's verb and the noun its subject.
// first is the index of toks[0] in the analysis.
func verbsAfterRelatives(toks []Token, first int) {
	root := -1
	for k := range toks {
		if toks[k].Head < 0 {
			root = k
			break
		}
	}
	// An adjective with no copula heading a phrase its sentence opens
	// with a determiner is a noun phrase's head ("A Norwegian fisheries
	// official", the last word read as an adjective).
	nominal := root > 0 && toks[root].UPOS == "ADJ" && toks[0].UPOS == "DET" && dominates(toks, root, 0, first) &&
		!slices.ContainsFunc(toks, func(x Token) bool { return x.Head == first+root && x.Rel == "cop" })
	if root < 0 || toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" && !nominal {
		return
	}
	rel := -1
	for j := root + 1; j < len(toks); j++ {
		if toks[j].Head == first+root && toks[j].Rel == "acl:relcl" && toks[root+1].Text == "," {
			rel = j
			break
		}
	}
	if rel < 0 {
		setOffVerbs(toks, first, root)
		return
	}
	for v := rel + 1; v < len(toks); v++ {
		t := &toks[v]
		if t.XPOS != "VBD" || t.UPOS != "VERB" || toks[v-1].Text != "," || !dominates(toks, rel, v, first) {
			continue
		}
		switch t.Rel {
		case "conj", "acl:relcl", "ccomp", "xcomp":
			continue
		}
		for j := range toks {
			if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "mark" || toks[j].Rel == "cc") {
				return
			}
		}
		t.Head, t.Rel = -1, "root"
		toks[root].Head, toks[root].Rel = first+v, "nsubj"
		toks[v-1].Head = first + rel
		if p := len(toks) - 1; toks[p].UPOS == "PUNCT" && toks[p].Head == first+root {
			toks[p].Head = first + v
		}
		return
	}
}

// objectSubjects mends a sentence whose verb of saying the parser read
// with the subject of what was said as its object, and hung as an
// adverbial clause from the reported verb ("Pieter van der Merwe
// observed the cost of the deal had been provided for", read as "[having]
// observed the cost…, had been provided for"): a finite verb with no
// subject cannot head an English sentence. The verb of saying is the
// root, its object the subject of the root it had, and that verb its
// clausal complement. first is the index of toks[0] in the analysis.
func objectSubjects(toks []Token, first int) {
	root := -1
	for k := range toks {
		if toks[k].Head < 0 {
			root = k
			break
		}
	}
	if root < 1 || toks[root].UPOS != "VERB" && toks[root].UPOS != "AUX" {
		return
	}
	// The verb of saying and the reported verb: the root and the
	// adverbial clause before it, or the root and the aside after it
	// ("…observed the cost of the deal, about 1.1 billion rand, had
	// been provided for", read as an aside).
	v, r := -1, root
	if reportingPasts[toks[root].Text] && toks[root].XPOS == "VBD" {
		for j := root + 2; j < len(toks); j++ {
			if toks[j].Head == first+root && (toks[j].Rel == "parataxis" || toks[j].Rel == "advcl") {
				v, r = root, j
				break
			}
		}
	} else {
		for j := 0; j < root; j++ {
			if toks[j].Head == first+root && toks[j].Rel == "advcl" && reportingPasts[toks[j].Text] && toks[j].XPOS == "VBD" {
				v = j
				break
			}
		}
	}
	if v < 0 {
		return
	}
	finite, passive := false, false
	switch toks[r].XPOS {
	case "VBD", "VBZ", "VBP":
		finite = true
	}
	for j := range toks {
		if toks[j].Head != first+r {
			continue
		}
		switch toks[j].Rel {
		case "nsubj", "nsubj:pass", "expl", "csubj", "nsubj:outer", "mark":
			return
		case "aux", "aux:pass":
			switch toks[j].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				finite = true
			}
			passive = passive || toks[j].Rel == "aux:pass"
		}
	}
	if !finite {
		return
	}
	subj, obj := -1, -1
	for j := range toks {
		if toks[j].Head != first+v {
			continue
		}
		switch {
		case strings.HasPrefix(toks[j].Rel, "nsubj") && j < v:
			subj = j
		case toks[j].Rel == "obj" && j > v && obj < 0:
			obj = j
		case toks[j].Rel == "mark":
			return
		}
	}
	if subj < 0 || obj < 0 || obj > r {
		return
	}
	if v != root {
		toks[v].Head, toks[v].Rel = -1, "root"
		if p := len(toks) - 1; toks[p].UPOS == "PUNCT" && toks[p].Head == first+root {
			toks[p].Head = first + v
		}
	}
	toks[obj].Head, toks[obj].Rel = first+r, "nsubj"
	if passive {
		toks[obj].Rel = "nsubj:pass"
	}
	toks[r].Head, toks[r].Rel = first+v, "ccomp"
}

// reportingPasts are past forms of verbs of saying that the tagger can
// read as adjectives or participles before a noun ("said unions",
// "stressed unions", "conceded subsidy changes").
var reportingPasts = map[string]bool{"said": true, "stressed": true, "noted": true, "insisted": true, "warned": true,
	"argued": true, "conceded": true, "acknowledged": true, "maintained": true, "countered": true, "added": true,
	"explained": true, "observed": true, "remarked": true, "claimed": true, "admitted": true, "suggested": true,
	"complained": true, "predicted": true, "cautioned": true, "reiterated": true, "confirmed": true,
	"announced": true, "estimated": true, "signalled": true, "signaled": true, "indicated": true, "replied": true,
	"responded": true, "asserted": true, "contended": true, "emphasised": true, "emphasized": true}

// saidVerbs mends a sentence the parser left with a name or a noun at its
// root and its verb of saying hung as an adjective of the noun after it
// ("Ruben Quispe, who leads the confederation, said unions would block
// highways", read as "the said unions"; "stressed unions would…"): after
// a comma, a past form of a verb of saying the tagger reads as a past
// verb, a participle or an adjective, modifying the subject of a verb, is
// the sentence's verb, the root its subject and that verb's clause what
// was said. first is the index of toks[0] in the analysis.
func saidVerbs(toks []Token, first int) {
	root := -1
	for k := range toks {
		if toks[k].Head < 0 {
			root = k
			break
		}
	}
	if root < 0 || toks[root].UPOS != "PROPN" && toks[root].UPOS != "NOUN" {
		return
	}
	for i := root + 2; i+1 < len(toks); i++ {
		st := &toks[i]
		n := st.Head - first
		if st.Rel != "amod" || n != i+1 || !reportingPasts[st.Text] || toks[i-1].Text != "," {
			continue
		}
		if st.XPOS != "VBD" && st.XPOS != "VBN" && st.XPOS != "JJ" {
			continue
		}
		v := toks[n].Head - first
		if !strings.HasPrefix(toks[n].Rel, "nsubj") || v <= n || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		if st.UPOS != "VERB" {
			st.Lemma = ruleLemma(st.Text, "VERB")
		}
		st.UPOS, st.XPOS, st.Head, st.Rel = "VERB", "VBD", -1, "root"
		toks[root].Head, toks[root].Rel = first+i, "nsubj"
		toks[v].Head, toks[v].Rel = first+i, "ccomp"
		toks[i-1].Head = first + i
		if p := len(toks) - 1; toks[p].UPOS == "PUNCT" && toks[p].Head == first+root {
			toks[p].Head = first + i
		}
		return
	}
}

// accordingTo mends "…, according to an Israeli official" read with the
// source hung from a noun before it (in apposition to "Tuesday"), or made
// a subject of the clause: "according to" introduces the source of the
// whole clause, an oblique of its verb.
// first is the index of toks[0] in the analysis.
func accordingTo(toks []Token, first int) {
	for i := 0; i+2 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "according") || !strings.EqualFold(toks[i+1].Text, "to") {
			continue
		}
		n := toks[i].Head - first
		if n <= i+1 || n >= len(toks) || toks[i].Rel != "case" {
			continue
		}
		if strings.HasPrefix(toks[n].Rel, "nsubj") {
			// "According to Amara Diallo, …, the deal is…" read with
			// the source as a second subject: a noun with a
			// preposition is no subject, but the clause's oblique.
			toks[n].Rel = "obl"
			continue
		}
		if toks[n].Rel != "appos" && toks[n].Rel != "nmod" {
			continue
		}
		// The verb of the clause the noun was hung inside.
		v := toks[n].Head - first
		for k := 0; k < 8 && v >= 0 && v < len(toks) && toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX"; k++ {
			v = toks[v].Head - first
		}
		if v < 0 || v >= len(toks) || v == n || dominates(toks, n, v, first) {
			continue
		}
		toks[n].Head, toks[n].Rel = first+v, "obl"
	}
}

// setOffSubjects mends a noun phrase set off by commas right after a
// noun, read as one more subject of a verb that has its own subject after
// it ("According to Amara Diallo, policy director at the Climate Justice
// Coalition, an alliance of 300 groups, the deal is…"): a verb has one
// subject, and a phrase between commas after a noun is that noun's
// apposition. first is the index of toks[0] in the analysis.
func setOffSubjects(toks []Token, first int) {
	for n := 2; n < len(toks); n++ {
		t := &toks[n]
		if t.Rel != "nsubj" || t.UPOS != "NOUN" && t.UPOS != "PROPN" {
			continue
		}
		v := t.Head - first
		if v <= n || v >= len(toks) {
			continue
		}
		later := false
		for m := n + 1; m < v; m++ {
			if toks[m].Head == t.Head && strings.HasPrefix(toks[m].Rel, "nsubj") {
				later = true
				break
			}
		}
		if !later {
			continue
		}
		l, r := n, n
		for k := 0; k < len(toks); k++ {
			if k != n && toks[k].UPOS != "PUNCT" && dominates(toks, n, k, first) {
				l, r = min(l, k), max(r, k)
			}
		}
		if l < 2 || r+1 >= len(toks) || toks[l-1].Text != "," || toks[r+1].Text != "," {
			continue
		}
		p := l - 2
		if u := toks[p].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		// The head of the phrase the noun before ends.
		for k := 0; k < 4; k++ {
			h := toks[p].Head - first
			if h <= p || h >= l-1 || toks[h].UPOS != "NOUN" && toks[h].UPOS != "PROPN" {
				break
			}
			p = h
		}
		if dominates(toks, n, p, first) {
			continue
		}
		t.Head, t.Rel = first+p, "appos"
	}
}

// clausesAfterPrepositions mends "after the company confirmed it had…"
// read with "the company" as an oblique of "confirmed" under "after": a
// finite verb with no subject, right after a noun the parser hung from it
// through "after", "before", "since", "until" or "once", takes the noun as
// its subject and the preposition as the mark of its clause (an adverbial
// clause, not a complement). first is the index of toks[0] in the
// analysis.
func clausesAfterPrepositions(toks []Token, first int) {
	for v := 1; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" {
			continue
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		n := v - 1
		if toks[n].Head != first+v || toks[n].Rel != "obl" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		c, subj := -1, false
		for j := range toks {
			switch {
			case toks[j].Head == first+n && toks[j].Rel == "case" && j < n:
				c = j
			case toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "expl"):
				subj = true
			}
		}
		if c < 0 || subj {
			continue
		}
		switch strings.ToLower(toks[c].Text) {
		case "after", "before", "since", "until", "once":
		default:
			continue
		}
		toks[n].Rel = "nsubj"
		toks[c].Head, toks[c].Rel = first+v, "mark"
		if t.Rel == "ccomp" {
			t.Rel = "advcl" // a clause of time, not what is said
		}
	}
}

// postNominalLetters are the letters written after a person's name, set
// off by commas ("Tom Molomby, SC,", "Jane Hall, MP,"): honours, ranks at
// the bar, degrees, seats and generations.
var postNominalLetters = map[string]bool{
	"QC": true, "KC": true, "SC": true, "MP": true, "MSP": true, "MLA": true, "MEP": true, "TD": true,
	"OBE": true, "CBE": true, "MBE": true, "KBE": true, "DBE": true, "PhD": true, "MD": true,
	"Jr": true, "Jr.": true, "Sr": true, "Sr.": true, "Esq": true, "Esq.": true,
}

// PostNominal reports whether w is letters written after a person's name
// ("QC", "MP", "OBE", "Jr."), not a name of its own.
func PostNominal(w string) bool { return postNominalLetters[w] }

// namesAfterNouns mends a name the parser hung by "flat" from the common
// noun right before it ("Conservation group Ocean Futures Nordic said",
// "carmaker Toyota"): "flat" joins the words of one name, so the name is
// the noun's apposition, its first word the head of the rest. first is
// the index of toks[0] in the analysis.
func namesAfterNouns(toks []Token, first int) {
	for i := 1; i < len(toks); i++ {
		n := i - 1
		if toks[i].Rel != "flat" || toks[i].UPOS != "PROPN" || toks[n].UPOS != "NOUN" || toks[i].Head != first+n {
			continue
		}
		toks[i].Rel = "appos"
		for j := i + 1; j < len(toks) && toks[j].UPOS == "PROPN" && toks[j].Head == first+n && toks[j].Rel == "flat"; j++ {
			toks[j].Head = first + i
		}
	}
}

// postNominals mends a name's post-nominal letters set off by commas,
// which the parser reads as a name of its own ("Mark Tedeschi, QC," as two
// conjuncts): they hang from the name in apposition, and a finite verb
// right after them with no subject takes the name as its subject ("Tom
// Molomby, SC, said…", read with the name as the object of an opening
// participle). first is the index of toks[0] in the analysis.
func postNominals(toks []Token, first int) {
	for i := 2; i < len(toks); i++ {
		if !postNominalLetters[toks[i].Text] || toks[i-1].Text != "," || toks[i-2].UPOS != "PROPN" {
			continue
		}
		name := i - 2
		if toks[name].Rel == "flat" && toks[name].Head-first >= 0 && toks[name].Head-first < name {
			name = toks[name].Head - first
		}
		toks[i].Head, toks[i].Rel = first+name, "appos"
		v := i + 2
		if v >= len(toks) || toks[i+1].Text != "," || toks[v].UPOS != "VERB" || strings.HasPrefix(toks[name].Rel, "nsubj") {
			continue
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		hasSubj := false
		for j := range toks {
			if toks[j].Head == first+v && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "expl") {
				hasSubj = true
			}
		}
		if !hasSubj && !dominates(toks, name, v, first) {
			toks[name].Head, toks[name].Rel = first+v, "nsubj"
		}
	}
}

// frontedSubjects mends "In a letter in May, Zippy Duvall, the president
// of the Farm Bureau, said…" read with the name in apposition to a noun of
// the opening phrase and the verb left with no subject: a finite verb
// with no subject, right after a comma, whose opening phrase holds a proper
// noun set off by a comma and hung as an apposition, takes that name as
// its subject, with the description set off after the name (if any) in
// apposition to it; not after a quotation, which the engine credits on
// its own. first is the index of toks[0] in the analysis.
func frontedSubjects(toks []Token, first int) {
	var subj []bool // which tokens have a subject, filled at the first candidate
	for v := 2; v < len(toks); v++ {
		t := &toks[v]
		if t.UPOS != "VERB" || toks[v-1].Text != "," {
			continue
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if subj == nil {
			subj = make([]bool, len(toks))
			for j := range toks {
				if h := toks[j].Head - first; h >= 0 && h < len(toks) && (strings.HasPrefix(toks[j].Rel, "nsubj") || toks[j].Rel == "expl") {
					subj[h] = true
				}
			}
		}
		if subj[v] {
			continue
		}
		// The name: the last proper noun in apposition before the verb
		// (within 40 words) whose head comes before it and hangs, through
		// the opening phrase, from the verb; set off by a comma before it.
		name := -1
		for n := v - 2; n > 0 && n >= v-40; n-- {
			tk := &toks[n]
			if tk.UPOS != "PROPN" || tk.Rel != "appos" || tk.Head < 0 || tk.Head-first >= n || toks[n-1].Text != "," {
				continue
			}
			if dominates(toks, v, tk.Head-first, first) {
				name = n
			}
			break
		}
		if name < 0 || quoteBefore(toks, name) {
			continue // "“…,” a spokesman, Tom Reyes, said": the credit of a quotation
		}
		// What lies between the name and the verb: the name's own words,
		// then nothing or ", description ,".
		end := name + 1
		for end < v && toks[end].Head == first+name && toks[end].Rel == "flat" {
			end++
		}
		role := -1
		if end < v-1 {
			if toks[end].Text != "," {
				continue
			}
			for r := end + 1; r < v-1; r++ {
				if toks[r].Rel == "appos" && toks[r].UPOS == "NOUN" && (toks[r].Head < first+end || toks[r].Head >= first+v) {
					role = r
					break
				}
			}
			if role < 0 {
				continue
			}
		}
		toks[name].Head, toks[name].Rel = first+v, "nsubj"
		subj[v] = true
		if role >= 0 {
			toks[role].Head = first + name
		}
	}
}

// quoteBefore reports whether a quotation mark comes before token i.
func quoteBefore(toks []Token, i int) bool {
	for j := 0; j < i; j++ {
		switch toks[j].Text {
		case "“", "”", "\"", "«", "»", "„", "``", "''":
			return true
		}
	}
	return false
}

// dominates reports whether token v is an ancestor of token d (indexes in
// toks) within the sentence, at most 40 steps up.
func dominates(toks []Token, v, d, first int) bool {
	for k := 0; d >= 0 && d < len(toks) && k < 40; k++ {
		if d == v {
			return true
		}
		h := toks[d].Head
		if h < 0 {
			return false
		}
		d = h - first
	}
	return false
}

// finiteParticiple returns the verb a sentence's tree left as a reduced
// relative although the sentence has no other verb to head it: the root
// is a noun and a past participle with no auxiliary hangs from it as a
// clause, with a complement of its own, after a comma ("Schiff, the top
// Democrat on the committee, called on Obama to retaliate", read as "the
// committee called on…") or with a clause of its own for complement
// ("Mexico's foreign ministry stressed in a statement that it would
// host…": a reduced relative reports no clause). The tagger took the past
// tense for the participle. Finite verbs inside the participle's own
// clause do not count. It returns the token's index in toks, or -1.
func finiteParticiple(toks []Token, first int) int {
	root := -1
	var finite []int
	for i := range toks {
		t := &toks[i]
		if t.Head < 0 {
			if root >= 0 {
				return -1
			}
			root = i
		}
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			finite = append(finite, i)
		}
	}
	if root < 0 {
		return -1
	}
	// A root verb opened by "that" is a clause said by something before
	// it, never the sentence's own verb ("The group noted in a
	// communiqué that the agreement preserves…").
	that := toks[root].UPOS == "VERB" && subordinate(toks, root, first)
	if toks[root].UPOS != "NOUN" && toks[root].UPOS != "PROPN" && !that {
		return -1
	}
	for i := range toks {
		t := &toks[i]
		if t.XPOS != "VBN" || t.UPOS != "VERB" || t.Rel != "acl" && t.Rel != "parataxis" && t.Rel != "advcl" || i == 0 {
			continue
		}
		if t.Rel == "advcl" && !inRelative(toks, i, first) {
			// A participle opening an adverbial clause of the
			// sentence's verb ("Asked about the talks, …") is one;
			// only one hung inside a relative clause is not.
			continue
		}
		aux, comp, clause := false, false, that && root > i
		// A that-clause hung from the root noun after the participle,
		// and the clauses joined to it, are the participle's ("Mexico's
		// foreign ministry maintained in a statement that it would host
		// …and that Mexico remained…": a ministry takes no clause).
		var later []int
		if !that {
			for j := i + 1; j < len(toks); j++ {
				if toks[j].Head == first+root && (toks[j].Rel == "ccomp" || toks[j].Rel == "acl" && subordinate(toks, j, first)) {
					later = append(later, j)
					clause = true
				}
			}
			for j := i + 1; j < len(toks) && len(later) > 0; j++ {
				if toks[j].Head == first+root && toks[j].Rel == "conj" && toks[j].UPOS == "VERB" {
					later = append(later, j)
				}
			}
		}
		for j := range toks {
			if toks[j].Head != first+i {
				continue
			}
			switch toks[j].Rel {
			case "aux", "aux:pass", "nsubj:pass", "obl:agent":
				aux = true
			case "ccomp":
				clause = clause || j > i
				comp = comp || j > i
			case "obj", "xcomp", "obl", "advcl":
				comp = comp || j > i
			}
		}
		if aux || !comp && !clause || toks[i-1].Text != "," && !clause {
			continue
		}
		own, relBefore := true, false
		for _, f := range finite {
			relBefore = relBefore || f < i && inRelative(toks, f, first)
			// Finite verbs of the participle's own clause, of a
			// relative clause before it ("The Commission, which
			// negotiates for the EU, stressed…") or of the clause
			// opened by "that" after it do not count.
			if !dominates(toks, i, f, first) && !(f < i && inRelative(toks, f, first)) && !(that && root > i && dominates(toks, root, f, first)) &&
				!slices.ContainsFunc(later, func(l int) bool { return dominates(toks, l, f, first) }) {
				own = false
				break
			}
		}
		// After a relative clause set off before it ("The Commission,
		// which negotiates for the EU, stressed in a statement that…"),
		// a comma and a complement are enough.
		if own && (len(finite) == 0 || clause || relBefore && toks[i-1].Text == ",") {
			return i
		}
	}
	return -1
}

// subordinate reports whether token v (an index in toks) opens its clause
// with "that", "whether" or "if" marked on it.
func subordinate(toks []Token, v, first int) bool {
	for j := range toks {
		if toks[j].Head == first+v && toks[j].Rel == "mark" && j < v {
			switch strings.ToLower(toks[j].Text) {
			case "that", "whether", "if":
				return true
			}
		}
	}
	return false
}

// inMarked reports whether token v (an index in toks) lies inside a
// clause a subordinator opens ("because the talks are confidential").
func inMarked(toks []Token, v, first int) bool {
	for k := 0; v >= 0 && v < len(toks) && k < 40; k++ {
		h := v
		if toks[v].Rel == "aux" || toks[v].Rel == "cop" || toks[v].Rel == "aux:pass" {
			h = toks[v].Head - first
		}
		if h >= 0 && h < len(toks) && slices.ContainsFunc(toks, func(x Token) bool { return x.Head == first+h && x.Rel == "mark" }) {
			return true
		}
		if toks[v].Head < 0 {
			return false
		}
		v = toks[v].Head - first
	}
	return false
}

// inRelative reports whether token v (an index in toks) is a relative
// clause's verb or lies inside one.
func inRelative(toks []Token, v, first int) bool {
	for k := 0; v >= 0 && v < len(toks) && k < 40; k++ {
		if toks[v].Rel == "acl:relcl" {
			return true
		}
		if toks[v].Head < 0 {
			return false
		}
		v = toks[v].Head - first
	}
	return false
}

// parseSentence fills Head and Rel of one sentence's tokens (toks, the
// first of which is token first of the analysis).
func (p *Parser) parseSentence(toks []Token, first int, sc *parseScratch) {
	{
		n := len(toks)
		st := &sc.st
		st.reset(n)
		for i := range toks {
			st.setWord(i, toks[i].Text, toks[i].UPOS, toks[i].XPOS)
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

// predicateNouns re-tags as verbs the nouns the tree uses as verbs: a
// bare noun with a subject, no copula and a clause, object or "to"
// complement of its own ("Clinton plans to call…", "the center estimates
// that…") is the verb the tagger took for a plural or singular noun.
// first is the index of toks[0] in the analysis.
func predicateNouns(toks []Token, first int) {
	for i := range toks {
		t := &toks[i]
		if (t.XPOS == "NNS" || t.XPOS == "NN") && t.UPOS == "NOUN" && usedAsVerb(toks, i, first) {
			t.UPOS = "VERB"
			if t.XPOS == "NNS" {
				t.XPOS = "VBZ"
			} else {
				t.XPOS = "VBP"
			}
		}
	}
	predicateCompounds(toks, first)
}

// usedAsVerb reports whether the tree gives noun i a subject before it and
// a clause, object or "to" complement after it, and nothing only a noun
// takes: a copula, a determiner, an owner, an adjective, a preposition, a
// number or a compound. A subject after the noun ("plans the company
// announced") is left alone: questions and inversions.
func usedAsVerb(toks []Token, i, first int) bool {
	subj, comp := false, false
	for j := range toks {
		if toks[j].Head != first+i {
			continue
		}
		switch toks[j].Rel {
		case "nsubj":
			subj = subj || j < i
		case "xcomp", "ccomp", "obj":
			comp = comp || j > i
		case "cop", "det", "nmod:poss", "amod", "case", "nummod", "compound":
			return false
		}
	}
	return subj && comp
}

// predicateCompounds mends "The company estimates that the strike will…"
// read as one noun phrase: a plural noun heading the sentence, with a
// noun compound before it and a clause opened by "that" right after it, is
// the verb (VBZ), the compound its subject and the clause its complement.
func predicateCompounds(toks []Token, first int) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.UPOS != "NOUN" || t.XPOS != "NNS" || t.Rel != "root" || !strings.EqualFold(toks[i+1].Text, "that") {
			continue
		}
		c := &toks[i-1]
		if c.Head != first+i || c.Rel != "compound" || c.UPOS != "NOUN" && c.UPOS != "PROPN" {
			continue
		}
		clause := -1
		for j := i + 2; j < len(toks); j++ {
			if toks[j].Head == first+i && (toks[j].Rel == "acl:relcl" || toks[j].Rel == "acl") && toks[i+1].Head == first+j {
				clause = j
				break
			}
		}
		if clause < 0 {
			continue
		}
		t.UPOS, t.XPOS = "VERB", "VBZ"
		c.Rel = "nsubj"
		for k := i - 2; k >= 0 && toks[k].Head == first+i && (toks[k].Rel == "det" || toks[k].Rel == "amod" || toks[k].Rel == "compound"); k-- {
			toks[k].Head = first + i - 1 // "The | company": the subject's own words
		}
		toks[clause].Rel = "ccomp"
		toks[i+1].UPOS, toks[i+1].XPOS, toks[i+1].Rel = "SCONJ", "IN", "mark"
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
