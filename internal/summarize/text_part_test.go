package summarize

import (
	"strings"
	"testing"
)

// TestPartOfTextSpeaksAsText checks that what a clause, a section or a
// provision of a text says is credited to the text the story named before
// ("A second clause says…" after "signed a water-sharing agreement"),
// not to the part's own phrase.
func TestPartOfTextSpeaksAsText(t *testing.T) {
	for _, tc := range []struct{ text, quote, want string }{
		{"The two provinces signed a water-sharing agreement on Monday after a decade of dispute. A second clause says the upstream province “shall release no less than half of the spring flow into the river.” Farmers welcomed it.",
			"shall release no less", "water-sharing agreement"},
		{"The port board and the dockers' union initialled a new protocol late on Friday. The fourth clause says the board “shall meet the union every quarter and publish the minutes within a week.” The union will vote on it next month.",
			"meet the union every quarter", "protocol"},
	} {
		b := treeBrief(t, tc.text)
		found := false
		for _, q := range b.Quotes {
			if !strings.Contains(q.Text, tc.quote) {
				continue
			}
			found = true
			if !strings.Contains(q.Speaker, tc.want) || strings.Contains(strings.ToLower(q.Speaker), "clause") {
				t.Errorf("%q credited to %q, want the %s", q.Text, q.Speaker, tc.want)
			}
		}
		if !found {
			t.Errorf("no quotation %q in %q", tc.quote, tc.text)
		}
	}
}
