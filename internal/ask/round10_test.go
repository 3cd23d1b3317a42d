package ask

import "testing"

// TestRound10 covers this round's changes to the answerer: a word of
// asking what someone offered is a noun where the question's noun phrase
// holds it ("What does the new offer value the brewer at?" asks for a
// figure, not for what "the new" offered), and still a verb where it ends
// the question; detention and mediation are asked about in other words
// than the article's ("detained" for "in prison", "mediated" for
// "brokered"), and so is a merger ("merged" for "combine").
func TestRound10(t *testing.T) {
	bid := textArticle(t, `Brewer rejects raised bid

Castlemere raised its cash offer for Harrowgate Brewing on Monday. The new offer values Harrowgate at 1.2 billion pounds.

Harrowgate's board rejected it again. The union offered to meet both sides next week.`)
	swap := textArticle(t, `Engineer freed in prisoner exchange

A Danish engineer who had spent 19 months in an Iranian prison flew home on Friday after talks brokered by Oman.

"I just feel very tired," he said.`)
	hospitals := textArticle(t, `Nurses oppose hospital merger

Under the plan filed in January, the two systems would combine into a single company, Tri-River Health, with 740 licensed beds.

Nurses packed a town hall on Thursday to oppose the plan.`)
	tests := []answerCase{
		{"merged for combine", hospitals, "How many beds would the merged hospital system have?", []string{"740"}, nil, false},
		{"offer as a noun of the question", bid, "What does the new offer value Harrowgate at?", []string{"1.2 billion"}, nil, false},
		{"offer as the question's verb", bid, "What did the union offer?", []string{"meet both sides"}, nil, false},
		{"detained for in prison", swap, "How long had the engineer been detained?", []string{"19 months"}, nil, false},
		{"mediated for brokered", swap, "Which country mediated the exchange?", []string{"Oman"}, nil, false},
	}
	runAnswerCases(t, tests)
}
