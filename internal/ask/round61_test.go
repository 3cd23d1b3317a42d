package ask

import "testing"

// TestCountUnits checks that a number counted by a unit noun ("60 head of
// cattle", "300 pairs of boots") counts what follows "of", and that a
// question about something else the sentence does not count is still
// declined.
func TestCountUnits(t *testing.T) {
	art := textArticle(t, "Herders sign grazing pact\n\nMOROTO — Elders from two districts signed a grazing agreement on Friday after a month of talks. Under the pact, a family that loses an animal to raiders is owed 60 head of cattle by the raiders' clan. The army will hand out 300 pairs of boots to the new community guards.")
	runAnswerCases(t, []answerCase{
		{name: "head of cattle", art: art, q: "how many cattle is a family owed", want: []string{"60 head of cattle"}},
		{name: "pairs of boots", art: art, q: "how many boots will the army hand out", want: []string{"300 pairs"}},
		{name: "goats not counted", art: art, q: "how many goats were stolen", declined: true},
	})
}
