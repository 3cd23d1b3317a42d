package summarize

import "testing"

// TestTextAddedToNamesWhole checks that a text added to another ("the
// annex to the licence") speaks by that fuller name, and that a part of
// it quoted later speaks by the same fuller name even where the nearest
// mention before it, inside the quotation, is the bare noun.
func TestTextAddedToNamesWhole(t *testing.T) {
	text := `Quarry licence tightened

The annex to the licence, printed in the regional gazette on Friday, states that the operator "shall stop blasting after 6 p.m. and shall fence the northern pit within ninety days of this annex." A second clause provides that a share of royalties "shall go to the three villages below the quarry."
`
	checkAudit2(t, []audit2Case{
		{"annex/shall stop blasting", text, "shall stop blasting", "The annex to the licence"},
		{"clause/shall go to the three villages", text, "shall go to the three villages", "the annex to the licence"},
	}, false)
}
