package attribution

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestPronounsGold checks the embedded gold: every item once, a known
// kind, offsets for a referent and none for "none", and no text.
func TestPronounsGold(t *testing.T) {
	var g struct {
		Items []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(pronounsGold, &g); err != nil {
		t.Fatalf("read the pronoun gold: %v", err)
	}
	if len(g.Items) < 400 {
		t.Fatalf("%d items, want the 456 pronoun sources", len(g.Items))
	}
	seen := map[string]bool{}
	for _, it := range g.Items {
		key := it["id"].(string) + "/" + strings.TrimSpace(string(mustJSON(t, it["item"])))
		if seen[key] {
			t.Errorf("item %s twice", key)
		}
		seen[key] = true
		for k := range it {
			switch k {
			case "id", "item", "source_start", "kind", "ref_start", "ref_end":
			default:
				t.Errorf("item %s has field %q: the gold holds offsets only", key, k)
			}
		}
		switch it["kind"] {
		case "name", "description":
			s, e := it["ref_start"], it["ref_end"]
			if s == nil || e == nil || s.(float64) >= e.(float64) {
				t.Errorf("item %s: referent offsets %v-%v", key, s, e)
			}
		case "none":
			if it["ref_start"] != nil {
				t.Errorf("item %s: kind none with a referent", key)
			}
		default:
			t.Errorf("item %s: kind %v", key, it["kind"])
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPronounPrint checks the report: the held-out third first, its
// accuracy over matched sources, and the misses after the development
// part only.
func TestPronounPrint(t *testing.T) {
	r := &PronounResult{
		HeldOut: PronounSplit{Pronouns: 10, Matched: 4, Right: 3, Wrong: 1, ByKind: map[string][2]int{"name": {3, 4}}},
		Dev:     PronounSplit{Pronouns: 8, Matched: 5, Right: 4, Blank: 1, Misses: []string{"[x] 'he' -> '', gold 'Ana Ruiz'"}},
	}
	var b bytes.Buffer
	r.Print(&b)
	out := b.String()
	h, d := strings.Index(out, "held-out third   0.750 (3/4"), strings.Index(out, "development part 0.800 (4/5")
	if h < 0 || d < 0 || h > d {
		t.Fatalf("report:\n%s", out)
	}
	if m := strings.Index(out, "gold 'Ana Ruiz'"); m < d {
		t.Errorf("the development part's miss is not listed after it:\n%s", out)
	}
	if (PronounSplit{}).Acc() != 0 {
		t.Error("Acc of nothing matched is not 0")
	}
}
