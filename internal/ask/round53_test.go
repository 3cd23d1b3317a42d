package ask

import "testing"

// TestRound53RevealedAfter checks a quotation standing alone whose
// speaker the next sentence names ("That was Councilmember Rhonda
// Jeffries, one of the three no votes, …"): the words are plainly hers,
// so "what did jeffries say" answers with them.
func TestRound53RevealedAfter(t *testing.T) {
	art := textArticle(t, `Riverton council approves ballpark lease

The council voted 6-3 on Tuesday to approve a 30-year lease for the Riverton Rivets. "It keeps baseball in this city for a generation," said Mayor Allison Whitcomb.

The lease commits the city to $38 million for repairs to the stadium over ten years.

The team's owner, Gerald Pike, thanked the council.

"This is a $38 million bet on a study paid for by the people who wanted the stadium."

That was Councilmember Rhonda Jeffries, one of the three no votes, speaking shortly before the roll call. Jeffries said the money would be better spent on the city's water mains.`)
	runAnswerCases(t, []answerCase{
		{"that was", art, "what did jeffries say", []string{"$38 million bet"}, nil, false},
	})
}
