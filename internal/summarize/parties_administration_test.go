package summarize

import "testing"

// TestAdministrationActsNotItsHead checks that a statement of an
// administration or a government named for a person ("The Varga
// administration has refused to…") is not that person's: the
// government speaks, not its head in person, who is no party for it.
func TestAdministrationActsNotItsHead(t *testing.T) {
	tests := []struct{ name, text, person string }{
		{"administration", "Dock union rejects pay offer\n\nThe Harbour Workers Union rejected a new pay offer from port operators on Tuesday, its third rejection this year.\n\nUnion leader Mara Kessel said the offer did not keep pace with prices. \"Our members cannot live on promises,\" Kessel said.\n\nThe port operators said the offer was final. The Varga administration has refused to intervene in the dispute.\n\nThe operators and the union are due to meet again next week.\n",
			"Varga"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, p := range b.Parties {
				if p.Name == tt.person {
					t.Errorf("parties %v: %s is named only through the administration", b.Parties, tt.person)
				}
			}
		})
	}
}
