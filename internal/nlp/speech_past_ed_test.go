package nlp

import (
	"strings"
	"testing"
)

// TestSpeechPastEndsInEd checks what quotedCreditNoun's quick reject
// (endsInEd) relies on: every past tense of speechPast ends in "ed", and
// endsInEd agrees with strings.ToLower.
func TestSpeechPastEndsInEd(t *testing.T) {
	for w := range speechPast {
		if !endsInEd(w) || !endsInEd(strings.ToUpper(w)) {
			t.Errorf("speechPast %q does not end in \"ed\"", w)
		}
	}
	for _, w := range []string{"", "d", "ed", "ED", "Ed", "eD", "replied", "REPLIED", "bed", "bad", "e", "édd", "ÉD", "\xffd", "red\u0301"} {
		if got, want := endsInEd(w), strings.HasSuffix(strings.ToLower(w), "ed"); got != want {
			t.Errorf("endsInEd(%q) = %v, want %v", w, got, want)
		}
	}
}
