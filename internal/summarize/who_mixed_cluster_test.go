package summarize

import "testing"

// TestMixedSexCluster checks that "she" crediting a quotation, which
// coreference put in one cluster with a man described earlier ("a man
// who lost a season") and with "her", is read as a pronoun the cluster
// does not resolve: the woman named last before it.
func TestMixedSexCluster(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"she in a cluster with a man",
			"The ferry operators and the port council signed a new timetable on Friday.\n\n" +
				"Every sailor on the island knows a man who lost a season to the strike.\n\n" +
				"Rosalba Walker Mena, who chaired the talks for the council, told me the fares were the urgent thing. “The crews came to us with one demand, and it was pay, because their rent was overdue,” Walker said. “You cannot ask a tired sailor to work longer until you pay him more for the hours he puts in.”\n\n" +
				"I believe her. Still, she also raised another matter. “Winter sailings will wait for another year,” she said. The same was promised two years ago.",
			"Winter sailings will wait", "Walker"},
	}, false)
}
