package summarize

import (
	"strings"
	"testing"
)

// TestMisspeltPersonMerges checks that a person's name misspelt once
// ("Harriet Osterbey" for the union's Harriet Osterby) is not listed as
// a party of its own.
func TestMisspeltPersonMerges(t *testing.T) {
	b := treeBrief(t, "The dockers' union and the port authority of Velmora reached a deal on night shifts on Sunday. "+
		"Harriet Osterby, the union's general secretary, said members would vote on it next week. "+
		"Osterby said the deal kept the night bonus. "+
		"The port authority said the deal would cost it four million a year. "+
		"Late on Sunday, Harriet Osterbey told reporters she expected a large majority for the deal. "+
		"Osterby said the vote would close on Friday.")
	for _, p := range b.Parties {
		if strings.Contains(p.Name, "Osterbey") {
			t.Errorf("the misspelt name %q is listed as a party: %+v", p.Name, b.Parties)
		}
	}
}

// TestMisspeltName checks which pairs of names misspeltName takes for
// one name misspelt.
func TestMisspeltName(t *testing.T) {
	given := func(w string) bool { return w == "Mary" || w == "Mark" || w == "Harriet" }
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Harriet Osterbey", "Harriet Osterby", true},
		{"Harreit Osterby", "Harriet Osterby", true},
		{"Mary Kellow", "Mark Kellow", false}, // two given names: two people
		{"Jo Kellow", "Jon Kellow", false},    // too short to tell
		{"Harriet Osterby", "Harriet Osterby", false},
		{"Osterbey", "Osterby", false},
	} {
		if got := misspeltName(tt.a, tt.b, given); got != tt.want {
			t.Errorf("misspeltName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
