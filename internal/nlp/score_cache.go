package nlp

// scoreCache memoises, for one call, the summed weights of a group of
// features read from a sparse table, as a vector of n classes keyed by
// the features' exact keys, and starts a score vector from it. The
// groups it serves are the features with few values and long rows (the
// bias, the shapes of the words around a token), whose keys a document
// repeats: copying the cached vector replaces clearing the scores, and the
// dozens of entries of each row are not added again. The weights are
// integers, so the scores do not depend on the order they are added in.
type scoreCache struct {
	k, n  int     // keys per group, classes
	slots []int32 // entry+1 by hash slot (a power of two), 0 when empty
	// Entry e's keys and vector are in block e/cacheBlock, which are
	// allocated as they fill (so that nothing is copied as the cache
	// grows) and kept when it is emptied (limit).
	keys [][]uint64
	vecs [][]int32
	used int
	buf  []uint64 // a group's keys, gathered by scoreSplit
	rows rowBatch // sparseTable.scoreInto's scratch space
}

// cacheBlock is the number of entries of a block of a scoreCache.
const cacheBlock = 32

// newScoreCache returns an empty cache for groups of k keys over n
// classes.
func newScoreCache(k, n int) *scoreCache {
	return &scoreCache{k: k, n: n, slots: make([]int32, 4*cacheBlock)}
}

// entry returns the keys and the vector of entry e.
func (sc *scoreCache) entry(e int) ([]uint64, []int32) {
	b, i := e/cacheBlock, e%cacheBlock
	return sc.keys[b][i*sc.k : (i+1)*sc.k], sc.vecs[b][i*sc.n : (i+1)*sc.n]
}

// groupHash mixes the keys of a group (well mixed already themselves).
func groupHash(keys []uint64) uint64 {
	h := uint64(0)
	for _, x := range keys {
		h = (h ^ x) * 0x9e3779b97f4a7c15
	}
	return h ^ h>>31
}

// start sets acc[:n] to the sum of the rows of t for keys (k of them),
// summing and keeping it on the first call with these keys. It returns
// the value of no meaning of sparseTable.score.
func (sc *scoreCache) start(t *sparseTable, keys []uint64, acc *rowAcc) (sink uint32) {
	k, n := sc.k, sc.n
	keys = keys[:k]
	mask := uint64(len(sc.slots) - 1)
	s := groupHash(keys) & mask
	for {
		e := int(sc.slots[s]) - 1
		if e < 0 {
			break
		}
		if ks, v := sc.entry(e); sameKeys(ks, keys) {
			copy(acc[:n], v)
			return 0
		}
		s = (s + 1) & mask
	}
	clear(acc[:n])
	sink = t.scoreInto(keys, acc, &sc.rows)
	e := sc.used
	if e%cacheBlock == 0 && e/cacheBlock == len(sc.keys) {
		sc.keys = append(sc.keys, make([]uint64, cacheBlock*k))
		sc.vecs = append(sc.vecs, make([]int32, cacheBlock*n))
	}
	ks, v := sc.entry(e)
	copy(ks, keys)
	copy(v, acc[:n])
	sc.slots[s] = int32(e + 1)
	sc.used++
	if 2*sc.used > len(sc.slots) {
		sc.grow()
	}
	return sink
}

// limit empties the cache when it holds more than max entries, keeping
// its blocks for the entries to come: a cache kept from one document to
// the next (see workspace) stays this small.
func (sc *scoreCache) limit(max int) {
	if sc.used <= max {
		return
	}
	clear(sc.slots)
	sc.used = 0
}

// scoreSplit sets acc[:n] to the scores of the features f: those at the
// indexes of group from the cache (start), the others (rest, which the
// caller gathers) summed from t. It returns the value of no meaning of
// sparseTable.score.
func (sc *scoreCache) scoreSplit(t *sparseTable, f []uint64, group []int, rest []uint64, acc *rowAcc) (sink uint32) {
	keys := sc.buf[:0]
	for _, k := range group {
		keys = append(keys, f[k])
	}
	sc.buf = keys
	sink = sc.start(t, keys, acc)
	return sink + t.scoreInto(rest, acc, &sc.rows)
}

// sameKeys reports whether two key lists are equal.
func sameKeys(a, b []uint64) bool {
	b = b[:len(a)]
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// grow doubles the hash slots and places the entries again.
func (sc *scoreCache) grow() {
	sc.slots = make([]int32, 2*len(sc.slots))
	mask := uint64(len(sc.slots) - 1)
	for e := 0; e < sc.used; e++ {
		ks, _ := sc.entry(e)
		s := groupHash(ks) & mask
		for sc.slots[s] != 0 {
			s = (s + 1) & mask
		}
		sc.slots[s] = int32(e + 1)
	}
}
