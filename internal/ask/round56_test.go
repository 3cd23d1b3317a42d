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
