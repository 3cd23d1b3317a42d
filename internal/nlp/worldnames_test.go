package nlp

import (
	"strings"
	"testing"
)

// TestWorldGivenNames: a given name the trained gender lexicon does not
// know but the run-time lists do ("Solveig", "Tomasz") tells a "he" from
// a "she", so the pronouns go to the right person of two introduced
// together.
func TestWorldGivenNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The first thing Solveig Brekke noticed about Tomasz Wrona was that he never took notes. " +
		"Brekke, a veteran Norwegian mediator, thought it was a pose. It was not the one she expected."
	a := an.Analyze(text)
	for _, tt := range []struct{ pron, want string }{{"he never", "Tomasz Wrona"}, {"she expected", "Solveig Brekke"}} {
		at := strings.Index(text, tt.pron)
		ti := -1
		for i, tok := range a.Tokens {
			if tok.Start == at {
				ti = i
			}
		}
		if ti < 0 || a.Tokens[ti].Mention < 0 {
			t.Fatalf("no mention at %q", tt.pron)
		}
		c := a.Mentions[a.Tokens[ti].Mention].Cluster
		var words []string
		for _, mi := range a.Clusters[c].Mentions {
			words = append(words, a.Span(a.Mentions[mi].First, a.Mentions[mi].Last))
		}
		if !strings.Contains(strings.Join(words, "|"), tt.want) {
			t.Errorf("%q is in cluster %v, want %s's", tt.pron, words, tt.want)
		}
	}
	if worldNames["Sigrun"] != 'f' || worldNames["Håkon"] != 'm' || worldNames["Andrea"] != 0 {
		t.Errorf("worldNames: Sigrun %q Håkon %q Andrea %q", worldNames["Sigrun"], worldNames["Håkon"], worldNames["Andrea"])
	}
}

// TestNameGender: the analyzer tells the sex of a given name from the
// trained lexicon, then from the run-time lists, and not at all for a
// word that is no given name.
func TestNameGender(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		want byte
	}{{"Marisol", 'f'}, {"Halvard", 'm'}, {"John", 'm'}, {"Mary", 'f'}, {"Negotiations", 0}} {
		if got := an.NameGender(tt.name); got != tt.want {
			t.Errorf("NameGender(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
