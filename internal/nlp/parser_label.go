package nlp

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// The labeller gives each word of a finished unlabelled tree its relation,
// left to right, from features of the head, the dependent, their children,
// the dependent's siblings and the relations already given.

// labelScratch is the labeller's working space.
type labelScratch struct {
	kidStart []int // children of position h: kids[kidStart[h]:kidStart[h+1]]
	kids     []int
	fill     []int
	rels     []int
	feats    []uint64
	rest     []uint64    // the features outside the cached group
	group    *scoreCache // see labelGroup; made on first use
	acc      rowAcc
	sink     uint32 // see sparseTable.score
}

// index builds the children lists of the tree in st.heads.
func (ls *labelScratch) index(st *parseState) {
	n := st.n
	ls.kidStart = growInts(ls.kidStart, n+2)
	ls.fill = growInts(ls.fill, n+1)
	ls.kids = growInts(ls.kids, n)
	ls.rels = growInts(ls.rels, n)
	for i := range ls.kidStart {
		ls.kidStart[i] = 0
	}
	for d := 0; d < n; d++ {
		ls.kidStart[st.heads[d]+1]++
	}
	for h := 1; h <= n+1; h++ {
		ls.kidStart[h] += ls.kidStart[h-1]
	}
	copy(ls.fill, ls.kidStart[:n+1])
	for d := 0; d < n; d++ {
		h := st.heads[d]
		ls.kids[ls.fill[h]] = d
		ls.fill[h]++
	}
}

func isFunctionTag(upos string) bool {
	switch upos {
	case "ADP", "AUX", "DET", "PART", "SCONJ", "PRON", "CCONJ", "PUNCT":
		return true
	}
	return false
}

// labelFeatures appends the features for word d; rels[:d] hold the
// relations already given.
func labelFeatures(f []uint64, st *parseState, ls *labelScratch, d int) []uint64 {
	n := st.n
	h := st.heads[d]
	dw, dt, du := st.wh[d], st.th[d], st.uh[d]
	hw, ht := st.wh[h], st.th[h]
	dir := uint64(0)
	if h < d {
		dir = 1
	}
	dist := distBucket(h - d)
	if h < d {
		dist = distBucket(d - h)
	}
	tAt := func(p int) uint64 {
		if p < 0 || p > n {
			return padNone
		}
		return st.th[p]
	}
	gh := -1
	if h < n {
		gh = st.heads[h]
	}
	// The order of the first features is fixed: Parser.label reads them
	// by position (labelGroup, labelRest).
	f = append(f,
		fk1(1, 0),
		fk1(2, dw), fk1(3, dt), fk2(4, dw, dt), fk1(5, hw), fk1(6, ht),
		fk2(7, ht, dt), fk2(8, hw, dt), fk2(9, ht, dw), fk2(10, hw, dw),
		fk3(11, ht, dt, dir), fk3(12, ht, dt, dir<<8|dist), fk2(13, dt, dir), fk2(14, du, dir),
		fk2(15, dw, dir), fk3(16, hw, dt, dir),
		fk3(17, tAt(gh), ht, dt), fk2(18, tAt(gh), dt),
		fk3(19, tAt(d-1), dt, ht), fk3(20, tAt(d+1), dt, ht),
		fk2(21, tAt(d-1), dw), fk2(22, tAt(d+1), dw),
	)
	if h < d && h < n {
		f = append(f, fk3(23, uint64(ls.rels[h]), dt, ht))
	}
	// The dependent's children.
	nk := 0
	for _, c := range ls.kids[ls.kidStart[d]:ls.kidStart[d+1]] {
		side := uint64(0)
		if c > d {
			side = 1
		}
		f = append(f, fk3(30, st.th[c], side, dt))
		if st.fn[c] {
			f = append(f, fk3(31, st.wh[c], side, dt), fk3(32, st.wh[c], ht, dir))
		}
		nk++
		if nk >= 8 {
			break
		}
	}
	f = append(f, fk2(33, capInt(ls.kidStart[d+1]-ls.kidStart[d], 4), dt))
	// The siblings.
	prev := -1
	ns := 0
	for _, c := range ls.kids[ls.kidStart[h]:ls.kidStart[h+1]] {
		if c == d {
			continue
		}
		side := uint64(0)
		if c > d {
			side = 1
		}
		if c < d {
			prev = c
		}
		if ns < 10 {
			f = append(f, fk3(40, st.uh[c], side, dt))
			if st.fn[c] {
				f = append(f, fk3(41, st.wh[c], side, dt))
			}
		}
		ns++
	}
	if prev >= 0 {
		f = append(f, fk3(42, uint64(ls.rels[prev]), dt, ht))
	} else {
		f = append(f, fk2(43, dt, ht))
	}
	return f
}

