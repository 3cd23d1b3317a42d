package ask

import "testing"

// TestRound37TitleAfterSetOffRole: a role set off before a capitalised
// title and the name ("Norway's chief negotiator, Deputy Trade Minister
// Ola Brekke,") is the person's, so "the chief negotiator" and
// "norways chief negotiator" are that person, not another country's lead
// negotiator.
func TestRound37TitleAfterSetOffRole(t *testing.T) {
	art := textArticle(t, `Fishing talks end

OSLO - Norway and Iceland closed two chapters of their fisheries talks on Friday.

“We have closed two chapters that were open for ten years,” Norway’s chief negotiator, Deputy Trade Minister Ola Brekke, told reporters as he left the talks.

Iceland’s lead negotiator, Katrin Jonsdottir, a former judge who heads the country’s fisheries board, was more cautious. “Two chapters on paper are two chapters on paper,” she said.`)
	runAnswerCases(t, []answerCase{
		{"chief negotiator", art, "what did the chief negotiator say", []string{"closed two chapters"}, []string{"on paper"}, false},
		{"possessive without its apostrophe", art, "what did norways chief negotiator say", []string{"closed two chapters"}, []string{"on paper"}, false},
	})
}

// TestRound37NoOtherCountrysNegotiator: where the article quotes one
// country's chief negotiator unnamed and names another's lead negotiator
// who "heads" a board, "the chief negotiator" and "norways chief
// negotiator" are never the other country's: a word of the description
// is not met by a synonym in the person's sentence ("heads" for "chief"),
// a country's possessive typed without its apostrophe is still that
// country, and an unnamed mention of the office as another country's is
// not the named holder's.
func TestRound37NoOtherCountrysNegotiator(t *testing.T) {
	art := textArticle(t, `Fishing talks end

OSLO - Norway and Iceland closed two chapters of their fisheries talks on Friday.

“We have closed two chapters that were open for ten years,” Norway’s chief negotiator told reporters as he left the talks.

Iceland’s lead negotiator, Katrin Jonsdottir, a former judge who heads the country’s fisheries board, was more cautious. “Two chapters on paper are two chapters on paper,” she said.`)
	runAnswerCases(t, []answerCase{
		{"the chief negotiator", art, "what did the chief negotiator say", []string{"closed two chapters"}, []string{"on paper"}, false},
		{"norways chief negotiator", art, "what did norways chief negotiator say", []string{"closed two chapters"}, []string{"on paper"}, false},
		{"icelands lead negotiator", art, "what did icelands lead negotiator say", []string{"on paper"}, []string{"closed two chapters"}, false},
	})
}

// TestRound37ShortOffices: short forms of offices a question may use: an
// office the article writes with capitals asked by its initials ("the
// ghanaian CS" for "Cabinet Secretary for Trade"), "exec" and "vp".
func TestRound37ShortOffices(t *testing.T) {
	art := textArticle(t, `Cocoa deal

ACCRA - Ghana and Ivory Coast agreed a joint cocoa floor price on Monday.

"The farmers on both sides of the border grow the same beans," Ghana's Cabinet Secretary for Trade and Industry, Kofi Mensah-Boateng, told reporters.

Kwame Asante, the exporters' executive officer for buying, said contracts would be rewritten. "We will pay the floor, and not a cedi less," Asante said.

The cooperative's vice president for operations, Ama Owusu, said members would vote next week. "Nobody signs for a farmer but the farmer," Owusu said.`)
	runAnswerCases(t, []answerCase{
		{"CS by its initials", art, "what did the ghanaian CS say", []string{"same beans"}, []string{"cedi"}, false},
		{"exec", art, "what did the exporters exec say", []string{"not a cedi less"}, []string{"same beans"}, false},
		{"vp", art, "wat did the cooperatives vp say", []string{"signs for a farmer"}, []string{"cedi"}, false},
	})
}
