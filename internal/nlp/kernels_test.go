package nlp

import (
	"encoding/binary"
	"testing"
)

// The scoring kernels are rewritten for speed; these tests hold them to
// plain reference versions on the real models, feature for feature.

func TestStrMapSeed(t *testing.T) {
	if got := Feat(0x5354524d4150); got != strMapSeed {
		t.Fatalf("strMapSeed = %#x, want %#x", uint64(strMapSeed), uint64(got))
	}
}

// kernelKeys returns n feature keys, about half of them taken from the
// table's own slots (so that they are found) and half random.
func kernelKeys(n int, known func(i int) (uint64, bool)) []uint64 {
	keys := make([]uint64, 0, n)
	r := rng(42)
	for i := 0; len(keys) < n; i++ {
		if i%2 == 0 {
			if k, ok := known(int(r.next() >> 1)); ok {
				keys = append(keys, k)
				continue
			}
		}
		keys = append(keys, r.next())
	}
	return keys
}

func TestSparseScoreMatchesReference(t *testing.T) {
	tg, ps := loadSyntax(t)
	for _, tab := range []*sparseTable{tg.w, ps.lw} {
		nonzero := 0
		slots := len(tab.index) / 2
		// A key whose home slot is slot s: its low bits are s, its high
		// bits the slot's fingerprint.
		keys := kernelKeys(3000, func(i int) (uint64, bool) {
			s := i % slots
			fp := tab.index[2*s]
			return uint64(fp)<<32 | uint64(s), fp != 0 && fp != 1
		})
		for lo := 0; lo < len(keys); lo += 37 {
			fs := keys[lo:min(lo+37, len(keys))]
			want := make([]int32, tab.n)
			for _, f := range fs {
				fp := fingerprint(f)
				for s := f & tab.mask; tab.index[2*s] != 0; s = (s + 1) & tab.mask {
					if tab.index[2*s] == fp {
						v := tab.index[2*s+1]
						start, cnt := int(v&0xffffff), int(v>>24)+1
						for e := start; e < start+cnt; e++ {
							c := tab.ent[3*e]
							want[c] += int32(int16(binary.LittleEndian.Uint16(tab.ent[3*e+1:])))
						}
						break
					}
				}
			}
			got := make([]int32, tab.n)
			tab.score(fs, got)
			for c := range got {
				if got[c] != want[c] {
					t.Fatalf("class %d: %d, want %d", c, got[c], want[c])
				}
				if want[c] != 0 {
					nonzero++
				}
			}
		}
		if nonzero == 0 {
			t.Fatal("no key was found in the table")
		}
	}
}

func TestTableScoreMatchesReference(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Skip(err)
	}
	for _, tab := range []*Table{an.ner.w, an.coref.w} {
		nonzero := 0
		slots := len(tab.index) / 8
		le := binary.LittleEndian
		keys := kernelKeys(3000, func(i int) (uint64, bool) {
			s := i % slots
			fp := le.Uint32(tab.index[8*s:])
			return uint64(fp)<<32 | uint64(s), fp != 0 && fp != 1
		})
		ref := func(fs []uint64) []int32 {
			want := make([]int32, tab.n)
			for _, f := range fs {
				fp := fingerprint(f)
				for s := f & tab.mask; le.Uint32(tab.index[8*s:]) != 0; s = (s + 1) & tab.mask {
					if le.Uint32(tab.index[8*s:]) == fp {
						off := int(le.Uint32(tab.index[8*s+4:])) * 2 * tab.n
						for c := range want {
							want[c] += int32(int16(le.Uint16(tab.rows[off+2*c:])))
						}
						break
					}
				}
			}
			return want
		}
		for lo := 0; lo < len(keys); lo += 141 {
			fs := keys[lo:min(lo+141, len(keys))]
			want := ref(fs)
			got := make([]int32, tab.n)
			tab.Score(fs, got)
			for c := range got {
				if got[c] != want[c] {
					t.Fatalf("class %d: %d, want %d", c, got[c], want[c])
				}
			}
			var one int32
			for _, f := range fs {
				if off := tab.row(f); off >= 0 {
					one += int32(int16(le.Uint16(tab.rows[off:])))
				}
			}
			if one != want[0] {
				t.Fatalf("row: class 0 sums to %d, want %d", one, want[0])
			}
			if want[0] != 0 {
				nonzero++
			}
		}
		if nonzero == 0 {
			t.Fatal("no key was found in the table")
		}
	}
}

func TestInlineAddMatchesReference(t *testing.T) {
	_, ps := loadSyntax(t)
	tab := ps.w
	le := binary.LittleEndian
	keys := kernelKeys(3000, func(i int) (uint64, bool) {
		s := uint64(i) % tab.slots
		x := le.Uint64(tab.words[8*s:])
		// A key whose home is s: home(k) = (k&0xffffffff)*slots>>32.
		low := (s<<32 + tab.slots - 1) / tab.slots
		return x&0xffff<<48 | low, x != 0 && x&0xffff != 1 && home(low, tab.slots) == s
	})
	ref := func(fs []uint64) [3]int32 {
		var v [3]int32
		for _, f := range fs {
			fp := fp16(f)
			for s := home(f, tab.slots); ; s = (s + 1) % tab.slots {
				x := le.Uint64(tab.words[8*s:])
				if x == 0 {
					break
				}
				if x&0xffff == fp {
					v[0] += int32(int16(x >> 16))
					v[1] += int32(int16(x >> 32))
					v[2] += int32(int16(x >> 48))
					break
				}
			}
		}
		return v
	}
	nonzero := 0
	for lo := 0; lo < len(keys); lo += 29 {
		hi := min(lo+29, len(keys))
		var got [3]int32
		tab.add(keys[lo:hi], &got)
		want := ref(keys[lo:hi])
		if got != want {
			t.Fatalf("add %v, want %v", got, want)
		}
		if want != ([3]int32{}) {
			nonzero++
		}
	}
	if nonzero == 0 {
		t.Fatal("no key was found in the table")
	}
}
