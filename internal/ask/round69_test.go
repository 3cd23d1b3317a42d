package ask

import "testing"

// TestRound69KindOfWorkerCounted checks that "how many dockworkers" is
// counted as workers are (countsCounted): a closed compound for a kind
// of worker is answered by "about 7,300 workers" in a story about them.
func TestRound69KindOfWorkerCounted(t *testing.T) {
	art := textArticle(t, `Quay crews back a new wage pact

The Pellmoor quay operators and the Harrowgate Dockworkers Federation signed a three-year wage pact on Friday after nine weeks of talks.

The pact gives about 7,300 workers a 6.2% increase this year and 5.1% in each of the two years after, the federation said.

The operators had warned that a stoppage would close all four Pellmoor berths.`)
	runAnswerCases(t, []answerCase{
		{"dockworkers counted as workers", art, "How many dockworkers does the new pact cover?", []string{"7,300"}, nil, false},
	})
}

// TestRound69SizeOfWhatAFigureIsCalled checks that the figure a noun holds
// is the size of what a participle of naming calls it ("a payment of 15
// million pesos per employee, known among miners as the closing bonus"):
// "how much is the bonus per employee" is answered.
func TestRound69SizeOfWhatAFigureIsCalled(t *testing.T) {
	art := textArticle(t, `Copper strike ends at Quelvana

Miners at the Quelvana copper pit returned to work on Thursday after 19 days on strike.

The accord raises basic pay by 3.1% across the three years and adds a one-off payment of 15 million pesos per employee, known among the miners of the valley as the closing bonus.

The company had offered half that sum at the start of the strike.`)
	runAnswerCases(t, []answerCase{
		{"bonus named by a participle", art, "how much is the bonus per employee", []string{"15 million pesos"}, nil, false},
	})
}

// TestRound69HowManyLiveThere checks that "how many people live in X"
// asks a population (asksPopulation): a sentence that counts some people
// for something else does not answer it ("the firm funds two of our
// young people to train"), one that says how many live there ("the 640
// people who live on the island", "a town of 12,000 people", "a village
// of about 900") does.
func TestRound69HowManyLiveThere(t *testing.T) {
	art := textArticle(t, `Orchard village signs deal with juice maker

The village council of Tessavoa signed a ten-year supply agreement with the Rennick juice company on Monday.

Asked what the village gets, the council leader said: "Twelve jobs at the press house, every one for Tessavoa. And the juice firm funds two of our young people to train as food technicians. It is not much."

Under the agreement, the company buys at least 60% of the village's apples at a fixed minimum price.`)
	runAnswerCases(t, []answerCase{
		{"people counted for something else", art, "how many people live in tessavoa", nil, []string{"young people"}, true},
	})
	island := textArticle(t, `Islanders buy their own hills

Crofters on Inish Varra agreed on Tuesday to buy the island from its absentee owner for £2.4 million.

After four years of talks, the 640 people who live on Inish Varra will own the land they farm.`)
	runAnswerCases(t, []answerCase{
		{"who live there", island, "how many people live on inish varra", []string{"640"}, nil, false},
	})
	town := textArticle(t, `Dam levy agreed for river town

The river authority agreed on Friday to pay a yearly levy to Cardella, a town of 12,000 people below the new dam.

The levy will fund flood defences and a school.`)
	runAnswerCases(t, []answerCase{
		{"a town of so many", town, "how many people live in cardella", []string{"12,000"}, nil, false},
	})
	village := textArticle(t, `Ferry deal for hill village

The ferry company agreed on Friday to call twice a day at Ostrevo, a village of about 900 on the north shore, and to pay 40 islanders a yearly fee to keep the landing clear.`)
	runAnswerCases(t, []answerCase{
		{"a village of so many, no noun", village, "how many people live in ostrevo", []string{"about 900"}, nil, false},
	})
}

// TestRound69PopulationOwnedByAPlace checks that "Inish Dorran's 212
// people" says how many live there (givesPopulation), and so does "call
// Lorvenna home".
func TestRound69PopulationOwnedByAPlace(t *testing.T) {
	art := textArticle(t, `Crofters win their island

The crofters of Inish Dorran agreed on Tuesday to buy the island from its owner for £1.9 million.

Under the deal Inish Dorran's 212 people will hold the land through a trust.`)
	runAnswerCases(t, []answerCase{
		{"the place's people", art, "how many people live on inish dorran", []string{"212"}, nil, false},
	})
	home := textArticle(t, `Valley town signs water deal

Lorvenna signed a water deal with the Tessel bottling company on Monday.

About 3,400 people call Lorvenna home, most of them farmers.`)
	runAnswerCases(t, []answerCase{
		{"call it home", home, "how many people live in lorvenna", []string{"3,400"}, nil, false},
	})
}
