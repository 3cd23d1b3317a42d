package ask

import "testing"

// TestRound33PartOfMonth: a next step dated by a part of a month ("in
// the second week of March") answers "when" questions, typed with chat
// spellings too ("when r the next talks").
func TestRound33PartOfMonth(t *testing.T) {
	art := textArticle(t, `Rebels and government end round without deal

DIMAPUR - The government and the largest rebel group ended three days of talks on Thursday without agreement on a flag.

Both sides agreed to meet again in New Delhi in the second week of March and to set up a joint committee on land rights.`)
	runAnswerCases(t, []answerCase{
		{"a part of a month", art, "when are the next talks", []string{"second week of March"}, nil, false},
		{"chat spelling", art, "when r the next talks", []string{"second week of March"}, nil, false},
	})
}

// TestRound33ChairedBy: a person who is the agent of a passive verb of
// leading ("Their committee was chaired by Thomas Ashworth-Hale") holds
// that office of what is led, so "the committee chair" is that person.
func TestRound33ChairedBy(t *testing.T) {
	art := textArticle(t, `Fiji closes debt swap

SUVA - Fiji closed its debt-for-coral swap on Monday after two years of talks.

The bondholders were not easy. Their committee was chaired by Thomas Ashworth-Hale, a partner at a London asset manager.

"Losana made us understand that a dead reef is a credit risk," Ashworth-Hale said in a telephone interview.

Anjali Prasad, who runs a conservation group in Suva, said the deal did not go far enough. "You can patrol a reef and it will still bleach," she said.`)
	runAnswerCases(t, []answerCase{
		{"chaired by", art, "what did the bondholder committee chair say about reefs", []string{"credit risk"}, []string{"bleach"}, false},
	})
}
