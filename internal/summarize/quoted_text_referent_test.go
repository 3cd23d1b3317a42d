package summarize

import "testing"

// TestQuotedWordsNameNoText checks that "The text says…" stands for the
// text the story named, not for one a speaker named in a quotation ("a
// fair deal"), while a text that names itself in its own quoted words
// ("this Protocol") still counts.
func TestQuotedWordsNameNoText(t *testing.T) {
	const speech = "Harbour pact signed\n\nThe two councils signed a harbour pact in Wick on Friday.\n\n\"Nobody got everything,\" the mayor said. \"That is what a fair deal looks like.\"\n\nThe text says the councils \"shall share the dredging costs equally.\"\n"
	const own = "Canal rules agreed\n\nThe two boards agreed a memorandum on the canal in Lund on Friday.\n\nBoats must keep to the speed limit and \"carry the permit required under this Protocol.\" The text also says it \"does not change the ownership of either bank.\"\n"
	checkAudit2(t, []audit2Case{
		{"speaker's words", speech, "shall share the dredging", "the harbour pact"},
		{"the text's own words", own, "does not change the ownership", "the Protocol"},
	}, false)
}
