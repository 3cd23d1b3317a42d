package summarize

import "testing"

// TestAnswerIsACue: "answered" is a verb of saying, as "replied" is:
// "the state minister answered without hesitation: “…”" is the
// minister's, not a speaker named by the whole clause before the colon
// ("the state minister answered without hesitation").
func TestAnswerIsACue(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"answered", `River deal signed

LISBON - Two countries signed a river treaty on Monday after twelve years of talks.

Asked whether she expected the agreement to survive that kind of pressure, the state minister answered without hesitation: “A river treaty survives by being boring.”`,
			"A river treaty survives", "the state minister"},
	}, false)
}
