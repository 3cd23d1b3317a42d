package nlp

import "testing"

// TestPresentsConjoined checks that the second of two present tenses a
// subject shares ("…, who drives one of the twelve buses and chairs the
// drivers' union,") is a verb, not a plural noun, also where a
// participle stands in the first verb's object, while a plural noun
// after "and" with no determiner after it stays a noun.
func TestPresentsConjoined(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, upos string
	}{
		{"Rui Tavares, 41, who captains one of the eleven trawlers and chairs the fishers’ association of Porto Novo, remembers the day.", "chairs", "VERB"},
		{"Her brother, who drives one of the twelve buses and chairs the drivers’ union, said nothing.", "chairs", "VERB"},
		{"The workshop makes tables and chairs for the schools.", "chairs", "NOUN"},
	}
	for _, tc := range tests {
		res := an.Analyze(tc.text)
		for _, tk := range res.Tokens {
			if tk.Text == tc.word && tk.UPOS != tc.upos {
				t.Errorf("%q: %s is %s %s, want %s", tc.text, tc.word, tk.UPOS, tk.XPOS, tc.upos)
			}
		}
	}
}
