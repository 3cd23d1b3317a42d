package summarize

import "testing"

// TestAudit36HyphenatedNames checks that a name with a hyphen in both the
// given name and the surname, with a capital outside ASCII ("Anne-Élise
// Fournier-Roy"), is one person's, and that the surname taken up alone
// later ("Fournier-Roy said", "she said") is that person.
func TestAudit36HyphenatedNames(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"she after a double-barrelled surname",
			"Mill bid rejected\n\nBy Tom Reid\n\nThe board of Papeterie Nordet rejected a takeover bid on Monday.\n\n\"This offer does not reflect what the mills are worth,\" chief executive Anne-Élise Fournier-Roy said on a call.\n\nAnalyst Karen Holt at Bay Street Research said the bid looked like an opening move. \"They will be back with more money,\" she wrote.\n\nFournier-Roy said the company would press on with its own plan. \"We have a strategy and we will keep to it,\" she said.\n",
			"We have a strategy", "Anne-Élise Fournier-Roy"},
	}, false)
}

// TestAudit36AnotherSource checks that "the analyst" after "Another
// analyst, who asked not to be named," is that unnamed analyst, not the
// analyst the story named before.
func TestAudit36AnotherSource(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"another analyst",
			"Mill bid rejected\n\nThe board of Papeterie Nordet rejected a takeover bid on Monday.\n\nBay Street Research analyst Karen Holt said the bid looked like an opening move. \"They will be back with more money,\" she wrote in a note.\n\nAnother analyst, who asked not to be named because his firm advises the bidder, said the fight was political. \"In this province the head office is the whole story,\" the analyst said.\n",
			"In this province the head office", "Another analyst"},
	}, false)
}

// TestAudit36BodyByApposition checks that a name the entity model may
// read as a person's, set beside a long description of a body with its
// determiner far from the noun ("a Quebec public-sector pension fund"),
// is the body, and that "The fund said" is that body.
func TestAudit36BodyByApposition(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the fund",
			"Mill bid rejected\n\nThe board of Papeterie Nordet rejected a takeover bid on Monday.\n\nCaisse Laurier, a Quebec public-sector pension fund that owns about 12% of Nordet, said it backed the board. The fund said in a statement it would \"not tender its shares at this price.\"\n",
			"not tender its shares", "Caisse Laurier"},
	}, false)
}

// TestAudit36GivenNameInIng checks that a given name in -ing after a
// comma ("Blessing") is read as a name, not a gerund, so that the person
// it names goes on as "the 39-year-old" in the next paragraph.
func TestAudit36GivenNameInIng(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"Blessing",
			"Power cuts deepen\n\nHARARE - The two utilities cut supply again on Monday.\n\nIn the city's Mbare district, Blessing Chikore runs a bakery that now opens mostly at night.\n\n\"I sleep in the afternoon and bake from midnight,\" the 39-year-old said.\n",
			"I sleep in the afternoon", "Blessing Chikore"},
	}, false)
}

// TestAudit36SaidBetweenSubjects checks that words quoted after "The
// joint communique … said both governments" are the communique's, not the
// governments': the verb of saying between two subjects the parser gave
// one verb is the sentence's verb.
func TestAudit36SaidBetweenSubjects(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"communique said both governments",
			"Dam deal\n\nLUSAKA - Ministers met on Friday.\n\nThe joint communique issued after the meeting said both governments \"recognise that the dam comes before the power stations.\" It also set up a committee.\n",
			"recognise that the dam comes", "The joint communique"},
	}, false)
}

// TestAudit36Minutes checks that the minutes of a meeting speak as a text
// does ("The minutes commit the government to “…”"), although their
// lemma is the unit of time's.
func TestAudit36Minutes(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"the minutes",
			"Strike called off\n\nTUNIS - The union called off the strike on Friday.\n\nThe minutes commit the government to \"open talks on the minimum wage before the end of March.\" The union welcomed them.\n",
			"open talks on the minimum wage", "The minutes"},
	}, false)
}

// TestAudit36AgeMakesPerson checks that a name the entity model read as a
// body's, followed by an age set off by commas ("Marieke van Dijk, 44,"),
// is a person, who goes on as "the mother of two" in the next paragraph.
func TestAudit36AgeMakesPerson(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"name, age,",
			"Port strike ends\n\nROTTERDAM - Dock workers at the port of Rotterdam ended a five-day strike on Friday.\n\nMarieke van Dijk, 44, has driven a straddle carrier at the container terminal for nineteen years.\n\n\"We did not want to strike, but the company left us no choice,\" the mother of two said.\n",
			"We did not want to strike", "Marieke van Dijk"},
	}, false)
}

// TestAudit36SurnameBeforeSyllables checks that a surname that is also a
// common word or a place's ("Park") before a given name of two syllables
// joined by a hyphen ("Min-ho") is one person's name where the model found
// no person in it.
func TestAudit36SurnameBeforeSyllables(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"Park Min-ho",
			"Bus drivers call off strike\n\nSEOUL - Bus drivers in the capital called off a planned strike on Wednesday.\n\nAccording to Park Min-ho, a transport economist at Yonsei University, the deal \"buys peace for a year, not for a decade.\"\n",
			"buys peace for a year", "Park Min-ho"},
	}, false)
}

// TestAudit36PaternalSurnameLinked checks that "Fuentealba said", after
// "José Luis Fuentealba Rojas" and before a paragraph that takes him up as
// "Mr. Fuentealba", is credited to the name in full: the first of two
// surnames is the one written alone, and the name linking's lone surname
// shortens no name in full.
func TestAudit36PaternalSurnameLinked(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"Fuentealba",
			"Copper miners reach wage deal\n\nSANTIAGO - Workers at the El Cóndor copper mine in northern Chile accepted a new three-year contract on Sunday, ending a 12-day strike.\n\nThe union's president, José Luis Fuentealba Rojas, said members had voted 1,840 to 312 in favour. \"It is not everything we asked for,\" Fuentealba said. \"But it is a contract we can defend in front of our families.\"\n\nMinera Andina, which operates the mine, said in a statement that the agreement \"secures stable operations for the coming years.\"\n\nLabour Minister Jeannette Jara Román welcomed the deal. Speaking to Radio Cooperativa, she said the government had \"facilitated, not imposed\" the talks.\n\nAnalysts at Banco Austral said the deal would add about 2% to the mine's costs. \"Margins remain healthy at current prices,\" they wrote in a note.\n\nMr. Fuentealba, 52, who has worked at the mine since 1994, said the hardest issue had been night shifts. \"Nobody should work four nights in a row underground,\" he said.\n",
			"It is not everything we asked for", "José Luis Fuentealba Rojas"},
	}, false)
}
