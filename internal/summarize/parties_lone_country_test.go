package summarize

import "testing"

// TestOfficialActsInOwnName checks the parties of a story of one
// country's own affairs: an official whose role names no country and who
// acts far more than the country, named only in passing, is a party in
// their own name, not the country's voice; and the one country, with no
// one acting for it and nothing done to it, ranked below a person who
// leads the story in their own name, is the setting of their acts, not a
// party, even where it acts itself.
func TestOfficialActsInOwnName(t *testing.T) {
	tests := []struct{ name, text, person, country string }{
		{"official acts", "Farm bill stalls again\n\nVice President Ellen Marsh pressed senators on Monday to pass the farm bill before the recess. Marsh met grain growers in the afternoon and urged them to back the measure. She also phoned the bill's critics and promised changes to the subsidy rules.\n\nFarmers across Canada have waited two years for the bill, said Tom Reyes, who heads the Prairie Growers Association. \"We need certainty,\" Reyes said.\n\nThe association plans a rally next week.\n",
			"Ellen Marsh", "Canada"},
		{"country acts less", "Minister vows to cut levies\n\nFinance Minister Priya Lund promised on Friday to cut property levies. Lund told a chamber of commerce lunch that she would freeze licence fees for two years. Lund also said she would scrap the zoning board.\n\nCanada raised its sales tax last year.\n\nOwen Pratt, who chairs the Small Shops Alliance, called the plan reckless. \"It cannot be paid for,\" Pratt said.\n",
			"Priya Lund", "Canada"},
		{"country dealt with", "Minister defends levy cuts\n\nFinance Minister Priya Lund promised on Friday to cut property levies. Lund told a chamber of commerce lunch that she would freeze licence fees for two years. Lund also said she would scrap the zoning board.\n\nCanada raised its sales tax last year, and exporters blamed Canada for the slump that followed.\n\nOwen Pratt, who chairs the Small Shops Alliance, called the plan reckless. \"It cannot be paid for,\" Pratt said.\n",
			"Priya Lund", "Canada"},
		{"country the setting", "Hopeful vows to cut levies\n\nPriya Lund, a bakery owner running for governor, promised on Friday to cut property levies. Lund told supporters at a rally that she would freeze licence fees for two years. Lund also said she would scrap the zoning board.\n\nCanada raised its sales tax last year, and Canada cut transfers to the provinces in the spring.\n\nLund's rival, Owen Pratt, called the plan reckless. \"It cannot be paid for,\" Pratt said.\n",
			"Priya Lund", "Canada"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			found := false
			for _, p := range b.Parties {
				if p.Name == tt.person && p.Kind == KindPerson {
					found = true
				}
				if p.Name == tt.country {
					t.Errorf("parties %v: %s is the setting, not a party", b.Parties, tt.country)
				}
			}
			if !found {
				t.Errorf("parties %v: want %s as a person", b.Parties, tt.person)
			}
		})
	}
}
