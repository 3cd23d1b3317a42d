package summarize

import "testing"

// TestCandidateOutranksParty checks that a candidate the story follows,
// named more often than the political party they run for, is a party in
// their own name while the party that acts of itself stays a party too;
// and that the party's own leader still speaks for the party.
func TestCandidateOutranksParty(t *testing.T) {
	tests := []struct {
		name, text string
		own        string // a party in their own name
		ofParty    string // "party:person", the person listed with the party
	}{
		{"a nominee", "Governor race tightens\n\nHELENA, Oct. 4 - Republican Marla Quist said on Tuesday she would cut the state's fuel tax if elected.\n\n\"Families here drive long roads to work,\" Quist told supporters in Billings. Quist also promised to freeze tuition at state colleges.\n\nQuist said her rival had no plan for rural hospitals, and Quist added that she would debate him anywhere.\n\nRepublicans in the state senate passed a budget last week. Republicans said it would balance the books.",
			"Marla Quist", ""},
		{"a party leader", "Liberals walk out of budget talks\n\nOTTAWA, Oct. 4 - Liberal leader Dorian Vell said on Tuesday his party would not back the budget.\n\n\"We were not consulted,\" Vell told reporters. Vell said the cuts to transit were a mistake, and Vell added that talks could resume next week.\n\nThe Liberals voted against the motion on Monday.",
			"", "Liberals:Dorian Vell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOwnAndListed(t, treeBrief(t, tt.text), tt.own, tt.ofParty)
		})
	}
}

// checkOwnAndListed checks that own (when set) is a party in their own
// name, a person, and that ofParty ("party:person", when set) is a person
// listed with that party.
func checkOwnAndListed(t *testing.T, b *Brief, own, ofParty string) {
	t.Helper()
	if own != "" {
		if p, ok := partyNamed(b, own); !ok || p.Kind != KindPerson {
			t.Errorf("%s is no party in their own name: %+v", own, b.Parties)
		}
	}
	if ofParty == "" {
		return
	}
	for _, p := range b.Parties {
		for _, person := range p.People {
			if p.Name+":"+person == ofParty {
				return
			}
		}
	}
	t.Errorf("want %s among the parties' people: %+v", ofParty, b.Parties)
}
