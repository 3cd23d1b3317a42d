package ask

import "testing"

// TestHowOftenAndHeadlinePrice checks that "how often" asks for a
// frequency ("every three months"), not the first number near the
// question's words, and that a price the headline gives in brief is
// answered by the story sentence that gives it in full.
func TestHowOftenAndHeadlinePrice(t *testing.T) {
	text := `Tanaka buys Kestrel Abrasives for CHF 84m, guarantees Dunmore plant and apprenticeships until 2030

By Lena Fisk, Industrial Review

Tanaka, the Ohio maker of grinding machines, has agreed to buy Kestrel Abrasives, the family-owned maker of sanding belts and polishing wheels based in Dunmore, Pennsylvania, for an enterprise value of CHF 84 million.

Talks between the union and the company resume at ten on Monday, two days after the sale was announced.

The agreement says the company and the union “shall meet every three months to review staffing at the Dunmore plant, and no shift shall be cut without that meeting having taken place.”

Kestrel employs 310 people at the plant, which opened in 1958.
`
	a := textArticle(t, text)
	tests := []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"how often will the company and the union meet to review staffing", []string{"every three months"}, []string{"resume at ten"}},
		{"how much is tanaka paying for kestrel", []string{"CHF 84 million"}, []string{"CHF 84m"}},
	}
	for _, tc := range tests {
		checkAnswer(t, tc.q, a.Answer(tc.q, nil), tc.want, tc.notWant, false)
	}
}

// TestHowOftenAlongARoad checks that "how often" may ask how far apart
// things come ("a water point every 500 metres").
func TestHowOftenAlongARoad(t *testing.T) {
	text := `Herders and farmers agree grazing corridor

ATI — Herders and farmers signed a convention on Saturday that opens a grazing corridor 60 metres wide through the valley.

The corridor will have a water point every 500 metres and a resting area every ten kilometres, and farmers may not plant within it.

The convention was signed in the presence of the prefect, who called it a model for the region.
`
	a := textArticle(t, text)
	q := "how often must there be a water point along the corridor"
	checkAnswer(t, q, a.Answer(q, nil), []string{"every 500 metres"}, nil, false)
}
