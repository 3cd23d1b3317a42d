package ask

import "testing"

// TestRound45ContractionsWithoutApostrophe checks questions typed with
// contractions and no apostrophe ("wouldve", "didnt", "isnt"): they are
// read as the words they stand for, not declined for a word the article
// never writes.
func TestRound45ContractionsWithoutApostrophe(t *testing.T) {
	art := textArticle(t, `Port strike called off

ROTTERDAM - Dockers called off a strike at the port of Rotterdam on Friday after a deal on shift rules.

The strike, which would have started on March 3, threatened the handling of some 40,000 containers.

"We did not want to close the port," said Joost Verhagen, a union negotiator.`)
	runAnswerCases(t, []answerCase{
		{"wouldve", art, "when wouldve the strike started", []string{"March 3"}, nil, false},
		{"didnt", art, "what didnt the union want", []string{"close the port"}, nil, false},
	})
}
