package ask

import "testing"

// TestRound8 covers this round's changes to the answerer: a "when"
// question whose verb the sentence uses is answered by a date that
// belongs with that verb, in its clause, a clause under it, or the date
// its clause hangs from, not by a date of a clause coordinated with it.
func TestRound8(t *testing.T) {
	water := textArticle(t, `Water talks end without a deal

Officials of the two countries ended talks in Vienna on Thursday. A court-appointed mediator is reviewing the dispute over the dams, and a ruling is expected next year, officials said.

The treaty, which both sides signed in 1960, shares the rivers of the basin. The upstream side rejected the draft in March, saying it ignored new data.

The next round was set for June 3, when the delegations will meet again in Geneva.`)
	tests := []answerCase{
		{"a date of a coordinated clause is not the verb's", water, "When was the mediator appointed?", nil, nil, true},
		{"the date in the verb's clause", water, "When did the upstream side reject the draft?", []string{"March"}, nil, false},
		{"the date in a relative clause on the subject", water, "When was the treaty signed?", []string{"1960"}, nil, false},
		{"the date a relative clause hangs from", water, "When will the delegations meet again?", []string{"June 3"}, nil, false},
	}
	runAnswerCases(t, tests)
}