// labelGroup are the positions, in the features of labelFeatures, of the
// bias and the features that read only the tags of the dependent and its
// head and the arc's direction: few values, which a document repeats, and
// long rows. Parser.label starts the scores from their sum, which a
// scoreCache keeps (the other features follow, in labelRest).
var labelGroup = [...]int{0, 2, 5, 6, 10, 12, 13}

// labelRest appends to dst the features of f (from labelFeatures) that
// are not in labelGroup.
func labelRest(dst, f []uint64) []uint64 {
	dst = append(dst, f[1])
	dst = append(dst, f[3:5]...)
	dst = append(dst, f[7:10]...)
	dst = append(dst, f[11])
	return append(dst, f[14:]...)
}

// label gives every word of the finished tree in st its relation.
func (p *Parser) label(st *parseState, ls *labelScratch) []int {
	ls.index(st)
	n := st.n
	root := p.root
	for d := 0; d < n; d++ {
		if st.heads[d] == n {
			ls.rels[d] = 0 // fixed below
			continue
		}
		if p.punct >= 0 && st.punct[d] {
			// Punctuation is "punct" (99.9% of the time in the treebanks).
			ls.rels[d] = p.punct
			continue
		}
		if c, ok := p.ld.get(labelKey(st, d, st.heads[d])); ok && c != root {
			ls.rels[d] = c
			continue
		}
		f := labelFeatures(ls.feats[:0], st, ls, d)
		ls.feats = f
		ls.rest = labelRest(ls.rest[:0], f)
		if ls.group == nil {
			ls.group = newScoreCache(len(labelGroup), p.lw.n)
		}
		ls.sink += ls.group.scoreSplit(p.lw, f, labelGroup[:], ls.rest, &ls.acc)
		ls.rels[d] = argmaxBut(ls.acc[:p.lw.n], root)
	}
	for d := 0; d < n; d++ {
		if st.heads[d] == n {
			ls.rels[d] = root
		}
	}
	return ls.rels
}

// argmaxBut returns the index of the first largest score other than
// skip's, or -1 when there is none.
func argmaxBut(scores []int32, skip int) int {
	best := 0
	if skip == 0 {
		best = 1
	}
	if best >= len(scores) {
		return -1
	}
	if skip <= best || skip >= len(scores) {
		return best + firstOf(scores[best:], maxInt32(scores[best:]))
	}
	// The largest score of the classes before skip and after it, then
	// the first class that has it (see maxInt32).
	m := maxInt32(scores[best:skip])
	if skip+1 < len(scores) {
		m = max(m, maxInt32(scores[skip+1:]))
	}
	if c := firstOf(scores[best:skip], m); c >= 0 {
		return best + c
	}
	return skip + 1 + firstOf(scores[skip+1:], m)
}

func rootLabel(labels []string) int {
	for i, l := range labels {
		if l == "root" {
			return i
		}
	}
	return 0
}

// labelDict maps a (dependent tag, head tag, direction) key to the
// relation the arc almost always has in training, so that the labeller
// need not score it. Layout: n × key u64, then n × label u8, keys sorted
// (little endian); read in place.
type labelDict []byte

// labelKey is the labelDict key of the arc h -> d.
func labelKey(st *parseState, d, h int) uint64 {
	dir := uint64(0)
	if h < d {
		dir = 1
	}
	return fk3(97, st.th[d], st.th[h], dir)
}

func buildLabelDict(m map[uint64]int) labelDict {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b := make([]byte, 9*len(keys))
	for i, k := range keys {
		binary.LittleEndian.PutUint64(b[8*i:], k)
		b[8*len(keys)+i] = byte(m[k])
	}
	return b
}

// get returns the relation of key k, if the dictionary has it.
func (ld labelDict) get(k uint64) (int, bool) {
	n := len(ld) / 9
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if binary.LittleEndian.Uint64(ld[8*mid:]) < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < n && binary.LittleEndian.Uint64(ld[8*lo:]) == k {
		return int(ld[8*n+lo]), true
	}
	return 0, false
}

