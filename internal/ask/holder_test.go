package ask

import "testing"

// TestUnnamedHolderDeclines checks that "who is the N?" is not answered
// by a sentence that writes N only as an unnamed one of its kind ("will
// appoint an arbiter", "talks with two bidders"; givesHolder), while a
// sentence that names the N beside it still answers.
func TestUnnamedHolderDeclines(t *testing.T) {
	art := textArticle(t, `Quarry workers and owner agree to arbitration

Workers at the Brennock limestone quarry and its owner, Tolvane Aggregates, agreed on Friday to put their dispute over shift pay before an outside referee.

Regional labour commissioner Petra Annesley said her department would appoint an arbiter within ten days.

The quarry's owner also said it was in talks with two bidders for its idle crushing plant at Moyle.

Both sides said work would continue while the referee hears the case.`)
	runAnswerCases(t, []answerCase{
		{"an arbiter to be appointed", art, "Who is the arbiter?", nil, []string{"Annesley"}, true},
		{"two unnamed bidders", art, "who are the two bidders for the crushing plant", nil, []string{"Moyle"}, true},
	})
	ferry := textArticle(t, `Ferry crews back at work

Deckhands on the Lough Carra ferry returned to work on Monday after their union and the vessel's owner signed a two-year pay deal.

The crossing had been suspended for nine days.`)
	runAnswerCases(t, []answerCase{
		{"whose owner, not who", ferry, "who are the owners of the ferry", nil, []string{"Deckhands"}, true},
	})
	owned := textArticle(t, `Ferry crews back at work

Deckhands on the Lough Carra ferry returned to work on Monday after their union and the vessel's owner, Carra Marine Holdings, signed a two-year pay deal.

The crossing had been suspended for nine days.`)
	runAnswerCases(t, []answerCase{
		{"the owner named beside it", owned, "who are the owners of the ferry", []string{"Carra Marine Holdings"}, nil, false},
	})
	named := textArticle(t, `Quarry dispute goes to arbitration

Workers at the Brennock limestone quarry and its owner, Tolvane Aggregates, agreed on Friday to put their dispute over shift pay to arbitration.

The labour department appointed an arbiter, retired judge Colm Ferriter, who will hear the case next month.

Work continues meanwhile.`)
	runAnswerCases(t, []answerCase{
		{"an arbiter named beside the noun", named, "Who is the arbiter?", []string{"Ferriter"}, nil, false},
	})
	serves := textArticle(t, `Quarry dispute goes to arbitration

Workers at the Brennock limestone quarry and its owner, Tolvane Aggregates, agreed on Friday to put their dispute over shift pay to arbitration.

Colm Ferriter, who retired from the county court in March, will serve as an arbiter when hearings open next month.

Work continues meanwhile.`)
	runAnswerCases(t, []answerCase{
		{"the clause's subject serves as the arbiter", serves, "Who is the arbiter?", []string{"Ferriter"}, nil, false},
	})
}
