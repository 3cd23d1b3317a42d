package summarize

import (
	"strings"
	"testing"
)

// TestEpithetOfTheSubject checks that "the old weaver said", a word for
// one who does something that the lexicon does not know, after a sentence
// whose subject is "he" standing for the person just named, is that
// person (as "the 81-year-old retired schoolteacher" is).
func TestEpithetOfTheSubject(t *testing.T) {
	b := treeBrief(t, `Looms fall silent in the valley

The textile board and the weavers' cooperative signed a price agreement on Friday.

Not everyone is pleased. Halvard Brekkestø, 71, has worked a hand loom in Ørdal for fifty years. He will now sell to the board at a fixed price. “They pay me for cloth, not for the years it took,” the old weaver said.
`)
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "They pay me for cloth") {
			if q.Speaker != "Halvard Brekkestø" {
				t.Errorf("credited to %q, want Halvard Brekkestø", q.Speaker)
			}
			return
		}
	}
	t.Error("quote not found")
}
