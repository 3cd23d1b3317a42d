package ask

import "testing"

// TestSharesAsFractions checks that a question asking for a share is
// answered by a fraction of something the article writes in words ("a
// quarter of the hotel's jobs", "two-thirds of the land"), not only by
// a percentage, and that a fraction of something else ("a quarter of
// the seats" for the share of the vote) or a place in an order ("the
// third quarter") answers nothing.
func TestSharesAsFractions(t *testing.T) {
	art := textArticle(t, "Resort deal signed\n\nTRUJILLO — The community of Punta Sal signed an agreement with Costa Dorada Resorts on Friday. Under the agreement, the company returns two-thirds of the land it had claimed and will reserve a quarter of the hotel’s jobs for members of the community. Construction is due to resume in the third quarter. No party won more than a quarter of the seats in the council election.")
	runAnswerCases(t, []answerCase{
		{name: "a quarter of the jobs", art: art, q: "what share of the hotel's jobs is reserved for the community", want: []string{"a quarter of the hotel’s jobs"}},
		{name: "two-thirds of the land", art: art, q: "what proportion of the land does the company return", want: []string{"two-thirds of the land"}},
		{name: "no share of profits", art: art, q: "what share of the profits goes to the community", declined: true},
		{name: "seats are not the vote", art: art, q: "what percentage of the vote did the largest party get", declined: true},
	})
}
