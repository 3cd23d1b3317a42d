package summarize

import "testing"

// TestDescribedSubjectGoesOn checks that "she said" after a quotation,
// which coreference tied to no one, is the person a description made the
// subject of the sentence before, though that sentence said nothing ("A
// ferry pilot was less patient."), and not where that subject is no
// person.
func TestDescribedSubjectGoesOn(t *testing.T) {
	mk := func(s string) string {
		return "Ferry talks drag on\n\nThe operator and the crews met again on Monday in Oban.\n\n" + s + "\n"
	}
	checkAudit2(t, []audit2Case{
		{"copula", mk("A guild negotiator was less patient. \"Every week costs the islands a harvest,\" she said."), "Every week costs", "A guild negotiator"},
		{"other verb", mk("A shop steward sat silently through the session. \"We have heard this offer twice,\" he said."), "We have heard", "A shop steward"},
	}, false)
}
