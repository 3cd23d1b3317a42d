package summarize

import "testing"

// TestPullQuote checks that a quotation standing as a subhead between
// paragraphs (a pull quote) is kept as the words of the person the story
// quotes saying them in its text, whether it comes before or after that
// quotation.
func TestPullQuote(t *testing.T) {
	const head = "Ferry operator and port agree new berth fees\n\nThe island's ferry operator and the port authority agreed on Tuesday to a five-year deal on berth fees, ending a dispute that had threatened winter sailings.\n\n"
	const body = "The operator's managing director, Signe Halvorsen, said the company had accepted a higher fee in return for a fixed schedule of increases. \"We can live with a higher fee as long as we know it years ahead,\" Halvorsen said.\n\n"
	const sub = "\"As long as we know it years ahead\"\n\n"
	const rest = "The port authority said the new fees would pay for dredging the outer channel. Its board approved the deal unanimously.\n\nThe agreement still needs the approval of the regional council, which meets next month.\n"
	checkAudit2(t, []audit2Case{
		{"after the quotation", head + body + sub + rest, "As long as we know it years ahead", "Signe Halvorsen"},
		{"before the quotation", head + sub + body + rest, "As long as we know it years ahead", "Signe Halvorsen"},
	}, false)
}
