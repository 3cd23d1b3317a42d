package nlp

import "testing"

// TestAbbreviationBeforeQuotation: an abbreviation's full stop ends the
// sentence before a quotation that opens with a word that starts one; an
// initial before a nickname in marks, or a title in marks, does not.
func TestAbbreviationBeforeQuotation(t *testing.T) {
	for _, tt := range []struct {
		text  string
		sents int
	}{
		{"The night ferry now leaves at 11 p.m. “We lost the evening trade,” said Rolf.", 2},
		{"The night ferry now leaves at 11 p.m. \"We lost the evening trade,\" said Rolf.", 2},
		{"The contract went to Harbin Cranes Ltd. “This is the best bid,” the board said.", 2},
		{"The chair, Thomas J. “Tommy” Rask, opened the meeting.", 1},
		{"She listened to the 7 a.m. “Harbour Report” on the radio.", 1},
	} {
		if got := len(Tokenize(tt.text).Sentences); got != tt.sents {
			t.Errorf("%q: %d sentences, want %d", tt.text, got, tt.sents)
		}
	}
}
