package nlp

import (
	"math/bits"
	"unicode/utf8"
)

// nerDoc holds what the entity features read, for one document: each word,
// its lower-case form and shape (views into one arena), the gazetteer
// classes covering it, its sentence's case profile and, for the second
// pass, the entity type the first pass gave the same word elsewhere.
type nerDoc struct {
	words, lower, shape []string
	gaz                 []uint64
	prof                []uint8
	sents               [][2]int
	docLab              []uint8
	// lexForm and lexLower are the lexicon codes of the word as written
	// and of its lower-case form ("" when unknown).
	lexForm, lexLower []string
	// clus is the distributional cluster code of the lower-case form
	// (one byte coarse, two bytes fine; "" when unknown).
	clus []string
	// upos and xpos are the tagger's tags (nil when untagged); runEnd and
	// runStart give, for a word inside a run of proper nouns (NNP, NNPS),
	// the run's bounds [runStart, runEnd) (both -1 outside runs).
	// docCase says how the word is written elsewhere in the document: bit
	// 1 when its lower-case form occurs in lower case, bit 2 when it occurs
	// capitalised inside a sentence (not counting the word itself).
	docCase          []uint8
	upos, xpos       []string
	runStart, runEnd []int32
	// hw, hl and hs are the packed or hashed word, lower-case form and
	// shape (see nerPack).
	hw, hl, hs []uint64
	// typ numbers the distinct lower-case forms in order of first
	// occurrence; first holds the first word of each.
	typ, first []int32
	// tmpl holds the start of the key of every template number k.
	tmpl [nerTemplates]nerKey
}

const nerTemplates = 110

const gazClasses = "CSYRDIGPMFTXHLEK"

// gazClassIndex is the position of every byte in gazClasses, or
// len(gazClasses) (whose bits are none: the shift is past 63) for a byte
// not there. It is read only.
var gazClassIndex = func() (t [256]uint8) {
	for c := range t {
		t[c] = uint8(len(gazClasses))
	}
	for i := 0; i < len(gazClasses); i++ {
		t[gazClasses[i]] = uint8(i)
	}
	return t
}()

// gazBit is the bit for gazetteer class c at position pos ('B', 'I', 'L'
// or 'U') of a phrase.
func gazBit(c byte, pos byte) uint64 {
	ci := int(gazClassIndex[c])
	pi := 0
	switch pos {
	case 'I':
		pi = 1
	case 'L':
		pi = 2
	case 'U':
		pi = 3
	}
	return 1 << uint(ci*4+pi)
}

func (x *nerDoc) gazAt(i int) uint64 { return x.gaz[i] }

// Sentence case profiles.
const (
	profNormal uint8 = iota
	profLower        // no capitalised word after the first
	profUpper        // every word with letters is in capitals
	profTitle        // most words are capitalised
)

// newNERDoc builds the features' view of a document as training reads it:
// the gazetteer is looked up with the forms as written only (see
// buildNERDoc).
func newNERDoc(words []string, sents [][2]int, gaz, lex *StrMap) *nerDoc {
	return buildNERDoc(words, sents, gaz, lex, false, false, nil)
}

// nerBufs holds the per-word arrays of a finished nerDoc, kept for a later
// one (Recognizer.bufs): buildNERDoc clears every one it takes over.
type nerBufs struct {
	lower, shape, lexForm, lexLower, clus []string
	gaz, hw, hl, hs                       []uint64
	prof                                  []uint8
}

// bufs returns x's per-word arrays, to be reused once x is no longer read.
func (x *nerDoc) bufs() *nerBufs {
	return &nerBufs{lower: x.lower, shape: x.shape, lexForm: x.lexForm, lexLower: x.lexLower, clus: x.clus, gaz: x.gaz, hw: x.hw, hl: x.hl, hs: x.hs, prof: x.prof}
}

