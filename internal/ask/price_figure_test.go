package ask

import "testing"

// TestPriceWantsSum: "what price …", "what is the … fare" and "what does
// X cost" ask for a sum of money, so a sentence with only a distance or a
// count, or one that speaks of the price without a figure, does not
// answer them; one that gives the sum does.
func TestPriceWantsSum(t *testing.T) {
	a := textArticle(t, `Ferry operator and Quillan islanders settle on a new timetable

PORT ESKELL, 9 May - The Brannock Ferry Company and the councils of the Quillan islands signed a timetable deal on Thursday, ending a four-year dispute over winter sailings to the outer islands, which lie about 70 kilometres off the coast.

Islanders had complained for years that the fare for a car and driver rose every spring while the winter boat sailed only twice a week.

Before the deal, the price of a crate of island kelp on the mainland fell by half.

Under the deal the landing quota for island lamb carried free of charge rises from 300 head a week to 450 during the autumn sales.

Drivers will still pay a toll of £6 on the causeway to the ferry pier.

Brannock will buy a second vessel, built at a yard in Tolvern, which it expects to carry 120 passengers.

"We have a boat for the winter at last," said Mairi Strand, who chairs the Quillan council.
`)
	runAnswerCases(t, []answerCase{
		{name: "what price, only a distance", art: a, q: "what price does brannock expect to get for the old vessel", declined: true},
		{name: "what does X cost, no figure", art: a, q: "what does a crate of island kelp cost on the mainland", declined: true},
		{name: "what is the toll, a sum", art: a, q: "what is the toll on the causeway", want: []string{"£6"}},
		{name: "what is the fare, no figure", art: a, q: "what is the winter fare for a car", declined: true},
	})
}
