package summarize

import "testing"

// TestBodyByKindWord checks that a bare description of a body ("the
// alliance", "the ministry", "The guild") speaks for the body the story
// named with that word, however far back, by its full name.
func TestBodyByKindWord(t *testing.T) {
	tests := []audit2Case{
		{"far back", `Video game performers and the Interactive Studios Bargaining Alliance resumed talks on Monday after a two-month break.
The performers want limits on the use of digital replicas. They also want higher pay for motion-capture work.
Studios say the demands would raise costs for smaller developers. Several games have been delayed.
Talks broke down in March over consent rules. Both sides blamed the other.
A mediator was appointed last week. She has not spoken publicly.
"We have offered the strongest protection in the industry," the alliance said in a statement.`, "We have offered the strongest protection", "Interactive Studios Bargaining Alliance"},
		{"of-name", `Dock workers in Aqaba ended their strike after the Ministry of Labour promised to review the new shift rules.
The union had demanded that the rules be withdrawn. Cargo had piled up for nine days.
Shipping lines had diverted vessels to other ports.
"The review protects the rights of workers," the ministry said.`, "The review protects", "Ministry of Labour"},
	}
	checkAudit2(t, tests, false)
}

// TestIntroducedSource checks that "the official" or "the diplomat" as
// a speaker stands for the source the story brought in with the same
// noun a few sentences before, as the story described them.
func TestIntroducedSource(t *testing.T) {
	tests := []audit2Case{
		{"diplomat", `Russia and Ukraine swapped 150 prisoners each on Friday, the third exchange this year.
One Western diplomat in Kyiv said the exchange had been agreed days ago. The swaps continued through the winter.
"These swaps are the one channel that still works," the diplomat said.`, "These swaps are the one channel", "One Western diplomat in Kyiv"},
		{"official", `The two sides met again in Kuala Lumpur on Tuesday.
A senior official at the ministry said the draft ran to 11 pages. Most of it is settled.
"The rest is geography," the official said.`, "The rest is geography", "A senior official at the ministry"},
	}
	checkAudit2(t, tests, false)
}

// TestTextParticipleLeftOut checks that a text speaking for itself is
// named without the participle that says how it came out ("issued after
// the meeting", "seen by Reuters"), keeping what says which text it is.
func TestTextParticipleLeftOut(t *testing.T) {
	tests := []audit2Case{
		{"communique", `Kazakhstan and Kyrgyzstan ended two days of border talks in Bishkek on Friday.
The joint communique issued after the meeting said the two sides would "continue consultations at expert level" before the summer.`, "continue consultations", "The joint communique"},
		{"draft", `Negotiators in Geneva worked through the night.
A draft of the agreement seen by Reuters says both sides will "refrain from unilateral steps" for a year.`, "refrain from unilateral", "A draft of the agreement"},
	}
	checkAudit2(t, tests, false)
}
