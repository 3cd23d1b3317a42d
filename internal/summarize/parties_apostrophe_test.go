package summarize

import "testing"

// TestMixedApostrophes checks that a surname written once with a curly
// apostrophe and once with a straight one ("Dan O’Malley" … "O'Malley
// said") is one person, not two parties.
func TestMixedApostrophes(t *testing.T) {
	tests := []struct{ name, text, full, short string }{
		{"curly then straight", "Ferry crews walk out over rosters\n\nFerry crews on the Tarn line walked out on Thursday after talks with the operator broke down, the union said.\n\n\"The rosters are unsafe,\" said union organiser Dan O’Malley. The operator, Tarn Ferries, said it had offered a fair deal.\n\nO'Malley said crews would stay out until the rosters change. O'Malley added that the union would meet members on Sunday.\n",
			"Dan O’Malley", "O'Malley"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, p := range b.Parties {
				if p.Name == tt.short || containsStr(p.People, tt.short) {
					t.Errorf("parties %v: %s is %s", b.Parties, tt.short, tt.full)
				}
			}
		})
	}
}
