package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"unsafe"
)

// Perceptron is a multi-class averaged perceptron used while training. Its
// weights live in a map keyed by feature hash; Compile turns the averaged
// weights into a compact Table for the model files.
type Perceptron struct {
	n     int
	step  int32
	feats map[uint64]*pweights
}

type pweights struct {
	w     []float32
	total []float64
	stamp []int32
	seen  int32
}

// NewPerceptron returns a trainer for n classes.
func NewPerceptron(n int) *Perceptron {
	return &Perceptron{n: n, feats: make(map[uint64]*pweights, 1<<16)}
}

// Classes is the number of classes.
func (p *Perceptron) Classes() int { return p.n }

// Score adds the current (not averaged) weights of feats into scores, which
// must have length Classes().
func (p *Perceptron) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		if fw := p.feats[f]; fw != nil {
			for c, v := range fw.w {
				scores[c] += v
			}
		}
	}
}

// Predict returns the best class under the current weights, among the
// classes for which allowed returns true (nil allows all).
func (p *Perceptron) Predict(feats []uint64, scores []float32, allowed func(int) bool) int {
	for i := range scores {
		scores[i] = 0
	}
	p.Score(feats, scores)
	return argmax(scores, allowed)
}

func argmax(scores []float32, allowed func(int) bool) int {
	best, bestScore := -1, float32(math.Inf(-1))
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// Tick advances the averaging clock: call it once per training example,
// whether or not Update is called.
func (p *Perceptron) Tick() { p.step++ }

// Update moves the weights of feats towards class truth and away from class
// guess, by amount (usually 1).
func (p *Perceptron) Update(feats []uint64, truth, guess int, amount float32) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		fw := p.feats[f]
		if fw == nil {
			fw = &pweights{w: make([]float32, p.n), total: make([]float64, p.n), stamp: make([]int32, p.n)}
			p.feats[f] = fw
		}
		fw.seen++
		p.bump(fw, truth, amount)
		if guess >= 0 {
			p.bump(fw, guess, -amount)
		}
	}
}

func (p *Perceptron) bump(fw *pweights, c int, d float32) {
	fw.total[c] += float64(p.step-fw.stamp[c]) * float64(fw.w[c])
	fw.stamp[c] = p.step
	fw.w[c] += d
}

// Average replaces every weight by its average over the training steps.
// Call it once, after training.
func (p *Perceptron) Average() {
	if p.step == 0 {
		return
	}
	for _, fw := range p.feats {
		for c := range fw.w {
			t := fw.total[c] + float64(p.step-fw.stamp[c])*float64(fw.w[c])
			fw.w[c] = float32(t / float64(p.step))
			fw.total[c], fw.stamp[c] = 0, p.step
		}
	}
}

// Features is the number of distinct features with weights.
func (p *Perceptron) Features() int { return len(p.feats) }

