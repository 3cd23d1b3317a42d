package summarize

import "testing"

// TestTitleSlipPronoun checks that "she" crediting a quotation, which
// coreference linked to a title the entity model read as a person's name
// and that names a man ("the Chief Energy Officer, Mr. Karl Brandt"),
// is not that man but the woman named last before, as for a pronoun its
// cluster leaves unresolved.
func TestTitleSlipPronoun(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"she linked to a man's title",
			"Trawler crews and the fishing authority signed a two-year pact on Friday, ending a month of protests at the docks.\n\n" +
				"The pact was signed at the authority's head office after five days of mediation led by the Chief Energy Officer, Mr. Karl Brandt. It covers about 800 crew members.\n\n" +
				"\"Both sides gave ground and both sides can be proud,\" said the Minister for Fisheries, Hon. Ingrid Solberg. \"The docks are open again.\"\n\n" +
				"The Minister praised the Chief Energy Officer and his staff. \"Mr. Brandt and his staff stayed in the room until the early hours,\" she said. \"Nobody was forced to sign.\"\n\n" +
				"The Chief Energy Officer, Mr. Brandt, said the two sides would meet again in June.",
			"Mr. Brandt and his staff", "Ingrid Solberg"},
	}, false)
}
