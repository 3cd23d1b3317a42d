package summarize

import "testing"

// TestTranscriptLabelParticles: a label whose middle word is a particle
// that is also a function word ("TJON A LOI") labels turns where the
// text names that person in full; a turn's own "I told them, “…”" stays
// the turn's, and a quotation its sentence credits to someone else
// described by a relative clause is theirs.
func TestTranscriptLabelParticles(t *testing.T) {
	text := "River accord signed in Nieuw Nickerie\n\n" +
		"Guyana's foreign minister, Kamini Persaud, and Suriname's foreign minister, Rosalie Tjon A Loi, signed the river arrangement on Friday.\n\n" +
		"The following are edited excerpts from the press conference.\n\n" +
		"QUESTION (Radio Berbice): Minister Persaud, why did Guyana accept a permit?\n\n" +
		"PERSAUD: Because the alternative was another year of boats rotting in the harbour. A woman whose husband's boat had been held for seven months told me, \u201cI care whose boat it is.\u201d I carried that sentence into every meeting.\n\n" +
		"QUESTION (Surinamese television): Minister Tjon A Loi, what do you say to your fishermen?\n\n" +
		"TJON A LOI: That the number of boats is limited. When the talks started, I told my delegation, \u201cIf our own fishermen cannot support this, we go home.\u201d So we met the cooperatives before every round.\n"
	b := treeBrief(t, text)
	checkSpeakers(t, b, map[string]string{
		"Because the alternative": "Kamini Persaud",
		"I care whose boat":       "A woman",
		"That the number":         "Rosalie Tjon A Loi",
	})
}

// TestLabelParticle checks the particle test on labels in capitals,
// also where a word opens with a letter of more than one byte.
func TestLabelParticle(t *testing.T) {
	tests := []struct {
		text   string
		fields []string
		i      int
		want   bool
	}{
		{"signed by Rosalie Tjon A Loi on Friday", []string{"TJON", "A", "LOI"}, 1, true},
		{"signed by Anouk Tjon A Ölinga on Friday", []string{"TJON", "A", "ÖLINGA"}, 1, true},
		{"signed by Rosalie Tjon A Loi on Friday", []string{"READ", "MORE"}, 0, false},
		{"no such name here", []string{"TJON", "A", "LOI"}, 1, false},
	}
	for _, tt := range tests {
		if got := labelParticle(tt.text, tt.fields, tt.i); got != tt.want {
			t.Errorf("labelParticle(%q, %v, %d) = %v, want %v", tt.text, tt.fields, tt.i, got, tt.want)
		}
	}
}
