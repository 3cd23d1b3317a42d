package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"unsafe"
)

// This file holds the sparse averaged perceptron used by the tagger and the
// parser's labeller, and its read-in-place table. Unlike Table, whose rows
// hold a weight for every class, a sparse row lists only the classes a
// feature has a non-zero weight for: with 50 to 100 classes and features
// that each touch a handful of them, the model is several times smaller.

// sparsePerceptron is a multi-class averaged perceptron with sparse rows.
type sparsePerceptron struct {
	n     int
	step  int32
	index map[uint64]int32
	rows  []srow
}

type srow struct {
	seen int32
	ents []sent
}

type sent struct {
	c     int32
	stamp int32
	w     float32
	total float64
}

func newSparsePerceptron(n int) *sparsePerceptron {
	return &sparsePerceptron{n: n, index: make(map[uint64]int32, 1<<16)}
}

// score adds the current weights of feats into scores.
func (p *sparsePerceptron) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		if r, ok := p.index[f]; ok {
			for _, e := range p.rows[r].ents {
				scores[e.c] += e.w
			}
		}
	}
}

// scoreAvg adds the averaged weights of feats into scores, leaving the
// trainer unchanged (for dev scores during training).
func (p *sparsePerceptron) scoreAvg(feats []uint64, scores []float32) {
	if p.step == 0 {
		return
	}
	inv := 1 / float64(p.step)
	for _, f := range feats {
		if r, ok := p.index[f]; ok {
			for _, e := range p.rows[r].ents {
				scores[e.c] += float32((e.total + float64(p.step-e.stamp)*float64(e.w)) * inv)
			}
		}
	}
}

func (p *sparsePerceptron) tick() { p.step++ }

func (p *sparsePerceptron) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.rows))
			p.rows = append(p.rows, srow{})
			p.index[f] = r
		}
		row := &p.rows[r]
		row.seen++
		p.bump(row, truth, 1)
		if guess >= 0 {
			p.bump(row, guess, -1)
		}
	}
}

func (p *sparsePerceptron) bump(row *srow, c int, d float32) {
	for i := range row.ents {
		e := &row.ents[i]
		if int(e.c) == c {
			e.total += float64(p.step-e.stamp) * float64(e.w)
			e.stamp = p.step
			e.w += d
			return
		}
	}
	row.ents = append(row.ents, sent{c: int32(c), stamp: p.step, w: d})
}

// average replaces the weights by their averages. Call once, after training.
func (p *sparsePerceptron) average() {
	if p.step == 0 {
		return
	}
	for r := range p.rows {
		for i := range p.rows[r].ents {
			e := &p.rows[r].ents[i]
			t := e.total + float64(p.step-e.stamp)*float64(e.w)
			e.w = float32(t / float64(p.step))
			e.total, e.stamp = 0, p.step
		}
	}
}

// compile packs the averaged weights of features seen at least minSeen
// times into a sparse table (sparse) or a dense Table.
func (p *sparsePerceptron) compile(minSeen int, sparse bool) []byte {
	return p.compilePruned(minSeen, 0, sparse)
}

// compilePruned is compile that also drops, in sparse tables, weights
// smaller than minAbs quantised units.
func (p *sparsePerceptron) compilePruned(minSeen int, minAbs int16, sparse bool) []byte {
	scale, q, keys := p.quantized(minSeen)
	if !sparse {
		rows := make([][]int16, len(keys))
		for i, k := range keys {
			rw := make([]int16, p.n)
			for _, e := range p.rows[p.index[k]].ents {
				rw[e.c] = q(e.w)
			}
			rows[i] = rw
		}
		return buildTable(p.n, scale, keys, rows)
	}
	type ent struct {
		c int
		w int16
	}
	rows := make([][]ent, 0, len(keys))
	kept := keys[:0]
	for _, k := range keys {
		var rw []ent
		for _, e := range p.rows[p.index[k]].ents {
			if w := q(e.w); w != 0 && (w >= minAbs || w <= -minAbs) {
				rw = append(rw, ent{int(e.c), w})
			}
		}
		if len(rw) == 0 {
			continue
		}
		sort.Slice(rw, func(a, b int) bool { return rw[a].c < rw[b].c })
		rows = append(rows, rw)
		kept = append(kept, k)
	}
	keys = kept
	cls := make([]uint8, 0, len(keys)*4)
	ws := make([]int16, 0, len(keys)*4)
	starts := make([]int, len(rows))
	for i, rw := range rows {
		starts[i] = len(cls)
		for _, e := range rw {
			cls = append(cls, uint8(e.c))
			ws = append(ws, e.w)
		}
	}
	return buildSparseTable(p.n, scale, keys, starts, cls, ws)
}

