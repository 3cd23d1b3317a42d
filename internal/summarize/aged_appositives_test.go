package summarize

import "testing"

// TestAgedAppositives: the description after a person's name and age
// ("Marta Ixcoy Pérez, 61, a retired nurse who…") is that person's, so a
// "she" that coreference links to the description is the person named,
// not "a retired nurse".
func TestAgedAppositives(t *testing.T) {
	text := "The community was represented by its elected board, known on this coast as the “patronato”, whose president is Marta Ixcoy Pérez, 61, a retired nurse who has lived in Santa Rita all her life. “They came with maps. We came with our grandmothers,” she said when we spoke on the veranda of the community house.\n"
	b := treeBrief(t, text)
	if got, _ := speakerOfQuote(b, "They came with maps"); got != "Marta Ixcoy Pérez" {
		t.Errorf("speaker %q, want Marta Ixcoy Pérez; quotes %+v", got, b.Quotes)
	}
}
