package summarize

import "testing"

// TestRoleOfALongApposition checks that a role given in a second,
// long description set off after a name ("Lena Voss, the guild's chair
// and a 47-year-old set designer with the Nordlicht studio in
// Hamburg,") takes the person up when the story says "the designer".
func TestRoleOfALongApposition(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a second description after the first",
			"Studio talks resume\n\n\"We will not sign away our names,\" said Lena Voss, the guild's chair and a 47-year-old set designer with the Nordlicht studio in Hamburg. \"Credit is how we are hired.\"\n\nTalks resume on Monday. \"We can discuss the fee. We cannot discuss the credit,\" the designer said.",
			"We can discuss the fee", "Lena Voss"},
	}, false)
}

// TestSecondThatClauseOfWhatWasSaid checks that words quoted in a second
// clause of what someone said, opened with "that" ("He said the fund had
// backed farms…, and that growers would get “…”"), are the sayer's, not
// those of the first clause's subject.
func TestSecondThatClauseOfWhatWasSaid(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a that-clause coordinated with the first",
			"Tea estate bid\n\nThe fund's chairman, Rafael Montoya, told reporters the fund would not raise its bid. He said Greenhill had supported farms in Kenya and India without changing how they worked, and that the estate would keep \"its own managers and its own name\".",
			"its own managers and its own name", "Rafael Montoya"},
	}, false)
}

// TestHeNotTheWomanTheDescriptionNames checks that "he" linked by
// coreference to a role ("the spokesperson") that the story gave a woman
// is not her: the man named last before goes on.
func TestHeNotTheWomanTheDescriptionNames(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"he after a woman's role",
			"Fishing quota talks\n\n\"The quota will be set by science,\" Fisheries Minister Tomas Varga said in the morning.\n\nVarga said the ministry had offered a review every three years.\n\n\"Every year of delay costs the coast a fleet.\"\n\nThe fishermen's association sided with the crews. Ilse Moreau, a spokesperson for the association, said skippers were exhausted. \"Nobody can fish on these terms,\" she said.\n\n\"The ministry must stop threatening the crews,\" the spokesperson added.\n\n\"We will not fine anyone who lands the catch by Friday,\" he told the briefing later in the day.",
			"We will not fine anyone", "Tomas Varga"},
	}, false)
}

// TestWhoADescriptionIsOn checks that a description of a source keeps
// what says whose side or body the source is on after its head ("a
// senator on the committee", "an adviser to the minister", "a diplomat
// following the talks"), but not a participle that names another body
// ("A union representing flight attendants at British Airways" is the
// union).
func TestWhoADescriptionIsOn(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"on the committee",
			"Budget talks\n\n\"Nobody wants to blink first,\" a senator on the committee said.",
			"Nobody wants to blink first", "a senator on the committee"},
		{"to the minister",
			"Pension talks\n\n\"She will not give up the age,\" an adviser to the minister said.",
			"She will not give up the age", "an adviser to the minister"},
		{"following the talks",
			"Border talks\n\n\"The deal is close,\" said a Western diplomat following the talks.",
			"The deal is close", "a Western diplomat following the talks"},
	}, false)
	checkStatements(t, []statementCase{
		{"a participle naming another body",
			"Airline deal\n\nA union representing 5,200 flight attendants at bankrupt British Airways has agreed to a new contract that cuts pay by nearly 10%.\n",
			"to a new contract that cuts pay by nearly 10%", "A union", "agreed"},
	})
}

// TestDashCreditLine checks that a quotation standing alone in its
// paragraph, with a line of a dash and a name after it (a pull quote, an
// epigraph), is the named person's, not the speaker before's; and that a
// dash opening a sentence of its own credits no one.
func TestDashCreditLine(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a pull quote's credit line",
			"Prisoner swap agreed\n\nThe rebel delegation was led by Omar Haddad, who told reporters the exchange showed \"what is possible\". \"The next round can be bigger,\" he added.\n\n\"Every name on that list is a mother waiting at a door.\"\n\n— Leila Mansour, Families of the Detained Association\n\nThe Red Cross will run the transfers.",
			"Every name on that list", "Leila Mansour"},
		{"a dash opening a sentence",
			"Prisoner swap agreed\n\nThe rebel delegation was led by Omar Haddad, who told reporters the exchange showed \"what is possible\". \"The next round can be bigger,\" he added.\n\n\"Every name on that list is a mother waiting at a door.\"\n\n— Leila Mansour said the list was incomplete.\n\nThe Red Cross will run the transfers.",
			"Every name on that list", "Omar Haddad"},
	}, false)
}

// TestNameBeforeItsRole checks that a source whose role the parser made
// the head of the phrase, with the name set off before it by a comma
// ("said Luciana Ferreira da Costa, chief Latin America economist at
// Banco Paulista"), is the person, not the name and the role together.
func TestNameBeforeItsRole(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"name, role",
			"Debt deal agreed\n\nEconomists said the terms were reasonable for a country in Bolivia's position. \"It is a sensible deal for a country that has very few dollars left,\" said Mariana Ferreira da Silva, chief Latin America economist at Banco Paulista in São Paulo.",
			"It is a sensible deal", "Mariana Ferreira da Silva"},
	}, false)
}
