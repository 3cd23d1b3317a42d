package ask

import "testing"

// TestSizedFirst checks that "how big will the new tank be" is answered
// by the sentence that gives the tank a size, a number and its unit
// before the noun, not by the one before that measures something else
// beside the same tank.
func TestSizedFirst(t *testing.T) {
	a := textArticle(t, "Bottler and village share a spring\n\n"+
		"MONTALTO — The village of Montalto and the bottler Fonte Chiara signed a water-sharing deal on Thursday.\n\n"+
		"The bottler may draw at most 8 cubic metres an hour from the spring, and only 4 in August or whenever the village tank is below half its capacity.\n\n"+
		"It will pay the village 40 cents for every cubic metre it sells and will pay for a new 250 cubic metre tank above the school, to be finished by June.\n")
	tests := []struct {
		q            string
		want, notWnt []string
	}{
		{"how big will the new tank be", []string{"250 cubic metre tank"}, []string{"8 cubic metres an hour"}},
		{"how large is the new tank", []string{"250 cubic metre tank"}, []string{"8 cubic metres an hour"}},
	}
	for _, tt := range tests {
		r := a.Answer(tt.q, nil)
		checkAnswer(t, tt.q, r, tt.want, tt.notWnt, false)
	}
}
