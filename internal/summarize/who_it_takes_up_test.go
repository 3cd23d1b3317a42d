package summarize

import "testing"

// TestItTakesUpReportingBody checks that words quoted inside what a body
// reports, with "it" for the body as their subject ("The United States
// delegation said in a statement that it backed “…”"), are the body's,
// not the country the words around the quotation found in its name.
func TestItTakesUpReportingBody(t *testing.T) {
	text := `Arms talks end without a treaty

Negotiators in Geneva closed a two-week session on Friday without agreeing on a draft.

The United States delegation said in a statement that it backed "a negotiated outcome without deadlines" but rejected any binding text.
`
	checkAudit2(t, []audit2Case{
		{"The United States delegation/a negotiated outcome", text, "a negotiated outcome", "The United States delegation"},
	}, false)
}
