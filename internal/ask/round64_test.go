package ask

import "testing"

// TestHowMuchOfAWhole checks that "how much of the X" asks for a share
// of X ("half the cost of the cold room"), not for a count of Xs, and
// that a question of a part of a sum the article never gives ("how much
// of the $120 million") is declined, not answered by another sum.
func TestHowMuchOfAWhole(t *testing.T) {
	art := textArticle(t, "Fishers sign cannery deal\n\nTARRAFAL — The island's fishers signed a supply agreement with the cannery on Friday. The Ministry of the Sea, which brokered the talks, has agreed to pay half the cost of the new cold room. “We came here for a floor of 200 million in public money,” said the fishers' leader, Rosa Lima.")
	runAnswerCases(t, []answerCase{
		{name: "a share of a whole", art: art, q: "how much of the cold room will the ministry pay for", want: []string{"half the cost"}},
		{name: "a sum of a sum", art: art, q: "how much of the $120 million would come from public money", declined: true},
	})
}