// sparseTable is a read-only sparse weight table read in place.
//
// Layout (little endian): "PST2", classes u32, slots u32 (a power of two),
// entries u32, scale f32, then slots × (fingerprint u32, start u24 |
// (count-1) << 24), then entries × (class u8, weight i16), so that a row
// is one contiguous run of bytes. (The older "PST1" kept the weights and
// the classes in two arrays; it is still read.)
type sparseTable struct {
	n     int
	mask  uint64
	scale float32
	index []uint32 // pairs (fingerprint, start | (count-1) << 24)
	ent   []byte   // PST2: entries × (class, weight lo, weight hi)
	ws    []int16  // PST1
	cls   []byte   // PST1
}

const sparseHeader = 20

func buildSparseTable(n int, scale float32, keys []uint64, starts []int, cls []uint8, ws []int16) []byte {
	if n > 256 {
		panic("nlp: sparse table with more than 256 classes")
	}
	if len(cls) >= 1<<24 {
		panic("nlp: sparse table too large")
	}
	slots := 1
	for slots < len(keys)*3/2+1 {
		slots <<= 1
	}
	mask := uint64(slots - 1)
	ne := len(cls)
	buf := make([]byte, sparseHeader+8*slots+3*ne)
	copy(buf, "PST2")
	le := binary.LittleEndian
	le.PutUint32(buf[4:], uint32(n))
	le.PutUint32(buf[8:], uint32(slots))
	le.PutUint32(buf[12:], uint32(ne))
	le.PutUint32(buf[16:], math.Float32bits(scale))
	index := buf[sparseHeader : sparseHeader+8*slots]
	eb := buf[sparseHeader+8*slots:]
	for i, k := range keys {
		end := ne
		if i+1 < len(keys) {
			end = starts[i+1]
		}
		cnt := end - starts[i]
		fp := fingerprint(k)
		s := k & mask
		for le.Uint32(index[8*s:]) != 0 {
			s = (s + 1) & mask
		}
		le.PutUint32(index[8*s:], fp)
		le.PutUint32(index[8*s+4:], uint32(starts[i])|uint32(cnt-1)<<24)
	}
	for i, w := range ws {
		eb[3*i] = cls[i]
		le.PutUint16(eb[3*i+1:], uint16(w))
	}
	return buf
}

func loadSparseTable(b []byte) (*sparseTable, error) {
	if len(b) < sparseHeader || (string(b[:4]) != "PST1" && string(b[:4]) != "PST2") {
		return nil, errors.New("sparse table: bad header")
	}
	v2 := string(b[:4]) == "PST2"
	le := binary.LittleEndian
	n := int(le.Uint32(b[4:]))
	slots := int(le.Uint32(b[8:]))
	ne := int(le.Uint32(b[12:]))
	if n <= 0 || n > 256 || slots <= 0 || slots&(slots-1) != 0 {
		return nil, fmt.Errorf("sparse table: bad sizes (classes %d, slots %d)", n, slots)
	}
	if len(b) != sparseHeader+8*slots+3*ne {
		return nil, fmt.Errorf("sparse table: %d bytes, want %d", len(b), sparseHeader+8*slots+3*ne)
	}
	t := &sparseTable{
		n:     n,
		mask:  uint64(slots - 1),
		scale: math.Float32frombits(le.Uint32(b[16:])),
	}
	ib := b[sparseHeader : sparseHeader+8*slots]
	if nativeLittleEndian() && uintptr(unsafe.Pointer(unsafe.SliceData(ib)))%4 == 0 {
		// Read in place: the file is little endian, like the machine.
		t.index = unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(ib))), 2*slots)
	} else {
		t.index = make([]uint32, 2*slots)
		for i := range t.index {
			t.index[i] = le.Uint32(ib[4*i:])
		}
	}
	if v2 {
		// Rows and classes are checked as they are read, so that loading
		// touches nothing but the header.
		t.ent = b[sparseHeader+8*slots:]
		return t, nil
	}
	t.cls = b[sparseHeader+8*slots+2*ne:]
	wb := b[sparseHeader+8*slots : sparseHeader+8*slots+2*ne]
	t.ws = make([]int16, ne)
	for i := range t.ws {
		t.ws[i] = int16(le.Uint16(wb[2*i:]))
	}
	for _, c := range t.cls {
		if int(c) >= n {
			return nil, errors.New("sparse table: class out of range")
		}
	}
	for s := 0; s < slots; s++ {
		if t.index[2*s] == 0 {
			continue
		}
		v := t.index[2*s+1]
		if start, cnt := int(v&0xffffff), int(v>>24)+1; start+cnt > ne {
			return nil, errors.New("sparse table: row out of range")
		}
	}
	return t, nil
}

func nativeLittleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

func (c *Container) sparseTable(name string) (*sparseTable, error) {
	b, err := c.Section(name)
	if err != nil {
		return nil, err
	}
	t, err := loadSparseTable(b)
	if err != nil {
		return nil, fmt.Errorf("section %q: %w", name, err)
	}
	return t, nil
}

// score adds the weights of feats into scores (length n). Its reads are
// memory-bound (the table is larger than the caches), so it works in
// passes whose cache misses overlap: it reads the home slots of all
// features, then finds the rows (mostly in cache by then), then touches
// the first and last byte of every row, then reads the rows. It returns a
// value of no meaning that callers keep in their per-call scratch space,
// so that the compiler cannot drop the loads that only warm the cache.
func (t *sparseTable) score(feats []uint64, scores []int32) (sink uint32) {
	var acc rowAcc
	var rows rowBatch
	sink = t.scoreInto(feats, &acc, &rows)
	for c := range scores[:t.n] {
		scores[c] += acc[c]
	}
	return sink
}

// rowBatch is the space scoreInto finds a batch of rows in: the caller's
// (per-call scratch space), so that it is not cleared on every call.
type rowBatch [128]uint32

// scoreInto is score summing into acc, indexed by the class byte itself:
// no bounds checks, and classes beyond n (a damaged file) fall into slots
// that are never read back. The caller clears acc[:n] when it needs to.
// rows is scratch space, its values of no meaning before and after.
func (t *sparseTable) scoreInto(feats []uint64, acc *rowAcc, rows *rowBatch) (sink uint32) {
	for len(feats) > 0 {
		fs := feats[:min(len(feats), len(rows))]
		feats = feats[len(fs):]
		found := t.findRows(fs, rows[:len(fs)])
		if t.ent == nil {
			t.addRowsV1(rows[:found], acc)
			continue
		}
		sink += t.addRows(rows[:found], acc)
	}
	return sink
}

// findRows writes into rows, in feature order, the index values (start |
// (count-1) << 24) of the features of fs the table has, and returns how
// many it found. It reads the home slots of all the features before
// probing any, so that their cache misses overlap. A slot is always one
// of the table's (a key's home is masked, and a probe wraps around), so
// the index is read without bounds checks.
func (t *sparseTable) findRows(fs []uint64, rows []uint32) int {
	mask := t.mask
	if uint64(len(t.index)) < 2*(mask+1) {
		panic("nlp: sparse table index shorter than its slots")
	}
	idx := unsafe.Pointer(unsafe.SliceData(t.index))
	slot := func(s uint64) *[2]uint32 { return (*[2]uint32)(unsafe.Add(idx, 8*s)) }
	rows = rows[:len(fs)]
	for i, f := range fs {
		rows[i] = slot(f & mask)[0]
	}
	found := 0
	for i, f := range fs {
		if rows[i] == 0 {
			continue
		}
		fp := fingerprint(f)
		for s := f & mask; ; s = (s + 1) & mask {
			e := slot(s)
			if e[0] == 0 {
				break
			}
			if e[0] == fp {
				rows[found] = e[1]
				found++
				break
			}
		}
	}
	return found
}

