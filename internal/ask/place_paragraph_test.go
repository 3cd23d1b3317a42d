package ask

import "testing"

// TestPlaceOfParagraph checks a description that names where its holder
// is by the place the paragraph is set in, not by the holder's own
// sentence ("Across the water in Tuticorin, … S. Joseph Raj, president of
// a boat owners' association in the town, said…" for "the tuticorin boat
// owners' leader").
func TestPlaceOfParagraph(t *testing.T) {
	art := textArticle(t, "Fisheries talks resume\n\n"+
		"Officials from both countries met in Colombo on Monday to discuss the fate of 64 detained fishermen.\n\n"+
		"Across the water in Tuticorin, the mood is different. Families of detained fishermen have waited at the harbour since early morning. "+
		"S. Joseph Raj, president of a boat owners\u2019 association in the town, said 11 of his members\u2019 boats had been impounded. "+
		"\u201cA trawler costs 50 lakh rupees. The bank does not stop the loan because the boat is abroad,\u201d he said.")
	runAnswerCases(t, []answerCase{
		{name: "place of the paragraph", art: art, q: "what did the tuticorin boat owners' leader say about the bank loans", want: []string{"The bank does not stop the loan"}},
	})
}
