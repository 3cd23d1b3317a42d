package summarize

import "testing"

// TestUntiedHolder checks that a title with a body's name among its words
// that no holder's role names ("the Kalvola chief executive") takes up
// the one person the story gave the title with no body, where the other
// holder's role names a body of its own ("Erik Vesterby, Nordpack's chief
// executive"), rather than the person named last.
func TestUntiedHolder(t *testing.T) {
	const lead = "Board still says no to raised bid\n\nHELSINKI - Swedish packaging group Nordpack Group raised its hostile offer for Finnish paperboard maker Kalvola Board on Tuesday.\n\n\"We have made a full and fair offer,\" Erik Vesterby, Nordpack's chief executive, said on a call with analysts.\n\n"
	checkAudit2(t, []audit2Case{
		{"the holder with no body",
			lead + "Chief executive Outi Lahtinen went further. \"Nordpack is trying to buy a forest at the price of the firewood,\" Lahtinen told reporters.\n\nPension fund manager Pekka Roivas said the fund would accept.\n\n\"Every shareholder is free to make their own decision,\" the Kalvola chief executive said when asked about the fund.\n",
			"Every shareholder is free", "Outi Lahtinen"},
	}, false)
}
