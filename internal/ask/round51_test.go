package ask

import "testing"

// TestRound51CountryInQuotedWords checks that a country named in what an
// unnamed office holder says, or by a pronoun of those words standing for
// something of that country, does not make the speaker the country's
// office holder: "the association's president" whose quotation speaks of
// Peruvian coffee is no president of Peru.
func TestRound51CountryInQuotedWords(t *testing.T) {
	art := textArticle(t, `Peru and Japan close coffee tariff deal

LIMA, June 3 - Peru and Japan agreed on Tuesday to cut the tariff on roasted coffee to zero over five years, ending eighteen months of talks.

“This is the door we have knocked on since 2015,” said Rosa Quispe Mamani, president of the Peruvian Coffee Growers’ Federation.

“Japanese buyers know Peruvian coffee from airport shops. Soon they will find it in every supermarket in Osaka,” the federation’s president added.

Japan's trade ministry said the cut would be phased in from April.`)
	runAnswerCases(t, []answerCase{
		{"no president of Peru", art, "what did peru's president say about the deal", nil, []string{"Rosa Quispe", "door we have knocked"}, true},
		{"the federation's president", art, "what did the coffee federation president say", []string{"door we have knocked"}, nil, false},
	})
}

// TestRound51NameIsNoDescription checks that a name the question gives in
// lower case, which the article writes only as a name and only inside
// someone's description ("a FIFA-licensed agent"), is not read as the
// description of a person: the agent's words are not FIFA's.
func TestRound51NameIsNoDescription(t *testing.T) {
	art := textArticle(t, `Porto reject second bid for striker

PORTO, Aug. 2 - FC Porto rejected a second offer of 42 million euros from Al-Qadsiah for striker Tiago Moura on Friday, the club said.

“Porto are asking for a price no club in Europe would pay,” said Jonas Weber, a FIFA-licensed agent who represents the player.

The two clubs are due to meet again in Lisbon next week.`)
	runAnswerCases(t, []answerCase{
		{"a name, not a role", art, "what did fifa say about the transfer", nil, []string{"no club in Europe"}, true},
		{"the agent", art, "what did the player's agent say", []string{"no club in Europe"}, nil, false},
	})
}

// TestRound51CompanyPresidentIsNoCountrys checks that "Brazil's
// president" (typed "brazils") is neither a company's president for the
// region, whose sentence names Brazil, nor the president of a Brazilian
// association: the question is declined, and the company's president is
// still found when asked about as such.
func TestRound51CompanyPresidentIsNoCountrys(t *testing.T) {
	art := textArticle(t, `Brazil wins lower price for diabetes drug

BRASILIA, March 4 - Brazil's health ministry agreed on Tuesday to buy a diabetes drug from the Danish maker Solvik at a 60% discount for its public health system.

Solvik’s president for Latin America, Henrik Dahl-Nielsen, said in an interview that the company had accepted lower margins in exchange for volume, and that Brazil would become one of its largest markets.

Patient groups welcomed the deal. Márcia Lopes Figueira, president of the Brazilian Association of Diabetics, was quoted by a local newspaper as saying that patients had waited “far too long”.`)
	runAnswerCases(t, []answerCase{
		{"no president of Brazil", art, "what did brazils president say abt the deal", nil, []string{"Dahl-Nielsen", "Figueira", "margins"}, true},
		{"the company's president", art, "what did solvik's president say", []string{"lower margins"}, nil, false},
	})
}

// TestRound51ChiefNegotiatorIsNoExecutive checks that "the terminal ceo"
// is the company's chief executive, not the union's chief negotiator
// whose sentence names the terminal: the "chief" of a negotiator is the
// negotiator's rank, not an executive's office.
func TestRound51ChiefNegotiatorIsNoExecutive(t *testing.T) {
	art := textArticle(t, `Dockers end strike at Ngqura

GQEBERHA, May 2 - Dockworkers at the Ngqura container terminal returned to work on Monday after their union signed a wage deal with Eastern Cape Terminals.

"We came back with the night shift," Lindiwe Khumalo, the union's chief negotiator, told reporters outside the terminal gates.

Eastern Cape's chief executive, Johan Botha, conceded that the deal was "expensive but survivable".

"Every day those ships sat outside the breakwater, we were losing customers to Maputo," said Botha.`)
	runAnswerCases(t, []answerCase{
		{"the terminal's CEO", art, "what did the terminal ceo say about the ships", []string{"losing customers"}, []string{"night shift"}, false},
	})
}

