package summarize

import (
	"strings"
	"testing"
)

// TestBodyNamedByOf: a body the story named with a name after "of" ("the
// city council of Dunmore") and later by its noun alone ("The city council
// said") is the body that name says, not any council.
func TestBodyNamedByOf(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
	}{
		{"the same words, the name after of", `KESTRAVA — Last week the city council of Dunmore and the traders' association of the Old Market signed an agreement on moving the market to a new hall beside the river.

The move had been argued over for six years. Traders feared losing their customers, and the council feared losing the grant that pays for the hall.

Under the agreement, every trader keeps a stall of the same size, rents are frozen for three years, and the hall opens in May.

Marta Lins, who sells fish at the market, said she would go. “I have waited long enough,” she said.

The city council said the agreement was “proof that a town can move without leaving its people behind.”
`, "proof that a town", "city council of Dunmore"},
		{"a possessive before the noun, three bodies", threeBodies, "a season they can plan for", "fishermen's cooperative of Carrick Bay"},
		{"the noun alone", threeBodies, "keep the harbour open", "harbour board of the Western Isles"},
		{"other words before the noun: another body", `KESTRAVA — Last week the council of Dunmore agreed to move the market to a new hall beside the river.

The move had been argued over for six years, and the province had refused to pay for it twice.

Under the agreement, every trader keeps a stall of the same size.

The regional council said the agreement was “a matter for the town alone.”
`, "a matter for the town", "The regional council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if strings.Contains(q.Text, tt.quote) {
					if !strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(q.Speaker, "the "), "The "), strings.TrimPrefix(tt.speaker, "The ")) {
						t.Errorf("speaker %q, want %q", q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Fatalf("no quote %q in %+v", tt.quote, b.Quotes)
		})
	}
}

// threeBodies names three bodies in one sentence, two of them by a name
// after "of", and quotes two of them later by their nouns.
const threeBodies = `PORT ELLERY — On Friday the harbour board of the Western Isles, the fishermen's cooperative of Carrick Bay and the only buyer on the island agreed a new price for crab, ending a month in which most of the fleet stayed in harbour.

The buyer, a processing firm from the mainland, will pay a fixed price for the whole season instead of a price set each week.

Boats went back to sea on Tuesday. Most skippers said the price was lower than they had asked for but higher than last year's.

The fishermen's cooperative said in a statement that the deal gave its members “a season they can plan for.”

The board said it would “keep the harbour open at night” for the rest of the season.
`
