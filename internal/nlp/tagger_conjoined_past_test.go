package nlp

import "testing"

// TestPastsBeforeConjoinedVerbs checks that an irregular past read as
// the last noun of a subject before "and" and a second past ("A retired
// ferryman sat and…") is a verb that heads the sentence with the
// description as its subject, while a noun before "and" and a noun stays
// a noun.
func TestPastsBeforeConjoinedVerbs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, upos, subj string
	}{
		{"A retired beekeeper rose and said the hives had emptied.", "rose", "VERB", "beekeeper"},
		{"An elderly weaver stood and said: \"The looms are silent now.\"", "stood", "VERB", "weaver"},
		{"The garden sold a red rose and a white lily.", "rose", "NOUN", ""},
	}
	for _, tc := range tests {
		res := an.Analyze(tc.text)
		for i, tk := range res.Tokens {
			if tk.Text != tc.word {
				continue
			}
			if tk.UPOS != tc.upos {
				t.Errorf("%q: %s is %s %s, want %s", tc.text, tc.word, tk.UPOS, tk.XPOS, tc.upos)
			}
			if tc.subj == "" {
				continue
			}
			found := false
			for _, s := range res.Tokens {
				if s.Text == tc.subj && s.Head == i && s.Rel == "nsubj" {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: %s is not the subject of %s", tc.text, tc.subj, tc.word)
			}
		}
	}
}
