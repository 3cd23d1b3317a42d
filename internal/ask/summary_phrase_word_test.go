package ask

import "testing"

// TestSummaryPhraseWholeWord: a question asks for the article's gist only
// when it writes the phrase as words of its own; a name that holds the
// letters ("Marrow Logistics", "Tegist Holdings") makes no summary
// question, while "the gist" and "summarise" still do.
func TestSummaryPhraseWholeWord(t *testing.T) {
	a := textArticle(t, "Marrow Logistics agreed on Monday to sell its river depot at Quellby to the county for 8 million crowns, ending a dispute that had run for two years.\n\n"+
		"The county plans to turn the depot into a bus garage, council leader Petra Ondrisek said.\n\n"+
		"Marrow Logistics is owned by the Halvard family and two pension funds from Brisk, the company said in a statement.\n\n"+
		"The sale still needs the approval of the regional audit office, which meets in June.\n")
	for _, c := range []struct {
		q       string
		summary bool
	}{
		{"who owns marrow logistics", false},
		{"what did marrow logistics sell", false},
		{"who runs tegist holdings", false},
		{"whats the gist", true},
		{"can you summarise this", true},
		{"tl;dr", true},
	} {
		q := a.parse(c.q, nil)
		if got := q.intent == intentSummary; got != c.summary {
			t.Errorf("%q: summary intent %v, want %v", c.q, got, c.summary)
		}
	}
	r := a.Answer("who owns marrow logistics", nil)
	checkAnswer(t, "who owns marrow logistics", r, []string{"Halvard"}, []string{"The parties"}, false)
}
