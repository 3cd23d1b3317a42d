package nlp

import "testing"

// TestCommonWord: the entity lexicon's counts say which forms are common
// English words.
func TestCommonWord(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		form string
		want bool
	}{
		{"paying", true}, {"cover", true}, {"the", true},
		{"tritium", false}, {"Kadewerk", false}, {"", false},
	} {
		if got := a.CommonWord(c.form); got != c.want {
			t.Errorf("CommonWord(%q) = %v, want %v", c.form, got, c.want)
		}
	}
}

// TestKnownWord checks words of English against slips of them.
func TestKnownWord(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		form string
		want bool
	}{
		{"minister", true}, {"talks", true}, {"monday", true}, {"mediater", false}, {"captian", false}, {"kwack", false}, {"", false}, {"élan", false},
	} {
		if got := a.KnownWord(c.form); got != c.want {
			t.Errorf("KnownWord(%q) = %v, want %v", c.form, got, c.want)
		}
	}
}
