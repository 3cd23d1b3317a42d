package ask

import "testing"

// TestRound56FiguresForLargerWords: a number past ten the question writes
// in figures is the article's word for it too: "the 14 demands" are the
// "fourteen demands" the deputy minister speaks of, not a figure the
// article never gives.
func TestRound56FiguresForLargerWords(t *testing.T) {
	art := textArticle(t, `Ferry crews return

PIRAEUS - Ferry crews went back to work on Thursday after a four-day strike.

Deputy Minister Eleni Markou said the ferries would sail on the normal timetable from Friday. She said the seamen's union had handed her a list of fourteen demands on Monday. "Most of them can wait," she said.`)
	runAnswerCases(t, []answerCase{
		{"fourteen", art, "what did the deputy minister say about the 14 demands", []string{"list of fourteen demands"}, []string{"never mentions", "normal timetable"}, false},
	})
}

// TestRound56KidsOriginallyAndPrice: "kids" are the children the article
// counts; "originally" places a question in time but need not be written
// ("how much did the society originally want" for "had sought 4.5%");
// and "what did X pay for its stake" asks a price, which a sentence that
// gives only the stake's share does not answer.
func TestRound56KidsOriginallyAndPrice(t *testing.T) {
	art := textArticle(t, `Songwriters sign licence with video app

SEOUL - The songwriters' society KOSA signed a licence with the video app Clipwave on Monday. Clipwave will pay 3.2% of its revenue. KOSA had sought 4.5%.

A children's charity said about 40,000 children had used the app's music library in the first month.

The family fund Hanbit Holding, which owns 27% of Clipwave, backed the deal.`)
	runAnswerCases(t, []answerCase{
		{"kids", art, "how many kids used the music library", []string{"40,000 children"}, nil, false},
		{"originally", art, "how much did kosa originally want", []string{"4.5%"}, []string{"never mentions"}, false},
		{"price", art, "what did hanbit holding originally pay for its 27% stake", nil, []string{"owns 27%"}, true},
	})
}

// TestRound56PresidencyIsNoPresident: "who is the president of X" is not
// answered by someone who works "at the presidency": the office's body is
// not its holder, though the stemmer gives both "presid".
func TestRound56PresidencyIsNoPresident(t *testing.T) {
	art := textArticle(t, `Truce talks in Rome

ROME - Cameroon's government and separatist leaders agreed a 90-day truce on Saturday.

"We came to Rome to talk about children," said Paul Mbarga Essono, the minister delegate at the presidency who led the government delegation.`)
	runAnswerCases(t, []answerCase{
		{"president", art, "who is the president of cameroon", nil, []string{"Mbarga"}, true},
	})
}
