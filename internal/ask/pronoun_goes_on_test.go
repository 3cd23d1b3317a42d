package ask

import "testing"

// TestSubjectPronounGoesOn checks that a quotation credited by "he said"
// stays its speaker's when the sentence before has the same "he" as its
// subject and only mentions another person ("he pointed at Asante's
// trucks").
func TestSubjectPronounGoesOn(t *testing.T) {
	text := `Truce holds in river town as elders broker deal

KALANGA — Two militias agreed on Sunday to a thirty-day truce in Kalanga, where the river port has changed hands three times this year.

Under the deal, an inspection team of four clerks will review the port's books for the past two years and report within a month.

Kwame Asante, who leads the Harbour Guard, said his men would leave the port by Friday. “We have kept the peace here,” he said.

The River Brigade commander, Osei Mensah Boateng, said on the radio that his fighters wanted “a fair share, not charity” from the port fees.

In the evening Boateng left the meeting hall without stopping for long. Asked about the inspection, he pointed at Kwame Asante’s trucks, which were leaving the square. “Thirty days, and then we will know who took the money,” he said.
`
	a := textArticle(t, text)
	q := "what did the river brigade commander say about the inspection"
	checkAnswer(t, q, a.Answer(q, nil), []string{"Osei Mensah Boateng", "who took the money"}, []string{"Asante said"}, false)
}
