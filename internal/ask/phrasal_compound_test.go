package ask

import "testing"

// TestPhrasalCompounds checks a question's phrasal verb against the one
// noun English makes of it, where the article writes only the noun:
// "locked out" finds "the lockout of 2,400 dockers".
func TestPhrasalCompounds(t *testing.T) {
	art := textArticle(t, "Port dispute enters second week\n\n"+
		"The lockout of about 2,400 dockers at the port of Ravensmouth entered its second week on Monday.\n\n"+
		"The operator said 310 layoffs of dockers planned for the spring were on hold.")
	runAnswerCases(t, []answerCase{
		{name: "lockout", art: art, q: "how many dockers are locked out", want: []string{"2,400"}},
		{name: "layoffs", art: art, q: "how many layoffs were planned", want: []string{"310"}},
	})
}
