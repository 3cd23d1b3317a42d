package summarize

import "testing"

// TestUnnamedTradeSpeaker checks that "he said" after a sentence whose
// subject, brought in with "a" and never named, said something goes on
// with that source, not the woman named before: one of a trade the
// lexicon does not class ("A porter", "A cook from a beach hotel"), and,
// as before, one the sentence says is not to be named.
func TestUnnamedTradeSpeaker(t *testing.T) {
	base := "Hotel workers get first contract\n\n" +
		"PORT LUCE — Hotel workers and the island's resorts signed their first agreement on Monday.\n\n" +
		"“We waited eleven years for this,” said Marlene Joseph, who chairs the workers' union. She said the bus clause was the hardest to win.\n\n"
	tests := []struct {
		name, intro, want string
	}{
		{"a trade the lexicon does not know", "A porter told us the bus was what he wanted.", "A porter"},
		{"one who asked not to be named", "A night porter, who asked not to be named, told us the bus was what he wanted.", "A night porter"},
		{"a trade and a place", "A cook from a beach hotel told us the bus was what he wanted.", "A cook from a beach hotel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, base+tt.intro+" “I finish at midnight and I walk home,” he said. “An hour on the road in the dark.”\n")
			n := 0
			for _, q := range b.Quotes {
				if q.Text == "We waited eleven years for this" {
					continue
				}
				n++
				if q.Speaker != tt.want {
					t.Errorf("%q credited to %q, want %q", q.Text, q.Speaker, tt.want)
				}
			}
			if n != 2 {
				t.Errorf("%d of the source's quotations found, want 2", n)
			}
		})
	}
}
