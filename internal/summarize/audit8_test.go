package summarize

import (
	"os"
	"testing"
)

// TestAudit8Speakers checks speakers found in the development halves of
// the project's eighth round, on texts of our own: a name inside the
// possessor of a role ("Health NZ's director of employment relations,
// Simon Ferris,") owns the role and is not its holder, whichever of its
// words the parser made the head; and a text is the subject of "what it
// calls" when the tagger took the verb for a plural noun; a letter is
// made by the agent of the participle after it, not by whoever read it;
// and "she" after her own name in her sentence is that person, though
// the quotation before was someone else's; "she" opening the sentence
// after one whose subject is a role ("The minister was visibly
// irritated.") is the one the story named with that role set off before
// the name ("the Fisheries Minister, Helen Carrow-Dunne,"), and never a
// plural in "-men" the tagger read as singular.
func TestAudit8Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role whose possessor is a name of two words, and its holder set off after it",
			"The nurses will strike on Friday.\n\nHealth NZ’s director of employment relations, Simon Ferris, described the offer as “fair and affordable”.",
			"fair and affordable", "Simon Ferris"},
		{"a text in a free relative with a verb read as a noun",
			"The next round, due to open in January, must deal with what the protocol calls “the transition of combatants to civilian life”, a phrase that hides the question of prison sentences.",
			"the transition of combatants", "the protocol"},
		{"a letter quoted is the letter's words, not its reader's",
			"Strachan asked whether the minister had read a letter sent to her department by the North Sea Pelagic Producers’ Organisation. The letter, which he read into the record, described the agreement as “a hammer blow to communities that have nothing else”.",
			"a hammer blow", "The letter"},
		{"a pronoun after its own name in its sentence, after a quotation credited to someone else",
			"The Fisheries Minister, Helen Carrow-Dunne, defended the agreement.\n\n“Does the minister agree that our skippers have waited years for this?” asked Bethan Rhys-Lloyd.\n\nCarrow-Dunne said she did, adding that “certainty is worth more than a few tonnes either way”.",
			"certainty is worth more", "Helen Carrow-Dunne"},
		{"she after a sentence whose subject is a role the story named someone with",
			"Answering an urgent question, the Fisheries Minister, Helen Carrow-Dunne, defended the agreement.\n\nThe Liberal Democrat spokesperson, Sandy Mowat, said fishermen in his constituency had learned about the agreement from the Faroese press before any announcement in London. “Skippers in my constituency read about this deal in a Faroese newspaper before anyone in Whitehall thought to tell them,” Mowat said.\n\n“That tells you everything about how seriously this department takes our fishermen,” he said.\n\nThe minister was visibly irritated. She called the claim “simply untrue” and said the industry had been briefed on the outline of the deal two days before it was signed.\n",
			"simply untrue", "Helen Carrow-Dunne"},
		{"a draft that calls for, after an apposition",
			"Talks went on in Doha.\n\nThe draft, a copy of which has been seen by our team, calls for “a complete and immediate cessation of hostilities across all regions” and gives the parties a 30-day window.",
			"a complete and immediate cessation", "The draft"},
		{"a draft's words in the relative clause on it, after another verb",
			"Talks went on in Jakarta.\n\nThe officials endorsed a 14-page draft that commits the three sides to “share information on supply disruptions within 72 hours” and to coordinate stockpiles.",
			"share information on supply", "a 14-page draft"},
		{"a subject and its appositive read as two subjects of the verb",
			"Talks went on.\n\nLeila Haddadian-Moore, a senior fellow at the Geneva-based Centre for Nonproliferation Dialogue, observed the draft was “more realistic than anything on the table since 2018.”",
			"more realistic than anything", "Leila Haddadian-Moore"},
		{"put it, the idiom of saying",
			"The mediators want a monitoring force in place before any truce.\n\nOne Western diplomat put it to me bluntly: “Everyone wants monitors. Nobody wants to pay for them.”",
			"Everyone wants monitors", "One Western diplomat"},
	}, false)
}

// TestAudit8OpenShe checks, on a parliamentary report of our own
// (testdata/parliament_report.txt, the first fourteen paragraphs of the
// development story s99), a "she" that coreference leaves on its own
// after "The minister was visibly irritated.": the minister the story
// named with that role.
func TestAudit8OpenShe(t *testing.T) {
	b, err := os.ReadFile("testdata/parliament_report.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkAudit2(t, []audit2Case{
		{"she after a sentence whose subject is a role",
			string(b), "simply untrue", "Helen Carrow-Dunne"},
	}, false)
}
