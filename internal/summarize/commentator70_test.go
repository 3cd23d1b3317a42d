package summarize

import "testing"

// TestCommentatorTaggedAdjective checks that a reporter quoted for comment
// is no party even where the tagger read the role's noun as an adjective
// ("BBC labour affairs correspondent Maria Penhallow", "correspondent"
// tagged ADJ): what the reporter says is no side's position.
func TestCommentatorTaggedAdjective(t *testing.T) {
	tests := []struct {
		name, credit, person string
	}{
		{"role read as an adjective", "said BBC labour affairs correspondent Maria Penhallow", "Maria Penhallow"},
		{"role read as a noun", "said BBC industry correspondent Maria Penhallow", "Maria Penhallow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Dock strike talks resume\n\nPort employers and the dockers' union met again on Monday in Felton to try to end the strike.\n\nThe union's leader, Ray Dorn, said the offer was \"an insult to every docker\".\n\nThe employers said they would not raise their offer of 3%.\n\nBoth sides want to avoid a long dispute before the harvest season begins, " + tt.credit + ".\n"
			b := treeBrief(t, text)
			for _, p := range b.Parties {
				if p.Name == tt.person {
					t.Errorf("the reporter %q is listed as a party: %+v", tt.person, b.Parties)
				}
			}
			for _, p := range b.Positions {
				if p.Party == tt.person {
					t.Errorf("the reporter's comment is a position: %+v", p)
				}
			}
		})
	}
}
