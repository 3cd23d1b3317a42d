package nlp

import (
	"slices"
	"strings"
	"testing"
)

// TestSingleMarksAreQuotations checks that coreference reads a quotation
// in single marks (British style) as one, as it does a quotation in
// double marks: the name inside it is the speaker's word, and "she" after
// it goes with the analyst the story just named, not with the company the
// quotation speaks of.
func TestSingleMarksAreQuotations(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "A spokeswoman for Kestrel said the company had “no plans to close the Varna plant” and would meet the union “as soon as the sale is completed.”\n\n" +
		"Petya Dimova, an analyst at a Sofia bank, said the price valued Zlatna Mlyako at about eleven times its annual operating profit, high for a regional dairy. “Kestrel is paying for the shelf space, not the factory,” she said. “Zlatna is in every supermarket in Bulgaria.”"
	for _, marks := range []*strings.Replacer{strings.NewReplacer(), strings.NewReplacer("“", "‘", "”", "’")} {
		a := an.Analyze(marks.Replace(text))
		found := false
		for _, c := range a.Clusters {
			var spans []string
			for _, mi := range c.Mentions {
				spans = append(spans, a.Span(a.Mentions[mi].First, a.Mentions[mi].Last))
			}
			if slices.Contains(spans, "she") {
				found = true
				if !slices.Contains(spans, "Petya Dimova") {
					t.Errorf("%s: she in %q, want with Petya Dimova", marks.Replace("“"), spans)
				}
			}
		}
		if !found {
			t.Errorf("%s: she in no cluster", marks.Replace("“"))
		}
	}
}
