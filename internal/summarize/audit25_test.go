package summarize

import "testing"

// TestAudit25TitlesWithFields checks credits after a title that carries
// its field or its body in capitals, with the name said only once: the
// person named after it speaks ("Minister for Foreign Affairs Penny Wong
// told reporters", "Chief of Staff Susie Wiles told the paper", "Minister
// of Water and Energy Habtamu Itefa said"), also where the quotation
// before it is in straight marks and the credit follows a quotation
// credited to someone else.
func TestAudit25TitlesWithFields(t *testing.T) {
	const lead = "Talks resume in Geneva\n\nGENEVA, May 4 (Reuters) - Negotiators met again on Monday.\n\n\"We will keep talking,\" Head of Delegation Maria Lopez said.\n\n"
	checkAudit2(t, []audit2Case{
		{"a minister for a field, told reporters", lead + "\"The tariffs must come down first,\" Minister for Foreign Affairs Penny Wong told reporters.", "The tariffs must come down first", "Penny Wong"},
		{"a chief of staff, told the paper", lead + "\"Nobody wants this strike to last,\" Chief of Staff Susie Wiles told the paper.", "Nobody wants this strike to last", "Susie Wiles"},
		{"a minister of two fields", lead + "\"We came with an open mind,\" Ethiopia's Minister of Water and Energy Habtamu Itefa said after the session.", "We came with an open mind", "Habtamu Itefa"},
	}, false)
}

// TestAudit25Credits checks three credits of written words and reported
// quotation: "X was quoted by the newspaper Y as saying that “…, provided
// …”" is X's; "“…,” read one sign" is the sign's, not the person quoted
// before; and "over coffee on Wednesday the delegation head told me that
// “…”" is the head's.
func TestAudit25Credits(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"quoted by a newspaper as saying",
			"Port sale cleared\n\nSANTIAGO - The government has signalled it will not stand in the way of the sale. Undersecretary of Transport Rodrigo Ancaten was quoted by the newspaper Diario Portuario as saying that \"the government has no objection to foreign capital in ports, provided the concession terms are respected\".",
			"the government has no objection", "Rodrigo Ancaten"},
		{"a sign reads",
			"Families rally\n\nJERUSALEM - The U.S. envoy, Steve Witkoff, was upbeat. \"I think we are close,\" Witkoff said.\n\nFamilies of the hostages rallied outside the prime minister's office on Sunday night. \"Bring them home now,\" read one sign.",
			"Bring them home now", "one sign"},
		{"a subject after a preposition's phrase",
			"Levy talks\n\nLONDON - Delegates met again. But over coffee on Wednesday the Chinese delegation head told me that \"the number is negotiable, the principle is not\".",
			"the number is negotiable", "the Chinese delegation head"},
	}, false)
}
