package summarize

import "testing"

// TestColonQuoteInAnswerIsNamedSubjects checks that, inside an
// interview's answer, a quotation after a colon that closes words whose
// subject is another named person is that person's, not the
// interviewee's.
func TestColonQuoteInAnswerIsNamedSubjects(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"colon after a named subject in an answer",
			"Q&A: The port's chief negotiator on the berth deal\n\nThe harbour board signed the berth deal on Friday.\n\nLinnea Sandvik, 47, the board's chief negotiator, spoke to us in Bergen.\n\nQ: How did you start?\n\nA: On my first day, Chairman Oskar Vellberg handed me one rule on a napkin: \"Never sign on a Friday.\" We signed on a Friday anyway.\n\nQ: Will it hold?\n\nA: It will hold if the crews are paid on time.\n",
			"Never sign on a Friday", "Oskar Vellberg"},
	}, false)
}
