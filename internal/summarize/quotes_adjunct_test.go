package summarize

import "testing"

// TestInvertedCueAdjuncts: a verb of saying put before its subject takes
// the description without what says where, when or to whom it was said
// ("…,” affirmed the minister at a press conference in Viedma": the
// minister), and the verbs of translated reports are verbs of saying
// ("affirmed", "specified", "clarified").
func TestInvertedCueAdjuncts(t *testing.T) {
	for _, tt := range []struct{ name, text, quote, speaker string }{
		{"affirmed, at a press conference", "Creditors and the province reached a deal on Monday.\n\n“It is an agreement the province can pay,” affirmed the minister at a press conference in Viedma.",
			"It is an agreement the province can pay", "the minister"},
		{"clarified, to reporters", "Creditors and the province reached a deal on Monday.\n\n“Nobody gets better terms by waiting,” clarified the spokesman to reporters outside the building.",
			"Nobody gets better terms by waiting", "the spokesman"},
		{"said, at a press conference", "Creditors and the province reached a deal on Monday.\n\n“We protected the schools,” said the minister at a press conference in Viedma.",
			"We protected the schools", "the minister"},
		{"in charge stays", "Creditors and the province reached a deal on Monday.\n\n“The talks are over,” said the official in charge of the debt office.",
			"The talks are over", "the official in charge of the debt office"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if q.Text == tt.quote {
					if q.Speaker != tt.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", tt.quote, b.Quotes)
		})
	}
}

// TestRoleBeforeModelPerson: a name the name lists do not know that the
// entity model reads as a person's, set off after a role written with
// capitals ("the provincial Minister of Economy, Lucía Ibáñez Ortúzar,"),
// holds that role, so "the minister" who speaks later is her.
func TestRoleBeforeModelPerson(t *testing.T) {
	b := treeBrief(t, "The province and its creditors reached a deal on Monday.\n\n"+
		"According to the terms announced by the provincial Minister of Economy, Lucía Ibáñez Ortúzar, the bondholders will accept a cut of 14%.\n\n"+
		"“It is an agreement the province can pay,” affirmed the minister at a press conference in Viedma.")
	for _, q := range b.Quotes {
		if q.Text == "It is an agreement the province can pay" {
			if q.Speaker != "Lucía Ibáñez Ortúzar" {
				t.Errorf("speaker %q, want Lucía Ibáñez Ortúzar", q.Speaker)
			}
			return
		}
	}
	t.Errorf("no quote in %+v", b.Quotes)
}
