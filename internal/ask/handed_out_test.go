package ask

import "testing"

// TestHandedOut checks that "handed out" or "given out" asks how
// something is distributed, which the article may write as allocated.
func TestHandedOut(t *testing.T) {
	a := textArticle(t, "Traders agree to move to new market\n\nMALABO — Traders at the old market agreed on Monday to move to the new building in March.\n\nStalls will be allocated by a public lottery held in front of the traders, and the monthly rent is fixed for five years.\n\nThe council will pay for the move.\n")
	for _, q := range []string{"how will the stalls be handed out", "how will stalls be given out"} {
		checkAnswer(t, q, a.Answer(q, nil), []string{"public lottery"}, nil, false)
	}
}
