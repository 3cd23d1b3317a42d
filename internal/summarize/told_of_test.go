package summarize

import "testing"

// TestItSaysOfNoSpeaker checks that in "It says the port authority “may
// …”", where the verb of saying has its own subject before it, the noun
// phrase between the verb and the quotation is what the text speaks of
// (the verb's object or the subject of the clause it governs), not a
// speaker found before to keep: the words are what "it" stands for.
func TestItSaysOfNoSpeaker(t *testing.T) {
	b := treeBrief(t, `Harbour hours cut

Under a plan approved by the regional assembly in Dravik last week, the harbour will close at night. The plan is short. It says the port authority “may extend opening hours only during the grain season,” leaving shippers unhappy.`)
	found := false
	for _, q := range b.Quotes {
		if q.Text != "may extend opening hours only during the grain season" {
			continue
		}
		found = true
		if q.Speaker != "The plan" {
			t.Errorf("speaker = %q, want The plan", q.Speaker)
		}
	}
	if !found {
		t.Errorf("quotation not found: %+v", b.Quotes)
	}
}

// TestItAfterDescribingParticiple checks that the agent of a participle
// that only describes a noun of the sentence before ("the toll demanded
// by the canal authority") is not what a following "It states" stands
// for: the sentence's subject, a text, is.
func TestItAfterDescribingParticiple(t *testing.T) {
	b := treeBrief(t, `Barges return to canal

The lock agreement, signed in Brno on Thursday, lowers the toll demanded by the canal authority from 40 crowns a tonne to 25. It states that “barges shorter than sixty metres may pass the upper lock without a pilot.”`)
	found := false
	for _, q := range b.Quotes {
		if q.Text != "barges shorter than sixty metres may pass the upper lock without a pilot." {
			continue
		}
		found = true
		if q.Speaker != "The lock agreement" {
			t.Errorf("speaker = %q, want The lock agreement", q.Speaker)
		}
	}
	if !found {
		t.Errorf("quotation not found: %+v", b.Quotes)
	}
}
