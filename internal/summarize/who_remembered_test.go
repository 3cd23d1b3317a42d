package summarize

import "testing"

// TestRememberedAloud checks that a quotation credited after its closing
// mark by a verb of remembering ("“…,” Okafor remembered.") is the
// rememberer's, not that of the man quoted before, whose words the
// quotation reports inside marks of its own.
func TestRememberedAloud(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"remembered after the quotation",
			"The growers' union and the mill signed a price deal on Tuesday after a season of talks.\n\n" +
				"Grace Okafor, who chairs the growers' union, said the deal was the first in a decade. “We finally have a price on paper,” she said.\n\n" +
				"Daniel Herrera, the mill's buyer, said the old price had been fair. “We paid what the market paid,” he said in his office. “Nobody was cheated.”\n\n" +
				"The talks were tense. At the second meeting the mill offered 40 cents and said it was final. “He said, ‘That is the last offer,’ and we stood up,” Okafor remembered. “Nobody sold a sack for a month.”",
			"He said, ‘That is the last offer", "Grace Okafor"},
	}, false)
}
