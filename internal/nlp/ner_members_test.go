package nlp

import "testing"

// TestBodyOfTwoMemberKinds checks that a body named by two kinds of
// member joined by "and" ("Coffee Growers and Exporters Union") is one
// organisation, while two countries joined so stay two places.
func TestBodyOfTwoMemberKinds(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
	}{
		{"Members of the United Ferry Owners and Operators Association tied up their boats on Tuesday.", "United Ferry Owners and Operators Association"},
		{"The Coffee Growers and Exporters Union said it would sign the accord.", "Coffee Growers and Exporters Union"},
		{"Ghana and Togo signed the accord with the Cocoa Association.", "Cocoa Association"},
	}
	for _, tc := range tests {
		res := an.Analyze(tc.text)
		found := false
		for _, e := range res.Entities {
			if e.Type == ORG && e.Text == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no ORG %q in %v", tc.text, tc.want, res.Entities)
		}
	}
}
