package ask

import "testing"

// TestChangeByAPart: "cut the fees by a fifth" says how big the cut is,
// and "150,000 Norfolk Island dollars" is a sum of money, though the
// country's words are a place's.
func TestChangeByAPart(t *testing.T) {
	a := textArticle(t, `Harbour board cuts fees for ferries

KIRKWALL, 4 May - The harbour board agreed on Monday to cut the landing fees it charges ferry operators at Stromvik by a fifth for the next three summers, after two operators threatened to move their sailings to a rival pier.

The operators had asked for a cut of a third. The board said the smaller cut was all its budget allowed.

Under the deal, the operators will also pay 150,000 Norfolk Island dollars into a fund for repairs to the old pier.

"We wanted more, but a fifth is a start," said Ewan Tulloch, who runs the larger of the two companies.
`)
	tests := []struct {
		q    string
		want string
	}{
		{"how big a cut in landing fees did the harbour board agree to", "by a fifth"},
		{"how much money will the operators pay into the repair fund", "150,000"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			checkAnswer(t, tt.q, a.Answer(tt.q, nil), []string{tt.want}, nil, false)
		})
	}
}
