package ask

import "testing"

// TestCopularNounFigure: "what's the new weekend premium at the quay" is
// answered by the sentence that gives the premium its figure, not by an
// earlier one whose figures belong to other things listed beside the
// premium.
func TestCopularNounFigure(t *testing.T) {
	a := textArticle(t, `Ferry crews and Brellan Quay settle

Crews at Brellan Quay returned to the gangways on Thursday after the Marrow Line and the crew guild came to terms on a harbour deal.

In short: the guild and the Marrow Line have signed up to a 3% rise in base wages, 40 new berths and a higher weekend premium for the quay.

The guild's summary of the terms lists these points:

- weekend premium from 18% to 24%;

- winter rota fixed in advance;

"The quay can breathe again," said guild steward Orla Penhallow.
`)
	q := "whats the new weekend premium at the quay"
	checkAnswer(t, q, a.Answer(q, nil), []string{"24%"}, []string{"40 new berths"}, false)
}

// TestCopularNounFigureVerb: the figure a verb gives the noun, its
// subject ("the quota for figs climbs from 600 to 1,400"), is the
// noun's own; the earlier lead that only names the quotas is not.
func TestCopularNounFigureVerb(t *testing.T) {
	a := textArticle(t, `Valdoria wins larger fruit quotas

Valdoria and the Kessan League have agreed to lift the duty-free quotas for Valdorian figs, pears and quinces from next spring, closing a three-year dispute over orchard access.

Under the new schedule, the duty-free quota for pears climbs from 2,000 tonnes to 3,500, and for figs from 600 to 1,400.

"The orchards in the east have waited long enough," said trade envoy Ilse Marrow.
`)
	q := "what is the new quota for figs"
	checkAnswer(t, q, a.Answer(q, nil), []string{"1,400"}, nil, false)
}
