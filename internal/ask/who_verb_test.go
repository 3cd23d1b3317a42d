package ask

import "testing"

// TestWhoDidWhatTheArticleNeverSays checks that "who owns X" is declined
// where the article never says anyone owns anything, whatever else it
// says of X (its managing director, a deal it signed), and that the
// question's verb is read when the parse hangs it on "who".
func TestWhoDidWhatTheArticleNeverSays(t *testing.T) {
	a := textArticle(t, "Gulf Crest signs deal\n\nGulf Crest Contracting said on Monday it had signed a deal with the ministry. Its managing director, Ramesh Nair, said the company was pleased.\n")
	for _, q := range []string{"who owns gulf crest contracting company", "who founded gulf crest"} {
		checkAnswer(t, q, a.Answer(q, nil), nil, nil, true)
	}
	q := "who signed a deal with the ministry"
	checkAnswer(t, q, a.Answer(q, nil), []string{"Gulf Crest"}, nil, false)
}
