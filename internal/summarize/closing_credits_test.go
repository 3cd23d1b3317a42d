package summarize

import "testing"

// TestImpersonalReports checks that a passive of saying, thinking or
// expecting with no agent reports its content with no speaker: the
// that-clause after an expletive "it" ("It was announced that…"), and
// the whole clause of a subject "expected to" do something.
func TestImpersonalReports(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"it was announced", "Ferry line to close\n\nIt was announced on Tuesday that the ferry service to Velmora would end in March.\n",
			"the ferry service to Velmora would end in March", ""},
		{"it is believed", "Mayor's plans\n\nIt is widely believed in Dunmere that the mayor will not run again.\n",
			"the mayor will not run again", ""},
		{"is expected to", "Bridge repairs\n\nThe new bridge over the Orlen is expected to open in June.\n",
			"The new bridge over the Orlen is expected to open in June", ""},
	}, true)
}

// TestImpersonalNotCredited checks that a clause "expected to" happen
// that a credit after it reports stays the credit's, and that what a
// relative clause says is expected is no report.
func TestImpersonalNotCredited(t *testing.T) {
	b := treeBrief(t, "Harbour rules\n\nBut the new harbour rules are expected to take effect in June, officials in Dunmere said. Some of the berths inspectors are expected to visit would close for a week.\n")
	for _, s := range b.Statements {
		if s.Speaker == "" {
			t.Errorf("statement with no speaker: %q", s.Text)
		}
	}
}

// TestClosingCreditVerbs checks that a credit closing its sentence with
// a verb in -s the tagger could read as a plural noun ("…, a survey of
// landlords shows.", "…, the former harbour master maintains.") reports
// the clause before it.
func TestClosingCreditVerbs(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a survey shows", "Rents in Dunmere\n\nRents rose by a fifth in the old town last year, a survey of landlords shows.\n",
			"Rents rose by a fifth in the old town last year", "a survey of landlords"},
		{"the master maintains", "Harbour trade\n\nFishing is no longer the town's trade, the former harbour master maintains.\n",
			"Fishing is no longer the town's trade", "the former harbour master"},
	}, true)
}

// TestPluralSubjectsWorry checks that a verb of fearing or charging after
// a plural subject, which is also a noun ("The allies worry that…",
// "His opponents charge that…"), takes its that-clause.
func TestPluralSubjectsWorry(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"worry that", "Senate race\n\nThe senator's allies worry that he has waited too long to enter the race.\n",
			"he has waited too long to enter the race", "The senator's allies"},
	}, true)
}

// TestInvertedClosingCredits checks a credit written verb first that
// closes a sentence with no quotation ("…, said one diplomat.", "…, said
// Ivo Brandt, a spokesman for the ministry."): the clause before is what
// the speaker after the verb said.
func TestInvertedClosingCredits(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"said one diplomat", "Fishing talks\n\nThe fishing talks in Velmora broke down after an hour, said one diplomat.\n",
			"The fishing talks in Velmora broke down after an hour", "one diplomat"},
		{"said a name and a description", "Fishing talks\n\nThe fishing talks in Velmora broke down after an hour, said Ivo Brandt, a spokesman for the ministry.\n",
			"The fishing talks in Velmora broke down after an hour", "Ivo Brandt"},
		{"said a description", "Plant closure\n\nThe Orlen plant will close by the end of the year, said the company's chief executive.\n",
			"The Orlen plant will close by the end of the year", "the company's chief executive"},
	}, true)
}

// TestPerfectClosingCredits checks a credit in the perfect that closes its
// sentence ("…, the city has said.", "…, the newspaper has learned."):
// the clause before the comma is what was said or found out.
func TestPerfectClosingCredits(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"has said", "Fishing talks\n\nThe fishing talks in Velmora broke down after an hour, the city has said.\n",
			"The fishing talks in Velmora broke down after an hour", "the city"},
		{"has learned", "Dunmere mayor\n\nThe mayor of Dunmere took a payment from the builder, the newspaper has learned.\n",
			"The mayor of Dunmere took a payment from the builder", "the newspaper"},
		{"has confirmed", "Bridge closed\n\nThe Orlen bridge was closed for repairs on Monday, the city has confirmed.\n",
			"The Orlen bridge was closed for repairs on Monday", "the city"},
	}, true)
}

// TestWhenClauseBeforeCredit checks that a clause "when" opens before a
// credit stays a clause of time, not what was said.
func TestWhenClauseBeforeCredit(t *testing.T) {
	b := treeBrief(t, "Dunmere budget\n\nWhen Mayor Ivo Brandt first announced the cuts last week, he said the town had no money left.\n")
	for _, s := range b.Statements {
		if s.Cue == "said" && s.Text != "the town had no money left" {
			t.Errorf("said: %q", s.Text)
		}
	}
}
