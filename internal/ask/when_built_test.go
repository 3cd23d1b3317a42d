package ask

import "testing"

// TestWhenWasItBuilt checks that "when was X built?", a participle of
// no "-ed" ending, asks of one deed as "when was X opened?" does: a date
// that goes with something else done aboard X does not answer it, and a
// sentence that writes the verb ("was built in") does.
func TestWhenWasItBuilt(t *testing.T) {
	const head = `Lake ferry crews accept new rota

KORVASSA — Deckhands and engineers on the two Lake Irvel ferries, the MV Saltmarsh Queen and the MV Orla Dawn, voted 64 to 9 on Thursday evening to accept a rota that adds a fourth crew to each boat.

The vote followed a three-day stoppage in which neither ferry left the Korvassa quay. “We built this service up over forty years,” said the crews' chairman, Aldo Brenn.

`
	noDate := textArticle(t, head+`The MV Saltmarsh Queen sailed again on Friday morning, two hours late.`)
	runAnswerCases(t, []answerCase{
		{"another deed's date", noDate, "when was the saltmarsh queen built", nil, []string{"Friday morning"}, true},
	})
	built := textArticle(t, head+`The MV Saltmarsh Queen was built in 1987 at a yard in Tessby and carries up to 300 passengers.`)
	runAnswerCases(t, []answerCase{
		{"the verb written", built, "when was the saltmarsh queen built", []string{"1987"}, nil, false},
	})
}
