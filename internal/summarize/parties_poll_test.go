package summarize

import "testing"

// TestPollsterIsNoParty checks that the name of a poll's maker ("a
// Harbury College poll found…") does not act through the poll: the
// pollster counts opinion, it takes no side.
func TestPollsterIsNoParty(t *testing.T) {
	tests := []struct{ name, text, pollster string }{
		{"college poll", "Mayor presses ahead with tram plan\n\nMayor Ann Cole said on Monday she would put her tram plan to a council vote next month.\n\n\"The city needs this line,\" Cole said. The Green Party said the plan was too costly and vowed to vote against it.\n\nA Harbury College poll found that most residents back the tram. Cole said the vote would be close.\n",
			"Harbury College"},
		{"institute survey", "Port strike enters second week\n\nDockworkers at the port of Valen stayed off the job on Tuesday as talks with the port authority stalled.\n\n\"We are not going back for less,\" said union leader Marta Ruiz. The port authority said its offer stood.\n\nA Delmar Institute survey showed that two in three shippers have moved cargo elsewhere. The authority said it would meet the union on Friday.\n",
			"Delmar Institute"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			if _, ok := partyNamed(b, tt.pollster); ok {
				t.Errorf("parties %v: %s only ran the poll", b.Parties, tt.pollster)
			}
		})
	}
}
