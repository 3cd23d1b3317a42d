package nlp

import "testing"

// TestPersonsByNameGiven checks that a name given as the only one someone
// goes by ("known only as", "identified only as", "gave her name as") is
// a person's, however the model read it, and that a place "known as" a
// name is not made a person.
func TestPersonsByNameGiven(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"The coalition's leader, a former bus conductor known only as Tijo, did not attend the talks.", "Tijo", true},
		{"A fisherman identified only as Abu Karim said the nets were empty.", "Abu Karim", true},
		{"A nurse who gave her name as Mereana said the ward was full.", "Mereana", true},
		{"The talks were held in a town known only as Kibera to outsiders.", "Kibera", false},
		{"Fighters control a district known only as Mabanga.", "Mabanga", false},
	})
}

// TestNounsBeforeFiniteVerbs checks that a word read as an adjective
// between a determiner, a number or a noun and a finite verb is the
// subject's noun ("one executive took…", "the Kuusamo chief executive
// said…"), while a word that stands for a noun named before ("the other
// is", "the first refuses") or "old" of an age stays an adjective.
func TestNounsBeforeFiniteVerbs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, want string
	}{
		{"On the second evening one executive took the minister aside and said the price was too high.", "executive", "NN"},
		{"Two offers were tabled. The other is still secret.", "other", "JJ"},
		{"“Every shareholder is free to make their own decision, including the ones who are our friends,” the Kuusamo chief executive said when asked about the pension fund’s comments.", "executive", "NN"},
		{"The 3 year old wanted to see the boats.", "old", "JJ"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			a := an.Analyze(tt.text)
			for _, tok := range a.Tokens {
				if tok.Text == tt.word {
					if tok.XPOS != tt.want {
						t.Errorf("%q tagged %s, want %s", tok.Text, tok.XPOS, tt.want)
					}
					return
				}
			}
			t.Errorf("no token %q", tt.word)
		})
	}
}

// TestRelativePersonsAfterComma checks that a name the model typed as a
// place is a person's when "who" opens a clause right after the comma
// that closes it and "she" follows, however the parser hung the clause
// ("The words belong to Marthe Zanga, who runs a network…").
func TestRelativePersonsAfterComma(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"\"Every ceasefire in this country was negotiated by men with guns\". The words belong to Marthe Zanga, who runs a network of women's associations in Bossangoa and is one of three civil society observers admitted to the talks.\n\n\"Put women on the monitoring committee and you will see the difference\", she added.", "Marthe Zanga", true},
	})
}

// TestSubjectPersons checks that a two-word name the lists do not know,
// typed as a place, is a person's when it is the subject of a verb and
// "she" follows ("Mere Tawake has fished the same lagoon… she did not
// understand"), while a country the lists know stays one.
func TestSubjectPersons(t *testing.T) {
	checkNameTypes(t, []nameTypeCase{
		{"On Kadavu, the island south of Viti Levu where the coral on her desk came from, Mere Tawake has fished the same lagoon for forty years. The fisherwoman says she did not understand the word bondholders until a ministry official came to explain it.", "Mere Tawake", true},
		{"South Africa has signed the deal. Its president said she was pleased.", "South Africa", false},
	})
}

// nameTypeCase is a text and whether its entity name must be typed a
// person's.
type nameTypeCase struct {
	text, name string
	person     bool
}

// checkNameTypes analyses each case's text and checks the entity of its
// name is typed PERSON or not, as the case says.
func checkNameTypes(t *testing.T, tests []nameTypeCase) {
	t.Helper()
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text)
			var got []string
			for _, e := range a.Entities {
				if e.Text == tt.name {
					if (e.Type == PERSON) != tt.person {
						t.Errorf("%q typed %s, want person %v", e.Text, e.Type, tt.person)
					}
					return
				}
				got = append(got, e.Text+"/"+string(e.Type))
			}
			if tt.person {
				t.Errorf("no entity %q in %v", tt.name, got)
			}
		})
	}
}
