package summarize

import "testing"

// TestRoleSpanClosedOpening checks that a person's role phrase that opens
// with a function word ("…, for his wife Laura Reyes") takes no name
// before it as the person's side: the state in "in Dayton, Ohio," is
// another phrase's, and she stays a party in her own name; while a role
// word that such a phrase completes ("European Union ambassador | to the
// Compact, Liv Aasen") still brings its side.
func TestRoleSpanClosedOpening(t *testing.T) {
	tests := []struct {
		name, text string
		own        string // a party in their own name
		ofParty    string // "party:person", the person listed with the party
	}{
		{"a place before the phrase", "Former governor backs wife's Senate bid\n\nDAYTON, Ohio, Oct. 4 - Former Governor Tom Reyes praised the state's new school funding law during a campaign stop in Dayton, Ohio, for his wife Laura Reyes.\n\n\"She wrote that law,\" Tom Reyes said. Laura Reyes said she would fight for every school in the state if elected.\n\nLaura Reyes told supporters that her opponent had voted against the law twice.\n",
			"Laura Reyes", ""},
		{"a role the phrase completes", "Orelia's fisheries bid blocked again\n\nThe Republic of Tarsa blocked Orelia's bid to join the Southern Fisheries Compact for the fourth time on Tuesday. Tarsa said it could not approve Orelia's application while a boundary dispute was under review. But several members criticised the move, and European Union ambassador to the Compact, Liv Aasen, said Orelia's application \"must be judged on its merits alone\".\n",
			"", "European Union:Liv Aasen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOwnAndListed(t, treeBrief(t, tt.text), tt.own, tt.ofParty)
		})
	}
}
