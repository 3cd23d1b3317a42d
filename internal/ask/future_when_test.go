package ask

import "testing"

// A question about when something will be done is not answered by
// sentences whose every date goes with a deed already done; a date of
// the deed to come, even in the passive ("will be opened by …"),
// answers it.
func TestFutureWhenNeedsTimeToCome(t *testing.T) {
	text := `The Selbury harbour board has backed a plan for a fish market on the old coal wharf.

The deal, worked out over the past winter by the board and the builder Kestrel Works, would lease the old coal wharf for a fish market with forty stalls and a cold store.

Questioned about the cost on Monday, board chair Ilsa Varn said the builder was keen on building but not on paying for the wharf again.

Traders in Selbury have asked for a covered market for a decade.`
	a := textArticle(t, text)
	r := a.Answer("when would building on the old coal wharf start", nil)
	if !r.Declined {
		t.Errorf("a future start answered by past dates: %q", r.Answer)
	}

	told := `The Selbury harbour board has backed a plan for a fish market on the old coal wharf.

The market will be opened to traders by the spring of 2031, the board said.

Traders in Selbury have asked for a covered market for a decade.`
	b := textArticle(t, told)
	r = b.Answer("when will the fish market be opened", nil)
	if r.Declined {
		t.Errorf("a future date declined though the article gives it")
	}
}
