package ask

import "testing"

// TestRound53RevealedAfter checks a quotation standing alone whose
// speaker the next sentence names ("That was Councilmember Rhonda
// Jeffries, one of the three no votes, …"): the words are plainly hers,
// so "what did jeffries say" answers with them.
func TestRound53RevealedAfter(t *testing.T) {
	art := textArticle(t, `Riverton council approves ballpark lease

The council voted 6-3 on Tuesday to approve a 30-year lease for the Riverton Rivets. "It keeps baseball in this city for a generation," said Mayor Allison Whitcomb.

The lease commits the city to $38 million for repairs to the stadium over ten years.

The team's owner, Gerald Pike, thanked the council.

"This is a $38 million bet on a study paid for by the people who wanted the stadium."

That was Councilmember Rhonda Jeffries, one of the three no votes, speaking shortly before the roll call. Jeffries said the money would be better spent on the city's water mains.`)
	runAnswerCases(t, []answerCase{
		{"that was", art, "what did jeffries say", []string{"$38 million bet"}, nil, false},
	})
}

// TestRound53Ratification checks that a question's noun in -ification
// finds the article's verb in -ify, which the stemmer leaves one letter
// apart ("ratification": "ratif"; "ratified": "ratifi"): "what was the
// ratification vote" is answered with the vote, not declined for a word
// the article never writes.
func TestRound53Ratification(t *testing.T) {
	art := textArticle(t, `Orchestra musicians back new contract

The musicians of the Lakeshore Symphony ratified a four-year contract on Friday by 49 votes to 9, ending a lockout that began in October.

The contract keeps 54 full-time musicians, down from 58, and raises base pay by 2% a year.`)
	runAnswerCases(t, []answerCase{
		{"ratification", art, "what was the ratification vote", []string{"49 votes to 9"}, nil, false},
	})
}

// TestRound53InterviewQuestionAnswered checks that where the best match
// for a question is an interviewer's question ending its paragraph, the
// answer that opens the next paragraph comes with it: an interview's
// question is no answer on its own.
func TestRound53InterviewQuestionAnswered(t *testing.T) {
	art := textArticle(t, `Q&A: the nurses' leader on the new contract

Nurses at Harbour General ratified a three-year contract on Monday. We spoke to Ana Ruiz, who chairs their bargaining team.

Q: Why did a third of your members vote against the contract on Monday?

A: They wanted a shorter contract and more night staff.

Q: What happens next?

A: We start talks on staffing ratios in March.`)
	runAnswerCases(t, []answerCase{
		{"the answer after the question", art, "why did members vote against the contract", []string{"shorter contract"}, nil, false},
	})
}

// TestRound53DoerIntroduced checks people brought in by what they do,
// with a place: "the trawler owner in pattani" for "In Pattani, … Abdulloh
// Samae, who owns three trawlers, said …" (the place from the sentence
// before in the paragraph), and "the fisherman from lin" for "Ilir
// Berisha has fished the lake from the village of Lin" ("fisherman" is
// one who fishes).
func TestRound53DoerIntroduced(t *testing.T) {
	art := textArticle(t, `Satellite deal ends months of frozen screens

Thailand and the Philippines agreed on Monday to move a satellite that had been disrupting television and radio links across the south of Thailand.

In Pattani, where many villages rely on satellite dishes, the interference was felt well beyond living rooms. Abdulloh Samae, who owns three trawlers that fish the Gulf of Thailand, said his boats had lost their link almost every night. "We went back to shouting on the radio like in my father's time," he said.

Ilir Berisha, 63, has fished the lake from the village of Lin for forty years. "Nobody has ever asked the trout what they think," he said.`)
	runAnswerCases(t, []answerCase{
		{"owner with the paragraph's place", art, "wat did the trawler owner in pattani say", []string{"shouting on the radio"}, nil, false},
		{"fisherman", art, "what did the fisherman from lin say", []string{"asked the trout"}, nil, false},
	})
}
