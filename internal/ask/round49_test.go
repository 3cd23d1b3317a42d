package ask

import "testing"

// TestRound49TwoSidesMeetNext checks that "the two sides" in a question
// about where or when talks go on is the parties, however the article
// names them ("the delegations"), not a word the next step must hold.
func TestRound49TwoSidesMeetNext(t *testing.T) {
	art := textArticle(t, `Reactor talks end without deal

MANILA, April 9 - Philippine officials and a reactor consortium ended a fourth round of talks on Wednesday without agreeing who will take the spent fuel.

A joint statement issued at the close of the three-day meeting said the delegations had held productive discussions and would meet again in Tokyo in July.

A consumer group urged both sides to settle the price before the next round.`)
	runAnswerCases(t, []answerCase{
		{"where next", art, "where do the two sides meet next", []string{"Tokyo"}, nil, false},
		{"when next", art, "when do the two sides meet next", []string{"July"}, nil, false},
	})
}
