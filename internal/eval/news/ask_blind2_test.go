package news

import "testing"

// TestBlind2SetShape: the second blind set holds what issue 13 asks of a
// new set: at least 150 questions, a third unanswerable and a third "what
// did X say", no article of another question set, no article of the
// attribution bench's held-out third, and its first run recorded.
func TestBlind2SetShape(t *testing.T) {
	arts, err := LoadBlind2Set()
	if err != nil {
		t.Fatal(err)
	}
	checkNewSet(t, arts, usedBy(t, "blind", "dev2", "dev3", "dev4", "dev5", "old"), 150, true, blind2FirstRunJSON)
}
