package summarize

import "testing"

// TestStatementOfBodyAfterPlace checks that "the statement" speaks for
// the body that issued it when the sentence opens with a place and the
// parser sets the body beside the place, leaving the verb no subject.
func TestStatementOfBodyAfterPlace(t *testing.T) {
	text := `Port strike talks stall

In Bergen, the Harbour Pilots Guild, which has some 300 members, released a statement calling on both sides to settle by Friday. The statement warns that "every idle day costs our pilots a week of wages in the spring."
`
	checkAudit2(t, []audit2Case{
		{"Harbour Pilots Guild/every idle day", text, "every idle day", "Harbour Pilots Guild"},
	}, false)
}
