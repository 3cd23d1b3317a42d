package ask

import "testing"

// TestRound19: a surname alone that two people of the story share ("Lee
// said", with Lee Soo-min and Lee Jung-ho) is neither's when asked what
// one of them said; a role set off after an age ("Raymond Tolliver, 44, a
// second-tier assembler") describes the person; "release" answers for
// "freed" and "session" for "talks".
func TestRound19(t *testing.T) {
	blog := textArticle(t, `Doctors' strike talks: live updates

Lee Soo-min, spokesperson for the Korean Medical Practitioners' Federation, briefed reporters during a break.

“The government has accepted in principle that a 36-hour shift is not acceptable. That is real progress,” she said.

Speaking to reporters during a dinner break, Vice Minister Lee Jung-ho said the government was open to phasing in the increase.

“Going back to zero is not an option. The regions need doctors,” Lee said.`)
	plant := textArticle(t, `Autoworkers walk out at three plants

Outside the Wayne plant, Raymond Tolliver, 44, a second-tier assembler who has worked on the truck line for nine years, said he makes $21 an hour.

“Same job, same line, same bolts,” he said. “Different paycheck.”

Castañeda added that the EPR had freed four soldiers captured in August as a gesture of goodwill.

23:10
Talks break up after nine hours; sides to meet again Thursday

The first face-to-face negotiations in five weeks ended shortly before 11 p.m., and the two sides agreed to return on Thursday.`)
	runAnswerCases(t, []answerCase{
		{"a surname two people share", blog, "What did the federation's spokesperson say?", []string{"real progress"}, []string{"Going back to zero"}, false},
		{"a role after an age set off by commas", plant, "What did the second-tier assembler say?", []string{"Same job"}, nil, false},
		{"released for freed", plant, "How many soldiers did the guerrillas release as a gesture?", []string{"four"}, nil, false},
		{"a session for talks", plant, "How long did the negotiating session last?", []string{"nine hours"}, nil, false},
	})
}
