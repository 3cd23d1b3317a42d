package summarize

import "testing"

// TestNarratorNotTheOneHeStandsFor checks that a writer's "I" outside
// quotation marks ("I went to see Martin Bolitho, who…") does not keep a
// "he" after that sentence with the person quoted a paragraph before,
// though the coreference model linked the writer's "I" to that person:
// the man the writer went to see speaks.
func TestNarratorNotTheOneHeStandsFor(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{"the person the writer visited", `Harbour council backs quarry deal

The mayor of Pendrick, Alan Treloar, was blunt when we met. “We needed the money,” he said. “Nobody else offered it.”

Not everyone is pleased. I went to see Martin Bolitho, who has kept the bakery by the harbour for thirty years. “If the lorries come through here, I’ll lose the morning trade,” he said. “I don’t care who signs the papers.”
`, map[string]string{
			"We needed the money":    "Alan Treloar",
			"If the lorries come":    "Martin Bolitho",
			"I don’t care who signs": "Martin Bolitho",
		}},
		{"the person the writers met", `Nurses weigh the hospital's offer

Health board chair Carys Pengelly told the meeting the offer was final. “There is no more money in the budget,” she said.

On the ward, the mood was different. We spent an afternoon with Tamsin Rowe, who has nursed in the town for twenty years. “I have two jobs and one salary,” she said. “The board has never worked a night shift.”
`, map[string]string{
			"There is no more money":     "Carys Pengelly",
			"I have two jobs":            "Tamsin Rowe",
			"The board has never worked": "Tamsin Rowe",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
