package ask

import "testing"

// TestRound38CommonWordsPutOtherwise: a "how much" or "how many" question
// whose only words the article lacks are common English words ("paying",
// "cover") is answered by the sum or the count the article gives for the
// rest of the question; a rarer missing word still makes it unanswerable.
func TestRound38CommonWordsPutOtherwise(t *testing.T) {
	art := textArticle(t, `Port operator sold

ROTTERDAM - Harbourline Holdings agreed on Monday to take over the Dutch port operator Kadewerk, ending months of talks.

The buyer will hand over 2.3 billion euros in two instalments, the first in March.

The new labour agreement that came with the sale applies to 4,200 dockworkers at three terminals and runs for four years.`)
	runAnswerCases(t, []answerCase{
		{"paying", art, "how much is the buyer paying", []string{"2.3 billion euros"}, nil, false},
		{"cover", art, "how many dockworkers does it cover", []string{"4,200"}, nil, false},
		{"rare word", art, "how much tritium did the buyer find", nil, []string{"2.3 billion"}, true},
	})
}

// TestRound38CapitalForCountry: a sentence that names a country by its
// capital ("Tokyo will pay") answers a question that names the country.
func TestRound38CapitalForCountry(t *testing.T) {
	art := textArticle(t, `Pacific states win water checks

SUVA - Pacific island scientists will test seawater near the Fukushima plant under a deal reached on Friday after two days of talks with Japan.

Under the arrangement, the scientists will collect samples four times a year, and Tokyo will pay $6 million over five years to equip a radiation laboratory at the university in Suva.

The results will be published within 60 days of collection.`)
	runAnswerCases(t, []answerCase{
		{"capital", art, "how much is japan paying for the lab in suva", []string{"$6 million"}, nil, false},
	})
}

// TestRound38BodyDescribedWith: a role asked with a word that modifies
// the noun the article describes the person's body with ("the mine ceo"
// for the chief executive of "mining company Nordbrand AB") is that
// person's.
func TestRound38BodyDescribedWith(t *testing.T) {
	art := textArticle(t, `Town to move for mine

KIRUNA - Homeowners will be paid the market value of their houses plus 25% under an agreement reached after three years of talks with mining company Nordbrand AB.

Henrik Dahl, chief executive of Nordbrand AB, called the agreement fair. "People do not sell a house, they leave a life," Dahl said.

Karin Berg, who chairs the residents' association, was less sure. "We will count the money when we see it," she said.`)
	runAnswerCases(t, []answerCase{
		{"the mine ceo", art, "what did the mine ceo say about selling a house", []string{"do not sell a house"}, []string{"count the money"}, false},
	})
}

// TestRound38TargetAsksMeasure: "what is the new target for X" asks for
// the figure the target is, which the evidence must give.
func TestRound38TargetAsksMeasure(t *testing.T) {
	art := textArticle(t, `Climate finance deal

BAKU - Negotiators agreed a new goal for climate finance on Sunday after two weeks of talks.

The new target was the hardest part of the talks, delegates said.

Adaptation funding from rich countries will rise to $300 billion a year by 2035, up from $100 billion.`)
	runAnswerCases(t, []answerCase{
		{"target", art, "what is the new target for adaptation funding", []string{"$300 billion"}, nil, false},
	})
}

// TestRound38PlainQualifiers: where one person holds the office a
// question asks about, a common word the article uses but not in that
// person's role ("the resort gm") still means that person; a word the
// article never uses ("the prime minister" where it has a chief
// minister) may name another office, so the question is declined.
func TestRound38PlainQualifiers(t *testing.T) {
	art := textArticle(t, `Water deal for ski resort

SILVER CREEK - The town council approved a water lease with Aspen Ridge on Tuesday, ending a lawsuit over the creek.

The resort will stop pumping when the creek runs low, under the deal.

Brent Kowal, the general manager of Aspen Ridge, said the company was relieved. "Nobody wanted another lawsuit," Kowal said.

Chief Minister Rina Das said the deal showed that towns and companies could share water. "This is how it should work," she said.`)
	runAnswerCases(t, []answerCase{
		{"the resort gm", art, "wat did the resort gm say abt the lawsuit", []string{"another lawsuit"}, []string{"how it should work"}, false},
		{"the prime minister", art, "what did the prime minister say", nil, []string{"how it should work"}, true},
	})
}
