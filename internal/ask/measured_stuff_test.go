package ask

import "testing"

// TestMeasuredStuffNamed checks that a question counting a measure unit
// of some stuff ("how many tonnes of barley") is answered only by a
// sentence that writes the stuff, or follows one in its paragraph that
// does (givesMeasured): tonnes of another crop answer another question.
func TestMeasuredStuffNamed(t *testing.T) {
	const head = `Orlund and Vessa settle grain dispute

Orlund and its neighbour Vessa signed a grain trade accord on Monday after two years of talks, the trade ministries of both countries said.

`
	other := textArticle(t, head+`Barley growers in Orlund had pressed for the accord, which ends a duty on their malt.

Under the accord, Orlund may ship up to 90,000 tonnes of oats a year into Vessa without duty.

The two sides will meet again in the spring to review the accord.`)
	runAnswerCases(t, []answerCase{
		{"tonnes of another crop", other, "how many tonnes of barley does Orlund grow a year?", nil, []string{"90,000"}, true},
	})
	named := textArticle(t, head+`Orlund farmers grow about 410,000 tonnes of barley a year, most of it on the southern plains.

The two sides will meet again in the spring to review the accord.`)
	runAnswerCases(t, []answerCase{
		{"tonnes of the crop asked", named, "how many tonnes of barley does Orlund grow a year?", []string{"410,000"}, nil, false},
	})
}
