package summarize

import "testing"

// TestShortBodyNames: a company named later without the last word of its
// name ("Lanna Harvest" after "Lanna Harvest Group") is the company named
// in full.
func TestShortBodyNames(t *testing.T) {
	text := "Thai food company Lanna Harvest Group agreed on Monday to buy the Dutch canner Vollenhove Foods for €410m.\n\n" +
		"Lanna Harvest said in its offer document that it had “no current plans to close any of the Dutch plants”.\n"
	b := treeBrief(t, text)
	if got, _ := speakerOfQuote(b, "no current plans"); got != "Lanna Harvest Group" {
		t.Errorf("speaker %q, want Lanna Harvest Group; quotes %+v", got, b.Quotes)
	}
}
