package summarize

import "testing"

// TestSaidReadAsAdjective checks that a verb of saying right after its
// subject's noun phrase, which the parser read as an adjective of the
// noun after it ("… stressed divers had inspected …", "… acknowledged
// members expected …"), credits the quotation to the subject, not to
// "stressed divers".
func TestSaidReadAsAdjective(t *testing.T) {
	text := `Storm damage checked at Velmor quay

A spokesman for the Department of Harbours stressed divers had inspected the Velmor River quay on Monday evening and found "no damage from the storm." Boats returned to the quay the next day.

A spokeswoman for the net makers’ union acknowledged members expected to be “compensated for every lost shift.” Nothing in the pact covers that.`
	b := treeBrief(t, text)
	checkSpeakers(t, b, map[string]string{
		"no damage from the storm":   "A spokesman for the Department of Harbours",
		"compensated for every lost": "A spokeswoman for the net makers’ union",
	})
}

// TestOfNameBeforeDate checks that a body named by its noun and a name
// after "of", with a date the parser hung from the name ("The board of
// Velmor Athletic Club on Tuesday rejected…"), is named without the date
// when a later "the board" stands for it.
func TestOfNameBeforeDate(t *testing.T) {
	text := `Velmor club turns down a second offer

The board of Velmor Athletic Club on Tuesday rejected a raised offer for the club from Ostra Capital, calling it "far below what the club is worth."

"The board has looked at the new offer and concluded it is still too low," the board wrote in a note to members late that night.

In a later message the board pledged to stay "open to any fair proposal that respects the club's history."`
	b := treeBrief(t, text)
	checkSpeakers(t, b, map[string]string{
		"The board has looked at the new offer": "board of Velmor Athletic Club",
		"open to any fair proposal":             "board of Velmor Athletic Club",
	})
}
