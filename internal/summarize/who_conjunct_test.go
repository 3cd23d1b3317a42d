package summarize

import "testing"

// TestConjunctAcrossGoverningVerb checks that a verb of saying joined by
// "and" to the verb before it ("…, stood up in the meeting and said,
// “…”") takes that verb's subject when the parser joined it instead to
// the verb of a "When …" clause further back, which the verb in between
// governs: the woman who stood up, not "the first plan". A conjunct
// parsed as joined to the verb right before it keeps that verb's
// subject.
func TestConjunctAcrossGoverningVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"joined across a when clause", `Villagers win borehole promise

KEREWAN, Gambia - The company will drill a new borehole before it moves any garden, under a deal signed on Friday.

When the first plan put a mining strip across the gardens, Ada Sowe, who leads the women's association, stood up in the meeting and said, "If the gardens move, the water moves first."`,
			map[string]string{"If the gardens move": "Ada Sowe"}},
		{"joined to the verb before", `Port deal approved

After the council rejected the first offer, Mark Olsen, who chairs the harbour board, walked to the microphone and said, "We will not sell the port for scrap."

The mayor, Lena Berg, read the offer aloud and said, "This is the best we will get."`,
			map[string]string{"We will not sell the port": "Mark Olsen", "This is the best we will get": "Lena Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
