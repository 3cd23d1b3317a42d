package ask

import "testing"

// TestRound30Words: "till" is a function word as "until" is ("till when
// does the plan run"); "dad" and "mum" are a father and a mother; "govt"
// is the government.
func TestRound30Words(t *testing.T) {
	plan := textArticle(t, `Thailand, rebels agree Ramadan plan

KUALA LUMPUR - Thailand and the BRN rebel group agreed on Friday to reduce violence in the south during Ramadan.

Under the plan, which runs from March 1 to April 10, the BRN will refrain from attacks on civilians.

The head of the government delegation, Ousmane Badji, said the rebels could keep their weapons for now. "Nobody will be asked to hand over a rifle this year," Badji said.

The team's captain, Silje Haugland, drafted and sent the letter in August. Her father, Geir Haugland, a retired jumper, said he had read it twice. "It was the best letter anyone in this family ever wrote," he said.`)
	runAnswerCases(t, []answerCase{
		{"till is until", plan, "till when does the ramadan plan run", []string{"April 10"}, nil, false},
		{"govt is government", plan, "what did the head of the govt delegation say about weapons", []string{"weapons"}, nil, false},
		{"dad is father", plan, "what did her dad say about the letter she sent", []string{"Geir Haugland"}, nil, false},
	})
}

// TestRound30Ages: an age given the way an obituary or a court report
// gives it ("… dies at 79", "aged 35", "at the age of 61") answers "how
// old", also for a hyphened name ("Ofori-Mensah,").
func TestRound30Ages(t *testing.T) {
	obit := textArticle(t, `Kwabena Ofori-Mensah, cocoa negotiator who made buyers pay a premium, dies at 79

ACCRA - Kwabena Ofori-Mensah, who negotiated a living-income premium for cocoa farmers, has died.

Farmers' leader Ama Boateng, aged 52, said he had changed their lives. His rival at the talks, Pieter Claes, retired at the age of 61.`)
	runAnswerCases(t, []answerCase{
		{"dies at", obit, "how old was ofori-mensah when he died", []string{"79"}, nil, false},
		{"aged", obit, "how old is ama boateng", []string{"aged 52"}, nil, false},
		{"at the age of", obit, "how old was pieter claes when he retired", []string{"61"}, nil, false},
	})
}
