package summarize

import "testing"

// TestReportedOwnerSaysNothing checks that words quoted inside what "it"
// reports are the reporter's, not those of the owner that opens the
// reported clause's subject ("it said the union's demands were “…”"): the
// union said nothing there.
func TestReportedOwnerSaysNothing(t *testing.T) {
	mk := func(s string) string {
		return "Harbour contract talks resume\n\nMirela Stan has led the dockers' union for six years. \"We are ready,\" she said.\n\n" + s + "\n"
	}
	checkAudit2(t, []audit2Case{
		{"a singular owner", mk("The canal authority did not answer our questions. In a letter last month, it said the union's demands were \"out of touch with the books.\""), "out of touch", "The canal authority"},
		{"a plural owner", mk("The canal authority did not answer our questions. In a letter last month, it said the dockers' terms were \"out of touch with the books.\""), "out of touch", "The canal authority"},
	}, false)
}
