package summarize

import "testing"

// TestIntervieweeIntroducedWithRole checks that an interview's answers
// are the person the paragraph before the questions introduces with a
// role, not a body whose short name that paragraph mentions as a place
// before "She spoke to us", nor a namesake named after a pronoun.
func TestIntervieweeIntroducedWithRole(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"interviewee introduced with a role, a place before the pronoun",
			"Q&A: The fishers' leader on the harbour deal\n\nThe harbour board and the fishing families of Tamsen Bay signed a deal on berths last month.\n\nThe families were led by Olwen Marrak, 54, chair of the Tamsen Bay boat owners' guild. She and Pell Marrak are not related; many families around Tamsen share that name. She spoke to us on the quay.\n\nQ: Why did the guild hold out?\n\nA: Because the berths are our living, and the board forgot that for a decade.\n\nQ: Will it last?\n\nA: If the board keeps its word, yes.\n\nThe Tamsen Bay Harbour Watch, which opposed the deal, said it would appeal.\n",
			"Because the berths are our living", "Olwen Marrak"},
	}, false)
}
