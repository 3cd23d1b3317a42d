package ask

import "testing"

// TestRound21: an office asked about by the fuller name of the body the
// article shortens ("the school board's vice president" for "the city's
// school board" then "the board's vice president, Ald. …"), and a title's
// short form before a name ("Undersecretary Ma. Corazon …").
func TestRound21(t *testing.T) {
	schools := textArticle(t, `Teachers and district trade proposals

The district's chief executive, Gerald Hunt, said the offer was fully costed.

“I cannot spend money the district does not have,” Hunt said.

The mayor's office, which appoints half of the city's school board, said it expected both sides to stay at the table.

The board's vice president, Ald. Rosa Ibarra, struck a sharper tone. “The union has made its point. Now it has to make a deal,” she said.

The union's recording secretary, Dwayne Price, said board members had never asked a teacher about class sizes.`)
	shoal := textArticle(t, `Manila and Beijing agree on a hotline

The meeting was led on the Philippine side by Foreign Affairs Undersecretary Ma. Corazon Villanueva and on the Chinese side by Vice Foreign Minister Shen Liqun.

Villanueva's summary for reporters was brief: “We talked. We did not agree. We will talk again.”

Shen was quoted by state media as saying China's position was unchanged.`)
	runAnswerCases(t, []answerCase{
		{"a body shortened after its fuller name", schools, "What did the school board's vice president say about a deal?", []string{"made its point"}, []string{"fully costed"}, false},
		{"a title's short form before a name", shoal, "How did the Philippine undersecretary sum up the talks?", []string{"did not agree"}, nil, false},
	})
}
