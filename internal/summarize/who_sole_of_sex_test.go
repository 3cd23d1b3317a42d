package summarize

import "testing"

// TestSoleOfSex checks that "she" crediting a quotation, which
// coreference linked to no one but the quotation's "We", goes to the one
// woman the story names, many paragraphs up, when every other person it
// names is a man.
func TestSoleOfSex(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"she linked to no name, one woman in the story",
			"Harlowe Rail has offered to sell two of its freight depots to win approval for its takeover of Northline Freight Ltd.\n\n" +
				"Ingrid Falkenberg, the transport regulator, said on Monday that she would \"look hard at every depot\" before ruling.\n\n" +
				"Harlowe's chief executive, Peter Aldous, said the offer was generous. \"Nobody has offered this much before,\" Aldous said.\n\n" +
				"\"We expect a ruling in the spring,\" he added.\n\n" +
				"Analysts were unsure. Michael Brandt, an analyst at Fenwick Capital, wrote that the offer \"depends on who buys the depots\".\n\n" +
				"Northline shares rose 2 per cent on Tuesday.\n\n" +
				"Aldous has staked his reputation on the deal. \"This is the deal of my career,\" he said.\n\n" +
				"John Keller, who heads the drivers' union, said his members wanted guarantees. \"We want it in writing,\" Keller said.\n\n" +
				"Robert Hale, a shipper in Leeds, said prices would rise. \"We will pay for this,\" he said.\n\n" +
				"People close to Harlowe said Harlowe had spoken to two buyers.\n\n" +
				"Harlowe now has until May 2 to answer. \"We will test every remedy with shippers and with rival operators before we decide anything,\" she said.",
			"We will test every remedy", "Ingrid Falkenberg"},
	}, false)
}
