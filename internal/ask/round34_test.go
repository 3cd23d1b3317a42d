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

// TestRound34PartitiveCounts: a number that heads a partitive ("three of
// the chamber's members") counts what it takes its part of, so "how many
// members" is answered from it.
func TestRound34PartitiveCounts(t *testing.T) {
	art := textArticle(t, `Power producers split

ACCRA - Talks between the government and private power producers resumed on Monday.

After the programme, the chamber's chief executive told reporters that three of the chamber's members had already agreed to extend their contracts in exchange for lower capacity charges.`)
	runAnswerCases(t, []answerCase{
		{"partitive", art, "how many chamber members have already agreed", []string{"three of the chamber's members"}, nil, false},
		{"never counted", art, "how many power plants are idle", nil, nil, true},
	})
}

// TestRound34VagueCounts: a round figure in the plural ("thousands of
// workers") counts no one.
func TestRound34VagueCounts(t *testing.T) {
	art := textArticle(t, `Phone strike goes on

NEW YORK - The strike at the phone company went into its third week on Monday.

To weather the strike, the company drafted thousands of workers from its nonunionized workforce, including managers.`)
	runAnswerCases(t, []answerCase{
		{"thousands of", art, "how many workers went on strike", nil, nil, true},
	})
}

// TestRound34Seafarers: seafarers, sailors, seamen, mariners and crews
// are one kind of worker ("how many seafarers" finds "250,000 crew
// members").
func TestRound34Seafarers(t *testing.T) {
	art := textArticle(t, `Seafarers' pay talks open

MANILA - Unions and shipowners opened talks on minimum pay on Monday.

The agreement covers minimum pay and conditions for some 250,000 crew members on about 9,000 ships.`)
	runAnswerCases(t, []answerCase{
		{"crew members", art, "how many seafarers are covered", []string{"250,000"}, nil, false},
	})
}
