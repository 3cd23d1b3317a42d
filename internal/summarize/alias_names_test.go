package summarize

import "testing"

// TestNamesSomeoneGoesBy: a name brought in as the one a person goes by
// ("known in the village as Mbuya Rudo") is that person's wherever it
// stands later, so a quotation credited to it is credited to the person
// in full.
func TestNamesSomeoneGoesBy(t *testing.T) {
	text := "Village agrees to move for lithium mine\n\n" +
		"CHIVI, Zimbabwe — Rudo Chidavaenzi, 79, will be among the first to go. Her husband is buried under the msasa trees. She is known in the village as Mbuya Rudo, grandmother, and she did not go to the first meeting.\n\n" +
		"The company will pay for the reburial of every grave, the agreement says.\n\n" +
		"“I will go when the graves go,” Mbuya Rudo said on Sunday.\n"
	b := treeBrief(t, text)
	if got, _ := speakerOfQuote(b, "I will go"); got != "Rudo Chidavaenzi" {
		t.Errorf("speaker %q, want Rudo Chidavaenzi; quotes %+v", got, b.Quotes)
	}
}
