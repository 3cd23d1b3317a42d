package summarize

import (
	"testing"
)

// negotiationInput runs the stages before the negotiation stage on text,
// as Summarize does: the doc, names and quotes, the analysis and its tree,
// statements and parties.
func negotiationInput(tb testing.TB, text string) (*doc, *Brief, *tree) {
	tb.Helper()
	d, t := analysed(tb, text)
	br := &Brief{}
	br.Quotes = d.briefQuotes()
	br.Statements = t.statements(d.sentOf, d.isBody)
	br.Parties = d.briefParties(t, br.Quotes, br.Statements)
	return d, br, t
}

// BenchmarkStageNegotiation times the negotiation stage alone (proposals,
// next steps, positions and dates from the trees) on the seed grown to
// 100 KB, the earlier stages and the analysis run outside the timed loop.
func BenchmarkStageNegotiation(b *testing.B) {
	text := grown(b, 100<<10)
	d, br, t := negotiationInput(b, text)
	quotes, statements, parties := br.Quotes, br.Statements, br.Parties
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		nb := &Brief{Quotes: quotes, Statements: statements, Parties: parties}
		d.negotiation(nb, t)
	}
}
