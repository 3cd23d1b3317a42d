package nlp

import "testing"

// TestFunctionWordGivenNames: a given name that English also writes as a
// function word ("Per", "Can", "Will"), capitalised inside a sentence
// before a proper noun, is the first word of a person's name; not in a
// headline, and not a month.
func TestFunctionWordGivenNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, want string
		found      bool
	}{
		{"The council has asked a retired judge, Per Ivar Lunde, to chair the inquiry into the tender.", "Per Ivar Lunde", true},
		{"The shippers wrote on Friday to Can Aydın, the director of the dry dock, about the delays.", "Can Aydın", true},
		{"Dock Talks Will Resume In Tromsø After Pause", "Will Resume", false},
	} {
		a := an.Analyze(tt.text)
		got := false
		for _, e := range a.Entities {
			if e.Text == tt.want && e.Type == PERSON {
				got = true
			}
		}
		if got != tt.found {
			t.Errorf("%q: person %q found %v, want %v (entities %v)", tt.text, tt.want, got, tt.found, a.Entities)
		}
	}
}
