package ask

import (
	"strings"
	"testing"
)

// TestAtWhatPoint checks that "at what point …?" is answered by the
// condition on which something happens, not declined for the word
// "point" nor answered by a sentence that only says it happens.
func TestAtWhatPoint(t *testing.T) {
	a := textArticle(t, "The bottling company and the village council signed a new water agreement on Friday. The company may take 900 tonnes a day from the aquifer. Pumping must stop whenever the water table in the test well drops more than two metres below its summer average. At night the old pump stops. The council will receive a fee for every tonne taken.")
	for _, tc := range []struct{ q, want string }{
		{"at what point do the pumps have to stop", "whenever the water table"},
		{"At what point must pumping stop?", "whenever the water table"},
		{"at which point does the company have to stop pumping?", "whenever the water table"},
		{"At what point did the talks collapse?", "doesn't say"},
	} {
		if got := a.Answer(tc.q, nil).Answer; !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want it to hold %q", tc.q, got, tc.want)
		}
	}
}
