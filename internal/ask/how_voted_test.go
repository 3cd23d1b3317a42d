package ask

import (
	"strings"
	"testing"
)

// TestHowDidTheyVote checks that "how did X vote on the deal" is answered
// by the vote by how many or which way, in a sentence that need not name
// the deal again.
func TestHowDidTheyVote(t *testing.T) {
	a := textArticle(t, "Bus drivers in Halden will go back to work on Tuesday after their union and the transport authority settled a three-week strike.\n\n"+
		"The deal raises pay by 6 per cent over two years and ends split shifts.\n\n"+
		"The local's members voted 212 to 40 in favour on Sunday.\n\n"+
		"The authority said the first buses would leave the depot at five.")
	for _, tc := range []struct{ q, want string }{
		{"how did the union members vote on the deal", "212 to 40"},
		{"How did union members vote on the pay deal?", "212 to 40"},
	} {
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
