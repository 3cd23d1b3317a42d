package summarize

import (
	"strings"
	"testing"
)

// TestBodyByKindWord checks that a bare description of a body ("the
// alliance", "the ministry", "The guild") speaks for the body the story
// named with that word, however far back, by its full name.
func TestBodyByKindWord(t *testing.T) {
	tests := []quoteSpeakerCase{
		{"far back", `Video game performers and the Interactive Studios Bargaining Alliance resumed talks on Monday after a two-month break.
The performers want limits on the use of digital replicas. They also want higher pay for motion-capture work.
Studios say the demands would raise costs for smaller developers. Several games have been delayed.
Talks broke down in March over consent rules. Both sides blamed the other.
A mediator was appointed last week. She has not spoken publicly.
"We have offered the strongest protection in the industry," the alliance said in a statement.`, "strongest protection", "Interactive Studios Bargaining Alliance"},
		{"of-name", `Dock workers in Aqaba ended their strike after the Ministry of Labour promised to review the new shift rules.
The union had demanded that the rules be withdrawn. Cargo had piled up for nine days.
Shipping lines had diverted vessels to other ports.
"The review protects the rights of workers," the ministry said.`, "review protects", "Ministry of Labour"},
	}
	checkQuoteSpeakers(t, tests)
}

// TestIntroducedSource checks that "the official" or "the diplomat" as
// a speaker stands for the source the story brought in with the same
// noun a few sentences before, as the story described them.
func TestIntroducedSource(t *testing.T) {
	tests := []quoteSpeakerCase{
		{"diplomat", `Russia and Ukraine swapped 150 prisoners each on Friday, the third exchange this year.
One Western diplomat in Kyiv said the exchange had been agreed days ago. The swaps continued through the winter.
"These swaps are the one channel that still works," the diplomat said.`, "one channel", "One Western diplomat in Kyiv"},
		{"official", `The two sides met again in Kuala Lumpur on Tuesday.
A senior official at the ministry said the draft ran to 11 pages. Most of it is settled.
"The rest is geography," the official said.`, "rest is geography", "A senior official at the ministry"},
	}
	checkQuoteSpeakers(t, tests)
}

// TestTextParticipleLeftOut checks that a text speaking for itself is
// named without the participle that says how it came out ("issued after
// the meeting", "seen by Reuters"), keeping what says which text it is.
func TestTextParticipleLeftOut(t *testing.T) {
	tests := []quoteSpeakerCase{
		{"communique", `Kazakhstan and Kyrgyzstan ended two days of border talks in Bishkek on Friday.
The joint communique issued after the meeting said the two sides would "continue consultations at expert level" before the summer.`, "continue consultations", "The joint communique"},
		{"draft", `Negotiators in Geneva worked through the night.
A draft of the agreement seen by Reuters says both sides will "refrain from unilateral steps" for a year.`, "refrain from unilateral", "A draft of the agreement"},
	}
	checkQuoteSpeakers(t, tests)
}

// quoteSpeakerCase is a story, words of one of its quotations and the
// speaker the brief should give it.
type quoteSpeakerCase struct{ name, text, quote, want string }

// checkQuoteSpeakers checks each case's quotation speaker in its brief.
func checkQuoteSpeakers(t *testing.T, tests []quoteSpeakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if strings.Contains(q.Text, tt.quote) {
					if q.Speaker != tt.want {
						t.Errorf("speaker %q, want %q", q.Speaker, tt.want)
					}
					return
				}
			}
			t.Errorf("no quote with %q among %+v", tt.quote, b.Quotes)
		})
	}
}
