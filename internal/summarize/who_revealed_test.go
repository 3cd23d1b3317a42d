package summarize

import "testing"

// TestRevealedByTheWords checks that a quotation standing alone goes to
// the person the next sentence says spoke it by naming the words ("The
// words, spoken on the quay, came from Henrike Vollmer") or the speaker
// ("The woman saying this is Ilse Brandauer"), whatever the parser made
// of that sentence.
func TestRevealedByTheWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"the words came from", `Harbour pilots reach deal

ROSTOCK - Harbour pilots ended a two-day stoppage on Tuesday after the port authority agreed to hire six more pilots by summer.

“We steer ships the size of a town through a channel the width of a street, on four hours of sleep.”

The words, spoken to a crowd of pilots on the quay on Monday evening, came from Henrike Vollmer, who chairs the pilots' association.

Vollmer said the association would vote on the deal next week.`,
			map[string]string{"We steer ships the size": "Henrike Vollmer"}},
		{"the woman saying this is", `Harbour pilots reach deal

ROSTOCK - Harbour pilots ended a two-day stoppage on Tuesday after the port authority agreed to hire six more pilots by summer.

Henrike Vollmer, who chairs the pilots' association, said the members would vote on the deal next week. "It is a fair start," Vollmer said.

Under the deal, night shifts will be capped at ten hours.

“The cranes stop when the wind rises. Nobody stops the pilots.”

The woman saying this is Ilse Brandauer, a pilot for 22 years, who sat on the bargaining team.`,
			map[string]string{"The cranes stop when": "Ilse Brandauer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
