package ask

import "testing"

// TestRound70CostAsksASum checks that "how much will X cost" prices X
// (costedNoun), though the parser reads the last "cost" as a noun: a
// sentence naming X answers only with a sum of money that belongs to it
// or that it gives as a cost, not with a size ("a new 250 cubic metre
// cistern") or another sum beside it ("a flat fee of €9,000").
func TestRound70CostAsksASum(t *testing.T) {
	art := textArticle(t, `Spring water deal for Valbrenne

The commune of Valbrenne signed a new agreement with the Ostral bottling company on Wednesday after two years of talks.

The company will pay the commune €0.30 for every cubic metre it draws, instead of a flat fee of €9,000 a year, and will build a new 250 cubic metre cistern above the lower hamlet before the spring.

The mayor, Odile Fanchard, said the deal was fair to both sides.`)
	runAnswerCases(t, []answerCase{
		{"size is no price", art, "how much will the new cistern cost", nil, []string{"250 cubic metre"}, true},
	})
	dock := textArticle(t, `Harbour board backs new dry dock

The Tarrow harbour board voted on Monday to build a dry dock on the north quay, ending months of argument with the fishing cooperative.

The board had long resisted the dry dock, arguing that the cost, about $48 million, would push up mooring fees for every boat in Tarrow.

Work is due to start next year.`)
	runAnswerCases(t, []answerCase{
		{"a sum given as the cost", dock, "how much will the dry dock cost", []string{"$48 million"}, nil, false},
	})
}

// TestRound70AboutTheBallotResult checks that "result" after a noun the
// topic names ("about the ballot result") stays in the topic of a
// what-did-X-say question (topicForms): the speaker's words about "the
// result" answer, though the ballot is named only in the paragraph
// before.
func TestRound70AboutTheBallotResult(t *testing.T) {
	art := textArticle(t, `Ferry crews reject pay offer

In a ballot that closed on Thursday, 88 per cent of the 2,150 members of the Coastal Ferry Workers Guild who voted rejected the operator's offer of 2 per cent a year and a one-off $1,200 payment.

Guild secretary Marten Olvaro said the result should be 'a warning to the whole board'.

The guild plans a first stoppage on the Kellin crossing next month.

The operator's chief executive, Ruth Anselm, said the offer was the best the company could afford.`)
	runAnswerCases(t, []answerCase{
		{"result after the ballot", art, "What did the guild secretary say about the ballot result?", []string{"a warning to the whole board"}, nil, false},
	})
}
