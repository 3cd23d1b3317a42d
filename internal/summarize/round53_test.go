package summarize

import "testing"

// TestRound53DescribedBodyBefore checks "the union" far from any union
// named by its name, right after one brought in by a description that
// says whose it is ("talks between the bus drivers' union and the
// companies"): that union, not one named paragraphs before for another
// story; and that a union named in the sentences just before still wins.
func TestRound53DescribedBodyBefore(t *testing.T) {
	const digest = "Port and bus talks: a weekly labour briefing\n\n" +
		"In Durban, dockworkers ended a strike on Monday. Thabo Nkosi, who chairs the port branch of the Transport Workers' Union, said members had voted to accept the deal. \u201cWe got the minimum,\u201d he said.\n\n" +
		"In Busan, talks between the bus drivers' union and the association of private bus companies broke up on Tuesday night. The union, which represents about 9,000 drivers, has said it will strike from Thursday if there is no deal.\n\n" +
		"The union is asking for a 7% pay rise. \u201cThe fares went up and the wages did not,\u201d the union said in a statement."
	const named = "Bus drivers in Busan will strike on Thursday, the Transport Workers' Union said on Tuesday.\n\n" +
		"Talks with the bus drivers' employers broke up overnight. \u201cThe fares went up and the wages did not,\u201d the union said."
	checkAudit2(t, []audit2Case{
		{"quoted", digest, "The fares went up", "the bus drivers' union"},
		{"named just before", named, "The fares went up", "Transport Workers' Union"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"reported", digest, "it will strike from Thursday", "the bus drivers' union"},
	}, true)
}
