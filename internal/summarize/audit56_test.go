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

// TestPartitiveCreditBeforeQuotation checks that a quotation credited
// before it by "One of the elders said to her," is theirs, not left
// without a speaker (the parser had hung "said" from "elders" as a
// reduced relative and made "One" the quoted verb's subject).
func TestPartitiveCreditBeforeQuotation(t *testing.T) {
	b := treeBrief(t, "Talks resume\n\nQUITO - The minister visited the wake on Tuesday.\n\nShe sat with the mothers for an hour. One of the elders said to her, “You came without soldiers. Next time, come without the price of diesel.” Everyone laughed.")
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "You came without soldiers") {
			if !strings.EqualFold(q.Speaker, "One of the elders") {
				t.Errorf("the elder's words credited to %q", q.Speaker)
			}
			return
		}
	}
	t.Errorf("the elder's words are not among the quotations: %+v", b.Quotes)
}
