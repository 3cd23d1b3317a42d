package ask

import "testing"

// TestRound9 covers this round's changes to the answerer: an office asked
// about by its initials ("the CFO", "the CEO") is one the article writes
// out in lower case ("the group's chief financial officer", "chief
// executive Nadia Rahal"), and initials the article spells out nowhere
// are still a name it does not mention.
func TestRound9(t *testing.T) {
	bid := textArticle(t, `Pharmaceutical group launches tender offer

Helix Biologics launched a tender offer for Corda Pharma on Monday.

Ana Duarte, the group's chief financial officer, said the deal would be financed with bank debt and a rights issue.

Corda chief executive Nadia Rahal said the offer undervalued the company's pipeline.`)
	tests := []answerCase{
		{"the CFO the article writes out", bid, "What did the CFO say?", []string{"Ana Duarte", "bank debt"}, nil, false},
		{"the CEO for a chief executive", bid, "What did the CEO say?", []string{"Nadia Rahal", "undervalued"}, nil, false},
		{"initials the article never spells out", bid, "What did the CTO say?", []string{"doesn't mention CTO"}, nil, true},
	}
	runAnswerCases(t, tests)
}
