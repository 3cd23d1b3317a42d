package nlp

import (
	"encoding/binary"
	"unsafe"
)

// strMapBatch is the largest number of keys getBatch looks up at once.
const strMapBatch = 64

// strMapResults holds the results of getBatch: vals[i] and oks[i] are
// what StrMap.Get returns for the batch's key i.
type strMapResults struct {
	vals [strMapBatch]string
	oks  [strMapBatch]bool
}

// getBatch looks up keys (at most strMapBatch of them) and leaves, for
// every key, what m.Get returns in r. A lookup reads three places of a map
// larger than the caches, each depending on the one before (the key's
// index slot, its entry, the pool); getBatch reads the index slots of all
// the keys before probing any, then their entries, then the pool, so that
// the cache misses of different keys overlap instead of following one
// another.
func (m *StrMap) getBatch(keys []string, r *strMapResults) {
	keys = keys[:min(len(keys), strMapBatch)]
	if m == nil {
		for i := range keys {
			r.vals[i], r.oks[i] = "", false
		}
		return
	}
	var hs [strMapBatch]uint64
	var es [strMapBatch]uint32 // entry+1 of the slot, then of the key; 0 when absent
	var offs [strMapBatch]int
	le := binary.LittleEndian
	idx, mask := m.index, m.mask
	// The home slots.
	for i, k := range keys {
		h := strHash(k)
		hs[i] = h
		es[i] = le.Uint32(idx[16*(h&mask)+8:])
	}
	// The slots holding the keys' hashes, and the entries' pool offsets.
	for i := range keys {
		h := hs[i]
		s := h & mask
		e := es[i]
		for e != 0 && le.Uint64(idx[16*s:]) != h {
			s = (s + 1) & mask
			e = le.Uint32(idx[16*s+8:])
		}
		es[i] = e
		if e != 0 {
			offs[i] = int(le.Uint32(m.entries[8*(e-1):]))
		}
	}
	// The pool.
	for i, k := range keys {
		e := es[i]
		if e == 0 {
			r.vals[i], r.oks[i] = "", false
			continue
		}
		ent := m.entries[8*(e-1):]
		off, kl, vl := offs[i], int(le.Uint16(ent[4:])), int(le.Uint16(ent[6:]))
		if string(m.pool[off:off+kl]) != k {
			// Another key with the same hash: probe on, as Get does.
			r.vals[i], r.oks[i] = m.Get(k)
			continue
		}
		v := m.pool[off+kl : off+kl+vl]
		r.vals[i], r.oks[i] = unsafe.String(unsafe.SliceData(v), len(v)), true
	}
}
