package summarize

import "testing"

// TestStatesAreAGroup checks that states a story names only as a
// plural description, acting together ("Eleven states sued the agency…
// The states argue…"), are a group party, as workers or shareholders are.
func TestStatesAreAGroup(t *testing.T) {
	tests := []struct{ name, text, group string }{
		{"coalition of states", "Water rule heads to court\n\nA new federal water rule faced its first legal test on Monday as eleven states asked a court to block it.\n\nThe Clean Rivers Agency said the rule would protect drinking water for millions. \"The science is clear,\" agency director Lena Ortiz said.\n\nThe states argue that the agency overstepped its powers. Eleven states filed the suit in Denver, and the states have asked for a ruling before the rule takes effect in May.\n\nFarm groups have backed the challenge.\n",
			"the states"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if p, ok := partyNamed(b, tt.group); !ok || p.Kind != KindGroup {
				t.Errorf("parties %v: want %s, a group", b.Parties, tt.group)
			}
		})
	}
}
