package ask

import "testing"

// TestRound17 covers this round's changes to the answerer: who a factual
// question says the figure is "according to" is no word the evidence
// must hold; ships are vessels; a role asked about by words the article
// uses only where that role, as the subject of a verb of saying, speaks
// before the holder is named ("said the head of the government
// delegation, …, Camila Restrepo Vélez"), but not the person whose role
// the description owns ("Prescott's spokesman"); whom one tells is no
// topic ("What did Roy tell the two sides?"); "size up" and "gauge" ask
// for someone's words; and a question that asks two things joined by
// ", and what…" is answered in both parts.
func TestRound17(t *testing.T) {
	port := textArticle(t, `Shoal talks end without agreement

The Philippine Coast Guard counted 14 Chinese coast guard vessels and 30 militia boats around the shoal on Thursday.

The Signal spoke with union president Renata Okafor on Tuesday.

Q: What is the biggest obstacle to a deal?

A: Class size. We have kindergarten rooms with 34 children in them.`)
	peace := textArticle(t, `Ceasefire round ends in Quito

"We did not come to Quito to sign a paper that breaks in a month," said the head of the government delegation, a former ombudswoman who spent two decades negotiating the release of hostages, Camila Restrepo Vélez.

Labour Minister Chantal Roy summoned both sides to the ministry on Thursday. "I have asked the union to suspend the strike and the owners to come back with a real offer," Roy said.

"There is no more money in the pot," Peter Daly said as he left the building. "We have put 6 per cent on the table."

The district is offering raises of 3% in each year of a four-year contract.

The union is seeking 9% in the first year and 5% in each of the next three.`)
	runAnswerCases(t, []answerCase{
		{"according to names the source, not the answer", port, "How many children are in some kindergarten rooms, according to the union president in her interview?", []string{"34 children"}, nil, false},
		{"ships are vessels", port, "How many Chinese coast guard ships did the Philippine Coast Guard count near the shoal on Thursday?", []string{"14 Chinese coast guard vessels"}, nil, false},
		{"a role that speaks before its holder is named", peace, "How did the head of the government delegation describe the paper?", []string{"Camila Restrepo Vélez", "breaks in a month"}, nil, false},
		{"whom one tells is no topic", peace, "What did Roy tell the two sides?", []string{"suspend the strike"}, nil, false},
		{"size up asks for words", peace, "How did Peter Daly size up the money left?", []string{"no more money"}, nil, false},
		{"two questions in one", peace, "What yearly raise is the district offering, and what is the union seeking?", []string{"3%", "9%"}, nil, false},
		{"gauge asks for words", peace, "How did Peter Daly gauge what is left in the pot?", []string{"Peter Daly", "no more money"}, nil, false},
	})
}
