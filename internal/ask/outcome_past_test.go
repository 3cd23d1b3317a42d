package ask

import "testing"

// A question about the outcome of an event in the past tense is not
// answered by a sentence that only tells the event will take place; one
// that reports the outcome answers it.
func TestOutcomeNeedsPast(t *testing.T) {
	text := `Dockhands at the Merrowby quay have been offered a new pay scale after a week of stoppages.

The offer lifts the hourly wage of a loader by a fifth, the quay board said on Tuesday.

The Merrowby dockhands' guild will hold a vote of its members on the offer on Friday.

Guild secretary Oona Pellick called the offer fair but not generous.`
	a := textArticle(t, text)
	r := a.Answer("what was the outcome of the friday vote on the offer", nil)
	if !r.Declined {
		t.Errorf("outcome answered by a future vote: %q", r.Answer)
	}

	done := `Dockhands at the Merrowby quay have been offered a new pay scale after a week of stoppages.

The offer lifts the hourly wage of a loader by a fifth, the quay board said on Tuesday.

Members of the Merrowby dockhands' guild accepted the offer in a vote on Friday, by 212 votes to 40.

Guild secretary Oona Pellick called the offer fair but not generous.`
	b := textArticle(t, done)
	r = b.Answer("what was the outcome of the friday vote on the offer", nil)
	if r.Declined {
		t.Errorf("outcome declined though the article reports it")
	}
}