// buildNERDoc is newNERDoc; with letters, a non-ASCII letter takes the
// shape of an ASCII letter of its case (see Recognizer.letters); with fold,
// a form with marks the gazetteer does not hold is looked up without them
// ("Zofía" as "zofia"; see setGazetteer). The recognizer folds and training
// does not: the training documents hold a handful of such names (a dozen
// words of 312,000), too few to learn from, and folding them only moved the
// perceptron's path, so that the command no longer reproduced the model
// file; at run time the folded form reads as the written one the model
// learned from.
//
// b, when not nil, holds the arrays of an earlier document to reuse.
func buildNERDoc(words []string, sents [][2]int, gaz, lex *StrMap, letters, fold bool, b *nerBufs) *nerDoc {
	n := len(words)
	size := 0
	for _, w := range words {
		size += 2 * len(w)
	}
	arena := make([]byte, 0, size)
	if b == nil {
		b = &nerBufs{}
	}
	x := &nerDoc{
		words:    words,
		lower:    growClear(b.lower, n),
		shape:    growClear(b.shape, n),
		gaz:      growClear(b.gaz, n),
		prof:     growClear(b.prof, n),
		sents:    sents,
		lexForm:  growClear(b.lexForm, n),
		lexLower: growClear(b.lexLower, n),
		clus:     growClear(b.clus, n),
	}
	for k := range x.tmpl {
		x.tmpl[k] = nerKey(0x6e6572).Int(k)
	}
	x.hw = growClear(b.hw, n)
	x.hl = growClear(b.hl, n)
	x.hs = growClear(b.hs, n)
	for i, w := range words {
		st := len(arena)
		for j := 0; j < len(w); j++ {
			c := w[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			arena = append(arena, c)
		}
		x.lower[i] = unsafeString(arena[st:len(arena):len(arena)])
		st = len(arena)
		var last byte
		for j := 0; j < len(w) && len(arena)-st < 6; j++ {
			c := w[j]
			var k byte
			switch {
			case 'A' <= c && c <= 'Z':
				k = 'X'
			case 'a' <= c && c <= 'z':
				k = 'x'
			case '0' <= c && c <= '9':
				k = 'd'
			case c >= 0x80:
				if c < 0xc0 {
					continue
				}
				r, _ := utf8.DecodeRuneInString(w[j:])
				k = shapeClass(r, letters)
			default:
				k = c
			}
			if k != last {
				arena = append(arena, k)
				last = k
			}
		}
		x.shape[i] = unsafeString(arena[st:len(arena):len(arena)])
		x.hw[i], x.hl[i], x.hs[i] = nerPack(w), nerPack(x.lower[i]), nerPack(x.shape[i])
	}
	x.setTypes()
	if lex != nil {
		x.setLexicon(lex)
	}
	x.setGazetteer(gaz, fold)
	for _, s := range sents {
		caps, alpha, upper := 0, 0, 0
		for i := s[0] + 1; i < s[1]; i++ {
			sh := x.shape[i]
			if sh == "" || (sh[0] != 'X' && sh[0] != 'x') {
				continue
			}
			alpha++
			if sh[0] == 'X' {
				caps++
				if sh == "X" || sh == "X." {
					upper++
				}
			}
		}
		p := profNormal
		switch {
		case alpha >= 2 && upper == alpha:
			p = profUpper
		case alpha >= 3 && caps == 0:
			p = profLower
		case alpha >= 4 && 10*caps >= 7*alpha:
			p = profTitle
		}
		for i := s[0]; i < s[1]; i++ {
			x.prof[i] = p
		}
	}
	x.setDocCase()
	return x
}

// setTypes fills typ and first: it numbers the distinct lower-case forms
// in order of first occurrence, in an open-addressed table of the forms'
// packed values (hl), whose slots hold a form's number plus one.
func (x *nerDoc) setTypes() {
	n := len(x.words)
	x.typ = make([]int32, n)
	size := 1
	for size < 2*n {
		size <<= 1
	}
	mask := uint64(size - 1)
	slots := make([]int32, size)
	for i, l := range x.lower {
		h := x.hl[i]
		s := mix64(h) & mask
		for {
			e := slots[s]
			if e == 0 {
				slots[s] = int32(len(x.first)) + 1
				x.typ[i] = int32(len(x.first))
				x.first = append(x.first, int32(i))
				break
			}
			if j := x.first[e-1]; x.hl[j] == h && x.lower[j] == l {
				x.typ[i] = e - 1
				break
			}
			s = (s + 1) & mask
		}
	}
}

// setLexicon fills lexForm, lexLower and clus from the lexicon. Each
// lower-case form is looked up once (its first word's form, the form
// lower-cased and marked 0, the form with digits made 0 and marked 1), and
// then the forms its later words write otherwise, by batches (see
// StrMap.getBatch).
func (x *nerDoc) setLexicon(lex *StrMap) {
	var r strMapResults
	var keys [strMapBatch]string
	var arena []byte
	const per = strMapBatch / 3 // lower-case forms per batch
	for t0 := 0; t0 < len(x.first); t0 += per {
		types := x.first[t0:min(t0+per, len(x.first))]
		size := 0
		for _, j := range types {
			size += 2 * (len(x.lower[j]) + 1)
		}
		if cap(arena) < size {
			arena = make([]byte, 0, max(size, 2*cap(arena)))
		}
		arena = arena[:0]
		for q, j := range types {
			keys[3*q] = x.words[j]
			st := len(arena)
			arena = append(arena, 0)
			arena = append(arena, x.lower[j]...)
			keys[3*q+1] = unsafeString(arena[st:len(arena):len(arena)])
			st = len(arena)
			arena = append(arena, 1)
			for _, c := range []byte(x.lower[j]) {
				if c >= '1' && c <= '9' {
					c = '0'
				}
				arena = append(arena, c)
			}
			keys[3*q+2] = unsafeString(arena[st:len(arena):len(arena)])
		}
		lex.getBatch(keys[:3*len(types)], &r)
		for q, j := range types {
			x.lexForm[j], x.lexLower[j], x.clus[j] = r.vals[3*q], r.vals[3*q+1], r.vals[3*q+2]
		}
	}
	// The later words: the codes of their lower-case form, and those of
	// the form when the first word of that lower-case form is written
	// alike; the other forms are looked up.
	var at [strMapBatch]int
	k := 0
	flush := func() {
		lex.getBatch(keys[:k], &r)
		for q := 0; q < k; q++ {
			x.lexForm[at[q]] = r.vals[q]
		}
		k = 0
	}
	for i, w := range x.words {
		j := int(x.first[x.typ[i]])
		if j == i {
			continue
		}
		x.lexLower[i], x.clus[i] = x.lexLower[j], x.clus[j]
		if x.words[j] == w {
			x.lexForm[i] = x.lexForm[j]
			continue
		}
		keys[k], at[k] = w, i
		k++
		if k == strMapBatch {
			flush()
		}
	}
	flush()
}

// setGazetteer fills gaz: for each word of a sentence, the classes of the
// gazetteer's phrases of up to six words starting there, as long as each
// shorter phrase from the word is in the gazetteer (which holds the
// beginnings of its phrases). The lookups go by phrase length, by batches
// (see StrMap.getBatch): first every lower-case form alone, then the
// two-word phrases starting at a word found alone, and so on. With fold,
// a form with marks not found as written is looked up without them.
func (x *nerDoc) setGazetteer(gaz *StrMap, fold bool) {
	var r strMapResults
	var keys [strMapBatch]string
	// found[t] when lower-case form t is in the gazetteer alone, with the
	// classes classes[t].
	found := make([]bool, len(x.first))
	classes := make([]string, len(x.first))
	for t0 := 0; t0 < len(x.first); t0 += strMapBatch {
		types := x.first[t0:min(t0+strMapBatch, len(x.first))]
		for q, j := range types {
			keys[q] = x.lower[j]
		}
		gaz.getBatch(keys[:len(types)], &r)
		copy(found[t0:], r.oks[:len(types)])
		copy(classes[t0:], r.vals[:len(types)])
	}
	// "Zofía", "Krüsmann": a form with accents the gazetteer does not
	// hold is looked up as written without them.
	for t := range found {
		if l := x.lower[x.first[t]]; fold && !found[t] {
			if f := FoldMarks(l); f != l {
				classes[t], found[t] = gaz.Get(f)
			}
		}
	}
	// The phrases found so far, by their first word, with the end of its
	// sentence.
	var from, end []int32
	for _, s := range x.sents {
		for i := s[0]; i < s[1]; i++ {
			if t := x.typ[i]; found[t] {
				x.addGaz(classes[t], i, i)
				from = append(from, int32(i))
				end = append(end, int32(s[1]))
			}
		}
	}
	var arena []byte
	for k := 1; k < 6 && len(from) > 0; k++ {
		// The phrases of k+1 words, kept (in place) when found.
		kept := 0
		for b0 := 0; b0 < len(from); b0 += strMapBatch {
			batch := 0
			var at [strMapBatch]int32
			arena = arena[:0]
			for q := b0; q < min(b0+strMapBatch, len(from)); q++ {
				if int(from[q])+k >= int(end[q]) {
					continue
				}
				at[batch] = int32(q)
				batch++
			}
			size := 0
			for _, q := range at[:batch] {
				for m := from[q]; m <= from[q]+int32(k); m++ {
					size += len(x.lower[m]) + 1
				}
			}
			if cap(arena) < size {
				arena = make([]byte, 0, max(size, 2*cap(arena)))
			}
			for b, q := range at[:batch] {
				i := int(from[q])
				st := len(arena)
				arena = append(arena, x.lower[i]...)
				for m := i + 1; m <= i+k; m++ {
					arena = append(arena, ' ')
					arena = append(arena, x.lower[m]...)
				}
				keys[b] = unsafeString(arena[st:len(arena):len(arena)])
			}
			gaz.getBatch(keys[:batch], &r)
			for b, q := range at[:batch] {
				if r.oks[b] {
					x.addGaz(r.vals[b], int(from[q]), int(from[q])+k)
					from[kept], end[kept] = from[q], end[q]
					kept++
				}
			}
		}
		from, end = from[:kept], end[:kept]
	}
}

// addGaz records the gazetteer classes v of the phrase of words [i, j].
func (x *nerDoc) addGaz(v string, i, j int) {
	for k := 0; k < len(v); k++ {
		c := v[k]
		if c == '+' {
			continue
		}
		if j == i {
			x.gaz[i] |= gazBit(c, 'U')
			continue
		}
		x.gaz[i] |= gazBit(c, 'B')
		for m := i + 1; m < j; m++ {
			x.gaz[m] |= gazBit(c, 'I')
		}
		x.gaz[j] |= gazBit(c, 'L')
	}
}

// setDocCase fills docCase.
func (x *nerDoc) setDocCase() {
	n := len(x.words)
	x.docCase = make([]uint8, n)
	// Counts by lower-case form (x.typ), of the words that count.
	type cnt struct {
		lower, capIn int32
		seen         bool
	}
	m := make([]cnt, len(x.first))
	initial := make([]bool, n)
	for _, s := range x.sents {
		if s[0] < s[1] {
			initial[s[0]] = true
		}
	}
	kind := func(i int) (lower, capIn bool) {
		sh := x.shape[i]
		if sh == "" {
			return false, false
		}
		return sh[0] == 'x', sh[0] == 'X' && !initial[i]
	}
	for i := range x.lower {
		lo, ci := kind(i)
		if !lo && !ci {
			continue
		}
		c := &m[x.typ[i]]
		c.seen = true
		if lo {
			c.lower++
		}
		if ci {
			c.capIn++
		}
	}
	for i := range x.lower {
		c := m[x.typ[i]]
		if !c.seen {
			continue
		}
		lo, ci := kind(i)
		if lo {
			c.lower--
		}
		if ci {
			c.capIn--
		}
		var v uint8
		if c.lower > 0 {
			v |= 1
		}
		if c.capIn > 0 {
			v |= 2
		}
		x.docCase[i] = v
	}
}

// setTags records the tagger's tags of the words and finds the runs of
// proper nouns.
func (x *nerDoc) setTags(upos, xpos []string) {
	n := len(x.words)
	x.upos, x.xpos = upos, xpos
	x.runStart = make([]int32, n)
	x.runEnd = make([]int32, n)
	for _, s := range x.sents {
		for i := s[0]; i < s[1]; {
			if !nnp(xpos[i]) {
				x.runStart[i], x.runEnd[i] = -1, -1
				i++
				continue
			}
			j := i
			for j < s[1] && nnp(xpos[j]) {
				j++
			}
			for k := i; k < j; k++ {
				x.runStart[k], x.runEnd[k] = int32(i), int32(j)
			}
			i = j
		}
	}
}

func nnp(t string) bool { return t == "NNP" || t == "NNPS" }

// setDocLabels records, for each word, the entity type the first pass gave
// other capitalised occurrences of the same word in the document (most
// frequent type; 0 for none, len(types)+1 when they were always outside
// entities).
func (x *nerDoc) setDocLabels(pred []int, labels []nerLabel) {
	n := len(x.words)
	if cap(x.docLab) >= n {
		x.docLab = x.docLab[:n]
	} else {
		x.docLab = make([]uint8, n)
	}
	// counts[word][type]: built on a small map keyed by the word.
	type cnt [len(nerTypeNames) + 1]int32
	m := make(map[string]*cnt, n/4)
	typeOf := func(l nerLabel) int {
		for t, name := range nerTypeNames {
			if l.typ == name {
				return t + 1
			}
		}
		return 0
	}
	for i, w := range x.words {
		if len(x.shape[i]) == 0 || x.shape[i][0] != 'X' {
			continue
		}
		c := m[w]
		if c == nil {
			c = new(cnt)
			m[w] = c
		}
		c[typeOf(labels[pred[i]])]++
	}
	for i, w := range x.words {
		x.docLab[i] = 0
		c := m[w]
		if c == nil {
			continue
		}
		own := typeOf(labels[pred[i]])
		best, bn := 0, int32(0)
		for t := 1; t < len(c); t++ {
			v := c[t]
			if t == own {
				v--
			}
			if v > bn {
				best, bn = t, v
			}
		}
		if best > 0 {
			x.docLab[i] = uint8(best)
		} else {
			o := c[0]
			if own == 0 {
				o--
			}
			if o > 0 {
				x.docLab[i] = uint8(len(nerTypeNames) + 1)
			}
		}
	}
}

// word is the packed lower-case form of word i (1 and 2 before and after
// the sentence).
func (x *nerDoc) word(i, s0, s1 int) uint64 {
	if i < s0 {
		return 1
	}
	if i >= s1 {
		return 2
	}
	return x.hl[i]
}

func (x *nerDoc) shp(i, s0, s1 int) uint64 {
	if i < s0 {
		return 1
	}
	if i >= s1 {
		return 2
	}
	return x.hs[i]
}

func (x *nerDoc) tag(i, s0, s1 int) string {
	if i < s0 {
		return "<s>"
	}
	if i >= s1 {
		return "</s>"
	}
	return x.xpos[i]
}

func (x *nerDoc) gz(i, s0, s1 int) uint64 {
	if i < s0 || i >= s1 {
		return 0
	}
	return x.gaz[i]
}

// features appends the feature keys of word i of the sentence [s0, s1),
// given the labels of the two words before it and, in the second pass, the
// document labels.
func (x *nerDoc) features(dst []uint64, i, s0, s1, p1, p2 int, doc []uint8) []uint64 {
	dst = x.emission(dst, i, s0, s1, doc)
	dst = x.history(dst, i, s0, s1, p1, doc, true)
	return append(dst, x.tmpl[32].Int(p1).Int(p2).Sum())
}

// history appends the features of word i that read the label p of the
// word before it (the Viterbi decoder scores them once per label): the
// transition feature (p alone) when trans is true, and p with the word.
func (x *nerDoc) history(dst []uint64, i, s0, s1, p int, doc []uint8, trans bool) []uint64 {
	add := func(h nerKey) { dst = append(dst, h.Sum()) }
	if trans {
		add(x.tmpl[31].Int(p))
	}
	add(x.tmpl[33].Int(p).H(x.hl[i]))
	add(x.tmpl[34].Int(p).H(x.hs[i]))
	add(x.tmpl[36].Int(int(x.prof[i])).Int(p).H(x.hs[i]))
	if x.xpos != nil {
		add(x.tmpl[78].Str(x.xpos[i]).Int(p))
	}
	if doc != nil {
		add(x.tmpl[52].Int(int(doc[i])).Int(p))
	}
	return dst
}

// emission appends the features of word i that do not read labels.
func (x *nerDoc) emission(dst []uint64, i, s0, s1 int, doc []uint8) []uint64 {
	lw := x.lower[i]
	init := 0
	if i == s0 {
		init = 1
	}
	prof := int(x.prof[i])
	add := func(h nerKey) { dst = append(dst, h.Sum()) }
	add(x.tmpl[1])
	add(x.tmpl[2].H(x.hw[i]))
	add(x.tmpl[3].H(x.hl[i]))
	add(x.tmpl[4].H(x.hs[i]))
	add(x.tmpl[5].H(x.hs[i]).Int(init).Int(prof))
	n := len(lw)
	for k := 1; k <= 4; k++ {
		if n > k {
			add(x.tmpl[10+k].Str(lw[n-k:]))
		}
	}
	for k := 1; k <= 3; k++ {
		if n > k {
			add(x.tmpl[15+k].Str(lw[:k]))
		}
	}
	wm1, wp1 := x.word(i-1, s0, s1), x.word(i+1, s0, s1)
	wm2, wp2 := x.word(i-2, s0, s1), x.word(i+2, s0, s1)
	sm1, sp1 := x.shp(i-1, s0, s1), x.shp(i+1, s0, s1)
	add(x.tmpl[20].H(wm1))
	add(x.tmpl[21].H(wp1))
	add(x.tmpl[22].H(wm2))
	add(x.tmpl[23].H(wp2))
	add(x.tmpl[24].H(sm1))
	add(x.tmpl[25].H(sp1))
	add(x.tmpl[26].H(wm1).H(x.hl[i]))
	add(x.tmpl[27].H(x.hl[i]).H(wp1))
	add(x.tmpl[28].H(sm1).H(x.hs[i]).H(sp1))
	add(x.tmpl[29].H(wm1).H(x.hs[i]))
	add(x.tmpl[30].H(x.hs[i]).H(wp1))
	add(x.tmpl[35].H(x.hl[i]).Int(init))
	add(x.tmpl[37].Int(int(x.docCase[i])).H(x.hs[i]).Int(init))
	add(x.tmpl[38].Int(min(s1-s0, 4)).H(x.hs[i]))
	add(x.tmpl[60].Str(x.lexForm[i]))
	add(x.tmpl[61].Str(x.lexLower[i]).H(x.hs[i]).Int(init))
	add(x.tmpl[62].Str(x.lexForm[i]).Str(x.lexLower[i]))
	if i > s0 {
		add(x.tmpl[63].Str(x.lexForm[i-1]).Str(x.lexForm[i]))
	}
	if i+1 < s1 {
		add(x.tmpl[64].Str(x.lexForm[i]).Str(x.lexForm[i+1]))
	}
	for t, g := range [...]uint64{x.gz(i, s0, s1), x.gz(i-1, s0, s1), x.gz(i+1, s0, s1)} {
		for g != 0 {
			b := bits.TrailingZeros64(g)
			g &^= 1 << uint(b)
			add(x.tmpl[40+t].Int(b))
			if t == 0 {
				add(x.tmpl[43].Int(b).H(x.hs[i]).Int(init))
			}
		}
	}
	c := x.clus[i]
	if c != "" {
		add(x.tmpl[85].Str(c))
		add(x.tmpl[86].Str(c[:1]))
		add(x.tmpl[87].Str(c).H(x.hs[i]).Int(init))
	} else {
		add(x.tmpl[88].H(x.hs[i]))
	}
	if i > s0 && x.clus[i-1] != "" {
		add(x.tmpl[89].Str(x.clus[i-1][:1]))
		add(x.tmpl[90].Str(x.clus[i-1]))
	}
	if i+1 < s1 && x.clus[i+1] != "" {
		add(x.tmpl[91].Str(x.clus[i+1][:1]))
		add(x.tmpl[92].Str(x.clus[i+1]))
	}
	if x.xpos != nil {
		t0 := x.xpos[i]
		tm1, tp1, tm2, tp2 := x.tag(i-1, s0, s1), x.tag(i+1, s0, s1), x.tag(i-2, s0, s1), x.tag(i+2, s0, s1)
		add(x.tmpl[70].Str(t0))
		add(x.tmpl[71].Str(x.upos[i]))
		add(x.tmpl[72].Str(tm1).Str(t0))
		add(x.tmpl[73].Str(t0).Str(tp1))
		add(x.tmpl[74].Str(tm1).Str(t0).Str(tp1))
		add(x.tmpl[75].Str(t0).H(x.hs[i]).Int(init))
		add(x.tmpl[76].Str(tm2).Str(tm1))
		add(x.tmpl[77].Str(tp1).Str(tp2))
		if rs := int(x.runStart[i]); rs >= 0 {
			re := int(x.runEnd[i])
			ln := min(re-rs, 4)
			add(x.tmpl[79].Int(ln).Int(min(i-rs, 3)).Int(min(re-1-i, 3)))
			before, after := x.word(rs-1, s0, s1), x.word(re, s0, s1)
			last := x.hl[re-1]
			add(x.tmpl[80].H(before))
			add(x.tmpl[81].H(after))
			add(x.tmpl[82].H(last))
			add(x.tmpl[83].H(last).Int(b2i(i == rs)))
			add(x.tmpl[84].H(before).Int(b2i(i == rs)))
			if cl := x.clus[re-1]; cl != "" {
				add(x.tmpl[93].Str(cl))
			}
			add(x.tmpl[94].Str(x.lexForm[re-1]))
			for g := x.gaz[re-1]; g != 0; {
				b := bits.TrailingZeros64(g)
				g &^= 1 << uint(b)
				add(x.tmpl[95].Int(b))
			}
		}
	}
	if doc != nil {
		d := int(doc[i])
		add(x.tmpl[50].Int(d))
		add(x.tmpl[51].Int(d).H(x.hs[i]).Int(init))
		dm1, dp1 := 0, 0
		if i > s0 {
			dm1 = int(doc[i-1])
		}
		if i+1 < s1 {
			dp1 = int(doc[i+1])
		}
		add(x.tmpl[53].Int(dm1).Int(d).Int(dp1))
	}
	return dst
}

// plainWord is true for a word that cannot start an entity as far as the
// cheap evidence goes: no capital letter, on no list, and, in the
// lexicon, seldom a proper noun and seldom capitalised. The recognizer
// labels such a word O without scoring it (after an O), which keeps it
// fast: most words of running text are plain.
func (x *nerDoc) plainWord(i int) bool {
	sh := x.shape[i]
	if sh == "" || sh[0] == 'X' || sh[0] == 'u' || x.gaz[i] != 0 {
		return false
	}
	if x.xpos != nil && nnp(x.xpos[i]) {
		return false
	}
	if f := x.lexForm[i]; f != "" && f[1] >= '2' {
		return false
	}
	if l := x.lexLower[i]; l != "" && l[1] >= '2' {
		return false
	}
	return true
}

// nerKey builds a feature key of the recognizer: like Hasher, but it
// mixes whole values (strings of up to seven bytes are packed, longer ones
// hashed once per word), which is faster on the hot path.
type nerKey uint64

// H mixes a packed value into the key.
func (k nerKey) H(v uint64) nerKey {
	z := (uint64(k) ^ v) * 0x9e3779b97f4a7c15
	return nerKey(z ^ z>>29)
}

// Int mixes an integer into the key.
func (k nerKey) Int(n int) nerKey { return k.H(uint64(n) + 0x5bd1e995) }

// Str mixes a string into the key.
func (k nerKey) Str(s string) nerKey { return k.H(nerPack(s)) }

// Sum finishes the key (splitmix64).
func (k nerKey) Sum() uint64 { return Hasher(k).Sum() }

// nerPack turns a string into a value: its bytes and length when it has at
// most seven bytes, else an FNV-1a hash with the top bit set.
func nerPack(s string) uint64 {
	if len(s) <= 7 {
		return uint64(len(s))<<56 | packShort(s)
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h | 1<<63
}

// packShort returns the first eight bytes of s (all of a shorter s) as a
// little-endian number, byte i at bits 8i, without a loop over them: eight
// bytes are one load (the compiler merges the byte reads), and a string
// of two to seven bytes is read as two overlapping loads of its first and
// last two or four bytes, OR-ed with the second shifted to the string's
// end; the bytes the two share are the same in both, so they are as in
// one load.
func packShort(s string) uint64 {
	switch n := len(s); {
	case n >= 8:
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	case n >= 4:
		lo := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		t := s[n-4:]
		hi := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24
		return lo | hi<<(8*(uint(n-4)&3)) // n-4 < 4: no shift checks
	case n >= 2:
		lo := uint64(s[0]) | uint64(s[1])<<8
		t := s[n-2:]
		hi := uint64(t[0]) | uint64(t[1])<<8
		return lo | hi<<(8*(uint(n-2)&1))
	case n == 1:
		return uint64(s[0])
	}
	return 0
}
