package summarize

import (
	"strings"
	"testing"
)

// TestVerbsOfCommunication: a verb of communication a reporter puts in
// place of "said" ("remarked", "countered", "stressed") credits a quoted
// phrase inside the clause it reports to its subject, as "said" does.
func TestVerbsOfCommunication(t *testing.T) {
	tests := []struct{ verb string }{{"remarked"}, {"countered"}, {"stressed"}}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			text := "TALLINN — Talks on the ferry contract broke up on Friday without a deal.\n\n" +
				"A spokesman for the ferry operators " + tt.verb + " the company had offered a 12 per cent rise over three years and “a fair deal for every sailor” on the new routes.\n\n" +
				"The crews will meet on Monday.\n"
			b := treeBrief(t, text)
			for _, q := range b.Quotes {
				if strings.Contains(q.Text, "fair deal") {
					if !strings.EqualFold(q.Speaker, "A spokesman for the ferry operators") {
						t.Errorf("speaker %q, want the spokesman for the ferry operators", q.Speaker)
					}
					return
				}
			}
			t.Fatalf("quotation not found: %+v", b.Quotes)
		})
	}
}
