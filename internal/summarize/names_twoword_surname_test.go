package summarize

import "testing"

// TestTwoWordSurnamesTakenUp: a person named in full and then by a
// surname of two words ("Kocjančič Grom", "Sá Pereira") is one person,
// under the full name, whichever mention the entity model types first.
func TestTwoWordSurnamesTakenUp(t *testing.T) {
	tests := []struct{ text, prefix, want string }{
		{"Slovenia’s minister of agriculture, forestry and food, Tadeja Kocjančič Grom, signed for Slovenia at the harbourmaster’s office in Piran. “Today we signed something small and useful,” Kocjančič Grom said.\n\n" +
			"The following are edited excerpts from the press conference.\n\n" +
			"QUESTION (Slovenian public television): Minister Kocjančič Grom, why sign a text that does not mention the award?\n\n" +
			"KOCJANČIČ GROM: Because the award does not need my signature to be valid.\n\n" +
			"QUESTION (Croatian radio): And the fishermen?\n\n" +
			"KOCJANČIČ GROM: They can go to sea without a police boat behind them.\n",
			"Today we signed", "Tadeja Kocjančič Grom"},
		{"Portugal’s fisheries minister, Inês Sá Pereira, signed the quota deal in Lisbon on Monday. “We signed something small and useful,” Sá Pereira said.",
			"We signed something", "Inês Sá Pereira"},
	}
	for _, tt := range tests {
		b := treeBrief(t, tt.text)
		if got, _ := speakerOfQuote(b, tt.prefix); got != tt.want {
			t.Errorf("quote %q: speaker %q, want %q; quotes %+v", tt.prefix, got, tt.want, b.Quotes)
		}
	}
}
