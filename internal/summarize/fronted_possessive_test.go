package summarize

import "testing"

// TestFrontedPossessiveSpeaker checks that "she says" after a paragraph
// that opens "At her cabin…, Brightwater says…" is Brightwater, not the
// woman quoted in the paragraph before: the "her" put before the subject
// is the subject's (nlp frontedPossessive).
func TestFrontedPossessiveSpeaker(t *testing.T) {
	text := `Ferry pilots count the cost in Velmora

VELMORA — The new harbour rules took effect on Monday.

Orla Brightwater has piloted ferries across the bay for thirty years. She says the rules came too fast.

Marta Brell, the harbour master, disagrees. She says the pilots had two years to prepare. "Nobody was surprised," she says.

At her cabin on the north quay, Brightwater says the winter schedule is already thin. Her deck is empty. She does not hide her worry.

"My mother would have walked out," she says. "But my mother never had a loan to pay."
`
	checkAudit2(t, []audit2Case{
		{"pronoun", text, "My mother would", "Orla Brightwater"},
		{"carried", text, "But my mother", "Orla Brightwater"},
		{"before", text, "Nobody was surprised", "Marta Brell"},
	}, false)
}
