package ask

import (
	"strings"
	"testing"
)

// TestTermIntroducedBefore checks that "what is the penalty for …?" is
// answered by a sentence that goes on with the penalties the sentence before
// it, in its paragraph, brought in ("The contract sets out rising penalties. A
// first late delivery costs the supplier 2,000 euros…"), though it does
// not write the word itself.
func TestTermIntroducedBefore(t *testing.T) {
	a := textArticle(t, "The city and its bus supplier signed a five-year maintenance contract on Monday.\n\n"+
		"The contract sets out rising penalties. A first late delivery of spare parts costs the supplier 2,000 euros; a second within a month doubles it.\n\n"+
		"The supplier said it would open a depot in the city next year.")
	for _, tc := range []struct{ q, want string }{
		{"what is the penalty for a first late delivery of spare parts", "2,000 euros"},
		{"What is the penalty for a first late delivery?", "2,000 euros"},
	} {
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
