package ask

import "testing"

// TestNameOfRoleHolder checks that "what is the name of the N who…?"
// asks who holds N as "who is the N?" does, the relative clause ending
// the role's noun phrase, and that a sentence writing N only with the
// body it belongs to ("the Harbour Board's secretary") does not answer
// it, while one that names the holder does.
func TestNameOfRoleHolder(t *testing.T) {
	const head = `Quay fees settled after a week of talks

TREMOUTH — The fishing cooperative of Tremouth and the Tremouth Harbour Board agreed on Wednesday to freeze quay fees for two seasons.

`
	unnamed := textArticle(t, head+`The cooperative's negotiating team faced a board delegation headed by the Harbour Board's secretary, who flew in from the capital for the final round.`)
	runAnswerCases(t, []answerCase{
		{"whose, not who", unnamed, "what is the name of the secretary who headed the board delegation", nil, []string{"headed by"}, true},
	})
	named := textArticle(t, head+`The cooperative's negotiating team faced a board delegation headed by the Harbour Board's secretary, Maren Tolly, who flew in from the capital for the final round.`)
	runAnswerCases(t, []answerCase{
		{"the holder named", named, "what is the name of the secretary who headed the board delegation", []string{"Maren Tolly"}, nil, false},
	})
}
