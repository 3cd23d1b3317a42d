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
	for _, tt := range []struct {
		text string
		want []string // Type:Text of entities that must be found
	}{
		{"The ship is managed by Thalassa Bulk Management of Piraeus. Thalassa has issued a short statement.",
			[]string{"ORG:Thalassa Bulk Management"}},
		{"Its chair, Martin Kessler of Harrow Lane Capital, was more guarded.",
			[]string{"PERSON:Martin Kessler", "ORG:Harrow Lane Capital"}},
		// An airline by the word that closes its name.
		{"5:30 a.m. — Aegea Air says it will try to reinstate most of the cancelled flights.",
			[]string{"ORG:Aegea Air"}},
	} {
		a := an.Analyze(tt.text)
		got := map[string]bool{}
		for _, e := range a.Entities {
			got[e.Type+":"+e.Text] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no entity %s; got %v", tt.text, w, got)
			}
		}
	}
}