// TestRound51SurnameByDescription checks that of two people who share a
// surname, the question's description picks the one the article
// describes so ("the economist phiri": "Chimwemwe Phiri, an economist at
// the University of Malawi", not "Esther Phiri, who sells tomatoes").
func TestRound51SurnameByDescription(t *testing.T) {
	art := textArticle(t, `Malawi strikes debt deal

LILONGWE, May 9 - Malawi agreed on Friday to restructure $1.2 billion of debt with its commercial creditors.

Chimwemwe Phiri, an economist at the University of Malawi, said the size of the cut mattered less than the currency. “The question is whether the kwacha holds,” Phiri said.

At the main market, Esther Phiri, who sells tomatoes and is no relation of the economist, said she had not heard of the agreement. “If it brings the price of fertiliser down, tell them thank you,” she said.`)
	runAnswerCases(t, []answerCase{
		{"the economist", art, "wat did the economist phiri say about the kwacha", []string{"Chimwemwe Phiri", "kwacha holds"}, []string{"Esther"}, false},
	})
}

// TestRound51ShareOfMoney checks that "how much of the money" asks for a
// share of a sum, which a percentage answers, not for a sum of money.
func TestRound51ShareOfMoney(t *testing.T) {
	art := textArticle(t, `Romanian league sells TV rights

BUCHAREST, June 4 - Romania's football league sold its domestic television rights for the next four seasons to a sports channel for 180 million euros on Monday.

Under the deal, 10% of the money will go to second-division clubs.`)
	runAnswerCases(t, []answerCase{
		{"a share", art, "how much of the money goes to second division clubs", []string{"10%"}, nil, false},
		{"a sum", art, "how much did the channel pay for the rights", []string{"180 million euros"}, nil, false},
	})
}

// TestRound51WhichBank checks that "which bank" asks for a body by name:
// a sentence of an unnamed banker, or one that names only a country,
// does not answer it; one that names the bank does.
func TestRound51WhichBank(t *testing.T) {
	art := textArticle(t, `Crestmoor raises offer for Lindqvist

STOCKHOLM, May 3 - Crestmoor Capital raised its offer for the Swedish pump maker Lindqvist on Friday.

A banker advising one of the two bidders, who asked not to be named, said he expected Crestmoor to raise its offer again.

The 31-year-old Mexico goalkeeper who captains the players' side said the boycott threat had been necessary.`)
	runAnswerCases(t, []answerCase{
		{"no bank named", art, "which bank is advising crestmoor", nil, []string{"banker advising"}, true},
		{"no club named", art, "which club does the goalkeeper play for", nil, []string{"Mexico"}, true},
	})
	named := textArticle(t, `Crestmoor raises offer for Lindqvist

STOCKHOLM, May 3 - Crestmoor Capital raised its offer for the Swedish pump maker Lindqvist on Friday.

The bank Nordea, which is advising Crestmoor, said the offer was final.`)
	runAnswerCases(t, []answerCase{
		{"a bank named", named, "which bank is advising crestmoor", []string{"Nordea"}, nil, false},
	})
}

// TestRound51WhoIsTheOffice checks that "who is the president of
// Malawi?" asks for the holder of an office, not who or what Malawi is:
// a sentence that only describes someone else "for Malawi" does not
// answer it, while "who is Kristiina Lepp?" is still answered.
func TestRound51WhoIsTheOffice(t *testing.T) {
	art := textArticle(t, `Malawi strikes debt deal

LILONGWE, May 9 - Malawi agreed on Friday to restructure $850 million of debt with its commercial creditors.

Kristiina Lepp, the International Monetary Fund’s mission chief for Malawi, wrote in a statement that the agreement was “an important step”.`)
	runAnswerCases(t, []answerCase{
		{"an office no one holds here", art, "who is the president of malawi", nil, []string{"Lepp"}, true},
		{"a person", art, "who is kristiina lepp", []string{"mission chief"}, nil, false},
	})
}
