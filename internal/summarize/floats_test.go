package summarize

import (
	"strings"
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

// TestPronounAfterQuoteNamingAnother: "He" opening a credit after a
// quotation that names another man goes to the one who gave the
// quotation, not to the man named inside it.
func TestPronounAfterQuoteNamingAnother(t *testing.T) {
	text := "Council leader Tom Price told reporters on Sunday that he would run again. Price has led the council since 2019.\n\n" +
		"Radio host Sam Ortiz attacked Price's budget plan on Monday.\n\n" +
		"Ortiz continued: “The left is saying, ‘Yeah, normally that’s true, but in this case it’s so bad — Tom Price is such a liar, he’s such an egregious liar — that if Mrs. Lane focused on that that’s all she would have time for.”\n\n" +
		"He concluded: “The person in this fight who cannot tell the truth is the mayor.”\n"
	b := treeBrief(t, text)
	found := false
	for _, q := range b.Quotes {
		if strings.HasPrefix(q.Text, "The person in this fight") {
			found = true
			if q.Speaker != "Sam Ortiz" {
				t.Errorf("quote %q: speaker %q, want Sam Ortiz", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Fatalf("the last quotation was not found: %+v", b.Quotes)
	}
}
