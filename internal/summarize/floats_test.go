package summarize

import (
	"testing"
)

// TestFloatAfterUnnamedQuote: a quotation standing alone right after one
// whose speaker only the tree finds ("“…,” he said. “…”" where the text
// before names someone else last) takes that speaker too, not none.
func TestFloatAfterUnnamedQuote(t *testing.T) {
	text := "Retired U.S. Air Force Gen. Norman Hale is speaking out ahead of the election about the problems he has with the current commander in chief — and why he believes opposition nominee Dana Price has the best plan to correct the military’s course.\n\n" +
		"“The cuts severely handicapped our military training-wise, readiness, equipment, facilities,” he said. “It was demoralizing. Your whole job as a general is to take care of people.”\n"
	b := treeBrief(t, text)
	if len(b.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(b.Quotes), b.Quotes)
	}
	for _, q := range b.Quotes {
		if q.Speaker != "Norman Hale" {
			t.Errorf("quote %q: speaker %q, want Norman Hale", q.Text, q.Speaker)
		}
	}
}

// TestTitleNamingABody: a person under a title that names a body first
// is a person ("Air Force General Tom Reed", "Bank of Halden Governor
// Mark Carney"); a body whose name holds a title word is still a body.
func TestTitleNamingABody(t *testing.T) {
	tests := []struct {
		run      string
		wantName string
		wantKind string
	}{
		{"Air Force General Tom Reed", "Tom Reed", KindPerson},
		{"Bank of Halden Governor Mark Carney", "Mark Carney", KindPerson},
		{"General Motors Chief Executive Mary Barra", "Mary Barra", KindPerson},
		{"General Motors", "General Motors", KindOrganisation},
		{"World Trade Organization", "World Trade Organization", KindOrganisation},
	}
	for _, tt := range tests {
		d := newDoc(tt.run + " spoke about the budget talks on Monday.\n")
		d.findMentions()
		if len(d.mentions) == 0 {
			t.Errorf("%q: no mention", tt.run)
			continue
		}
		if m := d.mentions[0]; m.name != tt.wantName || m.kind != tt.wantKind {
			t.Errorf("%q: mention %q (%s), want %q (%s)", tt.run, m.name, m.kind, tt.wantName, tt.wantKind)
		}
	}
}
