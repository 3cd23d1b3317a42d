package nlp

import (
	"os"
	"testing"
)

// TestCorefRankApart checks that a description holding a rank below its
// noun ("The deputy leader of the council") does not join the person the
// story named by the noun alone ("Council leader Brigitte Havel"), and
// that its later mention ("the deputy leader said") goes with the
// earlier deputy. The article is invented.
func TestCorefRankApart(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/coref_rank_ferry.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(string(text))
	spans := []string{"Brigitte Havel", "The deputy leader of the council", "the deputy leader"}
	got := []int{-2, -2, -2}
	for _, m := range a.Mentions {
		for i, s := range spans {
			if got[i] == -2 && a.Span(m.First, m.Last) == s {
				got[i] = m.Cluster
			}
		}
	}
	if got[0] < 0 || got[1] == got[0] || got[2] == got[0] || got[1] != got[2] {
		t.Errorf("clusters of the leader, the deputy, the deputy again = %v: want the deputies together, apart from the leader", got)
	}
}
