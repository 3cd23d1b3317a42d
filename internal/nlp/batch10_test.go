package nlp

import "testing"

// TestBatch10ShortForms: a short form written before a name keeps its
// period and does not end the sentence ("Ald. Rosa Ibarra", "Ma. Corazon
// Villanueva", "Md. Rafiqul Islam", "Sec. Gilberto Teodoro"), while the
// same letters end one before a usual first word ("… met Ma. The talks
// ended.", "Baltimore, Md. He said").
func TestBatch10ShortForms(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text  string
		sents int
		token string // a token the text must have, period and all
	}{
		{"The board's vice president, Ald. Rosa Ibarra, struck a sharper tone.", 1, "Ald."},
		{"The talks were led by Foreign Affairs Undersecretary Ma. Corazon Villanueva and by Vice Minister Shen Liqun.", 1, "Ma."},
		{"The delegation was led by Md. Rafiqul Islam, the water secretary.", 1, "Md."},
		{"Defence Sec. Gilberto Teodoro said the patrols would go on.", 1, "Sec."},
		{"She said the ministers met Ma. The talks ended at noon.", 2, "Ma"},
		{"The union is based in Baltimore, Md. He said the vote was close.", 2, "Md"},
	} {
		a := an.Analyze(tt.text)
		if len(a.Sentences) != tt.sents {
			t.Errorf("%q: %d sentences, want %d", tt.text, len(a.Sentences), tt.sents)
		}
		found := false
		for _, tok := range a.Tokens {
			if tok.Text == tt.token {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tt.text, tt.token)
		}
	}
}
