package summarize

import (
	"strings"
	"testing"
)

// TestTurnQuotesDocumentWeMade checks that a quotation inside a
// transcript turn credited to a document the speaker's side had made
// ("the survey we ordered said, “…”") is the document's, cut out of the
// turn: "we" is the subject of the document's clause, not of the verb of
// saying, so the speaker is not quoting themselves.
func TestTurnQuotesDocumentWeMade(t *testing.T) {
	text := `Lake ferry deal: what the negotiators said

The following are excerpts from the press briefing in Corvallen after the signing of the lake ferry agreement by Transport Minister Henrike Dalby and Amara Okafor, head of the ferry company.

QUESTION (radio reporter): Minister Dalby, the subsidy falls by two million a year. Who loses?

DALBY: Nobody loses. When the review began, the survey we ordered said, “The western crossing carries empty seats on four sailings in ten.” We acted on that finding.

QUESTION (newspaper reporter): Ms Okafor, will the crews keep their jobs?

OKAFOR: Every post stays. We signed that in the annex, and I will keep my word.

QUESTION (radio reporter): Minister Dalby, when does the new timetable start?

DALBY: In April. I expect the harbour works to be done by then.`
	b := treeBrief(t, text)
	found := false
	for _, q := range b.Quotes {
		if strings.Contains(q.Text, "empty seats") {
			found = true
			if strings.Contains(q.Text, "Nobody loses") || !strings.Contains(strings.ToLower(q.Speaker), "survey") {
				t.Errorf("%q credited to %q, want the survey's words on their own", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no quotation of the survey among %+v", b.Quotes)
	}
}
