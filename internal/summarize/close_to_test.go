package summarize

import "testing"

// TestPersonCloseTo checks that a source described as "close to" someone
// keeps those words when the parser reads "close" as an adverb and hangs
// the person from it ("one person close to the family"), said after the
// quotation or before it with an aside set off by commas.
func TestPersonCloseTo(t *testing.T) {
	const mill = "Mill sale talks\n\nThe owners of the Varnholt paper mill have held talks with two buyers, according to people briefed on the process.\n\n\"The price is not the problem,\" said one person close to the family.\n\nOne person close to the buyers' side, who was not authorized to speak publicly, said the offer was final. \"They will not go higher,\" the person said.\n"
	checkAudit2(t, []audit2Case{
		{"said after the quotation", mill, "The price is not", "one person close to the family"},
		{"carried from the sentence before", mill, "They will not go higher", "One person close to the buyers' side"},
	}, false)
}
