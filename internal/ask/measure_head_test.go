package ask

import "testing"

// TestMeasureHeadUnwritten: "what is the new levy rate on the quarry" is
// answered by the sentence that gives the levy's figures without the word
// "rate", and "what is the number of …" by the count; a question whose
// topic no sentence gives is still declined.
func TestMeasureHeadUnwritten(t *testing.T) {
	a := textArticle(t, `Quarry owner and county settle on a higher levy

DUNMORE, 4 May - The county council and the owner of the Carrowkeel quarry signed a new agreement on Thursday after six months of talks about the damage done to local roads by gravel lorries.

Under the agreement, the levy on every tonne taken from the pit goes up from 3% to 4.5% of its sale value, and the council may close the pit road on market days.

The owner, Gleeson Aggregates, said the deal was fair. "We wanted certainty and we have it," its managing director, Orla Keane, said.
`)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"what's the new levy rate on the quarry", []string{"4.5%"}},
		{"what is the new levy rate on the quarry", []string{"4.5%"}},
	} {
		checkAnswer(t, c.q, a.Answer(c.q, nil), c.want, nil, false)
	}
	q := "what is the new speed limit rate for the lorries"
	if r := a.Answer(q, nil); !r.Declined {
		t.Errorf("%q: want a decline, got %q", q, r.Answer)
	}
}
