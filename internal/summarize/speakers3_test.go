package summarize

import (
	"strings"
	"testing"
)

// TestDescriptionHoldsName checks that a description the tree could not
// resolve is not replaced by a name it merely holds ("the New York
// businessman" is not New York), and that a letter or statement speaks for
// itself rather than for a name found nearby, unless it is issued on
// someone's behalf.
func TestDescriptionHoldsName(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a place inside a description",
			"Harlan, appearing after Moreno at the televised town hall, cited problems in Asia, Mexico and elsewhere that he blamed on the policies of Governor Pratt and Moreno.\n\n\"We need a new direction,\" the New York businessman said, arguing that he will bring a \"practical\" approach to the job.",
			"We need a new direction", "the New York businessman"},
		{"a statement on someone's behalf",
			"Canada said its exports to the bloc were worth $40 billion last year. \"Although the bloc has one tariff, it has no single border agency,\" a statement issued on behalf of Marie Tremblay, Canada's trade minister, said.",
			"Although the bloc has one tariff", "Marie Tremblay"},
		{"a body's board speaks for it",
			"Harrowgate Brewing Group rejected the raised offer from Castlemere on Monday.\n\nIn a statement issued shortly after 7am, the Harrowgate board said the new offer \"still badly undervalues Harrowgate and its future\" and told shareholders to take no action.",
			"still badly undervalues", "Harrowgate"},
	}, false)
}

// TestNameSetOffWithTitle checks that a description followed by a
// person's name set off by commas, with a title of its own, is that
// person, however the parser hung the title words.
func TestNameSetOffWithTitle(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"counterpart with a titled name",
			"Norway's negotiator, Arne Dahl, signed the text in Oslo on Friday. His Danish counterpart, Deputy Water Resources Minister Freja Holm, describes the quota clause as “the hinge on which the whole deal turns”. In poor years both sides' catches shrink.",
			"the hinge on which", "Freja Holm"},
	}, false)
}

// TestHeNeverASheSpeaker checks that "“…,” he said", which the tree
// cannot resolve, does not keep a speaker found before whom the story
// calls "her": better no name than a wrong one.
func TestHeNeverASheSpeaker(t *testing.T) {
	text := "Danish engineer freed in prisoner swap\n\nMikkel Berg spent 19 months in prison. \"I feel very tired,\" Berg said on Friday.\n\n" +
		"For Ida Berg, Mikkel's older sister, who ran the campaign for his release, the call came at 6am on Thursday.\n\n" +
		"\"The minister said four words: 'He is coming home.' I made her say it again,\" Ida Berg said. \"Then I sat on the kitchen floor for about an hour.\"\n\n" +
		"Her brother, thinner and greyer than in the photographs, said he planned to spend the summer \"somewhere with no walls at all\".\n\n" +
		"He thanked the mediators, and he thanked his sister. \"She never let them forget my name,\" he said."
	b := treeBrief(t, text)
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "She never let them") {
			if q.Speaker == "Ida Berg" {
				t.Errorf("speaker of %q = %q, a woman for \"he said\"", q.Text, q.Speaker)
			}
			return
		}
	}
	t.Errorf("quotation not found in %+v", b.Quotes)
}

// TestSetOffSources checks two sources set off by commas: a role read as
// an adjective whose determiner the parser hung on the noun before it ("A
// Norwegian fisheries official, speaking on condition of anonymity…, said
// it “…”") still speaks; and what a source set off with two appositions
// says after "according to" starts after them.
func TestSetOffSources(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role read as an adjective",
			"Not everyone welcomed the timber accord. A Norwegian fisheries official, speaking on condition of anonymity because the coastal talks are confidential, said it “does nothing to solve the bigger problem, which is that everyone is cutting above the science”.",
			"does nothing to solve", "A Norwegian fisheries official"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"according to a source with two appositions",
			"Campaigners were less impressed. According to Amara Diallo, policy director at the Climate Justice Coalition, an alliance of some 300 civil society groups, the deal is \"a down payment on a debt that is centuries old.\"",
			"the deal is", "Amara Diallo"},
	}, true)
}

// TestJointStatement checks that "the joint statement" is not the one
// statement a party issued before it: it speaks for itself.
func TestJointStatement(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a joint statement after a party's statement",
			"Oman's foreign ministry said in a statement that the exchange showed the value of quiet diplomacy.\n\nThe joint statement released in Muscat on Thursday says both governments \"welcome the return of their nationals\". It makes no mention of the charges.",
			"welcome the return", "The joint statement"},
	}, false)
}

// TestTheyForPluralBodies checks that "they" left alone by coreference
// goes on for a plural subject of bodies or places in the sentence before
// ("Twelve states … are challenging the rules. They argue that…"), as it
// does for groups of people.
func TestTheyForPluralBodies(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"they for plural states",
			"Twelve states led by Wyoming are challenging the agency's water rules before a federal appeals court.\n\nThey argue that the agency overstepped its authority when it issued the rules.",
			"the agency overstepped", "Twelve states"},
	}, true)
}

// TestQuoteInsideReportedContent checks that words quoted deep inside
// what a cue reports, below the content clause of the statement it was
// made in, are the cue's speaker's ("said in a statement that the deal
// would allow the plant to “run…”"), not a scare quote.
func TestQuoteInsideReportedContent(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a quotation in a statement's content clause",
			"The two governments signed the water compact on Monday.\n\nTajikistan's energy ministry, for its part, said in a statement that the compact would allow the Rogun plant to “run at full capacity for the first time since independence”.",
			"run at full capacity", "Tajikistan's energy ministry"},
	}, false)
}

// TestRoleSetOffToSentenceEnd checks that "the mediator" stands for the
// one person the story named as a mediator in an apposition that runs to
// the end of its sentence.
func TestRoleSetOffToSentenceEnd(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a role in an apposition closing its sentence",
			"The two sides have met 22 times since June. Since October, the talks have been overseen by Gloria Estrada, a mediator with the Federal Mediation and Conciliation Service.\n\n\"There is still time, and there is still room,\" the mediator said.",
			"There is still time", "Gloria Estrada"},
	}, false)
}
