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

// TestBatch10PeoplesAdjectives: a people's adjective the entity model
// read as a person is one where a lower-case noun or adjective follows it
// ("Qatari mediators", "Qatari foreign ministry spokesman"), whether the
// name lists hold it or hold its country ("Qatar"); a person's name before
// a verb stays a person.
func TestBatch10PeoplesAdjectives(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word string
		typ        string
	}{
		{"Under a draft drawn up by Egyptian and Qatari mediators, Hamas would free 18 hostages in a first phase.", "Qatari", NORP},
		{"In Doha, Qatari foreign ministry spokesman Jassim Al-Nuaimi said the mediators had narrowed the issues.", "Qatari", NORP},
		{"In Doha, Qatari foreign ministry spokesman Jassim Al-Nuaimi said the mediators had narrowed the issues.", "Jassim", PERSON},
	} {
		a := an.Analyze(tt.text)
		got := "none"
		for _, e := range a.Entities {
			for i := e.First; i < e.Last; i++ {
				if a.Tokens[i].Text == tt.word {
					got = e.Type
				}
			}
		}
		if got != tt.typ {
			t.Errorf("%q: %q is %s, want %s", tt.text, tt.word, got, tt.typ)
		}
	}
}
