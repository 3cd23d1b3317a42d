package summarize

import (
	"strings"
	"testing"
)

// TestPlatformIsABody checks that a name set under "platform" ("short-video
// platform Clipwave") is a body, not a person the entity model took it
// for, and that "the platform" that speaks is the one body of that word
// the story named ("The Harbour Civic Platform … The platform said").
func TestPlatformIsABody(t *testing.T) {
	b := treeBrief(t, "Video app signs music licence\n\nSEOUL — The songwriters' society KOSA signed a three-year licence with short-video platform Clipwave on Monday, ending a year-long dispute.\n\nClipwave will pay 3% of its Korean revenue to the society. Clipwave said the deal would let users add Korean songs to their clips again.\n\nThe Harbour Civic Platform, a network of church and business groups, had pressed for a deal for months. The platform said in a statement that the licence was “welcome but late”.")
	found := false
	for _, p := range b.Parties {
		if p.Name == "Clipwave" {
			found = true
			if p.Kind != KindOrganisation {
				t.Errorf("Clipwave is a %s, want an organisation", p.Kind)
			}
		}
	}
	if !found {
		t.Errorf("Clipwave is not among the parties: %+v", b.Parties)
	}
	for _, q := range b.Quotes {
		if q.Text == "welcome but late" && !strings.Contains(q.Speaker, "Harbour Civic Platform") {
			t.Errorf("“welcome but late” credited to %q, want the Harbour Civic Platform", q.Speaker)
		}
	}
}
