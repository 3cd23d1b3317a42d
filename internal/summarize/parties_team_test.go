package summarize

import (
	"slices"
	"testing"
)

// TestAideOfACampaign checks that a person whose role is in a
// candidate's campaign or team ("a senior adviser to the Dalton campaign")
// is listed with that candidate, not as a party of their own.
func TestAideOfACampaign(t *testing.T) {
	tests := []struct{ name, text, aide string }{
		{"adviser to the campaign", "Dalton and Okafor clash over school funding\n\nGovernor candidate Mara Dalton said on Tuesday that she would raise teachers' pay if elected. Her rival, Daniel Okafor, said the state could not afford it.\n\nTara Quinn, a senior adviser to the Dalton campaign, said the plan was fully costed. \"Every dollar is accounted for,\" Quinn said.\n\nOkafor said Dalton had not explained where the money would come from. \"It is a promise with no budget,\" Okafor told supporters in Brenton.\n\nDalton hit back on Wednesday, saying Okafor had voted to cut school budgets twice. Quinn said the campaign would publish the figures.\n",
			"Tara Quinn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if _, ok := partyNamed(b, tt.aide); ok {
				t.Errorf("parties %v: %s is an aide, not a party", b.Parties, tt.aide)
			}
			p, ok := partyNamed(b, "Mara Dalton")
			if !ok || !slices.Contains(p.People, tt.aide) {
				t.Errorf("parties %v: want %s with Mara Dalton", b.Parties, tt.aide)
			}
		})
	}
}
