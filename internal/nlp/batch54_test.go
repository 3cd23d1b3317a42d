package nlp

import "testing"

// TestBatch54FirmsBeforeOf: a name that ends in a firm's designation and
// runs on over "of" into a place ("Thalassa Bulk Management of Piraeus")
// is the firm's, not a person's; a person's name that runs on over "of"
// into a firm whose name ends in a designation ("Martin Kessler of Harrow
// Lane Capital") stays a person's, with the firm beside it; "Air" closes
// an airline's name ("Aegea Air says…").
func TestBatch54FirmsBeforeOf(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"The ship is managed by Thalassa Bulk Management of Piraeus. Thalassa has issued a short statement.",
			[]string{"ORG:Thalassa Bulk Management"}, nil},
		{"Its chair, Martin Kessler of Harrow Lane Capital, was more guarded.",
			[]string{"PERSON:Martin Kessler", "ORG:Harrow Lane Capital"}, nil},
		{"5:30 a.m. — Aegea Air says it will try to reinstate most of the cancelled flights.",
			[]string{"ORG:Aegea Air"}, nil},
	})
}
