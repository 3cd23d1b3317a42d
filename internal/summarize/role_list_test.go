package summarize

import "testing"

// TestRoleOfAList: a role whose "of" runs over a list ("the minister of
// fisheries, ports and shipping, Adama Ould Cheikh,") is the named
// person's, so "the minister" later is that person, not the person named
// last.
func TestRoleOfAList(t *testing.T) {
	text := "When the government and Atlantic Marine signed the amended licence this month, the minister of fisheries, ports and shipping, Adama Ould Cheikh, called it the end of an era.\n\n" +
		"Opposition deputies asked why it was signed before parliament saw it. Fatimetou Mint Salem, a deputy from Nouadhibou, wrote that the Assembly would demand “every annex and every guarantee” before ratifying.\n\n" +
		"The minister has said the licence will be sent to the Assembly within weeks. “People have a right to know what was signed in their name,” the minister said.\n"
	b := treeBrief(t, text)
	if got, _ := speakerOfQuote(b, "People have a right"); got != "Adama Ould Cheikh" {
		t.Errorf("speaker %q, want Adama Ould Cheikh; quotes %+v", got, b.Quotes)
	}
}
