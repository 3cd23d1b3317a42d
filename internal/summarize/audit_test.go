package summarize

import (
	"strings"
	"testing"
)

// TestAuditQuoteSpeakers checks who said a quotation in the attribution
// shapes an audit on unseen news got wrong: a pronoun after a speaker
// introduced with a role in apposition, and two people of the article
// who share a surname.
func TestAuditQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"a newcomer introduced with a role in apposition",
			"Analysts say the truce could open the door to broader talks. Speaking from Sanaa, political analyst Noor Haddad al-Amin said both sides were under pressure from their regional backers.\n\n" +
				"“Riyadh wants out of this war, and the Houthis know it,” she said.",
			"Riyadh wants out", "Noor Haddad al-Amin"},
		{"a surname alone is the person named before it, not a namesake named later",
			"Kestrel chief executive Lars Nyberg said in an interview that his offer was fair.\n\n" +
				"\"We know what this mine is worth,\" Nyberg said.\n\n" +
				"Nordstar chair Elin Nyberg said the board would take its time. \"We are not in a hurry,\" Elin Nyberg said.",
			"We know what this mine is worth", "Lars Nyberg"},
		{"a namesake named with the place he represents",
			"Speaker Mike Dalton, Republican of Ohio, told reporters that the cuts were needed.\n\n" +
				"“We will not write blank checks,” Mr. Dalton said on Tuesday.\n\n" +
				"Representative Tom Dalton of Pennsylvania said he would not support the bill. “I won’t vote for it,” Tom Dalton said.",
			"We will not write blank checks", "Mike Dalton"},
		{"words quoted in what the speaker says another wants are the speaker's",
			"Envoys met in Istanbul on Monday.\n\n" +
				"US special envoy Keith Kellogg, who is in Istanbul, said Washington wanted the war to end \"this year\".",
			"this year", "Keith Kellogg"},
		{"a short sentence opening the next paragraph is no credit",
			"House Republicans want $40 billion in cuts.\n\n" +
				"“We are not going to keep writing blank checks,” Speaker Mike Dalton said on Tuesday. “The American people sent us here to change the way Washington spends money.”\n\n" +
				"Not all Republicans agree. Representative Ann Cole said she would not support the bill.",
			"The American people sent us here", "Mike Dalton"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if strings.HasPrefix(q.Text, tt.quote) {
					if q.Speaker != tt.speaker {
						t.Errorf("speaker of %q = %q, want %q", tt.quote, q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q in %+v", tt.quote, b.Quotes)
		})
	}
}

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
