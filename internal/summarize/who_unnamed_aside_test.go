package summarize

import "testing"

// unnamedOpening is the start of the stories of the tests of sources
// brought in unnamed: a man named, who speaks, two paragraphs before.
const unnamedOpening = "The harbour board and the trawler owners signed a new berthing deal on Monday after six weeks of talks.\n\n" +
	"Tomas Eriksen, who owns four trawlers, said the deal was the best the owners could get. “We wanted more, but this is fair,” he said.\n\n"

// TestUnnamedAsideSource checks that "he said" after a sentence whose
// subject is a source brought in unnamed is that source, not a man named
// paragraphs up, where the parser hung the "who" clause from the noun as
// an aside and made the noun the sentence's root ("One boatman, who
// asked not to be identified…, said…").
func TestUnnamedAsideSource(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"noun root with an aside", unnamedOpening +
			"Smaller boats are less happy. One boatman, who asked not to be identified as he deals closely with the port authority, said small boats paid twice what a trawler paid. “The board sets the fees and we pay them,” he said. “Nobody asked the small boats.”",
			"The board sets the fees", "One boatman"},
	}, false)
}

// TestUnnamedOneOf checks that "he said" after a sentence whose subject
// is "one of" a group, with a "who" clause of its own ("One of them, who
// asked not to be identified…, said…"), is that source, not a man named
// paragraphs up.
func TestUnnamedOneOf(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"one of a group", unnamedOpening +
			"About thirty skippers still fish without a berth. One of them, who asked not to be identified as he still trades with the dealer, said he had no faith in the board. “The dealer pays on the day,” he said. “The board pays in a month.”",
			"The dealer pays on the day", "One of them"},
	}, false)
}
