package nlp

import "testing"

// TestPersonsByNameGiven checks that a name given as the only one someone
// goes by ("known only as", "identified only as", "gave her name as") is
// a person's, however the model read it, and that a place "known as" a
// name is not made a person.
func TestPersonsByNameGiven(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, name string
		person     bool
	}{
		{"The coalition's leader, a former bus conductor known only as Tijo, did not attend the talks.", "Tijo", true},
		{"A fisherman identified only as Abu Karim said the nets were empty.", "Abu Karim", true},
		{"A nurse who gave her name as Mereana said the ward was full.", "Mereana", true},
		{"The talks were held in a town known only as Kibera to outsiders.", "Kibera", false},
		{"Fighters control a district known only as Mabanga.", "Mabanga", false},
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
