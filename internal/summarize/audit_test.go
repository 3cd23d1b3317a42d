package summarize

import (
	"strings"
	"testing"
)

// TestAuditStatements checks who is credited with reported speech in the
// shapes an audit on unseen news got wrong: a relative clause between the
// speaker and the verb, and a pronoun in the reported clause after another
// person of the same gender was named.
func TestAuditStatements(t *testing.T) {
	tests := []struct {
		name, text, content, speaker string
	}{
		{"a relative clause naming a body between the speaker and the verb",
			"Sarah Mills, who runs a clinic for Médecins Sans Frontières in nearby Tawila, said children were arriving with severe malnutrition every day.",
			"children were arriving", "Sarah Mills"},
		{"a relative clause opened by whose",
			"Families welcomed the news. Amat al-Salam Hajjaj, whose son has been held since 2016, said she had not slept since hearing it.",
			"she had not slept", "Amat al-Salam Hajjaj"},
		{"a credit at the end of the sentence, with an appositive after it",
			"The deal covers about 100 workers in six stores, according to the Communications Workers of America, one of the unions representing the employees.",
			"The deal covers about 100 workers", "the Communications Workers of America"},
		{"a number that takes part of a group",
			"Two diplomats briefed reporters after the talks. One of the diplomats said the offer was final.",
			"the offer was final", "One of the diplomats"},
		{"a quantifier that takes part of a group",
			"Nurses walked off the job on Tuesday. Some of the nurses said they were worried about their patients.",
			"they were worried", "Some of the nurses"},
		{"the pronoun of a reported clause is the one who reports it",
			"Union president Denise Kowalski said members would vote next week. She said she expected the deal to pass.\n\n" +
				"School board member Rita Haynes, who voted against the district's last offer, said she hoped the board would approve the deal quickly.",
			"the board would approve", "Rita Haynes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			found := false
			for _, st := range b.Statements {
				if strings.HasPrefix(st.Text, tt.content) {
					found = true
					if st.Speaker != tt.speaker {
						t.Errorf("speaker of %q = %q (cue %q), want %q", st.Text, st.Speaker, st.Cue, tt.speaker)
					}
				}
				if strings.Contains(st.Speaker, "whose") || strings.Contains(tt.text, st.Speaker+",") && strings.HasPrefix(st.Text, tt.speaker) {
					t.Errorf("statement %q by %q: the speaker's own phrase is no content", st.Text, st.Speaker)
				}
			}
			if !found {
				t.Errorf("no statement %q in %+v", tt.content, b.Statements)
			}
		})
	}
}
