package summarize

import "testing"

// TestAudit49WordsToldInsideReport checks that words quoted inside what
// a person by their role is reported to have told someone ("He said a
// senior executive of the consortium had told him that the clause was
// “…”") are that person's, while words quoted inside a reported hope or
// plan ("said only that the mediators hoped to give both sides a final
// text “…”") stay the reporter's.
func TestAudit49WordsToldInsideReport(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"told by a role",
			"Reactor talks stall\n\nMANILA — Talks on the reactor deal stalled on Friday.\n\nMarco Dizon, a government scientist, said his comments had been taken out of context. He said a senior executive of the consortium had told him during a visit last year that the clause was “the one question our shareholders care about.”",
			"the one question our shareholders", "a senior executive of the consortium"},
		{"hoped by a role",
			"Gaza talks\n\nDOHA — Mediators met both delegations on Monday.\n\nAsked whether a deal could come before Ramadan, Hamad al-Kuwari said only that the mediators hoped to give both sides a final text “within days, not weeks.”",
			"within days, not weeks", "Hamad al-Kuwari"},
	}, false)
}
