package ask

import "testing"

// TestSelfAskedCoverage: a question the article asks itself as a
// subheading ("What if a trawler fishes out of season?") covers a reader's
// question together with the paragraph that answers it, which need not
// repeat the subheading's words ("a fine of 12,000 marks").
func TestSelfAskedCoverage(t *testing.T) {
	a := textArticle(t, `Explainer: the Brevik fishing pact and what it changes

Fishing cooperatives in Brevik and the regional fisheries board agreed last week on a closed season for cod in the Selvan fjord.

What does the pact change?

From next spring, no cod may be landed in the fjord between February and April. The board will count catches at the harbour scales.

What if a trawler fishes out of season?

Its owner will pay a fine of 12,000 marks for each landing, and a second offence can cost the boat its licence.

"Nobody wants to see the fjord empty," said cooperative chair Halvor Mjelde.`)
	q := "what is the fine for a brevik trawler that breaks the fishing season"
	checkAnswer(t, q, a.Answer(q, nil), []string{"12,000 marks"}, nil, false)
}
