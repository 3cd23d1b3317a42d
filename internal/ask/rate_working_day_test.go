package ask

import "testing"

// rateWorkingDayText is a story whose rate is written with a qualified
// unit of time ("every working day").
const rateWorkingDayText = `Ferry deal keeps Korrin clinics staffed

DALVIK HARBOUR — The Korrin health board and the Tallow Strait ferry line agreed on Monday to run an extra dawn crossing for hospital staff, ending a month of late shifts at the island's clinics.

The board reckons the boats carry about 2,400 cross-strait nurses to the Korrin clinics every working day, most on the first two sailings.

The ferry line will add the new crossing from March and keep the fare for staff at four crowns, the board said.

“Nobody should have to choose between the tide and a patient,” said Mirela Osk, who chairs the board.
`

// TestRateWorkingDay checks that "each day" is answered by a count
// given "every working day": a rate in a qualified unit of time.
func TestRateWorkingDay(t *testing.T) {
	a := textArticle(t, rateWorkingDayText)
	q := "how many nurses travel to the korrin clinics each day"
	checkAnswer(t, q, a.Answer(q, nil), []string{"2,400 cross-strait nurses"}, nil, false)
}

// TestCountedAfterHyphenedModifier checks that "how many cross-strait
// nurses" counts nurses, not "cross": the analysis layer reads the
// hyphened modifier as one token, the question as two words.
func TestCountedAfterHyphenedModifier(t *testing.T) {
	a := textArticle(t, rateWorkingDayText)
	q := "how many cross-strait nurses travel to the korrin clinics each day"
	if c := a.parse(q, nil).counted; c != "nurses" {
		t.Errorf("%q counts %q, want nurses", q, c)
	}
	checkAnswer(t, q, a.Answer(q, nil), []string{"2,400 cross-strait nurses"}, nil, false)
}
