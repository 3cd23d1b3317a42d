package summarize

import "testing"

// TestTextReads: a document that "reads" what it says speaks its
// quotation ("“…,” the draft reads."), as a statement does.
func TestTextReads(t *testing.T) {
	for _, text := range []string{
		"Negotiators met in Vienna on Monday.\n\n“Each party shall notify the others of any launch,” the draft reads.",
		"Negotiators met in Vienna on Monday.\n\n“Each party shall notify the others of any launch,” the declaration reads.",
	} {
		b := treeBrief(t, text)
		if len(b.Quotes) != 1 || b.Quotes[0].Speaker == "" || b.Quotes[0].Cue != "reads" && b.Quotes[0].Cue != "read" {
			t.Errorf("%q: quotes %+v, want one credited to the text that reads it", text, b.Quotes)
		}
	}
}
