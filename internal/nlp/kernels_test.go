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
	slots := tab.buckets * bucketSlots
	keys := kernelKeys(3000, func(i int) (uint64, bool) {
		s := uint64(i) % slots
		b, j := s/bucketSlots, s%bucketSlots
		fp := uint64(le.Uint16(tab.words[bucketBytes*b+24+2*j:]))
		// A key whose bucket is b: home(k) = (k&0xffffffff)*buckets>>32.
		low := (b<<32 + tab.buckets - 1) / tab.buckets
		return fp<<48 | low, fp > 1 && home(low, tab.buckets) == b
	})
	ref := func(fs []uint64) [3]int32 {
		var v [3]int32
		for _, f := range fs {
			fp := fp16(f)
			bk := tab.words[bucketBytes*home(f, tab.buckets):]
			for j := 0; j < bucketSlots; j++ {
				if uint64(le.Uint16(bk[24+2*j:])) == fp {
					for c := range v {
						v[c] += int32(int16(le.Uint16(bk[6*j+2*c:])))
					}
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

func TestMatchSlot(t *testing.T) {
	lanes := func(v [4]uint16) uint64 {
		return uint64(v[0]) | uint64(v[1])<<16 | uint64(v[2])<<32 | uint64(v[3])<<48
	}
	tests := []struct {
		name  string
		lanes [4]uint16
		fp    uint64
		slot  uint64
		hit   bool
	}{
		{"empty bucket", [4]uint16{}, 7, 0, false},
		{"first slot", [4]uint16{7, 0, 0, 0}, 7, 0, true},
		{"second slot", [4]uint16{9, 7, 0, 0}, 7, 1, true},
		{"last slot", [4]uint16{1, 2, 3, 7}, 7, 3, true},
		{"absent, full", [4]uint16{1, 2, 3, 4}, 7, 0, false},
		{"top bit", [4]uint16{0x8001, 0xffff, 0, 0}, 0xffff, 1, true},
		{"borrow from a zero lane", [4]uint16{0, 1, 0, 1}, 1, 1, true},
		{"near misses", [4]uint16{0x0101, 0x0100, 0x0001, 0x8000}, 0x0102, 0, false},
		{"high lane only", [4]uint16{5, 6, 8, 0x8000}, 0x8000, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slot, hit := matchSlot(lanes(tt.lanes), tt.fp)
			if (hit != 0) != tt.hit || (tt.hit && (slot != tt.slot || hit != ^uint64(0))) {
				t.Fatalf("matchSlot = %d, %#x; want %d, hit %v", slot, hit, tt.slot, tt.hit)
			}
			if slot > 3 {
				t.Fatalf("slot %d out of range", slot)
			}
		})
	}
}
