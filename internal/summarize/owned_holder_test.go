package summarize

import "testing"

// TestOwnedHolder checks that "the company's chief executive told…" is
// the one person the story set beside that office before, either way
// round, and no one where it set two people beside it.
func TestOwnedHolder(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"the name before the office",
			"Brewer holds firm on price\n\nPRAGUE — The brewer Korvana has offered 41 euros a share for its rival.\n\nTereza Holubova-Sand, Korvana’s chief executive, said on Monday that the offer was final.\n\nJan Brtna, who follows brewers for a Brno fund, doubts that.\n\nThe company’s chief executive told the same meeting that Moravia was “worth every crown we are paying.”\n",
			"worth every crown we are paying.", "Tereza Holubova-Sand"},
		{"the office before the name",
			"Port deal signed\n\nDURRES — The operator Portalba signed a concession on Monday.\n\nPortalba’s managing director, Ilir Meta-Kola, said the berths would open in May.\n\nDockers had asked for more. The union has 400 members at the port.\n\nThe company’s managing director said the terms were “fair to everyone who works here.”\n",
			"fair to everyone who works here.", "Ilir Meta-Kola"},
		{"two holders named before",
			"Merger talks\n\nOSLO — Two ferry firms are in talks.\n\nFjordline’s chief executive, Kari Nes, said talks were going well. Sealink’s chief executive, Ola Berg, was more careful.\n\nThe company’s chief executive said the deal was “not done yet.”\n",
			"not done yet.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if q.Text != tt.quote {
					continue
				}
				if tt.want == "" && (q.Speaker == "Kari Nes" || q.Speaker == "Ola Berg") {
					t.Errorf("%q credited to %q: the story names two chief executives", q.Text, q.Speaker)
				}
				if tt.want != "" && q.Speaker != tt.want {
					t.Errorf("%q credited to %q, want %q", q.Text, q.Speaker, tt.want)
				}
				return
			}
			t.Errorf("quote %q not found", tt.quote)
		})
	}
}
