package nlp

import "testing"

// TestCorefItNotPerson: at run time "it" and "its" never join a cluster
// of a person described by a role noun ("the envoy"), however near.
func TestCorefItNotPerson(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The envoy arrived in Doha on Monday with a new plan. It would free the hostages in three stages.",
		"A Western diplomat said the hostages had been moved twice. The aid group Nordhjelp said its staff had spent 46 days in captivity, and it urged both sides to act.",
	} {
		a := an.Analyze(text)
		person := -1
		for _, m := range a.Mentions {
			if w := a.Tokens[m.Head].Lemma; w == "envoy" || w == "diplomat" {
				person = m.Cluster
			}
		}
		if person < 0 {
			t.Fatalf("%q: no mention of the person", text)
		}
		for _, m := range a.Mentions {
			if w := a.Tokens[m.Head].Text; (w == "It" || w == "it" || w == "its") && m.Cluster == person {
				t.Errorf("%q: %q joined the person's cluster", text, w)
			}
		}
	}
}
