package summarize

import "testing"

// TestAudit31HyphenatedTitleCycle checks that a title written with a
// hyphen, right after a quotation in single marks ("‘…,’ Vice-Minister
// Elena Duarte said"), gives the name: two rules sent its two words to
// each other, and the recursion overflowed the stack, which no recover
// catches (the bot process died).
func TestAudit31HyphenatedTitleCycle(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"single marks",
			"Ports deal stalls\n\nASUNCION - Talks on the ports deal stalled on Monday.\n\n‘We will not sign this year,’ Vice-Minister Elena Duarte said after the meeting.\n",
			"We will not sign this year", "Elena Duarte"},
		{"a second quotation",
			"Ports deal stalls\n\nASUNCION - Talks on the ports deal stalled on Monday.\n\n‘We will not sign this year, not at this price,’ Vice-Minister of Trade Elena Duarte told reporters. ‘The offer is too low.’\n",
			"The offer is too low", "Elena Duarte"},
	}, false)
}
