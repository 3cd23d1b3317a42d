package summarize

import "testing"

// TestAudit8Speakers checks speakers found in the development halves of
// the project's eighth round, on texts of our own: a name inside the
// possessor of a role ("Health NZ's director of employment relations,
// Simon Ferris,") owns the role and is not its holder, whichever of its
// words the parser made the head; and a text is the subject of "what it
// calls" when the tagger took the verb for a plural noun.
func TestAudit8Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role whose possessor is a name of two words, and its holder set off after it",
			"The nurses will strike on Friday.\n\nHealth NZ’s director of employment relations, Simon Ferris, described the offer as “fair and affordable”.",
			"fair and affordable", "Simon Ferris"},
		{"a text in a free relative with a verb read as a noun",
			"The next round, due to open in January, must deal with what the protocol calls “the transition of combatants to civilian life”, a phrase that hides the question of prison sentences.",
			"the transition of combatants", "the protocol"},
	}, false)
}
