package nlp

import "testing"

// TestCommonWord: the entity lexicon's counts say which forms are common
// English words (CommonWord) and which are words of English at all
// (KnownWord), as against slips of them.
func TestCommonWord(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		form          string
		common, known bool
	}{
		{"paying", true, true}, {"cover", true, true}, {"the", true, true}, {"minister", false, true},
		{"talks", false, true}, {"monday", false, true},
		{"tritium", false, false}, {"Kadewerk", false, false}, {"", false, false},
		{"mediater", false, false}, {"captian", false, false}, {"kwack", false, false}, {"élan", false, false},
	} {
		if got := a.CommonWord(c.form); got != c.common {
			t.Errorf("CommonWord(%q) = %v, want %v", c.form, got, c.common)
		}
		if got := a.KnownWord(c.form); got != c.known {
			t.Errorf("KnownWord(%q) = %v, want %v", c.form, got, c.known)
		}
	}
}
