package nlp

import "testing"

// TestCorefPossessorsClash checks the run-time rule that keeps apart two
// descriptions of one head noun whose own phrases name different owners,
// before the head as after it: "Kizuna TV's president" cannot join the
// cluster of "the Sparks' president", and "the Sparks president" can.
func TestCorefPossessorsClash(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Takeshi Morimoto, the Sparks' president, spoke first. Kizuna TV's president spoke next. The Sparks president left early.")
	s := &crRun{a: a}
	s.prepare()
	at := func(word string, nth int) int {
		for k, m := range s.mentions {
			if m.Kind == NominalMention && a.Tokens[m.Head].Text == word {
				if nth == 0 {
					return k
				}
				nth--
			}
		}
		t.Fatalf("no description headed by %q (%d) among %d mentions", word, nth, len(s.mentions))
		return -1
	}
	sparks, kizuna, again := at("president", 0), at("president", 1), at("president", 2)
	for k := range s.clusterOf {
		s.clusterOf[k] = 1
	}
	s.clusterOf[sparks] = 0
	tests := []struct {
		i    int
		want bool
	}{
		{kizuna, true},
		{again, false},
	}
	for _, tc := range tests {
		if got := s.modifierClash(tc.i, 0); got != tc.want {
			t.Errorf("modifierClash(%q, cluster of %q) = %v, want %v", a.Span(s.mentions[tc.i].First, s.mentions[tc.i].Last), a.Span(s.mentions[sparks].First, s.mentions[sparks].Last), got, tc.want)
		}
	}
}
