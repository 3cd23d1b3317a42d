package summarize

import "testing"

// TestSpokenOfGoesOn checks that a description of a person that speaks
// ("the Italian negotiator said") takes up the person the sentence before
// made its subject, where the only other person named in between is named
// inside the subject's own phrase or in what the subject said, not as a
// speaker the story turned to; and that a nationality standing for the
// person is read so whether tagged an adjective or a proper noun.
func TestSpokenOfGoesOn(t *testing.T) {
	const lead = "Port talks stall again\n\nThe carrier's adviser, Maren Ostby, has made no secret of her client's wish to sell.\n\n"
	checkAudit2(t, []audit2Case{
		{"a person named in what the subject said",
			lead + "The Italian said Ansgar Holm had been offered a seat on the board.\n\n\"Nobody signs a contract like this in a week,\" the Italian negotiator said.\n",
			"Nobody signs a contract", "Maren Ostby"},
		{"a person named in the subject's own phrase",
			lead + "The Italian, who once worked for Ansgar Holm at Kestrel, said the offer was too low.\n\n\"Nobody signs a contract like this in a week,\" the Italian negotiator said.\n",
			"Nobody signs a contract", "Maren Ostby"},
		{"a nationality tagged a proper noun",
			lead + "The Norwegian said Ansgar Holm had been offered a seat on the board.\n\n\"Nobody signs a contract like this in a week,\" the Norwegian negotiator said.\n",
			"Nobody signs a contract", "Maren Ostby"},
	}, false)
}