// trainLabelDict finds the (dependent tag, head tag, direction) keys of
// train that take one relation at least cfg.labelDictPur of the time over
// at least cfg.labelDictMin arcs.
func trainLabelDict(train []TreeSentence, labels []string, cfg parserConfig) labelDict {
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	count := map[uint64]map[int]int{}
	var st parseState
	for _, s := range train {
		n := len(s.Words)
		st.reset(n)
		for i, w := range s.Words {
			st.setWord(i, w.Form, w.UPOS, w.XPOS)
		}
		for i, w := range s.Words {
			if w.Head <= 0 {
				continue
			}
			k := labelKey(&st, i, w.Head-1)
			m := count[k]
			if m == nil {
				m = map[int]int{}
				count[k] = m
			}
			m[idx[w.Rel]]++
		}
	}
	out := map[uint64]int{}
	for k, m := range count {
		total, best, bestN := 0, 0, -1
		for c, n := range m {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= cfg.labelDictMin && float64(bestN) >= cfg.labelDictPur*float64(total) {
			out[k] = best
		}
	}
	return buildLabelDict(out)
}

// trainLabeller trains the labeller on the gold trees of train (whose tags
// are predicted) and returns its weight table and label dictionary.
func trainLabeller(train, dev []TreeSentence, devA *Analysis, labels []string, cfg parserConfig, opt TrainOptions) ([]byte, labelDict, error) {
	ld := trainLabelDict(train, labels, cfg)
	fmt.Fprintf(opt.Log, "parser: label dictionary: %d keys\n", len(ld)/9)
	p := trainLabellerWeights(train, dev, devA, labels, ld, cfg, opt)
	for ms := cfg.labelMin; ; ms++ {
		b := p.compilePruned(ms, cfg.labelMinAbs, true)
		if len(b) <= cfg.maxLabelBytes || ms >= 50 {
			fmt.Fprintf(opt.Log, "parser: labeller: minSeen %d, %d bytes\n", ms, len(b))
			return b, ld, nil
		}
	}
}

// trainLabellerWeights trains and averages the labeller's perceptron.
func trainLabellerWeights(train, dev []TreeSentence, devA *Analysis, labels []string, ld labelDict, cfg parserConfig, opt TrainOptions) *sparsePerceptron {
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	root := idx["root"]
	p := newSparsePerceptron(len(labels))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	r := rng(opt.Seed ^ 0x6c6162656c)
	var st parseState
	var ls labelScratch
	scores := make([]float32, len(labels))
	setup := func(words []Word, form func(i int) (string, string, string)) {
		n := len(words)
		st.reset(n)
		for i := range words {
			f, u, x := form(i)
			st.setWord(i, f, u, x)
			if words[i].Head <= 0 {
				st.heads[i] = n
			} else {
				st.heads[i] = words[i].Head - 1
			}
		}
		ls.index(&st)
	}
	run := func(words []Word, learn, avg bool) (ok, total int) {
		n := len(words)
		for d := 0; d < n; d++ {
			if st.heads[d] == n {
				ls.rels[d] = root
				continue
			}
			if c, hit := ld.get(labelKey(&st, d, st.heads[d])); hit {
				if c == idx[words[d].Rel] {
					ok++
				}
				total++
				ls.rels[d] = c
				continue
			}
			ls.feats = labelFeatures(ls.feats[:0], &st, &ls, d)
			for c := range scores {
				scores[c] = 0
			}
			if avg {
				p.scoreAvg(ls.feats, scores)
			} else {
				p.score(ls.feats, scores)
			}
			guess := argmax(scores, func(c int) bool { return c != root })
			truth, known := idx[words[d].Rel]
			if learn && known {
				p.tick()
				p.update(ls.feats, truth, guess)
			}
			if guess == truth {
				ok++
			}
			total++
			ls.rels[d] = guess
		}
		return ok, total
	}
	for ep := 0; ep < cfg.labelEpochs; ep++ {
		r.shuffle(order)
		ok, total := 0, 0
		for _, si := range order {
			ws := train[si].Words
			setup(ws, func(i int) (string, string, string) { return ws[i].Form, ws[i].UPOS, ws[i].XPOS })
			o, t := run(ws, true, false)
			ok += o
			total += t
		}
		fmt.Fprintf(opt.Log, "parser: labeller epoch %d: train accuracy %.2f%% (%d features)\n",
			ep+1, 100*float64(ok)/float64(max(total, 1)), len(p.rows))
		if devA != nil && ep >= cfg.labelEpochs-3 {
			ok, total := 0, 0
			for si, s := range devA.Sentences {
				ws := dev[si].Words
				toks := devA.Tokens[s.First:s.Last]
				setup(ws, func(i int) (string, string, string) { return toks[i].Text, toks[i].UPOS, toks[i].XPOS })
				o, t := run(ws, false, true)
				ok += o
				total += t
			}
			fmt.Fprintf(opt.Log, "parser: labeller epoch %d: dev accuracy on gold trees %.2f%%\n", ep+1, 100*float64(ok)/float64(total))
		}
	}
	p.average()
	return p
}
