package summarize

import (
	"strings"
	"testing"
)

// TestIntervieweeSpokeToUs checks that an interview's answers go to the
// person the introduction says spoke to the writer, though the name lists
// do not know the name, not to a name the introduction repeats more often.
func TestIntervieweeSpokeToUs(t *testing.T) {
	text := `Q&A: Bolivia's lithium negotiator says partners must pay for water

Bolivia and a German-Chinese consortium are negotiating over a plant on the Salar de Uyuni. The Salar de Uyuni is the world's largest salt flat, and the Salar de Uyuni holds much of the world's lithium.

Ximena Quispe Arancibia, a chemical engineer who heads negotiations for the state lithium company YLB, spoke to us in her office in La Paz.

Q: Why did the talks break off?

A: We agreed on the technology and the timetable. We did not agree on money and water.

Q: Will the consortium pay more?

A: That is the mandate I negotiate with. Information first, money second.

Q: What happens next?

A: We meet again on May 18. I am optimistic when the numbers close, and they do not close yet.`
	checkAnswersCredited(t, text, "Ximena Quispe Arancibia", "mandate I negotiate", "numbers close")
}

// checkAnswersCredited checks that the brief of an interview has, among
// its quotations, answers holding one of the words given, every one of
// them credited to speaker.
func checkAnswersCredited(t *testing.T, text, speaker string, words ...string) {
	t.Helper()
	b := treeBrief(t, text)
	n := 0
	for _, q := range b.Quotes {
		for _, w := range words {
			if strings.Contains(q.Text, w) {
				n++
				if q.Speaker != speaker {
					t.Errorf("%q credited to %q, want %s", q.Text, q.Speaker, speaker)
				}
				break
			}
		}
	}
	if n == 0 {
		t.Errorf("no answer among the quotes %+v", b.Quotes)
	}
}

// TestIntervieweeDescribedAfterAge checks that an interview's answers go
// to the person the paragraph before the first question describes after
// her name and age ("Sothy Chanthou, 49, a legal adviser at the culture
// ministry"), though the name lists do not know the name and the writer
// does not say she spoke to them, not to a place the headline and the
// answers repeat ("Preah Khan").
func TestIntervieweeDescribedAfterAge(t *testing.T) {
	text := `Q&A: The official who brought the Preah Khan statues home

PHNOM PENH — Six sandstone statues from the temple of Preah Khan arrived in Phnom Penh on Tuesday, returned by a museum in Ohio.

The Cambodian side of the talks was led by Sothy Chanthou, 49, a legal adviser at the culture ministry who trained as an archaeologist. Since 2019 she has met museum officials in Cleveland and Phnom Penh. We met at the National Museum on Wednesday.

Q: How do you prove that a statue was stolen?

A: At Preah Khan the pedestals are still in the ground, with the feet still on them.

Q: What comes next?

A: We have found more than 40 Preah Khan objects in other museums. I have a list on my wall.`
	checkAnswersCredited(t, text, "Sothy Chanthou", "pedestals are still", "list on my wall")
}
