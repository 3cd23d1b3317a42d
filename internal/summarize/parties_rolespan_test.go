package summarize

import "testing"

// TestRoleSpanClosedOpening checks that a person's role phrase that opens
// with a function word ("…, for his wife Laura Reyes") takes no name
// before it as the person's side: the state in "in Dayton, Ohio," is
// another phrase's, and she stays a party in her own name; while a role
// word that such a phrase completes ("European Union ambassador | to the
// WTO, Carlo Trojan") still brings its side.
func TestRoleSpanClosedOpening(t *testing.T) {
	tests := []struct {
		name, text string
		own        string // a party in their own name
		ofParty    string // "party:person", the person listed with the party
	}{
		{"a place before the phrase", "Former governor backs wife's Senate bid\n\nDAYTON, Ohio, Oct. 4 - Former Governor Tom Reyes praised the state's new school funding law during a campaign stop in Dayton, Ohio, for his wife Laura Reyes.\n\n\"She wrote that law,\" Tom Reyes said. Laura Reyes said she would fight for every school in the state if elected.\n\nLaura Reyes told supporters that her opponent had voted against the law twice.\n",
			"Laura Reyes", ""},
		{"a role the phrase completes", "Iran's WTO bid blocked again\n\nThe United States blocked Iran's bid to join the World Trade Organisation for the 22nd time. The US said it could not approve Iran's application because it is reviewing relations. But several nations criticised the approach, and European Union ambassador to the WTO, Carlo Trojan, said Iran's application \"must be treated independently of political issues\".\n",
			"", "European Union:Carlo Trojan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if tt.own != "" {
				if p, ok := partyNamed(b, tt.own); !ok || p.Kind != KindPerson {
					t.Errorf("%s is no party in their own name: %+v", tt.own, b.Parties)
				}
			}
			if tt.ofParty != "" {
				found := false
				for _, p := range b.Parties {
					for _, person := range p.People {
						if p.Name+":"+person == tt.ofParty {
							found = true
						}
					}
				}
				if !found {
					t.Errorf("want %s among the parties' people: %+v", tt.ofParty, b.Parties)
				}
			}
		})
	}
}
