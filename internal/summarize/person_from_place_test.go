package summarize

import "testing"

// TestPersonFromNamedPlace checks that a person described by where they
// come from ("A lorry driver from Morrani told…") speaks as that
// description, not as the place the entity model read as a person's
// name: no one is from a person.
func TestPersonFromNamedPlace(t *testing.T) {
	text := `Ferry strike ends at Lunagh

The strike at the port of Lunagh ended on Monday after eight days.

A lorry driver from Morrani told reporters on the quay, “I have lost two weeks of work and nobody will pay me back.”`
	b := treeBrief(t, text)
	if len(b.Quotes) == 0 {
		t.Fatal("no quotation")
	}
	if q := b.Quotes[0]; q.Speaker != "A lorry driver from Morrani" {
		t.Errorf("%q credited to %q, want the driver's description", q.Text, q.Speaker)
	}
}
