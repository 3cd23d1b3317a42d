package summarize

import "testing"

// TestAudit8Speakers checks speakers found in the development halves of
// the project's eighth round, on texts of our own: a name inside the
// possessor of a role ("Health NZ's director of employment relations,
// Simon Ferris,") owns the role and is not its holder, whichever of its
// words the parser made the head; and a text is the subject of "what it
// calls" when the tagger took the verb for a plural noun; a letter is
// made by the agent of the participle after it, not by whoever read it;
// and "she" after her own name in her sentence is that person, though
// the quotation before was someone else's.
func TestAudit8Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role whose possessor is a name of two words, and its holder set off after it",
			"The nurses will strike on Friday.\n\nHealth NZ’s director of employment relations, Simon Ferris, described the offer as “fair and affordable”.",
			"fair and affordable", "Simon Ferris"},
		{"a text in a free relative with a verb read as a noun",
			"The next round, due to open in January, must deal with what the protocol calls “the transition of combatants to civilian life”, a phrase that hides the question of prison sentences.",
			"the transition of combatants", "the protocol"},
		{"a letter's maker is the agent of the participle, not its reader",
			"Strachan asked whether the minister had read a letter sent to her department by the North Sea Pelagic Producers’ Organisation. The letter, which he read into the record, described the agreement as “a hammer blow to communities that have nothing else”.",
			"a hammer blow", "the North Sea Pelagic Producers’ Organisation"},
		{"a pronoun after its own name in its sentence, after a quotation credited to someone else",
			"The Fisheries Minister, Helen Carrow-Dunne, defended the agreement.\n\n“Does the minister agree that our skippers have waited years for this?” asked Bethan Rhys-Lloyd.\n\nCarrow-Dunne said she did, adding that “certainty is worth more than a few tonnes either way”.",
			"certainty is worth more", "Helen Carrow-Dunne"},
	}, false)
}
