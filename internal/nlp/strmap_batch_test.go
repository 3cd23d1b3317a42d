package nlp

import (
	"fmt"
	"testing"
)

// TestStrMapGetBatch checks that a batch lookup gives every key what Get
// gives it: keys present and absent, repeated, empty, in batches of every
// size up to the largest, and on a nil map.
func TestStrMapGetBatch(t *testing.T) {
	m := map[string]string{"": "empty", "a": "1", "the": "DET", "New York": "GPE+"}
	for i := 0; i < 500; i++ {
		m[fmt.Sprintf("w%d", i)] = fmt.Sprint(i)
	}
	sm, err := LoadStrMap(BuildStrMap(m))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for i := 0; i < 2*strMapBatch; i++ {
		switch i % 4 {
		case 0:
			keys = append(keys, fmt.Sprintf("w%d", i*7))
		case 1:
			keys = append(keys, fmt.Sprintf("x%d", i))
		case 2:
			keys = append(keys, "the", "New York", "")
		default:
			keys = append(keys, "a", "A", "New york")
		}
	}
	var r strMapResults
	for size := 1; size <= strMapBatch; size++ {
		for from := 0; from+size <= len(keys); from += size {
			batch := keys[from : from+size]
			sm.getBatch(batch, &r)
			for i, k := range batch {
				v, ok := sm.Get(k)
				if r.vals[i] != v || r.oks[i] != ok {
					t.Fatalf("batch of %d, key %q: got %q %v, Get gives %q %v", size, k, r.vals[i], r.oks[i], v, ok)
				}
			}
		}
	}
	var none *StrMap
	none.getBatch(keys[:3], &r)
	for i := 0; i < 3; i++ {
		if r.vals[i] != "" || r.oks[i] {
			t.Fatalf("nil map: key %q found", keys[i])
		}
	}
}
