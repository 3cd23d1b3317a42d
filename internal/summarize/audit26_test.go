package summarize

import "testing"

// TestAudit26Descriptions checks three credits of a person named once:
// "He said…" after "“…,” said Senator Mike Crapo, the Idaho Republican
// who…" is the senator's (the title the subject, the name below it), not
// the man who spoke a paragraph before; "The economy minister said…"
// after "His Japanese counterpart, Ryosei Akazawa, struck a more cautious
// note." is Akazawa's; and "Toyota, the country's largest carmaker, said"
// is Toyota's, not the description's.
func TestAudit26Descriptions(t *testing.T) {
	const text = "US, Japan trade talks end\n\nWASHINGTON (Reuters) - U.S. and Japanese negotiators ended two days of talks on Friday.\n\nHis Japanese counterpart, Ryosei Akazawa, struck a more cautious note. The economy minister said Tokyo could not accept a deal that left a 25% tariff on its cars in place.\n\nToyota, the country's largest carmaker, said in a statement that it was \"watching closely\". A spokesman, Kenji Tanaka, said the company had no plans to shift production.\n\n\"The Japanese want a deal more than we do,\" said Senator Mike Crapo, the Idaho Republican who chairs the Senate Finance Committee. He said he expected the talks to drag on."
	checkAudit2(t, []audit2Case{
		{"a role with the name beside it goes on", text, "Tokyo could not accept", "Ryosei Akazawa"},
		{"a title subject with the name below it", text, "he expected the talks", "Mike Crapo"},
	}, true)
	checkAudit2(t, []audit2Case{
		{"a name before its description", text, "watching closely", "Toyota"},
	}, false)
}

// TestAudit26Asides checks that a person named before an aside set off by
// commas speaks with the verb after it ("Health Secretary Wes Streeting,
// asked about the dispute on BBC Radio 4, said…"), not a name inside the
// aside.
func TestAudit26Asides(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a participle's aside between the name and the verb",
			"Nurses vote to strike\n\nMANCHESTER - Nurses voted to strike on Tuesday.\n\nHealth Secretary Wes Streeting, asked about the dispute on BBC Radio 4, said both sides should \"get round the table\". He added: \"Nobody wins from a strike.\"",
			"both sides should", "Wes Streeting"},
	}, true)
}

// TestAudit26CreditsAfterClauses checks that a credit set off after the
// clause it reports, with two words of whose before its subject ("The
// army and the rebels agreed to a pause, Saudi and U.S. mediators said,
// though…"), credits the clause to the mediators.
func TestAudit26CreditsAfterClauses(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a parenthetical credit with a subordinate clause after it",
			"Humanitarian pause agreed\n\nJEDDAH (AFP) - The army and the rebels agreed on Saturday to a seven-day pause, Saudi and U.S. mediators said, though fighting continued in the capital.",
			"The army and the rebels agreed", "Saudi and U.S. mediators"},
	}, true)
}