// Compile quantises the weights to 16 bits and packs them into a Table.
// Features updated fewer than minSeen times, and features whose quantised
// weights are all zero, are left out. The result is deterministic.
func (p *Perceptron) Compile(minSeen int) []byte {
	var maxAbs float32
	for _, fw := range p.feats {
		for _, v := range fw.w {
			if a := float32(math.Abs(float64(v))); a > maxAbs {
				maxAbs = a
			}
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / 32767
	}
	keys := make([]uint64, 0, len(p.feats))
	for k, fw := range p.feats {
		if int(fw.seen) < minSeen {
			continue
		}
		zero := true
		for _, v := range fw.w {
			if int16(math.Round(float64(v/scale))) != 0 {
				zero = false
				break
			}
		}
		if !zero {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	rows := make([][]int16, len(keys))
	for i, k := range keys {
		r := make([]int16, p.n)
		for c, v := range p.feats[k].w {
			r[c] = int16(math.Round(float64(v / scale)))
		}
		rows[i] = r
	}
	return buildTable(p.n, scale, keys, rows)
}

// Table is a read-only weight table for n classes, read in place from a
// model file's bytes: an open-addressed index of 32-bit feature
// fingerprints pointing into rows of 16-bit quantised weights.
//
// Layout (little endian): "PWT1", classes u32, slots u32 (a power of two),
// rows u32, scale f32, then slots × (fingerprint u32, row u32), then
// rows × classes × i16.
type Table struct {
	n     int
	mask  uint64
	scale float32
	index []byte
	rows  []byte
}

const tableHeader = 20

func buildTable(n int, scale float32, keys []uint64, rows [][]int16) []byte {
	slots := 1
	for slots < 2*len(keys)+1 {
		slots <<= 1
	}
	mask := uint64(slots - 1)
	buf := make([]byte, tableHeader+8*slots+2*n*len(keys))
	copy(buf, "PWT1")
	le := binary.LittleEndian
	le.PutUint32(buf[4:], uint32(n))
	le.PutUint32(buf[8:], uint32(slots))
	le.PutUint32(buf[12:], uint32(len(keys)))
	le.PutUint32(buf[16:], math.Float32bits(scale))
	index := buf[tableHeader : tableHeader+8*slots]
	data := buf[tableHeader+8*slots:]
	for r, k := range keys {
		fp := fingerprint(k)
		s := k & mask
		for le.Uint32(index[8*s:]) != 0 {
			s = (s + 1) & mask
		}
		le.PutUint32(index[8*s:], fp)
		le.PutUint32(index[8*s+4:], uint32(r))
		for c, v := range rows[r] {
			le.PutUint16(data[2*(r*n+c):], uint16(v))
		}
	}
	return buf
}

func fingerprint(k uint64) uint32 {
	fp := uint32(k >> 32)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// LoadTable reads a Table from b in place (b is kept, not copied).
func LoadTable(b []byte) (*Table, error) {
	if len(b) < tableHeader || string(b[:4]) != "PWT1" {
		return nil, errors.New("weight table: bad header")
	}
	le := binary.LittleEndian
	n := int(le.Uint32(b[4:]))
	slots := int(le.Uint32(b[8:]))
	nrows := int(le.Uint32(b[12:]))
	scale := math.Float32frombits(le.Uint32(b[16:]))
	if n <= 0 || slots <= 0 || slots&(slots-1) != 0 {
		return nil, fmt.Errorf("weight table: bad sizes (classes %d, slots %d)", n, slots)
	}
	need := tableHeader + 8*slots + 2*n*nrows
	if len(b) != need {
		return nil, fmt.Errorf("weight table: %d bytes, want %d", len(b), need)
	}
	return &Table{
		n:     n,
		mask:  uint64(slots - 1),
		scale: scale,
		index: b[tableHeader : tableHeader+8*slots],
		rows:  b[tableHeader+8*slots:],
	}, nil
}

// Classes is the number of classes.
func (t *Table) Classes() int { return t.n }

// Features is the number of features stored.
func (t *Table) Features() int { return len(t.rows) / (2 * t.n) }

// Score adds the weights of feats into scores (length Classes()), in
// quantised units; Scale converts them back when a probability is needed.
//
// Its reads are memory-bound (a table is larger than the caches), so it
// works in passes whose cache misses overlap: the home slots of a batch of
// features, then the rows they point to (see rowsOf), then the weights.
// The entity model's rows (nerClasses weights) are summed without a loop
// over the classes.
func (t *Table) Score(feats []uint64, scores []int32) {
	var ws tableWork
	t.scoreWith(feats, scores, &ws)
}

// tableWork is Score's working space: a caller that scores many feature
// lists keeps one (per call), so that it is not cleared for every list.
// Its values mean nothing before and after a call.
type tableWork struct {
	offs        [tableBatch]int32
	first, last [tableBatch]int16
}

// tableBatch is the number of features Score looks up at a time.
const tableBatch = 64

// scoreWith is Score in the working space ws.
func (t *Table) scoreWith(feats []uint64, scores []int32, ws *tableWork) {
	const batch = tableBatch
	offs, first, last := &ws.offs, &ws.first, &ws.last
	n := t.n
	scores = scores[:n]
	for len(feats) > 0 {
		fs := feats
		if len(fs) > batch {
			fs = fs[:batch]
		}
		feats = feats[len(fs):]
		found := t.rowsOf(fs, offs[:len(fs)])
		// Read each row's first and last weight before summing any row,
		// so that the rows' misses overlap too.
		for i, off := range offs[:found] {
			r := t.rows[off : int(off)+2*n]
			first[i] = int16(uint16(r[0]) | uint16(r[1])<<8)
			last[i] = int16(uint16(r[2*n-2]) | uint16(r[2*n-1])<<8)
		}
		le := binary.LittleEndian
		if n == nerClasses {
			// The entity model's rows: the middle weights at fixed
			// offsets of the row (checked once, here), no loop over
			// the classes.
			s := (*[nerClasses]int32)(scores)
			for i, off := range offs[:found] {
				r := (*[2 * nerClasses]byte)(t.rows[off : int(off)+2*nerClasses])
				s[0] += int32(first[i])
				s[1] += int32(le.Uint32(r[0:])) >> 16
				s[2] += int32(le.Uint32(r[2:])) >> 16
				s[3] += int32(le.Uint32(r[4:])) >> 16
				s[4] += int32(le.Uint32(r[6:])) >> 16
				s[5] += int32(le.Uint32(r[8:])) >> 16
				s[6] += int32(le.Uint32(r[10:])) >> 16
				s[7] += int32(le.Uint32(r[12:])) >> 16
				s[8] += int32(last[i])
			}
			continue
		}
		for i, off := range offs[:found] {
			scores[0] += int32(first[i])
			if n == 1 {
				continue
			}
			// A weight between the first and the last is read as the
			// signed top half of the four bytes that end with it, through
			// a pointer into the row (bounds-checked once, here): one
			// load per class, addressed from the row's start.
			r := unsafe.Pointer(unsafe.SliceData(t.rows[int(off) : int(off)+2*n]))
			for c, end := 1, n-1; c < end; c++ {
				w := (*[4]byte)(unsafe.Add(r, 2*c-2))
				scores[c] += int32(le.Uint32(w[:])) >> 16
			}
			scores[n-1] += int32(last[i])
		}
	}
}

// rowsOf finds the rows of the features of fs (at most 64), writing the
// byte offsets of those the table has into offs, in feature order, and
// returns how many it found. It reads all the home slots before probing
// any, so that their cache misses overlap. The home slots' fingerprints
// are held in offs itself until read: an offset is written at or before
// the position of the fingerprint just read, never after it.
func (t *Table) rowsOf(fs []uint64, offs []int32) int {
	le := binary.LittleEndian
	slot, mask := t.slots(), t.mask
	fs = fs[:min(len(fs), 64, len(offs))]
	got := offs[:len(fs)]
	for i, f := range fs {
		got[i] = int32(le.Uint32(slot(f & mask)[:4]))
	}
	found := 0
	for i, f := range fs {
		g := uint32(got[i])
		fp := fingerprint(f)
		s := f & mask
		for g != 0 {
			if g == fp {
				offs[found] = int32(le.Uint32(slot(s)[4:])) * int32(2*t.n)
				found++
				break
			}
			s = (s + 1) & mask
			g = le.Uint32(slot(s)[:4])
		}
	}
	return found
}

// slots returns a function that points to the 8 bytes of an index slot
// (fingerprint u32, row u32). Every slot s <= mask is in the index (its
// length is checked here), so the reads take no bounds checks.
func (t *Table) slots() func(s uint64) *[8]byte {
	if uint64(len(t.index)) < 8*(t.mask+1) {
		panic("nlp: weight table index shorter than its slots")
	}
	idx := unsafe.Pointer(unsafe.SliceData(t.index))
	return func(s uint64) *[8]byte { return (*[8]byte)(unsafe.Add(idx, 8*s)) }
}

// sumFirst returns the sum of the first weights of the rows of feats (a
// row's only weight in a table of one class, the coreference model's): the
// sum of the weights row(k) finds for each feature k, with the slots
// checked once for all of them, not once a feature.
func (t *Table) sumFirst(feats []uint64) (sum int32) {
	slot, mask := t.slots(), t.mask
	le := binary.LittleEndian
	rows := t.rows
	for _, k := range feats {
		fp := fingerprint(k)
		for s := k & mask; ; s = (s + 1) & mask {
			e := slot(s)
			got := le.Uint32(e[:4])
			if got == 0 {
				break
			}
			if got == fp {
				off := int(le.Uint32(e[4:])) * 2 * t.n
				sum += int32(int16(uint16(rows[off]) | uint16(rows[off+1])<<8))
				break
			}
		}
	}
	return sum
}

// row returns the byte offset of k's row, or -1.
func (t *Table) row(k uint64) int {
	fp := fingerprint(k)
	le := binary.LittleEndian
	slot, mask := t.slots(), t.mask
	s := k & mask
	for {
		e := slot(s)
		got := le.Uint32(e[:4])
		if got == 0 {
			return -1
		}
		if got == fp {
			return int(le.Uint32(e[4:])) * 2 * t.n
		}
		s = (s + 1) & mask
	}
}

// Best returns the best-scoring class among those allowed returns true for
// (nil allows all), after zeroing and filling scores.
func (t *Table) Best(feats []uint64, scores []int32, allowed func(int) bool) int {
	for i := range scores {
		scores[i] = 0
	}
	t.Score(feats, scores)
	best := -1
	var bestScore int32
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}
