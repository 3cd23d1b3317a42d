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

// TestRound49AppositiveGroup checks that a sentence that speaks of a body
// only as the description set beside its name ("the Frente Comunero del
// Sur, an armed group …" then "the group", "its fighters") answers a
// question that names the body.
func TestRound49AppositiveGroup(t *testing.T) {
	art := textArticle(t, `Colombia and rebel group agree ceasefire

CARACAS, Feb. 17 - Colombia’s government and the Frente Comunero del Sur, an armed group that operates in the mountains of Nariño and Cauca, agreed on Monday to a six-month ceasefire after nine days of talks.

Under a protocol signed in Caracas, the group will stop kidnapping, while the army will suspend offensive operations against its estimated 1,400 fighters.`)
	runAnswerCases(t, []answerCase{
		{"named body", art, "how many fighters does the frente comunero have", []string{"1,400"}, nil, false},
	})
}

// TestRound49AutomationWords checks that a question about automation
// finds words about machines and robots: the negotiation vocabulary of a
// port or a factory dispute.
func TestRound49AutomationWords(t *testing.T) {
	art := textArticle(t, `Port strike enters third day

ROTTERDAM - About 4,200 dockworkers walked out on Saturday after talks on a new contract broke down.

“For ten years the companies decided how fast the machines came and we found out from the newspaper,” said Marieke Bos, the lead negotiator of the dockworkers’ union. “From today we find out in the same room.”

The employers said more automation was needed for the terminals to stay competitive.`)
	runAnswerCases(t, []answerCase{
		{"automation", art, "what did the union's lead negotiator say about automation", []string{"machines came"}, nil, false},
	})
}
