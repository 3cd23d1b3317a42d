package nlp

import "testing"

// TestBodiesOneOf checks that a name set beside "one of the companies…"
// is an organisation's, and so is every mention of it and of its first
// word alone; a person set beside "one of the negotiators" stays one.
func TestBodiesOneOf(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Tamu deal lets Rongo Deepsea test a collector\n\n" +
		"Tamu’s cabinet approved a permit for Rongo Deepsea, one of the companies with survey rights off the north coast, to run a trial dive.\n\n" +
		"Rongo must also post a bond of $30 million.\n\n" +
		"Tevita Manu, one of the negotiators for the islands, said the bond was the key."
	a := an.Analyze(text)
	got := map[int]string{}
	for _, e := range a.Entities {
		got[e.First] = e.Type
	}
	tests := []struct {
		name, word string
		nth        int // which occurrence of the word
		want       string
	}{
		{"the headline's mention", "Rongo", 0, ORG},
		{"the name beside one of the companies", "Rongo", 1, ORG},
		{"the first word alone", "Rongo", 2, ORG},
		{"a person beside one of the negotiators", "Tevita", 0, PERSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for i, tk := range a.Tokens {
				if tk.Text != tt.word {
					continue
				}
				if n == tt.nth {
					if got[i] != tt.want {
						t.Errorf("%q (token %d) typed %q, want %s", tt.word, i, got[i], tt.want)
					}
					return
				}
				n++
			}
			t.Errorf("no %d-th %q", tt.nth, tt.word)
		})
	}
}
