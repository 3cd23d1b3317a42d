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

// TestRound47FullerBodies checks a body's bare noun ("the ministry", "the
// consortium") that coreference left open: the fuller description of the
// same noun that spoke just before ("The Russian defence ministry
// said…"), or the name the noun was set off after ("Elbe-Xinyuan
// Lithium, a German-Chinese consortium", the apposition hung from the
// first of two coordinated names), past a bare "the consortium" between.
func TestRound47FullerBodies(t *testing.T) {
	const ministry = "Russia and Ukraine exchanged 90 prisoners on Friday.\n\n" +
		"Ukraine's coordination headquarters said 49 of those freed were soldiers captured in the east. The Russian defence ministry said its servicemen had been flown to Moscow.\n\n" +
		"\u201cThe servicemen are receiving the necessary psychological and medical assistance,\u201d the ministry said in a statement."
	const consortium = "Bolivia and Elbe-Xinyuan Lithium, a German-Chinese consortium, are in their sixth month of negotiations over a contract.\n\n" +
		"The sticking point is the royalty, where the consortium offers 3% and Bolivia wants 8%.\n\n" +
		"The consortium said in a statement that it remained \u201cfully committed to a partnership that creates lasting value for Bolivia\u201d."
	checkAudit2(t, []audit2Case{
		{"the ministry", ministry, "The servicemen are receiving", "Russian defence ministry"},
		{"the consortium", consortium, "fully committed to a partnership", "Elbe-Xinyuan Lithium"},
	}, false)
}

// TestRound47ParticipleRead checks a source's participle the tagger read
// as a past tense ("a Western diplomat briefed on the negotiations",
// "briefed" a past tense hung as the noun's clause): with no subject of
// its own it says which diplomat, so the phrase keeps it.
func TestRound47ParticipleRead(t *testing.T) {
	const text = "The talks nearly collapsed late on Sunday over the wording of the clause on drones, according to a Western diplomat briefed on the negotiations. \u201cAt two in the morning the eastern delegation packed its bags,\u201d said the diplomat, who spoke on condition of anonymity because the talks were private."
	checkAudit2(t, []audit2Case{
		{"said the diplomat", text, "At two in the morning", "a Western diplomat briefed on the negotiations"},
	}, false)
}

// TestRound47PostNominalRelative checks a name with letters after it and
// a relative clause set off after those ("Deb Kowalczyk, RN, who has
// worked…, said she voted yes"): the name is the subject of the verb of
// saying, so the "she" after it is her, and what she said is hers, not
// the letters'.
func TestRound47PostNominalRelative(t *testing.T) {
	const text = "Not every nurse was convinced. One emergency department nurse, who asked that her name not be used, said she voted no. \u201cThe ratios have too many exceptions,\u201d she said.\n\n" +
		"Hanna Lindqvist, RN, who has worked in the cardiac unit for 12 years, said she voted yes. \u201cThis is the first contract where management read our proposals,\u201d she said."
	checkAudit2(t, []audit2Case{
		{"she after the name", text, "This is the first contract", "Hanna Lindqvist"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"the name, not its letters", text, "she voted yes", "Hanna Lindqvist"},
	}, true)
}

// TestRound47RoleOf checks a role with what it is of ("The head of
// Ukraine's delegation"): it is not the person earlier named as "deputy
// head" of another body, and it is the person the story names just
// after as "The delegation head, …", the same role written the other
// way round.
func TestRound47RoleOf(t *testing.T) {
	const text = "\u201cThe first stage of the exchange will take place within ten days,\u201d Mykola Danylenko, deputy head of Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, wrote on Telegram.\n\n" +
		"The head of Ukraine's delegation, speaking to reporters outside the palace, said Moscow had again tried to tie humanitarian issues to its political demands.\n\n" +
		"\u201cThey came with the same memorandum and the same ultimatums,\u201d he said.\n\n" +
		"The delegation head, Deputy Foreign Minister Serhii Kovalenko, said Kyiv had handed over a list of 1,200 names."
	checkAudit2(t, []audit2Case{
		{"he after the head of the delegation", text, "They came with the same memorandum", "Serhii Kovalenko"},
	}, false)
}

// TestRound47OneOfThePeople checks "the person" after "One of the people
// familiar with the matter said…": the source that sentence brought in,
// whole ("the matter" hung from the verb belongs to "familiar"), not the
// person named in the sentence before.
func TestRound47OneOfThePeople(t *testing.T) {
	const text = "Kafula said the union would be briefed once the terms were final.\n\n" +
		"One of the people familiar with the matter said the final sticking point was a clause on the state's stake. \u201cThat clause is the one everyone is watching,\u201d the person said."
	checkAudit2(t, []audit2Case{
		{"the person", text, "That clause is the one", "One of the people familiar with the matter"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"one of the people familiar with", text, "the final sticking point", "One of the people familiar with the matter"},
	}, true)
}

// TestRound47ParticipleCues checks a verb of saying other than "said"
// that the parser read as a participle describing its subject, with the
// subject of what was said as its object ("One EU diplomat stressed
// Paris could delay the deal"): the diplomat said it, and what was said
// is the clause.
func TestRound47ParticipleCues(t *testing.T) {
	const text = "European Union members moved closer to a trade deal with South America on Friday.\n\n" +
		"One EU diplomat stressed Paris could delay the deal but not kill it on its own."
	checkAudit2(t, []audit2Case{
		{"stressed", text, "Paris could delay the deal", "One EU diplomat"},
	}, true)
}

// TestRound47ClosingCreditParticiple checks a credit after a quotation
// whose verb of saying ends the sentence and was read as a participle of
// the noun before it ("“…,” the 67-year-old diplomat noted."): the
// diplomat is the woman just named.
func TestRound47ClosingCreditParticiple(t *testing.T) {
	const text = "Talks ended on Friday.\n\n" +
		"Sandra Holder-Bascombe, a former Barbadian foreign minister who led the mediation team, noted the hardest issue had been the police operations, which the government at first refused to suspend at all.\n\n" +
		"\u201cEvery time we reached the question of the police, one side left the room,\u201d the 67-year-old diplomat noted."
	checkAudit2(t, []audit2Case{
		{"the diplomat noted", text, "Every time we reached", "Sandra Holder-Bascombe"},
	}, false)
}

// TestRound47CreditNouns checks a credit after a quotation whose verb of
// saying the tagger read as a noun and its subject as an adjective ("“…,”
// the official acknowledged.", read as the noun phrase "the official
// acknowledged"): the official who was brought in before said it.
func TestRound47CreditNouns(t *testing.T) {
	const text = "Talks ended on Friday.\n\n" +
		"A senior official in the finance ministry, who asked not to be named because the documents had not been signed, conceded interest payments would fall by roughly $31 million a year. \u201cIt gives us room to breathe,\u201d the official acknowledged."
	checkAudit2(t, []audit2Case{
		{"the official acknowledged", text, "It gives us room to breathe", "A senior official in the finance ministry"},
	}, false)
}
