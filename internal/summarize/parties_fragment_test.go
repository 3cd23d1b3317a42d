package summarize

import "testing"

// TestNameStartFragment checks that a single word the text only ever
// writes as the first word of a longer name (before a number, or before
// "for" or "of" and capitalised words) is a piece of that name: the party
// is the whole name, and a body's. A word the text also writes on its own,
// or that opens different names, stays as it is.
func TestNameStartFragment(t *testing.T) {
	tests := []struct {
		name, text, word, want string
	}{
		{"before for and a name", "Neighbours for Quiet Streets said the plan was rushed. Neighbours for Quiet Streets will meet the council.", "Neighbours", "Neighbours for Quiet Streets"},
		{"before of the and a name", "Friends of the Marsh asked the mayor to wait.", "Friends", "Friends of the Marsh"},
		{"before a number", "Most Index 250 firms pay less tax than the Index 250 average suggests.", "Index", "Index 250"},
		{"also alone", "Corvane of Leeds signed the deal. Corvane said it was pleased.", "Corvane", ""},
		{"different names", "Friends of the Marsh and Friends of the Heath disagree.", "Friends", ""},
		{"of a common word", "Velmora of course said no.", "Velmora", ""},
		{"not written", "The council met the residents.", "Neighbours", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := newDoc(tt.text).nameFrom(tt.word); got != tt.want {
				t.Errorf("nameFrom(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
	b := treeBrief(t, "Tenants fight rent rise in Dunmore\n\nTenants for Fair Housing, a group of renters in Dunmore, said on Monday that Harlow Estates had refused to freeze rents for a second year.\n\n\"We asked for a meeting and got a letter,\" said Maeve Collins, who chairs Tenants for Fair Housing. Harlow Estates said costs had risen and that it would not change its plans.\n\nThe Committee for a Sound Local Budget warned that the dispute could reach the courts.\n")
	for _, p := range b.Parties {
		if p.Name == "Tenants" || p.Name == "Committee" {
			t.Errorf("parties %v: %q is a piece of a longer name", b.Parties, p.Name)
		}
	}
	if p, ok := partyNamed(b, "Committee for a Sound Local Budget"); !ok || p.Kind != KindOrganisation {
		t.Errorf("parties %v: want the Committee for a Sound Local Budget, an organisation", b.Parties)
	}
}
