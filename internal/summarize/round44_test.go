package summarize

import "testing"

// TestRound44SourcesOfTextsAndInterviews covers a document named again
// as "the document" after a clause that opened with it ("Under the term
// sheet, …"): the source is the term sheet, without the preposition; and
// the one interviewed, the subject of "spoke to us", not a body named in
// the clause that says who they are.
func TestRound44SourcesOfTextsAndInterviews(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"document named after a preposition",
			"Under the term sheet, the buyer must pay a penalty for each job cut. The document also says that the centre “shall remain in the region and employ no fewer than 180 engineers”.",
			"shall remain in the region", "the term sheet"},
		{"a compound parsed as a second subject",
			"The agreement text states that the company \"shall not carry out blasting within three kilometres of the corridor\". Herders welcomed it.",
			"shall not carry out blasting", "The agreement text"},
		{"the interviewee, not the body she works in",
			"Q&A: Ghana's cocoa negotiator on prices\n\nTalks between the producers and the chocolate makers ended without agreement last week.\n\nDr. Akosua Mensah-Bonsu, who leads Ghana's technical team in the joint Côte d'Ivoire-Ghana Cocoa Initiative, spoke to us in Accra.\n\nQ: What happened in Abidjan?\n\nA: We spent three days explaining arithmetic to people who already knew the answer.\n\nQ: Are you worried about the buyers?\n\nA: Worried, no. Watching, yes.\n",
			"Worried, no", "Akosua Mensah-Bonsu"},
	}, false)
}
