package summarize

import "testing"

// "One official close to the talks, who spoke on condition of anonymity
// because …, said …": the source described by "close to" or "familiar
// with", set off by a relative clause before its verb of saying, is the
// verb's subject however the parser hung the adjective from the verb.
func TestCloseSourceBeforeAside(t *testing.T) {
	text := "Border talks\n\nThe two delegations met for a third day in the capital on Tuesday.\n\nOne official close to the mediators, who spoke on condition of anonymity because the talks are private, said the map was \"mostly agreed.\" \"The rest is about the river,\" the official said.\n\nOne banker familiar with the bid, who spoke on condition of anonymity because the process is private, said the board was \"nearly ready to sign.\"\n"
	checkAudit2(t, []audit2Case{
		{"close to, with its aside", text, "mostly agreed", "One official close to the mediators"},
		{"the same source goes on", text, "The rest is about the river", "One official close to the mediators"},
		{"familiar with, with its aside", text, "nearly ready to sign", "One banker familiar with the bid"},
	}, false)
}
