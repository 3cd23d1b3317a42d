package summarize

import (
	"strings"
	"testing"
)

// TestObjectComplementSubject checks that a quotation after a verb of
// saying whose clause has no "that" goes to the verb's subject, where the
// parser read the clause's subject as the verb's object ("maintained the
// last difference was…") or read a time phrase inside the clause ("a
// contract this year was…") as its subject, not to the clause's subject.
func TestObjectComplementSubject(t *testing.T) {
	for _, v := range []string{"maintained", "insisted", "acknowledged", "countered", "said"} {
		for _, c := range []struct{ text, quote, speaker string }{
			{`Ferry talks stall at Porth Avel

PORTH AVEL — Talks on the island ferry contract stalled again on Tuesday.

A person close to the ferry board ` + v + ` the last difference was chiefly over the cost of the moorings. “We could settle it over one lunch, or lose the whole contract over it,” the person said.`,
				"settle it over one lunch", "A person close to the ferry board"},
			{`Ferry talks stall at Porth Avel

PORTH AVEL — Talks on the island ferry contract stalled again on Tuesday.

Asked whether a final contract could be signed this year, the harbour master Brannoc Leary smiled. Kellin Marrow, asked the same question, ` + v + ` a contract this year was “likely, not certain.”`,
				"likely, not certain", "Kellin Marrow"},
		} {
			b := treeBrief(t, c.text)
			found := false
			for _, q := range b.Quotes {
				if strings.Contains(q.Text, c.quote) {
					found = true
					if q.Speaker != c.speaker {
						t.Errorf("%s: %q credited to %q, want %q", v, q.Text, q.Speaker, c.speaker)
					}
				}
			}
			if !found {
				t.Errorf("%s: no quotation %q among %+v", v, c.quote, b.Quotes)
			}
		}
	}
}
