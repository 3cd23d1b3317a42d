package summarize

import "testing"

// TestTextReferent: a text named by a word that says no kind ("The text
// says", "The document also states", "The text of the memorandum") is
// the text it stands for — the one its "of" names, or else the one the
// article named last before it, by its kind ("the revised annex", "the
// memorandum of understanding"); a text with a kind of its own keeps its label.
func TestTextReferent(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"last named", `Neighbours sign river protocol

ALMATY - Three governments on Friday signed a protocol on summer releases from the Naryn reservoir. Under the protocol, the upstream side will release water in July.

The text states that “the upstream Party shall not reduce releases below the agreed schedule without notice.”`,
			"the upstream Party shall not", "the protocol"},
		{"participle kind", `Dam treaty revised

ASUNCIÓN - Two countries changed the rules for their shared dam on Tuesday. The revised annex ends the old obligation in stages.

The text states that “each Party may freely dispose of the energy to which it is entitled.”`,
			"each Party may freely", "the revised annex"},
		{"of completes it", `Club sale agreed

GLASGOW - The owners of the island club agreed a sale on Monday. Under the memorandum of understanding, the buyer takes the ground and the training pitches.

The document also states that “all fishing rights shall transfer to the purchaser without charge.”`,
			"all fishing rights shall", "the memorandum of understanding"},
		{"heads of terms", `Island sale agreed

STORNOWAY - The estate's owners agreed to sell the island to its residents on Friday. Under the heads of terms signed in February, the trust will pay in two instalments.

The document commits the seller to “transfer the whole of the estate with vacant possession.”`,
			"transfer the whole of the estate", "the heads of terms"},
		{"of names it", `Militia deal signed

BAGHDAD - The government and the militia council signed a deal on Sunday after a week of talks.

The text of the memorandum commits both sides to “withdraw all armed units from the city within thirty days.”`,
			"withdraw all armed units", "the memorandum"},
		{"own kind", `Port deal signed

RIGA - The port and the dockers signed an agreement on Monday. The joint statement was short.

The draft text states that “no worker shall be dismissed before the end of the year.”`,
			"no worker shall be dismissed", "The draft text"},
	}, false)
}

// TestTextReferentTermSheet: "the term sheet" named before "The document
// also says" is the document.
func TestTextReferentTermSheet(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"term sheet", `Lender signs term sheet

OSLO - The bank and the shipowner signed a term sheet on Friday. Under the term sheet, the loan runs for five years.

The document also says that “the borrower shall keep the vessels insured at all times.”`,
			"the borrower shall keep", "the term sheet"},
	}, false)
}

// TestTextReferentNotABudget: a standing text the story only refers to
// ("the region's share of the federal budget") is not the one "The text
// says" quotes: the agreement named before it is.
func TestTextReferentNotABudget(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"budget", `Salaries deal signed

ERBIL - The two governments signed an agreement on Monday. In return for the oil, the capital will transfer the region's share of the federal budget every month.

The text says that “salaries of public employees shall be paid no later than the tenth day of each month.”`,
			"salaries of public employees", "the agreement"},
	}, false)
}
