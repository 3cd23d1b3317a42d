package ask

import "testing"

// TestRound47PronounContractions checks a question with a pronoun and its
// auxiliary written as one word ("they're", "they'll"): function words,
// not words the article must hold for the question to be answerable.
func TestRound47PronounContractions(t *testing.T) {
	art := textArticle(t, `Nurses ratify contract

CHICAGO - Nurses at Lakeshore General voted on Friday to ratify a three-year contract that raises pay by 18%.

Nurses kept past the end of a shift will be paid an extra $25 an hour.

Bondholders said the lowest price they would accept was 80 cents on the dollar.`)
	runAnswerCases(t, []answerCase{
		{"they're", art, "how much extra do nurses get if they're kept past the end of a shift", []string{"$25"}, nil, false},
		{"they're short", art, "how much are nurses paid when they're kept late", []string{"$25"}, nil, false},
		{"they'll", art, "whats the lowest price the bondholders say they'll accept", []string{"80 cents"}, nil, false},
		{"they'll short", art, "what price will bondholders say they'll accept", []string{"80 cents"}, nil, false},
	})
}
