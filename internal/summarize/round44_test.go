package summarize

import (
	"strings"
	"testing"
)

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
		{"a negotiated text someone published speaks for itself",
			"The final text, published by the UN, does not mention a federation. It says only that the leaders “will continue their engagement with a view to formal negotiations.”",
			"will continue their engagement", "The final text"},
		{"a communiqué one body issued is that body's",
			"The talks ended on Friday. According to a communique issued by the AU commission, \"the parties reaffirmed their commitment to an African solution\".",
			"the parties reaffirmed their commitment", "AU commission"},
		{"the interviewee, not the body she works in",
			"Q&A: Ghana's cocoa negotiator on prices\n\nTalks between the producers and the chocolate makers ended without agreement last week.\n\nDr. Akosua Mensah-Bonsu, who leads Ghana's technical team in the joint Côte d'Ivoire-Ghana Cocoa Initiative, spoke to us in Accra.\n\nQ: What happened in Abidjan?\n\nA: We spent three days explaining arithmetic to people who already knew the answer.\n\nQ: Are you worried about the buyers?\n\nA: Worried, no. Watching, yes.\n",
			"Worried, no", "Akosua Mensah-Bonsu"},
	}, false)
}

// TestStanceOfEachConjunct: a stance several parties take together as
// one subject ("NATO and the European Union backed Ukraine") is a
// position of each of them.
func TestStanceOfEachConjunct(t *testing.T) {
	b := treeBrief(t, "Russian and Ukrainian negotiators met in Istanbul. The Kremlin said Moscow wants guarantees.\n\nUkrainian President Volodymyr Zelenskyy said Kyiv would not cede land. NATO and the European Union backed Ukraine.\n")
	for _, party := range []string{"NATO", "European Union"} {
		ok := false
		for _, p := range b.Positions {
			ok = ok || p.Party == party && strings.Contains(p.Text, "backed Ukraine")
		}
		if !ok {
			t.Errorf("positions = %+v, want the backing held by %s", b.Positions, party)
		}
	}
}
