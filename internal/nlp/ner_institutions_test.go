package nlp

import "testing"

// TestInstitutionRuns checks that a run of capitalised words ending in an
// institution's word, with the "of" phrase after a head that takes one,
// is one organisation, taking in the place or people the model read
// inside it; and that a place's possessive joins a public body's name,
// not a firm's.
func TestInstitutionRuns(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
		org        bool // want is an organisation (else: no entity spans it)
	}{
		{"Negotiators for the United States Maritime Alliance said on Monday that talks would resume.", "United States Maritime Alliance", true},
		{"The Federation of Independent Cycle Retailers said the parts would be available for ten years.", "Federation of Independent Cycle Retailers", true},
		{"A spokesman for Japan's Ministry of Economy, Trade and Industry said the plan was sound.", "Japan's Ministry of Economy, Trade and Industry", true},
		{"The owners were represented by the Faroese Shipowners’ Association at the talks.", "Faroese Shipowners’ Association", true},
		{"Thailand's Siam Harvest Group has agreed to buy the salmon farmer.", "Thailand's Siam Harvest Group", false},
		// Heads of civic and financial bodies: a network, a forum, a
		// movement, a society, a fund.
		{"The Lough Arrow Anglers’ Network, which took the case to court, said the permit was still too generous.", "Lough Arrow Anglers’ Network", true},
		{"Speaking for the Tavira Coastal Residents Forum, its secretary said the dunes were not for sale.", "Tavira Coastal Residents Forum", true},
		{"The Orinoco Delta Land Fund will pay two thirds of the price.", "Orinoco Delta Land Fund", true},
		// A firm by the plural noun of its trade: plantations,
		// fisheries, mines, farms, estates.
		{"The villagers have been in dispute with Sungai Rimba Plantations since 2009.", "Sungai Rimba Plantations", true},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if a.Span(e.First, e.Last) == tt.want {
				found = true
				if e.Type != ORG {
					t.Errorf("%q typed %s, want ORG", tt.want, e.Type)
				}
			}
		}
		if found != tt.org {
			var got []string
			for _, e := range a.Entities {
				got = append(got, a.Span(e.First, e.Last)+"/"+e.Type)
			}
			t.Errorf("%q: entity %q found %v, want %v; entities %q", tt.text, tt.want, found, tt.org, got)
		}
	}
}
