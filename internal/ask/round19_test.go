package ask

import "testing"

// TestRound19: a surname alone that two people of the story share ("Lee
// said", with Lee Soo-min and Lee Jung-ho) is neither's when asked what
// one of them said.
func TestRound19(t *testing.T) {
	blog := textArticle(t, `Doctors' strike talks: live updates

Lee Soo-min, spokesperson for the Korean Medical Practitioners' Federation, briefed reporters during a break.

“The government has accepted in principle that a 36-hour shift is not acceptable. That is real progress,” she said.

Speaking to reporters during a dinner break, Vice Minister Lee Jung-ho said the government was open to phasing in the increase.

“Going back to zero is not an option. The regions need doctors,” Lee said.`)
	runAnswerCases(t, []answerCase{
		{"a surname two people share", blog, "What did the federation's spokesperson say?", []string{"real progress"}, []string{"Going back to zero"}, false},
	})
}
