package summarize

import (
	"slices"
	"testing"
)

// TestPartiesTitleAbbreviationAfterBody checks that a person named after
// a body and an abbreviated title ("Air Force Gen. Orrin Hask") is a
// person of their own, not one body of all the words.
func TestPartiesTitleAbbreviationAfterBody(t *testing.T) {
	b := treeBrief(t, "Retired U.S. Air Force Gen. Orrin Hask is speaking out about the base deal with Kelvara. Hask said the talks should stop. Kelvara said it would keep negotiating.")
	found := false
	for _, p := range b.Parties {
		if p.Name == "Orrin Hask" || slices.Contains(p.People, "Orrin Hask") {
			found = true
		}
		if p.Name == "Hask" || p.Name == "Retired U.S. Air Force Gen. Orrin Hask" || p.Name == "U.S. Air Force Gen. Orrin Hask" {
			t.Errorf("party %q: the title's words are not the name", p.Name)
		}
	}
	if !found {
		t.Errorf("Orrin Hask is in no party: %+v", b.Parties)
	}
}
