package summarize

import "testing"

// TestWriterAtPlace checks that a byline which says where each writer is
// with "at" ("Live updates by Laura Bianchi in Rome and Dario Ferri at
// the factory gate in Terni") still names both as the story's writers, so
// that "she" linked to the one at the gate, who found a worker, is the
// worker and not the writer.
func TestWriterAtPlace(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
	}{
		{"writer at the gate", `LIVE: Steel plant talks in Rome

Live updates by Laura Bianchi in Rome and Dario Ferri at the factory gate in Terni. All times local.

9:30 a.m. — Dario is at the gate, where about a hundred workers have gathered. Giovanna Russo, 51, has worked on the rolling line for twenty years. “We only want to know if there is a future,” she said.

6:00 p.m. — At the gate, Dario found Giovanna Russo again. She had heard the news over the loudspeaker. She was quiet for a moment and then gave her answer in one word: “Finalmente.” Then she went to call her husband.`,
			map[string]string{"We only want to know": "Giovanna Russo", "Finalmente": "Giovanna Russo"}},
		{"writer at a summit", `LIVE: Climate summit, final day

Live updates by Aiko Tanaka at the conference centre and Noor Rahman in Dubai. All times local.

10:00 a.m. — Aiko met Fatima Begum, a delegate from Dhaka, outside the plenary hall. She said the draft "still leaves the poorest to pay".`,
			map[string]string{"still leaves the poorest to pay": "Fatima Begum"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSpeakers(t, treeBrief(t, tt.text), tt.want)
		})
	}
}
