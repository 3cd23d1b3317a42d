package nlp

import "testing"

// TestGenderedPastModifierName checks that a name the model typed as a
// person's but written as a modifier of a common noun ("the Ylinen
// tenants' club") does not stop the search for the "she" that makes a
// person of the name a "who" clause describes, while a person named as
// such between them still does.
func TestGenderedPastModifierName(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, other string
		want        bool
	}{
		{"Heating deal splits Rovala\n\nTenants on the east side worried about the hum of the fans. Orla Brightwater, who leads the Ylinen tenants' club, said the club was not against the deal. \"We like the warmth. We dislike the hum,\" she said.", "Ylinen", true},
		{"Heating deal splits Rovala\n\nTenants on the east side worried about the hum of the fans. Orla Brightwater, who leads the tenants' club, met Marta Brell on Monday. \"We like the warmth. We dislike the hum,\" she said.", "Marta Brell", false},
	} {
		a := an.Analyze(tt.text)
		find := func(s string) nerSpan {
			for e := range a.Entities {
				if en := a.Entities[e]; a.Span(en.First, en.Last) == s {
					return nerSpan{first: en.First, last: en.Last}
				}
			}
			t.Fatalf("no entity %q", s)
			return nerSpan{}
		}
		name, other := find("Orla Brightwater"), find(tt.other)
		name.typ, other.typ = "PLACE", PERSON
		if got := gendered(a, []nerSpan{name, other}, 0); got != tt.want {
			t.Errorf("%q between: gendered = %v, want %v", tt.other, got, tt.want)
		}
	}
}
