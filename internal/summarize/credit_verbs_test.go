package summarize

import (
	"strings"
	"testing"
)

// TestCreditVerbsAfterAPossessedTitle checks that a quotation credited
// after it to "X's title, Name," is the person's whatever verb of saying
// credits it, as with "said": the parser hangs rarer verbs (noted,
// insisted, added) from the title as a participle, with the title the
// quoted verb's object, and the repair makes the verb the sentence's.
func TestCreditVerbsAfterAPossessedTitle(t *testing.T) {
	for _, verb := range []string{"said", "noted", "insisted", "added", "acknowledged", "countered"} {
		t.Run(verb, func(t *testing.T) {
			text := "Bauxite deal signed\n\nKINGSTON, May 2 - The union and the refinery signed a wage deal on Friday.\n\n" +
				"“This agreement stretches us,” Caribal’s managing director, Anders Lindqvist-Moore, " + verb + " in a statement."
			checkSpeakers(t, treeBrief(t, strings.TrimSpace(text)), map[string]string{"This agreement stretches us": "Anders Lindqvist-Moore"})
		})
	}
}
