package summarize

import "testing"

// creditPhraseOpening is the start of the stories of the tests of a
// credit whose subject is a long noun phrase: a woman named, who speaks.
const creditPhraseOpening = "The ferry line and its deckhands agreed a new winter timetable on Thursday.\n\n" +
	"Deckhand Ilse Vermeulen said she would trust the timetable once the first storm had passed. "

// TestQuotedCreditLongPhrase checks that a credit after a quotation
// whose subject is a noun phrase with modifiers before the noun ("the
// 47-year-old ferry deckhand") is read as the credit, whatever the verb
// of saying, so that the description is the woman named just before;
// the parser reads "…,” the 47-year-old ferry deckhand maintained" with
// the verb as a participle on the noun.
func TestQuotedCreditLongPhrase(t *testing.T) {
	var cases []audit2Case
	for _, v := range []string{"maintained", "insisted", "explained", "stressed", "countered"} {
		cases = append(cases, audit2Case{"modifiers before the noun, " + v, creditPhraseOpening +
			"“Calm water makes everyone an optimist,” the 47-year-old ferry deckhand " + v + ".",
			"Calm water makes", "Ilse Vermeulen"})
	}
	checkAudit2(t, cases, false)
}
