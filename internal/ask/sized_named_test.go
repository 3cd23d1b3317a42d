package ask

import "testing"

// A "how big is N?" question is answered only by a sentence that names
// N or gives a size in other words (a share, a sum, an amount in a unit):
// a length of time beside the question's other words measures something
// else.
func TestSizedNamed(t *testing.T) {
	a := textArticle(t, `Q&A: "Every crate counts" - Varrowin's honey envoy on the islet's four-year shipping pact

Varrowin, a small islet in the Selmar Sound, last week agreed a four-year pact with the Dunmoor wholesaler Brackley Combs to take up to 90 tonnes of its heather honey each season. The council praised the pact as a turning point for the beekeepers, and Brackley Combs will pay them 7% more per tonne than the old buyer did.

Q: Who checks the quality of the honey?

A: Each batch is tasted by two assessors, one chosen by each side. We will pay our assessor out of the shipping levy, which the council collects at the quay.

Q: What happens if the harvest fails?

A: Then the wholesaler may buy elsewhere for that season, and the pact runs on.`)
	runAnswerCases(t, []answerCase{
		{name: "levy never sized", art: a, q: "how big is the shipping levy on varrowin honey", declined: true},
		{name: "share in other words", art: a, q: "how big a bump will the beekeepers get per tonne", want: []string{"7%"}},
		{name: "size named", art: a, q: "how big is the honey pact", notWant: []string{"The article doesn't say"}},
	})
}
