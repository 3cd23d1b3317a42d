package ask

import "testing"

// TestIntroducedHyphenatedName checks that a speaker whose name holds a
// hyphen ("Haidar Abdul-Jabbar al-Rawi") is weighed, as anyone else is,
// when a description asked about is read from the sentence that
// introduces the speakers: the two ministers that sentence introduces fit
// "the iraqi deputy oil minister" alike as far as its words go, so the
// answer is a decline, not the other minister's words (which it was while
// the hyphenated name was left out).
func TestIntroducedHyphenatedName(t *testing.T) {
	art := textArticle(t, "Baghdad and Erbil agree oil deal\n\n"+
		"The federal government and the regional government signed a deal on Monday to restart oil exports through the northern pipeline.\n\n"+
		"The talks took three years.\n\n"+
		"The federal side was led by the deputy oil minister, Haidar Abdul-Jabbar al-Rawi, and the regional side by its minister of natural resources, Shwan Ahmed Karim. "+
		"Al-Rawi said the agreement confirmed \u201cthe principle that the oil belongs to all and is sold by one hand.\u201d "+
		"Karim, speaking in Erbil, put the emphasis elsewhere. \u201cFor two years, our employees have been hostages in a dispute about barrels,\u201d he said.")
	runAnswerCases(t, []answerCase{
		{name: "not the other minister", art: art, q: "what did the iraqi deputy oil minister say about the deal", notWant: []string{"hostages"}, declined: true},
	})
}
