package ask

import "testing"

// TestRound10 covers this round's changes to the answerer: a word of
// asking what someone offered is a noun where the question's noun phrase
// holds it ("What does the new offer value the brewer at?" asks for a
// figure, not for what "the new" offered), and still a verb where it ends
// the question; detention and mediation are asked about in other words
// than the article's ("detained" for "in prison", "mediated" for
// "brokered"); what someone said about the story's topic is what they
// said right after the paragraph about it, on a page pasted with the
// site's name and section above its headline.
func TestRound10(t *testing.T) {
	bid := textArticle(t, `Brewer rejects raised bid

Castlemere raised its cash offer for Harrowgate Brewing on Monday. The new offer values Harrowgate at 1.2 billion pounds.

Harrowgate's board rejected it again. The union offered to meet both sides next week.`)
	swap := textArticle(t, `Engineer freed in prisoner exchange

A Danish engineer who had spent 19 months in an Iranian prison flew home on Friday after talks brokered by Oman.

"I just feel very tired," he said.`)
	page := textArticle(t, `BrewTrade Daily

News | Mergers & Acquisitions

Kestrel raises Ashbury bid to 455p as board holds out

Kestrel Beverages has raised its hostile offer for Yorkshire brewer Ashbury Brewery Group to about 1.38 billion pounds.

In a statement issued shortly after 7am, the Ashbury board said the raised offer "continues to significantly undervalue Ashbury" and advised shareholders to take no action.

Ashbury chair Sir Geoffrey Hale was unequivocal: "Forty-three pence more does not change our view."

Shares in Ashbury closed at 431p.`)
	tests := []answerCase{
		{"what X said about the story's topic, right after it", page, "What did Sir Geoffrey Hale say about the raised offer?", []string{"Forty-three pence"}, nil, false},
		{"offer as a noun of the question", bid, "What does the new offer value Harrowgate at?", []string{"1.2 billion"}, nil, false},
		{"offer as the question's verb", bid, "What did the union offer?", []string{"meet both sides"}, nil, false},
		{"detained for in prison", swap, "How long had the engineer been detained?", []string{"19 months"}, nil, false},
		{"mediated for brokered", swap, "Which country mediated the exchange?", []string{"Oman"}, nil, false},
	}
	runAnswerCases(t, tests)
}
