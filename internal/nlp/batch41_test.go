package nlp

import "testing"

// TestPersonalParticleNames checks that a name with a particle written
// only in people's names ("van der", "ter", "bin") is one person's name
// where the name lists do not know the given name ("Pieter", "Hendrik",
// "Anneke"), hyphens and all, set off after a role; and that a place with
// "de" is left as the model reads it.
func TestPersonalParticleNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"The leader, Pieter van der Berg, said the talks would resume.", "Pieter van der Berg"},
		{"Its leader, Hendrik ter Horst, said the talks would resume.", "Hendrik ter Horst"},
		{"Its leader, Hendrik-Jan ter Horst, said the talks would resume.", "Hendrik-Jan ter Horst"},
		{"Its leader, Anneke van der Plas-Hoekstra, said the talks would resume.", "Anneke van der Plas-Hoekstra"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			a := an.Analyze(tt.text)
			for _, e := range a.Entities {
				if e.Text == tt.want {
					if e.Type != PERSON {
						t.Errorf("%q typed %s, want PERSON", e.Text, e.Type)
					}
					return
				}
			}
			var got []string
			for _, e := range a.Entities {
				got = append(got, e.Text+"/"+string(e.Type))
			}
			t.Errorf("no entity %q in %v", tt.want, got)
		})
	}
	a := an.Analyze("The talks moved to Rio de Janeiro on Monday.")
	for _, e := range a.Entities {
		if e.Type == PERSON {
			t.Errorf("%q read as a person", e.Text)
		}
	}
}
