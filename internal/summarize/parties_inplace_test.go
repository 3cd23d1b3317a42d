package summarize

import "testing"

// TestNoOneIsInAPerson checks that a name the lists take for a person's
// but the story only ever puts things "in" ("the customs hall in Halvard
// Bay", "the picket line in Halvard") is a place, not a party,
// while the people and bodies that act stay parties.
func TestNoOneIsInAPerson(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a bay and its city", "Port clerks strike across Northmark\n\nPort clerks across Northmark walked out on Friday over plans to close four harbour offices, the Northmark Port Clerks Union said.\n\nThe strike also shut the customs hall in Halvard Bay, where only ship agents were let in. Pickets stood in towns including Halvard, Oskvik and Trell.\n\nUnion spokesman Ole Brandt said: \"We are defending jobs that keep the port running.\"\n\nMarta Lind, a shipping clerk, joined the picket line in Halvard. She said: \"Nobody here wanted to stop work.\"\n",
			[]string{"Northmark Port Clerks Union", "Marta Lind"}, []string{"Halvard Bay", "Halvard"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, w := range tt.want {
				if _, ok := partyNamed(b, w); !ok {
					t.Errorf("want party %s: %+v", w, b.Parties)
				}
			}
			for _, n := range tt.not {
				if _, ok := partyNamed(b, n); ok {
					t.Errorf("%s is a place, no party: %+v", n, b.Parties)
				}
			}
		})
	}
}
