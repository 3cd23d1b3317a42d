package ask

import "testing"

// TestRound5 covers this round's changes on short articles of our own:
// the topic of a quotation set up by the paragraph before, words a
// pronoun gives a person the sentence before names, the name of what a
// question asks the name of, a thing the article keeps undisclosed, and
// "how old is X?".
func TestRound5(t *testing.T) {
	rink := textArticle(t, `DENVER — The Rangers beat the Comets 3-2 on Friday night in front of 12,000 fans.

Rangers coach Dale Whitmore has told his players to stop looking at the league standings.

“It's hard not to, though,” defenceman Ivo Marsh said. “We know where we are.”

Late in the second period, Comets winger Theo Lund went after Marsh and threw punches.

“I didn't really see him coming,” Marsh said.

Marsh, 31, scored twice. The Comets lost forward Pat Oyelaran to an undisclosed injury.`)
	panel := textArticle(t, `LONDON — The city council voted on Tuesday to close the old bus depot.

Council leader Mara Quint said the vote was the hardest of her career.

Transport analyst Gwen Albright, who advises the council, described the plan as bold.

“If riders cannot find a bus, they will drive instead,” she said.

Police arrested a protester outside the hall and carried a banner away. A local firm, Harlow Print, made the banners.

A 52-year-old driver who worked at the depot for 20 years said he would retire.`)
	tests := []answerCase{
		{"a quotation's topic set up by the paragraph before", rink, "What did Marsh say about the standings?", []string{"hard not to"}, nil, false},
		{"the paragraph before sets up another quotation's topic", rink, "What did Marsh say about the punches?", []string{"see him coming"}, nil, false},
		{"a pronoun's words are the person the sentence before names", panel, "What did Mara Quint say about riders?", nil, []string{"riders cannot find"}, true},
		{"the name of what the question asks the name of", panel, "What is the name of the firm that made the banners?", []string{"Harlow Print"}, nil, false},
		{"a name elsewhere in the sentence is not the protester's", panel, "What's the protester's name?", nil, nil, true},
		{"a name beside another noun is not the driver's", panel, "What was the name of the driver?", nil, nil, true},
		{"an undisclosed thing is not given", rink, "What injury does Oyelaran have?", []string{"undisclosed"}, nil, true},
		{"an age after the name", rink, "how old is Marsh?", []string{"31"}, nil, false},
		{"no age given", panel, "How old is Mara Quint?", nil, nil, true},
	}
	runAnswerCases(t, tests)
}
