package ask

import "testing"

// TestRound28Issues: a question may put a casual word for a person after
// the description of one ("the tea picker lady": the tea picker the
// article quotes), shorten "general secretary" to "gen sec", and use a
// word for any body ("the dockers' group") where the article names it;
// while "the research fellow" keeps its "fellow", and a casual word after
// a body's name ("the Hamas man") is no description of a picker.
func TestRound28Issues(t *testing.T) {
	tea := textArticle(t, `Tea estate wage talks collapse

HATTON, Sri Lanka - Wage talks between tea estate companies and the plantation workers' union collapsed on Tuesday.

"An incentive on twenty kilos is a trick," said Anura Velupillai, the union's general secretary, after the meeting.

On the slopes above Hatton, Kamala Sinnathamby, 52, has picked tea for 34 years. "With this wage I buy rice and the bus fare, and then the money is finished," she said.`)
	research := textArticle(t, `Seoul and Tokyo resume trade talks

SEOUL - South Korea and Japan resumed trade talks on Monday after a two-year pause.

"Cooperation between Seoul and Tokyo will stay fragile until the export curbs go," said Park Ji-won, a research fellow at the Korea Institute for International Economic Policy.`)
	runAnswerCases(t, []answerCase{
		{"a casual word for a person after a description", tea, "what did the tea picker lady say?", []string{"money is finished"}, []string{"twenty kilos"}, false},
		{"gen sec is general secretary", tea, "what did the union gen sec say about the incentive?", []string{"twenty kilos"}, []string{"money is finished"}, false},
		{"a research fellow keeps the fellow", research, "What did the research fellow say about cooperation?", []string{"fragile"}, nil, false},
	})
}
