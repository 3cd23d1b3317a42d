package summarize

import "testing"

// TestJointStatementOfSeveral checks that a statement several parties
// released together speaks for itself: it is none of its makers' alone.
func TestJointStatementOfSeveral(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a statement two parties released",
			"Talks on the new cabinet resumed on Friday.\n\nHours later, the Farmers' League and the Green Union released a joint statement backing the mediator.\n\n“We owe the country a government before the summer,” the joint statement said.",
			"We owe the country", "the joint statement"},
		{"a statement one party released",
			"Talks on the new cabinet resumed on Friday.\n\nHours later, the Farmers' League released a statement backing the mediator.\n\n“We owe the country a government before the summer,” the statement said.",
			"We owe the country", "Farmers' League"},
	}, false)
}

// TestDefinedShortForms checks that a body the text names in full and
// then by the short form it defines in brackets after the name speaks
// under its full name, as the reader was told it.
func TestDefinedShortForms(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an acronym",
			"Talks mediated by the Office for Arbitration, Mediation and Settlement (OAMS) broke down on Monday.\n\nIn a short statement, the OAMS said the two sides remained “far apart on the basic wage”.",
			"far apart on the basic wage", "Office for Arbitration, Mediation and Settlement"},
		{"a short name",
			"The strike would halt the trains run by the state-owned Companhia Ferroviária do Vale (Ferrovale).\n\nFerrovale said its offer was “the most the budget allows”.",
			"the most the budget allows", "Companhia Ferroviária do Vale"},
	}, false)
}

// TestHeAfterAReportGoesOnWithItsSpeaker checks that "“…,” he said" after
// a sentence in which a named person reports something about someone the
// story describes by role ("the governor") is the reporter's, not the
// role holder's whom coreference linked the pronoun to.
func TestHeAfterAReportGoesOnWithItsSpeaker(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a reporter's pronoun",
			"Talks between the county and the nurses' union collapsed on Tuesday.\n\nGovernor Paul Kimani said the county had offered everything it could afford. “I cannot pay money we do not have,” the governor said.\n\n" +
				"But the union's branch secretary, Dr James Mwangi, said the governor was misleading the public.\n\n“The governor knows that the money offered is not even half of what is owed,” he said.",
			"The governor knows that", "James Mwangi"},
	}, false)
}

// TestRolesNamedLater checks that a role the story names its holder for
// just after ("said the chairman of the Harbour Boat Owners Association.
// The chairman, Piet Mokoena, …") is that person's, that a short form in
// brackets whose letters are all but one of the name's initials is the
// name ("PT Samudra Laut Terminal (SLT)"), and that a quotation a colon
// introduces after "The council leader was blunt" is the leader's, whom
// the story named as "Councillor Ann Reid, who leads the council".
func TestRolesNamedLater(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role named just after",
			"Fishermen lifted their blockade of the harbour on Friday.\n\n“We did not want to block our own harbour,” said the chairman of the Harbour Boat Owners Association, who led the delegation.\n\nThe chairman, Piet Mokoena, 58, said the freeze was only a pause.",
			"We did not want to block", "Piet Mokoena"},
		{"a bracketed short form of a name with a company's form",
			"The fee was set by the port operator PT Samudra Laut Terminal (SLT) in March.\n\nIn a statement, SLT said the blockade had cost it “at least Rp 7.8 billion in lost revenue”.",
			"at least Rp 7.8 billion", "PT Samudra Laut Terminal"},
		{"a colon after a role the story named",
			"Bin workers walked out on Monday.\n\nCouncillor Ann Reid, who leads the council’s administration, said the authority could not afford the regrading.\n\nThe council leader was blunt: “If we regrade the bin workers, we will have to regrade everyone.”",
			"If we regrade the bin workers", "Ann Reid"},
	}, false)
}
