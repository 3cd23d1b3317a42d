package ask

import "testing"

// TestSizedWhenFigure: "how big a cash reserve must Tellmark hold" is
// not answered by a figure a preposition of time brings ("held a cash
// reserve in only three of the past nine years"), which tells when, not
// how big.
func TestSizedWhenFigure(t *testing.T) {
	a := textArticle(t, `Tellmark signs rescue pact with lenders

Tellmark, the ferry operator, and its four lenders signed a rescue pact in Varnhold on Friday.

Under the pact, the operator will keep a cash reserve worth at least 4% of turnover, checked every quarter by an outside auditor.

Auditor Pell Ostrander noted that Tellmark held a cash reserve in only three of the past nine years of trading.

"We can live with the reserve," said finance chief Dorrit Skaale.
`)
	q := "how big a cash reserve must tellmark hold under the pact"
	checkAnswer(t, q, a.Answer(q, nil), []string{"4%"}, []string{"three of the past nine"}, false)
}
