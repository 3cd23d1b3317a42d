package summarize

import "testing"

// TestAudit15Speakers checks speakers found in the development half of
// the project's eighteenth batch of stories, on texts of our own: a body
// that says the words ("“…,” the alliance said") is their speaker though
// the quotation stands near a person's; and a credit written verb first
// with a possessive description and the name after it, or the name and
// then its description.
func TestAudit15Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a body that says the words, near a person's",
			"Dana Ruiz, chief executive of the alliance, made her own round of radio interviews.\n\n“Our offer is the best these jobs have ever had,” Ruiz said.\n\n“The union walked away, not us,” she said.\n\nIn a statement on Thursday, the alliance said it was prepared to resume talks.\n\n“We remain ready to return to the table at any time, with no conditions,” the alliance said.",
			"We remain ready", "the alliance"},
		{"a possessive description and the name after it",
			"Norway and Russia swap 40 fishermen each after talks\n\nNorway and Russia have exchanged 40 detained fishermen each in a swap brokered by Iceland.\n\nBuses carrying the freed Norwegians crossed the border on Tuesday.\n\n“Every crew on this list has waited too long, and there are hundreds more still waiting,” says Norway’s fisheries envoy, Anders Lie.\n\n“We will not stop until the last of them is home.”",
			"Every crew", "Anders Lie"},
		{"the name and then its description",
			"The mayor spoke on Friday.\n\n“These are two different cities, with very different budgets and voters, facing different choices,” said Mara Quist, Mrs. Holt's chief of staff.",
			"These are two different", "Mara Quist"},
	}, false)
}
