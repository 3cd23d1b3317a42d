package summarize

import (
	"strings"
	"testing"
)

// TestShortTextWarning checks that a text too short to be an article (a
// headline, a line pasted on its own) gets a brief with one warning that
// says so, and that a news item of a few sentences gets none.
func TestShortTextWarning(t *testing.T) {
	tests := []struct {
		name, text string
		warn       bool
	}{
		{"one line", "Talks resume on Monday.", true},
		{"a headline and a line", "Ferry strike ends\n\nThe ferry crews went back to work on Friday after a deal on overtime.", true},
		{"a short news item", "Ferry strike ends\n\nDOVERTON — The ferry crews of the Isle of Marr went back to work on Friday after the operator agreed to pay overtime at one and a half times the basic rate, ending a strike that had cut the island off for nine days. “We got what we came for,” said Alan Reid, the crews' union organiser. Talks on a new rota will start next month.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			got := false
			for _, w := range b.Warnings {
				got = got || strings.Contains(w, "the text is very short")
			}
			if got != tt.warn {
				t.Errorf("warning about a short text: %v, want %v (warnings %q)", got, tt.warn, b.Warnings)
			}
		})
	}
}
