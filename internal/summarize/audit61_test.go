package summarize

import "testing"

// TestAcronymOfAnAdjectiveLedName checks that an acronym the story never
// defines stands for the body it names in full when that name opens with
// a capitalised adjective ("the National Environment and Planning Agency"
// … "NEPA said"), as it does for one of nouns alone.
func TestAcronymOfAnAdjectiveLedName(t *testing.T) {
	cases := []struct{ body, short string }{
		{"National Environment and Planning Agency", "NEPA"},
		{"Federal Water Authority", "FWA"},
	}
	for _, c := range cases {
		t.Run(c.short, func(t *testing.T) {
			b := treeBrief(t, "Refinery restart agreed\n\nKINGSTON — The minister said on Monday that the "+c.body+" would monitor the dust.\n\n"+c.short+", for its part, said the plant would be “subject to a new permit with limits on dust,” and that the public would be consulted.")
			sp, ok := speakerOfQuote(b, "subject to a new permit")
			if !ok || sp != c.body {
				t.Errorf("the quote credited to %q (found %v), want %q", sp, ok, c.body)
			}
		})
	}
}
