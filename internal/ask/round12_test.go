package ask

import "testing"

// TestRound12 covers this round's changes to the answerer: "how did X
// characterize / portray / sum up Y" asks for X's words, as "how did X
// describe Y" does; and "put it" is how someone said something ("One
// Western diplomat put it to me bluntly: “…”").
func TestRound12(t *testing.T) {
	talks := textArticle(t, `Mali truce talks stall over monitors

The mediators want a monitoring force in place before any truce takes effect.

One Western diplomat put it to me bluntly: “Everyone wants monitors. Nobody wants to pay for them.”

Foreign ministry spokesperson Nasser Kanaani called reports of a draft “premature and speculative” on Monday.`)
	tests := []answerCase{
		{"sum up, with put it as the cue", talks, "How did a Western diplomat sum up the dispute over monitors?", []string{"Nobody wants to pay"}, nil, false},
		{"characterize", talks, "How did the foreign ministry spokesperson characterize reports of a draft?", []string{"premature and speculative"}, nil, false},
	}
	runAnswerCases(t, tests)
}