// addRows adds the PST2 rows of rows (index values, see findRows) into
// acc. It touches the first and last byte of every row before adding
// any, so that the rows' misses overlap, and returns a value of no
// meaning (see score). A row that would run past the entries (a damaged
// file) is left out.
//
// The rows are summed here, not in a call per row, so that the loop keeps
// its values in registers, and read through pointers into the row (whose
// end is checked once, in the first pass): no bounds checks. The weight
// of every entry but a row's first is read as the signed top half of the
// four bytes that end with it, one load addressed from a pointer the
// compiler keeps, where a two-byte signed load takes an address of its
// own.
func (t *sparseTable) addRows(rows []uint32, acc *rowAcc) (sink uint32) {
	ent := t.ent
	kept := 0
	for _, v := range rows {
		start, cnt := int(v&0xffffff), int(v>>24)+1
		if end := 3 * (start + cnt); end <= len(ent) {
			sink += uint32(ent[3*start]) + uint32(ent[end-1])
			rows[kept] = v
			kept++
		}
	}
	le := binary.LittleEndian
	base := unsafe.Pointer(unsafe.SliceData(ent))
	for _, v := range rows[:kept] {
		start, cnt := int(v&0xffffff), int(v>>24)+1
		p := unsafe.Add(base, 3*start) // the row's cnt entries, 3 bytes each
		e := (*[3]byte)(p)
		acc[e[0]] += int32(int16(le.Uint16(e[1:])))
		j := 1
		for ; j+8 <= cnt; j += 8 {
			// Entries j to j+7, after the byte before them.
			b := (*[25]byte)(unsafe.Add(p, 3*j-1))
			acc[b[1]] += int32(le.Uint32(b[0:])) >> 16
			acc[b[4]] += int32(le.Uint32(b[3:])) >> 16
			acc[b[7]] += int32(le.Uint32(b[6:])) >> 16
			acc[b[10]] += int32(le.Uint32(b[9:])) >> 16
			acc[b[13]] += int32(le.Uint32(b[12:])) >> 16
			acc[b[16]] += int32(le.Uint32(b[15:])) >> 16
			acc[b[19]] += int32(le.Uint32(b[18:])) >> 16
			acc[b[22]] += int32(le.Uint32(b[21:])) >> 16
		}
		if j+4 <= cnt {
			b := (*[13]byte)(unsafe.Add(p, 3*j-1))
			acc[b[1]] += int32(le.Uint32(b[0:])) >> 16
			acc[b[4]] += int32(le.Uint32(b[3:])) >> 16
			acc[b[7]] += int32(le.Uint32(b[6:])) >> 16
			acc[b[10]] += int32(le.Uint32(b[9:])) >> 16
			j += 4
		}
		for ; j < cnt; j++ {
			b := (*[4]byte)(unsafe.Add(p, 3*j-1))
			acc[b[1]] += int32(le.Uint32(b[:])) >> 16
		}
	}
	return sink
}

// addRowsV1 is addRows for the PST1 layout (weights and classes in two
// arrays).
func (t *sparseTable) addRowsV1(rows []uint32, acc *rowAcc) {
	for _, v := range rows {
		start, end := int(v&0xffffff), int(v&0xffffff)+int(v>>24)+1
		ws := t.ws[start:end]
		cs := t.cls[start:end]
		ws = ws[:len(cs)]
		for i, c := range cs {
			acc[c] += int32(ws[i])
		}
	}
}

// rowAcc sums sparse rows by class.
type rowAcc [256]int32

// Hashing helpers shared by the tagger and the parser: cheap, allocation
// free, and stable across runs.

func strHash64(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// fk1..fk3 combine a template number with one to three values into a
// feature key.
func fk1(t, a uint64) uint64 {
	return mix64(t*0x9e3779b97f4a7c15 ^ a)
}

func fk2(t, a, b uint64) uint64 {
	return mix64((t*0x9e3779b97f4a7c15^a)*0xff51afd7ed558ccd ^ b)
}

func fk3(t, a, b, c uint64) uint64 {
	return mix64(((t*0x9e3779b97f4a7c15^a)*0xff51afd7ed558ccd^b)*0xc4ceb9fe1a85ec53 ^ c)
}

// quantized returns the scale that maps the largest weight to 32767, the
// quantiser, and the sorted keys of the features seen at least minSeen
// times with a weight that does not quantise to zero.
func (p *sparsePerceptron) quantized(minSeen int) (float32, func(float32) int16, []uint64) {
	var maxAbs float32
	for r := range p.rows {
		for _, e := range p.rows[r].ents {
			if a := float32(math.Abs(float64(e.w))); a > maxAbs {
				maxAbs = a
			}
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / 32767
	}
	q := func(w float32) int16 { return int16(math.Round(float64(w / scale))) }
	keys := make([]uint64, 0, len(p.index))
	for k, r := range p.index {
		row := &p.rows[r]
		if int(row.seen) < minSeen {
			continue
		}
		for _, e := range row.ents {
			if q(e.w) != 0 {
				keys = append(keys, k)
				break
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return scale, q, keys
}
