package ask

import "testing"

// TestWhoVerbsTheStoryTopicWritesTheVerb checks that "who founded X?",
// X the name the story is about, is answered by a sentence that does not
// name X only when it writes the verb itself ("founder"), not a synonym
// of another sense ("talks will begin"): the question is otherwise
// declined.
func TestWhoVerbsTheStoryTopicWritesTheVerb(t *testing.T) {
	const head = `Velmora Ceramics agrees pay deal with kiln workers

Velmora Ceramics, the tableware maker in the hill town of Oskerby, has agreed a two-year pay deal with the 240 workers at its kilns, the company and the Oskerby Potters' Guild said on Friday.

Velmora Ceramics will raise basic pay by 6% this year and by 4% next year.

`
	synonym := textArticle(t, head+`The guild said in a notice that the deal was "a fair start," and that it expected talks on the pension scheme to begin in the autumn.`)
	runAnswerCases(t, []answerCase{
		{"a synonym of another sense", synonym, "who founded Velmora Ceramics?", nil, []string{"talks on the pension scheme"}, true},
	})
	founder := textArticle(t, head+`The firm's founder, Ilse Marrow, opened the first kiln in 1961 and still sits on its board.`)
	runAnswerCases(t, []answerCase{
		{"the verb's own noun", founder, "who founded Velmora Ceramics?", []string{"Ilse Marrow"}, nil, false},
	})
}
