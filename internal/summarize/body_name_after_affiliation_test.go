package summarize

import (
	"testing"
)

// "Mira Kovačić of the wildlife group Blue Coast said…", parsed with the
// group's name as a second subject of "said": the person speaks, not the
// body her affiliation names, and "she" after goes on with her.
func TestBodyNameAfterAffiliationIsNoSubject(t *testing.T) {
	b := treeBrief(t, `The deal was signed on Friday. Mira Kovačić of the Croatian wildlife group Blue Coast said the marina permit “leaves the heron colony to luck.” She added: “We will ask the court to look at the survey.”`)
	if len(b.Quotes) != 2 {
		t.Fatalf("quotes: %+v", b.Quotes)
	}
	for _, q := range b.Quotes {
		if q.Speaker != "Mira Kovačić" {
			t.Errorf("%q: speaker %q, want Mira Kovačić", q.Text, q.Speaker)
		}
	}
}
