package ask

import "testing"

// TestRound16 covers this round's changes to the answerer: a headline's
// short figure gives way to the story sentence that says it in full; an
// acronym the story writes ("UN") is found where the story spells the
// name out ("the United Nations"); and the negotiation paraphrases
// ("annual" / "a year", "pledged" / "a commitment", "haul" / "carry",
// "asking for" / "demanding", "previous" / "earlier"); "U.S." is a name
// the article writes, though its letters are a function word; "why does
// X …" asks for X's words, whatever words they use; and a role written
// with a hyphenated participle ("Hartwell's Lisbon-born chief
// executive") is the role of its own body.
func TestRound16(t *testing.T) {
	port := textArticle(t, `Danube queue tops 100 ships as talks end

Both sides agree to keep the channel open at night

Ukraine and Romania agreed on Thursday to allow round-the-clock navigation on the channel, in an effort to clear a queue of vessels that has grown to 118 ships, officials said.

The UN-backed plan also sets up a monitoring office in Izmail.

The office will include 12 observers from the United Nations Development Programme, alongside port officials of both countries.`)
	rail := textArticle(t, `Rail lockout enters third week

The union is seeking raises of 4.5 per cent a year over three years. The railway has offered 3 per cent.

The labour board said the weekly fuel train must carry no fewer than 12 tank cars.

The buyers' bid includes a commitment to invest €25 million in renovating the station.

The governors are demanding Sh465 billion, while the Treasury offers Sh428 billion.

The company had earlier offered 2 per cent, before raising its offer in June.`)
	trade := textArticle(t, `Vietnam offers stricter rules of origin

Vietnam has offered Washington stricter rules of origin for exports to the United States.

Nguyen Thi Trang, vice-chair of the Vietnam Textile Association, said orders from U.S. buyers had slowed since April. "Small factories cannot wait another quarter," she said.

Le Minh Khoa, an economist at the Central Institute for Economic Management, was cautious: "Hanoi must be careful not to give everything before it sees the final number."`)
	bid := textArticle(t, `Hartwell rejects fourth approach

Celulose Vale Verde raised its offer for Hartwell Packaging to 290p a share on Monday.

"We have been patient, and we have been generous," said Joao Carvalho, chief executive of Celulose Vale Verde.

Rui Tavares, Hartwell's Lisbon-born chief executive, who has run the company since 2021, said the Brazilian group had tried to go around the board. "When Joao called me in March he said it was a friendly conversation," Tavares said.`)
	runAnswerCases(t, []answerCase{
		{"U.S. as the article writes it", trade, "What did the vice-chair of the Vietnam Textile Association say about U.S. buyers?", []string{"Nguyen Thi Trang"}, []string{"doesn't mention"}, false},
		{"why asks for the speaker's words", trade, "Why does the economist at the Central Institute for Economic Management urge caution?", []string{"Le Minh Khoa", "give everything"}, nil, false},
		{"a hyphenated participle in a role", bid, "What did Hartwell's chief executive say about the first phone call?", []string{"Rui Tavares"}, []string{"patient"}, false},
		{"the story's figure, not the headline's", port, "How many ships are in the queue for the channel?", []string{"118 ships"}, []string{"tops 100"}, false},
		{"an acronym written elsewhere, spelled out in the evidence", port, "How many UN observers will the office include?", []string{"12 observers"}, nil, false},
		{"annual is a year", rail, "What annual raise is the union asking for?", []string{"4.5 per cent"}, nil, false},
		{"haul is carry", rail, "What is the minimum number of tank cars the weekly fuel train has to haul?", []string{"12 tank cars"}, nil, false},
		{"pledged is a commitment", rail, "How much has the buyer pledged for renovating the station?", []string{"€25 million"}, nil, false},
		{"asking for is demanding", rail, "How much are the governors asking for?", []string{"Sh465 billion"}, nil, false},
		{"previous is earlier", rail, "What was the company's previous offer?", []string{"2 per cent"}, nil, false},
	})
}
