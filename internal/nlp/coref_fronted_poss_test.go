package nlp

import "testing"

// TestCorefFrontedPossessive checks that a "her" in a phrase put before
// the subject ("At her cabin on the north quay, Brightwater says…") is the
// subject named there, not the woman named last before it.
func TestCorefFrontedPossessive(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze(`Ferry pilots count the cost in Velmora

VELMORA — The new harbour rules took effect on Monday.

Orla Brightwater has piloted ferries across the bay for thirty years. She says the rules came too fast.

Marta Brell, the harbour master, disagrees. She says the pilots had two years to prepare. "Nobody was surprised," she says.

At her cabin on the north quay, Brightwater says the winter schedule is already thin. Her deck is empty. She does not hide her worry.

"My mother would have walked out," she says. "But my mother never had a loan to pay."`)
	name, her := -1, -1
	for _, m := range a.Mentions {
		switch span := a.Span(m.First, m.Last); {
		case span == "Orla Brightwater":
			name = m.Cluster
		case span == "her" && a.Tokens[m.First+1].Text == "cabin":
			her = m.Cluster
		}
	}
	if name < 0 || her != name {
		t.Errorf("name in cluster %d, the fronted \"her\" in %d: want the name's", name, her)
	}
}
