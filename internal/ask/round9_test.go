package ask

import "testing"

// TestRound9 covers this round's changes to the answerer: an office asked
// about by its initials ("the CFO", "the CEO") is one the article writes
// out in lower case ("the group's chief financial officer", "chief
// executive Nadia Rahal"), and initials the article spells out nowhere
// are still a name it does not mention; of two people who share a
// surname, the one the article gives the title the question gives
// ("Senator Ortega"); a role set off before a name is the person's though
// another appositive after the name holds a word of lesser office ("the
// government's chief negotiator, Lucia Vidal, a former judge,"); "when
// does X end?" is answered by a sentence that holds X and gives an end
// ("runs until 30 June"), and declined where none does; what a party says
// about a topic its own words never touch is what its people say about it;
// "start" is "begin" ("When do the inspections start?" for "inspections
// beginning in September").
func TestRound9(t *testing.T) {
	bid := textArticle(t, `Pharmaceutical group launches tender offer

Helix Biologics launched a tender offer for Corda Pharma on Monday.

Ana Duarte, the group's chief financial officer, said the deal would be financed with bank debt and a rights issue.

Corda chief executive Nadia Rahal said the offer undervalued the company's pipeline.

The acceptance period runs until 30 June, and Corda must respond by 2 May. The new labour contract took effect in January.

Technical teams will meet in Lisbon on 4 April to draft rules for site visits. The deal allows up to ten site visits a year beginning in September.`)
	talks := textArticle(t, `Ceasefire extended for 90 days

The government's chief negotiator, Lucia Vidal, a former judge of the supreme court, read the communiqué to reporters.

"We leave with a longer ceasefire, and that is not a small thing," Vidal said.

The rebel delegation is led by Tomas Ortega, who spent nine years in prison. "Nobody here wants to go back to war," Ortega said.

Senator Elena Ortega, no relation, who chairs the peace commission, was blunter. "The extension is good news. It is not enough news," she said.`)
	rail := textArticle(t, `Rail lockout enters third day

Northern Rail locked out 4,000 train crews on Thursday after the union rejected its final offer.

The union says the new schedules would cut pay for engineers. Northern Rail says the schedules are fair.

The union's president, Marc Tremblay, said the company had "chosen to shut down the supply chain rather than negotiate on fatigue."

"This is a safety fight before it is a money fight," Tremblay said.`)
	tests := []answerCase{
		{"a party's people on a topic its own words miss", rail, "What is the union saying about fatigue?", []string{"Marc Tremblay", "negotiate on fatigue"}, nil, false},
		{"a title picks one of two people who share a surname", talks, "What did Senator Ortega say about the extension?", []string{"Elena Ortega", "not enough news"}, []string{"Tomas Ortega"}, false},
		{"a role before the name, a former office after it", talks, "What did the government's chief negotiator say?", []string{"Lucia Vidal", "longer ceasefire"}, nil, false},
		{"the CFO the article writes out", bid, "What did the CFO say?", []string{"Ana Duarte", "bank debt"}, nil, false},
		{"the CEO for a chief executive", bid, "What did the CEO say?", []string{"Nadia Rahal", "undervalued"}, nil, false},
		{"initials the article never spells out", bid, "What did the CTO say?", []string{"doesn't mention CTO"}, nil, true},
		{"an end the article gives with until", bid, "When does the acceptance period end?", []string{"30 June"}, nil, false},
		{"an end the article never gives", bid, "When does the labour contract expire?", nil, nil, true},
		{"start is begin", bid, "When do the site visits start?", []string{"September"}, []string{"4 April"}, false},
	}
	runAnswerCases(t, tests)
}
