package ask

import "testing"

// TestRound41SizeOfTheThingAsked: "how big is the raise?" is not answered
// by a sentence that names the raise beside someone's age: the figure must
// belong to what is asked ("a raise of 6%", "a 6% raise"); "how big a
// stake did it take in 2019?" is declined where that stake is given no
// size (the "two years" after it is no share). "How long did the go-slow last?" asks a length of
// time: "last" is the question's verb, not the "last week" of the article.
func TestRound41SizeOfTheThingAsked(t *testing.T) {
	art := textArticle(t, `Dockers end go-slow with pay deal

MOMBASA - Dockers at the port of Mombasa returned to normal shifts on Friday, ending an eleven-day go-slow, after the port authority agreed to a 6% wage increase over two years.

Amina Odhiambo, a 44-year-old crane operator with three children, said the night allowance mattered more to her than the raise.

The chamber of commerce said last week that the go-slow was costing importers about $2 million a day.

Separately, Coast Freight Holdings said it would buy 30% of Bandari Logistics. Coast Freight first took a stake in Bandari Logistics in 2019, two years after its founding.`)
	runAnswerCases(t, []answerCase{
		{"figure of the raise", art, "how big is the raise", nil, []string{"44-year-old"}, false},
		{"size of a stake", art, "how big a stake did coast freight take in 2019", nil, []string{"two years"}, true},
		{"how long did it last", art, "how long did the go slow last", []string{"eleven-day"}, []string{"last week"}, false},
	})
}
