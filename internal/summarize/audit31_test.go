package summarize

import "testing"

// TestAudit31UnnamedOfOtherSex checks that "he said" is not the unnamed
// source of the sentence before when that source's noun gives the other
// sex ("a spokeswoman"): the pronoun goes to the man named before.
func TestAudit31UnnamedOfOtherSex(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a spokeswoman before he said",
			"Port workers reject offer\n\nROTTERDAM - Dockworkers' union leader Pieter Vandenbroucke said on Monday the employers' offer of 3 percent was too low and called a vote for Friday.\n\nA spokeswoman for the employers said the offer was final and would not be raised. \"Nobody in this port has been offered less than inflation,\" he said.\n",
			"Nobody in this port has been offered less", "Pieter Vandenbroucke"},
		{"a spokesman before he said",
			"Port workers reject offer\n\nROTTERDAM - Dockworkers' union leader Pieter Vandenbroucke said on Monday the employers' offer of 3 percent was too low and called a vote for Friday.\n\nA spokesman for the employers said the offer was final and would not be raised. \"Nobody in this port has been offered less than inflation,\" he said.\n",
			"Nobody in this port has been offered less", "A spokesman for the employers"},
	}, false)
}

// TestAudit31HyphenatedTitleCycle checks that a title written with a
// hyphen, right after a quotation in single marks ("‘…,’ Vice-Minister
// Elena Duarte said"), gives the name: two rules sent its two words to
// each other, and the recursion overflowed the stack, which no recover
// catches (the bot process died).
func TestAudit31HyphenatedTitleCycle(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"single marks",
			"Ports deal stalls\n\nASUNCION - Talks on the ports deal stalled on Monday.\n\n‘We will not sign this year,’ Vice-Minister Elena Duarte said after the meeting.\n",
			"We will not sign this year", "Elena Duarte"},
		{"a second quotation",
			"Ports deal stalls\n\nASUNCION - Talks on the ports deal stalled on Monday.\n\n‘We will not sign this year, not at this price,’ Vice-Minister of Trade Elena Duarte told reporters. ‘The offer is too low.’\n",
			"The offer is too low", "Elena Duarte"},
	}, false)
}

// TestAudit31RoleTheStoryGave checks that "the lecturer" takes up the
// person the story gave that role ("Dr Ana Ruiz, a senior lecturer in
// economics"), though the lexicon does not know the word for a person's,
// and the one named after particles ("Adriaan van der Merwe").
func TestAudit31RoleTheStoryGave(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role word the lexicon does not know",
			"Copper pact extended\n\nLIMA - Peru and the miners agreed on Tuesday to extend the copper pact to 2040.\n\nDr Ana Ruiz, a senior lecturer in economics at the University of Lima, said the timing was difficult. \"The state got more of a smaller cake,\" Ruiz said.\n\nShe said the state seller would need to hire traders quickly. \"Selling 40 percent is not the same job as selling 25 percent,\" the lecturer said.\n",
			"Selling 40 percent", "Ana Ruiz"},
		{"a name with particles",
			"Copper pact extended\n\nLIMA - Peru and the miners agreed on Tuesday to extend the copper pact to 2040.\n\nAdriaan van der Merwe said the talks had been long. \"There were moments when we wondered whether we would get there,\" he said.\n",
			"There were moments", "Adriaan van der Merwe"},
	}, false)
}

// TestAudit31KinIntro checks that "the delegate" takes up the unnamed
// source the sentence before brought in as "a member of the
// delegation", a noun of the same stem.
func TestAudit31KinIntro(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"delegation, delegate",
			"Dam talks stall\n\nADDIS ABABA - Talks on the dam stalled on Monday.\n\nA member of the Ethiopian delegation, who asked not to be named, said the talks were stuck. \"We need a deal by June, not a seminar,\" the delegate said.\n",
			"We need a deal by June", "A member of the Ethiopian delegation"},
	}, false)
}

// TestAudit31FirmMinister checks a quotation a colon introduces after
// "she was firm" (a copular clause the parser hung from "Asked", with
// "firm" read as a noun): the minister the sentence before made its
// subject, named with a hyphenated surname, not the man named before
// her.
func TestAudit31FirmMinister(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"she was firm",
			"Copper deal extended\n\nLUSAKA - The government and Kafue Copper agreed on Friday to extend their supply pact to 2035.\n\n\"Now the mines pay their share,\" Minister of Mines Lerato Mokoena-Dube said at the ceremony.\n\nOpposition leader Kagiso Tshosa-Molefe said the contract should be published. He called the announcement \"a brochure, not a deal.\"\n\nThe minister said the contract would go to parliament in March. Asked whether the government had considered cancelling the pact, she was firm: \"We came to improve this partnership, not to end it.\"\n",
			"We came to improve", "Lerato Mokoena-Dube"},
	}, false)
}

// TestAudit31TheCompany checks that "the company said" several sentences
// after the company was named is the one company the story names by its
// designation, though other bodies are named between.
func TestAudit31TheCompany(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the one designated company",
			"Textile workers walk out\n\nDHAKA - More than 4,000 workers at Meghna Loom Works Ltd. stopped work on Sunday after their Eid bonus was halved.\n\nThe Bangladesh Garment Workers Federation said it would call a wider strike if the bonus was not restored. Its leader, Rashida Akter, said members would march on Tuesday.\n\nThe labour ministry called both sides to talks on Monday.\n\nIn a statement sent to reporters, the company said it \"respects the rights of its workers\" and asked them to return to work.\n",
			"respects the rights of its workers", "Meghna Loom Works Ltd."},
	}, false)
}

// TestAudit31ThePriest checks that "the priest" takes up the one person
// the story named with a priest's title ("Father Tomás Ortega").
func TestAudit31ThePriest(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a priest's title",
			"Ceasefire talks resume\n\nBOGOTA - Government and rebel negotiators returned to the table on Monday after a two-week pause.\n\nThe church has hosted the talks since March. Father Tomás Ortega, who has attended every round, was asked whether the talks were close to collapse. The priest put it bluntly:\n\n\"The farmers are not asking who commands the army. They are asking when they can plant.\"\n",
			"The farmers are not asking", "Tomás Ortega"},
	}, false)
}

// TestAudit31TheAnalyst checks that "the analyst" takes up the expert the
// sentence before made its subject ("She argued… «…», the analyst said")
// where the story names two experts (a specialist and a fellow).
func TestAudit31TheAnalyst(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"two experts, the one going on",
			"Enrichment talks resume\n\nSEOUL - South Korea and the United States resumed talks on Monday on revising their nuclear pact.\n\nMin Jae-won, a senior fellow at the Korea Energy Institute, said Seoul wanted the right to enrich uranium for fuel.\n\nMaria Lindqvist-Haddad, a nonproliferation specialist at the Stockholm Peace Institute, warned that any concession would be watched closely. She argued that the likeliest outcome was a compromise. \"Something that lets both governments claim a win,\" the analyst said.\n",
			"Something that lets both governments", "Maria Lindqvist-Haddad"},
	}, false)
}
