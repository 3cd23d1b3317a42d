package nlp

import "testing"

// TestAgreeingConjuncts checks that a verb in the third person singular
// with no subject of its own, read as a conjunct of a plural verb inside
// another verb's that-clause ("Her report recommends that the parties
// begin talks … and warns that…"), joins the verb whose subject it
// shares, while a conjunct that agrees stays where it is.
func TestAgreeingConjuncts(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, verb, wantHead string }{
		{"Her report recommends that the three parties \u201cbegin negotiations on a coalition agreement without delay\u201d and warns that \u201cthe farm dossier cannot be postponed\u201d.", "warns", "recommends"},
		{"The mediator says that the union accepts the offer and asks for a vote on Friday.", "asks", "accepts"},
	} {
		a := an.Analyze(tt.text)
		v := tokenNamed(t, a, tt.verb)
		if h := a.Tokens[v].Head; h < 0 || a.Tokens[h].Text != tt.wantHead {
			got := "root"
			if h >= 0 {
				got = a.Tokens[h].Text
			}
			t.Errorf("%q: %s hangs from %s as %s, want %s", tt.text, tt.verb, got, a.Tokens[v].Rel, tt.wantHead)
		}
	}
}
