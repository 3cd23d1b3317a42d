package ask

import "testing"

// TestRound55OtherOffice checks that a question for an office with its
// qualifier ("who is the music director?") is not answered by a person
// with the same office word and another qualifier ("the executive
// director"), while an office the sentence writes with the question's
// qualifier, or a rank word only ("the chief negotiator" for "the lead
// negotiator"), still answers.
func TestRound55OtherOffice(t *testing.T) {
	art := textArticle(t, `Harbour Opera reaches deal with chorus

The chorus of the Harbour Opera ratified a three-year contract on Friday, ending a six-week lockout.

Helen Marsh, the executive director, said the opera had lost money in five of the past six seasons.

The union's chief negotiator, Paul Okoro, said the deal protected health coverage.

"The music was never the problem," said Ana Ruiz, a soprano in the chorus.`)
	runAnswerCases(t, []answerCase{
		{"another office", art, "who is the music director of the harbour opera", nil, []string{"Helen Marsh"}, true},
		{"the office asked", art, "who is the executive director of the harbour opera", []string{"Helen Marsh"}, nil, false},
		{"a rank word", art, "who is the union's lead negotiator", []string{"Paul Okoro"}, nil, false},
	})
}
