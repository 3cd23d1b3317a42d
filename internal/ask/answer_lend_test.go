package ask

import "testing"

// TestLendAndRecovery: "how much will X lend" asks for a sum of money
// (glued to a currency's letter, "E95 million"), and a question's noun
// made from a verb ("cost recovery") is written in the article when its
// verb is ("recover its costs").
func TestLendAndRecovery(t *testing.T) {
	art := textArticle(t, "Farmers in the valley will grow the cane themselves instead of leasing the land, with the Ndzeleni mill lending the money and buying every tonne.\n\n"+
		"The mill lends the money for land clearing and irrigation, about E95 million, and manages the fields until the loan is repaid.\n\n"+
		"The share of production the company can use to recover its costs is capped at 60%, down from 75%.\n")
	runAnswerCases(t, []answerCase{
		{name: "lend", art: art, q: "how much will the mill lend for the project", want: []string{"E95 million"}},
		{name: "recovery", art: art, q: "what is the new cap on cost recovery", want: []string{"60%"}},
	})
}
