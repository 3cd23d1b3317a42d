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
