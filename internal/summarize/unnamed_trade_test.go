package summarize

import "testing"

// TestUnnamedTradeSpeaker checks that "he said" after a sentence whose
// subject, brought in with "a" and never named, said something goes on
// with that source, not the woman named before: one of a trade the
// lexicon does not class ("A porter", the rule's case), and, as before,
// one whose sentence says the name is withheld.
func TestUnnamedTradeSpeaker(t *testing.T) {
	base := "Hotel workers get first contract\n\n" +
		"PORT LUCE — Hotel workers and the island's resorts signed their first agreement on Monday.\n\n" +
		"“We waited eleven years for this,” said Marlene Joseph, who chairs the workers' union. She said the bus clause was the hardest to win.\n\n"
	tests := []struct {
		name, intro, want string
	}{
		{"a trade the lexicon does not know", "A porter said the transport clause mattered most to him.", "A porter"},
		{"a name not to be used", "A night-shift porter at one of the larger resorts, who asked that his name not be used because he had not told his employer, said the transport clause mattered most to him.", "A night-shift porter at one of the larger resorts"},
		{"a name withheld", "A night-shift cook, who asked that his name be withheld, said the transport clause mattered most to him.", "A night-shift cook"},
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
