package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"sort"
	"unsafe"
)

// inlineTable is a read-in-place weight table for at most three classes
// (the parser's transitions), laid out so that a lookup reads 32 bytes of
// one cache line and takes no branch that depends on the data. A feature
// key selects one bucket of four slots, 32 bytes: the slots' weights (three
// 16-bit weights each, 24 bytes), then their four 16-bit fingerprints. A
// lookup compares its fingerprint with the four at once in one 64-bit word
// (SWAR) and adds the weights of the matching slot, or of none. The earlier
// table probed slot by slot: its hit-or-miss and probe-length branches,
// unpredictable over ~100,000 lookups per 1,000 words, cost more than its
// memory reads.
//
// A bucket that would hold more than four features keeps the four with the
// largest weights (training reports how many were dropped), and two
// features of one bucket never share a fingerprint, so a lookup matches at
// most one slot.
//
// Layout (little endian): "PIT3", classes u32, buckets u32, dropped u32,
// scale f32, zeros up to byte 64, then buckets × (4 × (w0, w1, w2 i16), 4 ×
// fingerprint u16); an empty slot has fingerprint 0 and weights 0. A key's
// bucket is (low 32 bits × buckets) >> 32, its fingerprint its top 16 bits
// (1 when they are zero). The section is aligned to 64 bytes in its model
// file (AddAligned), and Go aligns large embedded data to 32 bytes, so no
// bucket straddles two cache lines (TestTransitionBucketsAligned).
type inlineTable struct {
	n       int
	buckets uint64
	scale   float32
	words   []byte // buckets × 32 bytes, little endian, read in place
}

// home is the home slot (or bucket) of key k in a table of the given size.
func home(k, slots uint64) uint64 { return (k & 0xffffffff) * slots >> 32 }

const (
	inlineHeader = 64
	bucketSlots  = 4
	bucketBytes  = 32
)

// fp16 is the 16-bit fingerprint of a feature key (never zero).
func fp16(k uint64) uint64 {
	fp := k >> 48
	if fp == 0 {
		fp = 1
	}
	return fp
}

// compileInline packs the averaged weights of features seen at least
// minSeen times into an inline table whose buckets are on average load
// full (0 < load <= 1). It returns the table and the number of features
// left out because their bucket was full or held their fingerprint.
func (p *sparsePerceptron) compileInline(minSeen int, load float64) ([]byte, int) {
	if p.n > 3 {
		panic("nlp: inline table with more than three classes")
	}
	scale, q, keys := p.quantized(minSeen)
	nb := int(math.Ceil(float64(len(keys)) / (bucketSlots * load)))
	nb = max(nb, 1)
	type cand struct {
		k    uint64
		imp  int
		word uint64
	}
	byBucket := make([][]cand, nb)
	for _, k := range keys {
		w := fp16(k)
		imp := 0
		for _, e := range p.rows[p.index[k]].ents {
			v := q(e.w)
			w |= uint64(uint16(v)) << (16 * (1 + uint(e.c)))
			imp = max(imp, abs(int(v)))
		}
		b := home(k, uint64(nb))
		byBucket[b] = append(byBucket[b], cand{k, imp, w})
	}
	buf := make([]byte, inlineHeader+bucketBytes*nb)
	le := binary.LittleEndian
	copy(buf, "PIT3")
	le.PutUint32(buf[4:], uint32(p.n))
	le.PutUint32(buf[8:], uint32(nb))
	le.PutUint32(buf[16:], math.Float32bits(scale))
	body := buf[inlineHeader:]
	dropped := 0
	for b, cs := range byBucket {
		// The most important features first; keys break ties.
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].imp != cs[j].imp {
				return cs[i].imp > cs[j].imp
			}
			return cs[i].k < cs[j].k
		})
		bk := body[bucketBytes*b : bucketBytes*(b+1)]
		slot := 0
		for _, c := range cs {
			fp := fp16(c.k)
			clash := false
			for j := 0; j < slot; j++ {
				if uint64(le.Uint16(bk[24+2*j:])) == fp {
					clash = true
					break
				}
			}
			if clash || slot == bucketSlots {
				dropped++
				continue
			}
			le.PutUint16(bk[24+2*slot:], uint16(fp))
			le.PutUint16(bk[6*slot:], uint16(c.word>>16))
			le.PutUint16(bk[6*slot+2:], uint16(c.word>>32))
			le.PutUint16(bk[6*slot+4:], uint16(c.word>>48))
			slot++
		}
	}
	le.PutUint32(buf[12:], uint32(dropped))
	return buf, dropped
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func loadInlineTable(b []byte) (*inlineTable, error) {
	if len(b) < inlineHeader || string(b[:4]) != "PIT3" {
		return nil, errors.New("inline table: bad header")
	}
	le := binary.LittleEndian
	n, nb := int(le.Uint32(b[4:])), int(le.Uint32(b[8:]))
	if n <= 0 || n > 3 || nb <= 0 {
		return nil, fmt.Errorf("inline table: bad sizes (classes %d, buckets %d)", n, nb)
	}
	if len(b) != inlineHeader+bucketBytes*nb {
		return nil, fmt.Errorf("inline table: %d bytes, want %d", len(b), inlineHeader+bucketBytes*nb)
	}
	t := &inlineTable{n: n, buckets: uint64(nb), scale: math.Float32frombits(le.Uint32(b[16:]))}
	// Read in place whatever the alignment of the embedded bytes: the
	// slots are decoded as they are read.
	t.words = b[inlineHeader:len(b):len(b)]
	return t, nil
}

