package summarize

import "testing"

// TestAudit42AnonymityClauseNotDescription checks that a relative clause
// saying only that a source is not to be named ("who asked not to be
// named", "who spoke on condition of anonymity", "who was not authorised
// to speak publicly") is left out of the source's description, while a
// clause that says which source it is stays in it.
func TestAudit42AnonymityClauseNotDescription(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"not authorised to speak",
			"Apple duty talks\n\nNEW DELHI — Trade officials met again on Monday.\n\n“Walnuts were always the hard part,” said a Chilean negotiator who was not authorised to speak publicly.",
			"Walnuts were always", "a Chilean negotiator"},
		{"asked not to be named",
			"Port talks\n\nThe two sides met for nine hours.\n\n“Nobody slept,” said one Danish official who asked not to be named.",
			"Nobody slept", "one Danish official"},
		{"declined to be identified",
			"Port talks\n\nThe two sides met for nine hours.\n\n“The numbers moved after midnight,” a banker who declined to be identified said.",
			"The numbers moved", "a banker"},
		{"a clause that says which one stays",
			"Port talks\n\nThe two sides met for nine hours.\n\n“Nobody slept,” said a Western diplomat who followed the talks.",
			"Nobody slept", "a Western diplomat who followed the talks"},
	}, false)
}
