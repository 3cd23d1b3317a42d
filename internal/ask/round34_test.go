package ask

import "testing"

// TestRound34PhrasalNouns: a noun made of a phrasal verb ("the walkout",
// "the handover") finds the verb and its particle ("walked out", "handed
// over"), and the other way round; a question about a thing the article
// never mentions is still declined.
func TestRound34PhrasalNouns(t *testing.T) {
	art := textArticle(t, `Crane operators end strike

AQABA - Crane operators at the container terminal walked out on Monday over hazard pay, halting work on three ships.

The operators voted on Thursday to return after the terminal agreed to a monthly hazard allowance of 120 dinars. The keys to the cranes were handed over to the morning shift at 6 a.m. on Friday.`)
	runAnswerCases(t, []answerCase{
		{"walkout", art, "when did the walkout start", []string{"Monday"}, nil, false},
		{"handover", art, "when was the handover of the keys", []string{"Friday"}, nil, false},
		{"takeover never mentioned", art, "who is behind the takeover bid", nil, nil, true},
	})
}
