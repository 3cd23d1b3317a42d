package summarize

import "testing"

// TestPredicatePeople checks that a people the story names only as a
// modifier ("Hispanic families") and as a bare predicate ("voters … are
// Hispanic") is not a party: both describe someone, neither names the
// people as a noun.
func TestPredicatePeople(t *testing.T) {
	text := "Campaigns Court Hispanic Vote\n\nThe Tarrow campaign and the Quell campaign spent heavily this month on radio ads aimed at Hispanic families in the northern valleys.\n\nNearly a fifth of voters in the district are Hispanic, according to the latest census.\n\nTarrow said on Sunday that she would open two new clinics in the valleys. Quell promised lower fuel prices.\n\nBoth campaigns will hold rallies in Dunmere next week to court Hispanic families.\n"
	b := treeBrief(t, text)
	if p, ok := partyNamed(b, "Hispanic"); ok {
		t.Errorf("parties %v: %q listed, want no party for a people named only as a modifier or a predicate", b.Parties, p.Name)
	}
}
