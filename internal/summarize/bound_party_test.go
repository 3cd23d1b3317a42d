package summarize

import "testing"

// TestTextBindsAPartyToItsWords checks that words quoted right after a
// verb of binding, the party it binds and "to" ("It commits the refinery
// to “…”") are the text's, the agreement's, where the subject leaves the
// text to be found: before, the quotation was dropped.
func TestTextBindsAPartyToItsWords(t *testing.T) {
	const story = "Refinery pact\n\nThe refinery and the growers signed an agreement on Monday. The refinery will pay growers within 14 days of delivery. It commits the refinery to “publish, before each harvest, the sugar ratio and the repair plan for each boiler.”\n"
	checkAudit2(t, []audit2Case{
		{"a party between the verb and to", story, "publish, before each harvest", "an agreement"},
	}, false)
}
