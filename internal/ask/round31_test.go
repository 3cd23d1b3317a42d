package ask

import "testing"

// TestRound31ChatWords: chat spellings of the question words and of
// common words ("wat", "what'd", "abt", "yr") read as the words
// they stand for.
func TestRound31ChatWords(t *testing.T) {
	art := textArticle(t, `Pacific nations, tuna fleet agree fee

NADI - Pacific island countries and the US tuna fleet agreed on Saturday on a fee of $12,500 for each day a vessel fishes in island waters.

Dana Whitcombe, the fleet owners' representative, said her members had accepted the figure reluctantly. "Some of these boats will fish fewer days next year," Whitcombe said.

The agreement runs for seven years, from January.`)
	runAnswerCases(t, []answerCase{
		{"wat is what", art, "wat did the fleet owners representative say", []string{"fewer days"}, nil, false},
		{"what'd is what did", art, "what'd the fleet owners' representative say abt boats", []string{"fewer days"}, nil, false},
		{"yrs is years", art, "how many yrs does the agreement run", []string{"seven years"}, nil, false},
	})
}
