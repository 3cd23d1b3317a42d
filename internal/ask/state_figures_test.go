package ask

import (
	"strings"
	"testing"
)

// stateArticle tells a renewed grazing lease that contrasts the old
// terms with the new ones.
func stateArticle(t *testing.T) *Article {
	return textArticle(t, `Valmoor herders win bigger grazing lease after long talks

BRENNICK, 4 May - The herders' cooperative of Valmoor and the Tarrow Estate signed a new grazing lease on Friday after nine months of talks led by the county mediator, Osric Fenn.

For years the cooperative of sheep farmers argued with the Tarrow Estate, the family landlord which leases it 300 hectares of upland pasture above the village.

The old lease was signed in 1987 by the cooperative's founders, for forty years, for a rent of 9,000 crowns a year, with no review clause.

Under the agreement the rent goes to fifteen thousand crowns a year and will be reviewed every five years.

The hardest point was the spring above the village, which the estate wanted to fence for a fishery.

In the end the spring was cut out of the lease. Now it is 280 hectares, not 300.

An earlier draft from the estate had proposed that each flock graze the high pasture for 40 weeks a year, which the cooperative turned down in March.

Under the lease each flock may graze for no more than 30 weeks a year, down from 36.

The cooperative's chair, Hedda Vorn, said the members had accepted the shorter season.

"Nobody likes losing weeks on the hill," Vorn said. "But we chose this ourselves."
`)
}

// TestStateFigures: a question of the figure now or new is answered by
// the sentence that tells the figure now ("now it is 280 hectares", "the
// rent goes to fifteen thousand crowns a year", "30 weeks, down from
// 36"), not by one marked as before ("the old lease … 9,000 crowns", "an
// earlier draft had proposed 40 weeks") or an earlier figure the story
// changed; a question of the original terms is answered by the sentence
// of the old lease, not of the new one.
func TestStateFigures(t *testing.T) {
	a := stateArticle(t)
	tests := []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"how many hectares does the grazing lease cover now", []string{"280 hectares"}, []string{"leases it 300 hectares"}},
		{"how much is the new yearly rent for the tarrow lease", []string{"fifteen thousand crowns"}, nil},
		{"how many weeks a year can each flock graze the high pasture now", []string{"30 weeks"}, []string{"40 weeks"}},
		{"when was the original lease signed", []string{"1987"}, []string{"on Friday"}},
	}
	for _, tc := range tests {
		checkFirst(t, tc.q, a.Answer(tc.q, nil), tc.want, tc.notWant)
	}
}

// checkFirst checks that the first sentence of the answer to q holds
// every string of want and none of notWant: the sentence the answer
// rests on, whatever it adds after.
func checkFirst(t *testing.T, q string, r Result, want, notWant []string) {
	t.Helper()
	first, _, _ := strings.Cut(r.Answer, "\n")
	checkAnswer(t, q, Result{Answer: first, Citations: r.Citations, Declined: r.Declined}, want, notWant, false)
}

// TestDurationOfTheAsked: "how long did the strike last" is answered by
// the span written before the strike ("a nine-day strike"), not by a
// span after "for" of another act in a sentence that ranks higher ("who
// has worked at the quarry for 30 years").
func TestDurationOfTheAsked(t *testing.T) {
	a := textArticle(t, `Quarry workers at Dunmere return after pay deal

DUNMERE, 2 June - About 600 quarry workers in the Brenn valley will go back to work on Monday after their union and the owner agreed a new pay scale, ending a nine-day strike.

The strike began on May 21, when the night shift refused to enter the pits.

Ansel Brody, 58, who has worked at Dunmere Slate for 30 years, said he had never seen the pits so quiet.

The owner, Carrick Stone, said the quarry would reopen at full output within a week.
`)
	q := "how long did the strike at dunmere slate last"
	checkFirst(t, q, a.Answer(q, nil), []string{"nine-day strike"}, []string{"30 years"})
}
