package summarize

import "testing"

// TestAudit41TitleSetOffAfterInvertedCue checks that a quotation split
// around an inverted cue whose subject is a title with the name set off
// after it ("“…,” said its leader, Jan ter Horst, “…”") is that person's
// in both parts, the parser having hung the title on the second part.
func TestAudit41TitleSetOffAfterInvertedCue(t *testing.T) {
	text := "Coalition talks begin\n\nTHE HAGUE — Three parties began coalition talks on Tuesday.\n\nThe Liberal Reform Party is focused on the budget. “Everything is negotiable,” said its leader, Jan ter Horst, “except the idea that we can keep spending money we do not have.”\n\nThe Green Party wants a climate law."
	checkAudit2(t, []audit2Case{
		{"first part", text, "Everything is negotiable", "Jan ter Horst"},
		{"second part", text, "except the idea that", "Jan ter Horst"},
	}, false)
}
