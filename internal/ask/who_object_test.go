package ask

import "testing"

// TestWhoVerbsANamedParty checks that "who coaches / owns / runs
// X?", X a name that is the whole object, is answered only by a sentence
// that names X (givesObject): another side's coach answers another
// question and the question is declined; a sentence naming X with its
// coach answers.
func TestWhoVerbsANamedParty(t *testing.T) {
	art := textArticle(t, `Kestrels edge Otters in overtime

The Brackwater Kestrels beat the Harlow Otters 3-2 in overtime on Saturday, their fourth win in a row.

Kestrels coach Mira Delane praised her goaltender, who stopped 31 shots.

Forward Tobin Ashe scored the winner two minutes into the extra period.`)
	runAnswerCases(t, []answerCase{
		{"another side's coach", art, "who coaches the Otters?", nil, []string{"Mira Delane"}, true},
	})
	named := textArticle(t, `Kestrels edge Otters in overtime

The Brackwater Kestrels beat the Harlow Otters 3-2 in overtime on Saturday, their fourth win in a row.

The Otters, coached by Fenwick Rall since the spring, have lost six of their last eight games.

Forward Tobin Ashe scored the winner two minutes into the extra period.`)
	runAnswerCases(t, []answerCase{
		{"the coach named with the side", named, "who coaches the Otters?", []string{"Fenwick Rall"}, nil, false},
	})
}
