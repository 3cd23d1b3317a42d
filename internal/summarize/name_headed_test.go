package summarize

import (
	"strings"
	"testing"
)

// TestBodyNamedByItsHeadWord checks that "the directorate added", a
// speaking body's noun with "the" alone, is the body whose capitalised
// name the same word heads in the sentence before ("the Coastal
// Directorate for Inland Waters"), not the bare noun.
func TestBodyNamedByItsHeadWord(t *testing.T) {
	b := treeBrief(t, `Ferry fares frozen on the Lorvik lakes

The operator Brennsund Lines and the boatmen's guild settled their dispute over winter fares on Monday.

In a written notice, the Coastal Directorate for Inland Waters said the settlement “keeps the lake crossings open through the ice season.” The directorate added that the night crossings would run “twice a week, weather permitting, with room kept for ambulances.”
`)
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "twice a week") {
			if q.Speaker != "Coastal Directorate for Inland Waters" {
				t.Errorf("credited to %q, want Coastal Directorate for Inland Waters", q.Speaker)
			}
			return
		}
	}
	t.Error("quote not found")
}
