package ask

import "testing"

// TestRound19: a surname alone that two people of the story share ("Lee
// said", with Lee Soo-min and Lee Jung-ho) is neither's when asked what
// one of them said; a role set off after an age ("Raymond Tolliver, 44, a
// second-tier assembler") describes the person; "release" answers for
// "freed" and "session" for "talks"; a question asked "in his own words"
// is one for what its subject said, and a strike is the matter of its
// story; a number that counts what the question counts stands for a
// word of a long question, but a unit written with a hyphen ("acre-feet")
// counts something else; "how long …, in pages" asks for a number of
// pages; "what message did X have" asks for X's words; and a given name
// in another person's name ("David" of David Cameron in "David B.
// Cohen") is not the person.
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
		{"in his own words", plant, "In his own words, why is the second-tier assembler striking?", []string{"Same job"}, nil, false},
	})
	doctors := textArticle(t, `Doctors' strike talks break up without agreement

The government wants to raise medical school admissions to ease a shortage of doctors outside Seoul.

Kim Tae-yoon, who heads the residents' council, said trainee doctors would not go back to their hospitals until the government withdrew the planned increase of 2,000 places a year.

The city would lease up to 2,400 acre-feet a year from the ditch company's shareholders.

One official familiar with the talks said the draft text now ran to 11 pages and that "perhaps nine of them" were settled.

Choi Mi-kyung, who leads the Korea Alliance of Patient Groups, held a small protest outside the venue with about 40 members.

“Doctors say they are fighting for patients. The government says it is fighting for patients. Meanwhile patients are the only ones paying,” Choi said.`)
	runAnswerCases(t, []answerCase{
		{"a count of what the question counts", doctors, "By how many places a year does the government want to raise medical school admissions?", []string{"2,000 places"}, nil, false},
		{"a unit written with a hyphen counts something else", doctors, "How many acres would the city leave unirrigated in a typical lease year?", nil, nil, true},
		{"a length in the unit asked for", doctors, "How long is the draft agreement, in pages?", []string{"11 pages"}, nil, false},
		{"a message someone had for others", doctors, "What message did the head of the patients' alliance have for the negotiators?", []string{"only ones paying"}, nil, false},
	})
	brexit := textArticle(t, `Britain's exit looms over the campaign

Prime Minister David Cameron announced his resignation after the vote.

“Brexit is clearly a cautionary tale for the campaign,” said David B. Cohen, a political scientist at the University of Akron.`)
	runAnswerCases(t, []answerCase{
		{"a given name alone is not the person", brexit, "What did David Cameron say?", []string{"Cameron"}, []string{"cautionary tale"}, false},
	})
}
