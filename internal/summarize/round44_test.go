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

// TestActingParties: a brief lists the parties that act in the story —
// the three it ranks first, those that speak, have people of their own,
// or are named three times or more — not a body named once in passing (a
// lender, a neighbour's port the story only mentions); a short text keeps
// its principals.
func TestActingParties(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bodies named once in passing",
			"Dockers end strike\n\nMOMBASA - The Dock Workers Union and the Kenya Ports Authority signed a pay deal on Friday, ending an eleven-day strike. The union's secretary general, Simon Sang, said members would return on Monday. “We have won what we came for,” he said. The Kenya Ports Authority said it would pay the arrears in March. The Dock Workers Union had asked for 15%. The World Bank lent Kenya $500 million for the port in 2019. The Tanzania Ports Authority diverted two vessels to Dar es Salaam during the strike. The Kenya Ports Authority and the union will meet again in June.\n",
			[]string{"Dock Workers Union", "Kenya Ports Authority"}, []string{"World Bank", "Tanzania Ports Authority"}},
		{"a short text keeps its principals",
			"Russia and Ukraine agreed on Friday to exchange 100 prisoners each.\n",
			[]string{"Russia", "Ukraine"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			got := map[string]bool{}
			for _, p := range b.Parties {
				got[p.Name] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("no party %q in %v", w, b.Parties)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("party %q listed: %v", n, b.Parties)
				}
			}
		})
	}
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
