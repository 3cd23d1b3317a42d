package ask

import "testing"

// TestRound30Words: "till" is a function word as "until" is ("till when
// does the plan run"); "dad" and "mum" are a father and a mother.
func TestRound30Words(t *testing.T) {
	plan := textArticle(t, `Thailand, rebels agree Ramadan plan

KUALA LUMPUR - Thailand and the BRN rebel group agreed on Friday to reduce violence in the south during Ramadan.

Under the plan, which runs from March 1 to April 10, the BRN will refrain from attacks on civilians.

The team's captain, Silje Haugland, drafted and sent the letter in August. Her father, Geir Haugland, a retired jumper, said he had read it twice. "It was the best letter anyone in this family ever wrote," he said.`)
	runAnswerCases(t, []answerCase{
		{"till is until", plan, "till when does the ramadan plan run", []string{"April 10"}, nil, false},
		{"dad is father", plan, "what did her dad say about the letter she sent", []string{"Geir Haugland"}, nil, false},
	})
}
