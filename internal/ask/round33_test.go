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
