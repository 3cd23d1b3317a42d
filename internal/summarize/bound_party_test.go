package summarize

import "testing"

// TestTextBindsAPartyToItsWords checks that words quoted right after a
// verb of binding, the party it binds and "to" ("commits the refinery to
// “…”") are the text's, the agreement's, even where an aside before the
// verb leaves the parser taking the aside's people for its subject.
func TestTextBindsAPartyToItsWords(t *testing.T) {
	const story = "Refinery pact\n\nThe refinery will pay growers within 14 days of delivery. And the agreement, in language that farmers’ representatives fought hard to get, commits the refinery to “publish, before the start of each harvest, the sugar ratio and the repair schedule for each boiler.”\n"
	checkAudit2(t, []audit2Case{
		{"an aside before the verb", story, "publish, before the start", "the agreement"},
	}, false)
}
