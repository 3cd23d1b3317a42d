package summarize

import (
	"strings"
	"testing"
)

// "The two sides have issued a joint statement. It says “…”": the "it"
// opening the next sentence is the joint text, both sides' words, not
// one of the bodies that issued it (which coreference may link it to).
func TestItAfterJointTextIsTheText(t *testing.T) {
	b := treeBrief(t, `The ferry operator and the deckhands association released a joint statement on Friday. It says “every sailing on the winter timetable will run, with no cuts to crew numbers.”`)
	found := false
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "every sailing on the winter") {
			found = true
			if !strings.Contains(q.Speaker, "joint statement") {
				t.Errorf("speaker %q, want the joint statement", q.Speaker)
			}
		}
	}
	if !found {
		t.Fatalf("quote not found: %+v", b.Quotes)
	}
}

// A text one side issued stays that side's: "It" is not read as the
// statement there.
func TestItAfterOneSidesStatement(t *testing.T) {
	b := treeBrief(t, `The harbour board has issued a statement. It says “the offer on the table is the final one and will not be improved.”`)
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "the offer on the table") && strings.Contains(q.Speaker, "statement") {
			t.Errorf("speaker %q, want the board", q.Speaker)
		}
	}
}