func (c *Container) inlineTable(name string) (*inlineTable, error) {
	b, err := c.Section(name)
	if err != nil {
		return nil, err
	}
	t, err := loadInlineTable(b)
	if err != nil {
		return nil, fmt.Errorf("section %q: %w", name, err)
	}
	return t, nil
}

// score adds the weights of feats into scores (length n).
func (t *inlineTable) score(feats []uint64, scores []int32) {
	var v3 [3]int32
	t.add(feats, &v3)
	for c := 0; c < t.n && c < len(scores); c++ {
		scores[c] += v3[c]
	}
}

// add adds the weights of feats into v, in batches (addBatch). A batch
// holds any of the parser's feature groups (26 features at most) whole.
func (t *inlineTable) add(feats []uint64, v *[3]int32) {
	var ws inlineWork
	t.addWith(feats, v, &ws)
}

// inlineBatch is the number of features addBatch takes at a time.
const inlineBatch = 32

// inlineWork is addBatch's working space: a caller that looks up many
// feature groups keeps one, so that it is not cleared for every group.
type inlineWork struct {
	fps, offs [inlineBatch]uint64
}

// addWith is add in the working space ws.
func (t *inlineTable) addWith(feats []uint64, v *[3]int32, ws *inlineWork) {
	for len(feats) > 0 {
		fs := feats[:min(len(feats), inlineBatch)]
		feats = feats[len(fs):]
		a0, a1, a2 := addBatch(t.words, t.buckets, fs, ws)
		v[0] += a0
		v[1] += a1
		v[2] += a2
	}
}

// addBatch returns the sums of the weights of fs (at most inlineBatch of
// them) in a table of nb buckets whose bytes are w (nb × bucketBytes of
// them). It first reads the fingerprints of every feature's bucket, a
// short loop whose loads overlap (the tables are larger than the caches),
// keeping them and the buckets' offsets in ws, then matches them and adds
// the weights, from the nearest cache by then. A key's bucket is always
// one of the nb (home), so its 32 bytes are read without a bounds check,
// through a pointer to them: the loops keep few values live and run from
// registers.
func addBatch(w []byte, nb uint64, fs []uint64, ws *inlineWork) (a0, a1, a2 int32) {
	if uint64(len(w)) < nb*bucketBytes {
		panic("nlp: inline table shorter than its buckets")
	}
	le := binary.LittleEndian
	base := unsafe.Pointer(unsafe.SliceData(w))
	fps, offs := ws.fps[:len(fs)], ws.offs[:len(fs)]
	for i, f := range fs {
		o := bucketBytes * home(f, nb)
		offs[i] = o
		fps[i] = le.Uint64((*[bucketBytes]byte)(unsafe.Add(base, o))[24:])
	}
	for i, f := range fs {
		j, hit := matchSlot(fps[i], fp16(f))
		x := le.Uint64((*[bucketBytes]byte)(unsafe.Add(base, offs[i]))[6*j:]) & hit
		a0 += int32(int16(x))
		a1 += int32(int16(x >> 16))
		a2 += int32(int16(x >> 32))
	}
	return a0, a1, a2
}

const (
	lanes16 = 0x0001000100010001
	tops16  = 0x8000800080008000
)

// matchSlot finds fingerprint fp among the four 16-bit lanes of x without
// a branch: it returns the lane (0-3) and an all-ones mask, or lane 3 and a
// zero mask when fp is not there. fp is never zero, and the lanes of one
// bucket are distinct.
func matchSlot(x, fp uint64) (slot uint64, hit uint64) {
	x ^= fp * lanes16
	// The top bit of a lane is set where the lane is zero (and possibly
	// in lanes above a zero one, which the lowest set bit ignores).
	z := (x - lanes16) &^ x & tops16
	// Bit 63 is the top of lane 3: set, it leaves the lowest set bit of
	// a match where it is, and gives lane 3 when nothing matched, so the
	// count has no zero case to handle (the miss's lane is masked off).
	slot = uint64(bits.TrailingZeros64(z|1<<63) >> 4)
	if z != 0 {
		hit = ^uint64(0) // a conditional move, not a branch
	}
	return slot, hit
}
