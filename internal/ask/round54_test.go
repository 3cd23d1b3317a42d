package ask

import "testing"

// TestRound54MinisterFor checks that an office written with a capital
// and "for" its portfolio ("Kenya's State Minister for Fisheries, Amina
// Odhiambo,") is one role, so "the kenyan fisheries minister" finds her
// and not another minister of the story who is also "state" something.
func TestRound54MinisterFor(t *testing.T) {
	art := textArticle(t, `Lake Victoria fishing deal signed

Kenya and Uganda signed a five-year agreement on Lake Victoria fishing quotas on Monday.

Kenya’s State Minister for Fisheries, Amina Odhiambo, called the agreement “a start, not an end.” Speaking at the airport on her return, she was more expansive. “For ten years we were told the lake was too big to share. It turned out to be as big as our patience,” she told reporters.

Uganda’s state agriculture minister, Joseph Okello, conceded that fishermen in Jinja would “feel it in the first season.”`)
	runAnswerCases(t, []answerCase{
		{"minister for", art, "what did the kenyan fisheries minister say", []string{"a start, not an end"}, []string{"first season"}, false},
		{"minister for, at the airport", art, "what did the kenyan fisheries minister say at the airport", []string{"as big as our patience"}, []string{"first season"}, false},
	})
}

// TestRound54ColonParagraphSetsUp checks that a quotation opening its
// paragraph after one that ends with a colon ("Here is what he said:")
// is about what that whole paragraph says: "what did the captain say in
// his video" finds the words of the video the paragraph describes two
// sentences before its colon.
func TestRound54ColonParagraphSetsUp(t *testing.T) {
	art := textArticle(t, `Crew of seized ship freed

The 18 crew members of the cargo ship Sea Lark were freed on Monday after 61 days.

The ship's master, Captain Arturo Reyes, has recorded a short video message from the bridge. He looks thin and very tired. Here is what he said:

“We are all alive. Eighteen men went out, and eighteen men are coming home.

“Please give us a little time.”

The company said the ship would reach port on Thursday.`)
	runAnswerCases(t, []answerCase{
		{"colon paragraph", art, "what did the captain say in his video", []string{"eighteen men are coming home"}, nil, false},
	})
}

// TestRound54CasualSex checks that a casual word for a person that gives
// a sex ("the woman in the ger district") does not find a man the
// article describes with the other words ("That was Batbold Ganzorig,
// who installs stoves in the ger districts. He said…"): better no answer
// than his words; "the guy in the ger districts" finds him.
func TestRound54CasualSex(t *testing.T) {
	art := textArticle(t, `Ulaanbaatar plans to end coal heating

Mongolia signed a $2.1 billion plan on Monday to take coal out of the capital's heating.

"You cannot pay for a heat pump with a miner's salary."

That was Batbold Ganzorig, who installs stoves in the ger districts. He said tariffs should follow wages.`)
	runAnswerCases(t, []answerCase{
		{"not the man", art, "what did the woman in the ger district say", nil, []string{"miner's salary"}, true},
		{"the man", art, "what did the guy in the ger districts say", []string{"miner's salary"}, nil, false},
	})
}

// TestRound54ShareOf checks that "how much of the catch" is answered by a
// share written before "of" and the noun ("15 per cent of their catch"),
// however the parser hung the noun (here from the verb "land").
func TestRound54ShareOf(t *testing.T) {
	art := textArticle(t, `Fishing deal signed

Senegal and Mauritania renewed their fishing agreement on Monday.

The protocol annexed to the agreement says Senegalese boats “shall land no less than 15 per cent of their catch at the port of Nouakchott.”

Senegal will pay 1.2 billion CFA francs a year.`)
	runAnswerCases(t, []answerCase{
		{"share of", art, "how much of the catch has to be landed", []string{"15 per cent"}, nil, false},
	})
}
