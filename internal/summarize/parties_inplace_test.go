package summarize

import "testing"

// TestNoOneIsInAPerson checks that a name the lists take for a person's
// but the story only ever puts things "in" ("the assembly building in
// Cardiff Bay", "the picket line in Cardiff") is a place, not a party,
// while the people and bodies that act stay parties.
func TestNoOneIsInAPerson(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a bay and its city", "Civil servants strike across Wales\n\nCivil servants across Wales walked out on Friday over plans to cut 6,000 jobs, the Public and Commercial Services Union said.\n\nThe strike also affected the Welsh assembly building in Cardiff Bay, where only pass-holders were allowed in. Protests were held in towns and cities including Cardiff, Bangor and Wrexham.\n\nPCS spokesman Jeff Evans said: \"Our protest is about defending jobs and local services.\"\n\nAnna Price, a benefit officer, joined the picket line in Cardiff. She said: \"People have decided not to come in.\"\n",
			[]string{"Public and Commercial Services Union", "Anna Price"}, []string{"Cardiff Bay", "Cardiff"}},
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
