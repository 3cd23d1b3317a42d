package ask

import "testing"

// TestNextYearReported: "how much … next year" is answered by what a
// speaker said would come ("the boats would land 3,200 tonnes"), told
// without the year, and not by last year's figure.
func TestNextYearReported(t *testing.T) {
	a := textArticle(t, `Herring talks end with a smaller catch for Vardholm

VARDHOLM, 2 December - Fishing talks between Vardholm and its neighbour ended on Tuesday night with a deal that trims the island's herring catch in the northern grounds.

Under the old arrangement, Vardholm boats landed 4,000 tonnes of herring there last year.

At a press conference after the talks, fisheries minister Anja Holt said Vardholm boats would land 3,200 tonnes of herring in the northern grounds and that the neighbour's boats would get more time in the island's bays.

"It is less than we hoped, but it is a deal," Holt said.
`)
	q := "how much herring can vardholm boats land in the northern grounds next year"
	checkAnswer(t, q, a.Answer(q, nil), []string{"3,200"}, nil, false)
}
