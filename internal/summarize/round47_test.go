package summarize

import "testing"

// TestRound47FamiliarSources checks a source described by "familiar
// with" after a noun the tagger read as a compound of "familiar" or as
// its adjective ("a senior Democratic aide familiar with the talks", "a
// senior Emirati official familiar with the process", "official" read as
// an adjective): the noun heads the phrase, so the whole description is
// the speaker, and a later "the aide" is the person it brought in.
func TestRound47FamiliarSources(t *testing.T) {
	const aide = "Negotiators failed again on Tuesday to agree on a spending plan.\n\n" +
		"\u201cWe're close on everything except the two things that actually matter,\u201d said a senior Democratic aide familiar with the talks.\n\n" +
		"The White House declined to comment. Republicans said they would not move on the debt limit.\n\n" +
		"\u201cNobody wants a shutdown, but nobody is blinking either,\u201d the aide said."
	const official = "Russia and Ukraine exchanged 90 prisoners on Friday, the latest swap brokered by the United Arab Emirates.\n\n" +
		"A senior Emirati official familiar with the process said the two sides had agreed on a list of names after weeks of haggling. \u201cNeither side ever sits in the same room,\u201d the official said.\n\n" +
		"A Colombian government official familiar with the negotiations said the deadline would hold."
	checkAudit2(t, []audit2Case{
		{"the aide", aide, "Nobody wants a shutdown", "a senior Democratic aide familiar with the talks"},
		{"the official", official, "Neither side ever sits", "A senior Emirati official familiar with the process"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"official as an adjective", official, "the two sides had agreed", "A senior Emirati official familiar with the process"},
		{"with the negotiations said", official, "the deadline would hold", "A Colombian government official familiar with the negotiations"},
	}, true)
}
