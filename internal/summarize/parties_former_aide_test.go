package summarize

import (
	"slices"
	"testing"
)

// TestFormerAide checks that a former aide who comments on the talks is
// an outside voice, not a party, while a serving aide is listed with the
// one they serve.
func TestFormerAide(t *testing.T) {
	tests := []struct {
		name, text, aide string
		party            bool
	}{
		{"a former aide", "Governor Talks With Nurses Stall\n\nGovernor Petra Halvorsen met the nurses' union on Monday to discuss a new pay offer. Halvorsen said the state could offer three percent.\n\nThe union said the offer was too low and that its members would strike on Friday.\n\nIlse Marwick, a former aide to Halvorsen, said the governor had little room to move. \"She has promised the legislature a balanced budget,\" Marwick said. Marwick said a deal was still likely.\n",
			"Ilse Marwick", false},
		{"a serving aide", "Governor Talks With Nurses Stall\n\nGovernor Petra Halvorsen met the nurses' union on Monday to discuss a new pay offer. Halvorsen said the state could offer three percent.\n\nThe union said the offer was too low and that its members would strike on Friday.\n\nIlse Marwick, an aide to Halvorsen, said the governor had little room to move. \"She has promised the legislature a balanced budget,\" Marwick said. Marwick said a deal was still likely.\n",
			"Ilse Marwick", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			_, alone := partyNamed(b, tt.aide)
			with := slices.ContainsFunc(b.Parties, func(p Party) bool { return slices.Contains(p.People, tt.aide) })
			if got := alone || with; got != tt.party {
				t.Errorf("parties %v: %s listed %v, want %v", b.Parties, tt.aide, got, tt.party)
			}
		})
	}
}
