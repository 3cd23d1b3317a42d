package ask

import "testing"

// TestRound65RatesAndLengths checks three ways a question asks for an
// amount or a length that the best-matching sentence does not give: a
// rate ("each year") the lead's "raising annual deliveries by a third"
// does not write as an amount, while a later sentence does; "how soon",
// which asks the time within which something must happen; and "how long
// must X continue", where the article never writes "continue" but gives
// the length.
func TestRound65RatesAndLengths(t *testing.T) {
	art := textArticle(t, `Tirana and Vienna revise salt contract

Albania's state salt company and the Austrian chemicals group Kessler Chemie have agreed to revise their long-term salt supply contract, raising annual deliveries by a third, the two companies said on Tuesday.

Annual salt volumes for Kessler rise from 90,000 tonnes to 120,000 until the contract expires in 2031, and Kessler must take at least 80% of the volume it orders.

Kessler pays within fifteen days of each shipment, down from sixty days under the old contract.

The company must monitor the lagoon's water quality before, during and for two years after the expansion of the salt pans.`)
	runAnswerCases(t, []answerCase{
		{"a rate the lead does not write", art, "how much salt will kessler receive each year under the new terms", []string{"120,000"}, nil, false},
		{"how soon", art, "how soon must kessler pay", []string{"fifteen days"}, nil, false},
		{"how long must it continue", art, "for how long must the monitoring continue after the expansion", []string{"two years after"}, nil, false},
	})
}

// TestRound65DescribedByIntroduction checks that a reader's description
// of a source in words of their own ("the farmer in Dobrava" for "In the
// village of Dobrava, Ana Kovač, 52, who keeps 34 cows…") finds the one
// speaker whom the sentence that brings them in places so ("the woman in
// Dobrava" only where the article gives her pronouns), while a title
// ("the mayor of Dobrava") or a relation ("the lorry driver's wife") is
// no such description.
func TestRound65DescribedByIntroduction(t *testing.T) {
	art := textArticle(t, `Dairy deal tested in the hills

LJUBLJANA, March 3 - Slovenia's dairy farmers' cooperatives and the processor Mlekarna Sava signed a five-year milk purchase agreement on Monday.

In the village of Dobrava, Ana Kovač, 52, who keeps 34 dairy cows with her husband, said the agreement would be tested in the first autumn. "Every September the buyers tell us the price has fallen," she said.

Marko Zupan, who drives a milk lorry between Dobrava and the Austrian border, said the collection times were the real change. "I used to wait four hours at the gate," he said.`)
	runAnswerCases(t, []answerCase{
		{"a doer and a place", art, "what did the dairy farmer in dobrava say", []string{"Ana Kovač", "price has fallen"}, []string{"Zupan"}, false},
		{"a doer and what they drive", art, "what did the lorry driver say", []string{"Marko Zupan", "four hours"}, []string{"Kovač"}, false},
		{"a casual head of her sex", art, "what did the woman in dobrava say", []string{"Ana Kovač", "price has fallen"}, []string{"Zupan"}, false},
		{"a title is written", art, "what did the mayor of dobrava say", nil, []string{"Kovač", "Zupan"}, true},
		{"a relation is written", art, "what did the lorry driver's wife say", nil, []string{"Kovač", "Zupan"}, true},
	})
}

// TestRound65SideLeader checks that who leads a side to talks is its
// negotiator ("the employers' negotiator" for "…, who has led the
// employers' side since 2020"), as who leads its team or delegation is.
func TestRound65SideLeader(t *testing.T) {
	art := textArticle(t, `Seafarers' pay talks stall

OSLO, May 2 - Talks between the seafarers' union federation and the shipowners on a new wage scale broke up on Friday without a deal.

The union side is led by Rosa Lindqvist, a lawyer who has represented seafarers for eleven years. The employers have offered 3 per cent.

Across the table sits Henrik Dahl, a former shipping executive who has led the employers' side since 2020. "The offer is fair, and the fleet cannot pay more this year," Dahl said.`)
	runAnswerCases(t, []answerCase{
		{"the leader of a side", art, "what did the employers' negotiator say", []string{"Henrik Dahl", "cannot pay more"}, []string{"Lindqvist"}, false},
	})
}
