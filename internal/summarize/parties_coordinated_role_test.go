package summarize

import "testing"

// TestCoordinatedCommentatorRole checks that a commentator's role joined
// to another role ("a tax lawyer and senior fellow at…") makes its
// person an outside voice, as the role alone does: the person is no
// party.
func TestCoordinatedCommentatorRole(t *testing.T) {
	tests := []struct{ name, text, person string }{
		{"lawyer and fellow", "Tax bill splits the city council\n\nThe city council voted on Monday to raise the property tax. \"This is a fair deal,\" said Mayor Ann Cole.\n\nThe Harbor Owners Association said the rise would hurt landlords. \"We will fight it,\" said Tom Reed, the association president.\n\n\"The council had few options,\" said Paul Grant, a property lawyer and senior fellow of the Metro Policy Institute. Grant said the vote was close.\n",
			"Paul Grant"},
		{"consultant and economist", "Bus drivers reject new rota\n\nBus drivers in Orlen voted on Friday to reject a new rota from the transit company, which said it would keep talking.\n\n\"The rota breaks our agreement,\" said Lisa Moor, who leads the drivers' union. The company said the rota would cut delays.\n\nNina Holt, a transport consultant and senior economist with the Civic Trust, said both sides wanted a deal. Holt said talks could resume next week.\n",
			"Nina Holt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, p := range b.Parties {
				if p.Name == tt.person || containsStr(p.People, tt.person) {
					t.Errorf("parties %v: %s comments, takes no side", b.Parties, tt.person)
				}
			}
		})
	}
}
