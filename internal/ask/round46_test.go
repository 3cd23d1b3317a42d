package ask

import "testing"

// TestRound46QuantitiesAndParaphrases checks "how much / how many"
// questions: a span of time ("for the next four years") answers how long,
// not how much of something else; and a question in other words than the
// article's ("stay" for "remain", "work at" for "employs") finds the
// sentence that answers it.
func TestRound46QuantitiesAndParaphrases(t *testing.T) {
	art := textArticle(t, `Coastal states agree herring deal

TROMSØ, Norway - Norway, Iceland and the Faroe Islands agreed on Monday how to share the Atlantic herring catch for the next four years, ending a long dispute over quotas.

The deal sets a combined catch of 480,000 tonnes for the coming season, down 12% from last season.

The deal was welcomed by Nordfisk, the fishermen's cooperative in Tromsø.

Within the cooperative, which employs about 900 people, the mood was calm.`)
	river := textArticle(t, `Neighbours sign river treaty

DHAKA - India and Bangladesh signed a treaty on Monday to share the waters of the Teesta river during the dry season.

Bangladesh will receive 40% of the river's flow and India 40%, with the remaining 20% left in the river to keep it alive.

Farmers said they would wait to see the water before celebrating.`)
	runAnswerCases(t, []answerCase{
		{"not a span of time", art, "how much herring can they catch", []string{"480,000 tonnes"}, nil, false},
		{"work for employ", art, "how many ppl work at nordfisk", []string{"900"}, nil, false},
		{"stay for remain", river, "how much water has to stay in the river", []string{"20%"}, nil, false},
	})
}

// TestRound46NounPhraseHeadsAndLoans checks a question whose noun phrase
// has a word of quantity before its head ("the target date": a day, not
// an amount) and a loan the article calls a credit facility.
func TestRound46NounPhraseHeadsAndLoans(t *testing.T) {
	art := textArticle(t, `Malawi seeks new IMF programme

LILONGWE - A team from the International Monetary Fund arrived in Lilongwe on Monday for talks on a new programme.

Malawi is asking for a three-year Extended Credit Facility worth about $175 million.

The finance minister set a target date of June 30 for a staff-level agreement.`)
	runAnswerCases(t, []answerCase{
		{"target date is a day", art, "whats the target date for the staff-level agreement", []string{"June 30"}, nil, false},
		{"loan for credit facility", art, "how big is the imf loan malawi wants", []string{"$175 million"}, nil, false},
	})
}

// TestRound46DistinctOffices checks that a chairman is not answered with
// a chief executive, whom the words for whoever leads would make one, and
// that "who leads" still takes either.
func TestRound46DistinctOffices(t *testing.T) {
	art := textArticle(t, `Meridian settles with the government

WELLINGTON - Meridian Power and the government settled their dispute over the Manapouri contract on Thursday.

"We did not get everything we wanted," Charlotte Ashworth-Mills, Meridian's chief executive, told reporters.`)
	runAnswerCases(t, []answerCase{
		{"no chairman named", art, "who is meridian's chairman", nil, nil, true},
		{"the chief executive", art, "who is meridian's ceo", []string{"Ashworth-Mills"}, nil, false},
		{"who leads", art, "who leads meridian", []string{"Ashworth-Mills"}, nil, false},
	})
}

// TestRound46TitlesInAList checks that in a list of people, each with a
// role ("the mediator, Dr. Hamad al-Sulaiti, the government's chief
// negotiator Gen. Béatrice Mwamba Ilunga, and …"), the title written
// before the second name is hers, not the role of the name before it.
func TestRound46TitlesInAList(t *testing.T) {
	art := textArticle(t, `Ceasefire signed in Doha

DOHA - The government and the rebels signed a ceasefire on Sunday. At a press conference afterwards, Qatar's minister of state Dr. Hamad al-Sulaiti, the government's chief negotiator Gen. Béatrice Mwamba Ilunga and the head of the rebel delegation, Jean-Bosco Kambale Muhindo, answered questions.

"Both sides stop at the same minute," al-Sulaiti said.

"The mines are not in this document," Mwamba Ilunga said.`)
	runAnswerCases(t, []answerCase{
		{"the general's words", art, "what did the govt's general say about the mines", []string{"not in this document"}, []string{"same minute"}, false},
	})
}

// TestRound46Arrangement checks that an arrangement answers for a deal.
func TestRound46Arrangement(t *testing.T) {
	art := textArticle(t, `Turkey agrees to release more Tigris water

ANKARA - Turkey agreed on Monday to release more water down the Tigris this summer.

Iraq had asked for 500 cubic metres a second.

The arrangement expires at the end of September.`)
	runAnswerCases(t, []answerCase{
		{"arrangement for deal", art, "when does the tigris deal expire", []string{"end of September"}, nil, false},
	})
}

// TestRound46ShortTitles checks titles a reader cuts short ("the prof at
// the institute").
func TestRound46ShortTitles(t *testing.T) {
	art := textArticle(t, `Nuclear talks pause

VIENNA - Negotiators ended a fourth round of talks on Thursday without an agreement.

Prof. Leyla Demirtaş-Knapp, who studies non-proliferation at the Vienna Institute for Arms Control Studies, said both sides had reasons to keep talking.`)
	runAnswerCases(t, []answerCase{
		{"prof", art, "wat did the prof at the arms control institute say", []string{"reasons to keep talking"}, nil, false},
	})
}

// TestRound46ClosingWords checks words a colon ending the paragraph
// before introduces ("Her closing statement was …:"), credited there to
// someone the paragraph names, and "at the very end" read as when they
// spoke, not as what about.
func TestRound46ClosingWords(t *testing.T) {
	art := textArticle(t, "Plastics treaty talks end without a text\n\n"+
		"NAIROBI - The chair, Ambassador Ines Moreira Falcão, opened the last day with a new draft.\n\n"+
		"At dawn Moreira Falcão told delegates that there was no consensus. Her closing statement was the only moment of the night that drew applause:\n\n"+
		"\u201cI will not pretend that we have succeeded. This one is tired.\u201d")
	runAnswerCases(t, []answerCase{
		{"at the very end", art, "what did the chair say at the very end", []string{"This one is tired"}, nil, false},
	})
}
