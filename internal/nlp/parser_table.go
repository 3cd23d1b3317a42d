package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// inlineTable is a read-in-place weight table for at most three classes
// (the parser's transitions): each hash slot is one 64-bit word holding a
// 16-bit fingerprint and the three 16-bit weights, so a lookup touches one
// word and the table is small enough to stay mostly in cache.
//
// Layout (little endian): "PIT2", classes u32, slots u32, reserved u32,
// scale f32, then slots × u64 (fingerprint | w0<<16 | w1<<32 | w2<<48); an
// empty slot is zero. A key's home slot is (low 32 bits × slots) >> 32, so
// the table can have any size; probing is linear and wraps around.
type inlineTable struct {
	n     int
	slots uint64
	scale float32
	words []byte // slots × 8 bytes, little endian, read in place
}

// home is the home slot of key k in a table of the given size.
func home(k, slots uint64) uint64 { return (k & 0xffffffff) * slots >> 32 }

const inlineHeader = 20

// fp16 is the 16-bit fingerprint of a feature key (never zero).
func fp16(k uint64) uint64 {
	fp := k >> 48
	if fp == 0 {
		fp = 1
	}
	return fp
}

// compileInline packs the averaged weights of features seen at least
// minSeen times into an inline table.
func (p *sparsePerceptron) compileInline(minSeen int) []byte {
	if p.n > 3 {
		panic("nlp: inline table with more than three classes")
	}
	scale, q, keys := p.quantized(minSeen)
	// At most 70% full: probes stay short, and mostly in one cache line.
	slots := len(keys)*10/7 + 1
	buf := make([]byte, inlineHeader+8*slots)
	le := binary.LittleEndian
	copy(buf, "PIT2")
	le.PutUint32(buf[4:], uint32(p.n))
	le.PutUint32(buf[8:], uint32(slots))
	le.PutUint32(buf[16:], math.Float32bits(scale))
	body := buf[inlineHeader:]
	for _, k := range keys {
		s := home(k, uint64(slots))
		for le.Uint64(body[8*s:]) != 0 {
			if s++; s == uint64(slots) {
				s = 0
			}
		}
		v := fp16(k)
		for _, e := range p.rows[p.index[k]].ents {
			v |= uint64(uint16(q(e.w))) << (16 * (1 + uint(e.c)))
		}
		le.PutUint64(body[8*s:], v)
	}
	return buf
}

func loadInlineTable(b []byte) (*inlineTable, error) {
	if len(b) < inlineHeader || string(b[:4]) != "PIT2" {
		return nil, errors.New("inline table: bad header")
	}
	le := binary.LittleEndian
	n, slots := int(le.Uint32(b[4:])), int(le.Uint32(b[8:]))
	if n <= 0 || n > 3 || slots <= 0 {
		return nil, fmt.Errorf("inline table: bad sizes (classes %d, slots %d)", n, slots)
	}
	if len(b) != inlineHeader+8*slots {
		return nil, fmt.Errorf("inline table: %d bytes, want %d", len(b), inlineHeader+8*slots)
	}
	t := &inlineTable{n: n, slots: uint64(slots), scale: math.Float32frombits(le.Uint32(b[16:]))}
	// Read in place whatever the alignment of the embedded bytes: the
	// slots are decoded as they are read.
	t.words = b[inlineHeader : inlineHeader+8*slots : inlineHeader+8*slots]
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

// score adds the weights of feats into scores (length n). It first reads
// every feature's home slot, so that the cache misses overlap, then checks
// the fingerprints and probes on.
func (t *inlineTable) score(feats []uint64, scores []int32) {
	var v3 [3]int32
	t.add(feats, &v3)
	for c := 0; c < t.n && c < len(scores); c++ {
		scores[c] += v3[c]
	}
}

// add adds the weights of feats into v.
func (t *inlineTable) add(feats []uint64, v *[3]int32) {
	const batch = 64
	var first [batch]uint64
	w, slots := t.words, t.slots
	var a0, a1, a2 int32
	for len(feats) > 0 {
		fs := feats
		if len(fs) > batch {
			fs = fs[:batch]
		}
		feats = feats[len(fs):]
		for i, f := range fs {
			first[i] = binary.LittleEndian.Uint64(w[8*home(f, slots):])
		}
		for i, f := range fs {
			x := first[i]
			fp := fp16(f)
			s := home(f, slots)
			for x != 0 {
				if x&0xffff == fp {
					a0 += int32(int16(x >> 16))
					a1 += int32(int16(x >> 32))
					a2 += int32(int16(x >> 48))
					break
				}
				if s++; s == slots {
					s = 0
				}
				x = binary.LittleEndian.Uint64(w[8*s:])
			}
		}
	}
	v[0] += a0
	v[1] += a1
	v[2] += a2
}
