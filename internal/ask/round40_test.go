package ask

import "testing"

// TestRound40ChatWordsAndTimes: chat spellings with a digit ("b4") and
// "n" for "and" are read as the words they stand for, and a time after
// what someone said ("before midnight", "after Monday") says when, not what
// about: the person's words are the answer, whatever they were about.
// Of the next steps, the one that holds the question's words answers
// ("when do talks resume": the talks, not the picket that comes first).
func TestRound40ChatWordsAndTimes(t *testing.T) {
	art := textArticle(t, `Ferry crews strike after talks fail

HALIFAX - Ferry crews walked off the job on Monday after talks with the operator broke down shortly before midnight.

The mediator, Joanne Whitcombe, spoke to reporters at 11:40 p.m. “Both sides are still in the building, and that counts for something,” she said.

The union's president, Raymond Doucet, said the crews would picket the terminals in Halifax and Sydney from Tuesday.

Talks are due to resume in Moncton on Thursday.`)
	runAnswerCases(t, []answerCase{
		{"b4", art, "what did the mediator say b4 midnight", []string{"Joanne Whitcombe", "still in the building"}, nil, false},
		{"after a day", art, "what did the mediator say after monday", []string{"Joanne Whitcombe", "still in the building"}, nil, false},
		{"n", art, "when n where do talks resume", []string{"Moncton", "Thursday"}, nil, false},
		{"the step the question names", art, "when do talks resume", []string{"Moncton", "Thursday"}, []string{"picket"}, false},
	})
}
