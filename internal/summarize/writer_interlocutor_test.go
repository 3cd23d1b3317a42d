package summarize

import (
	"strings"
	"testing"
)

// TestWriterAsksSomeone checks that "she said", after a sentence the
// writer tells in the first person that brings in the one person it asks
// or speaks to ("I asked Ines Varga, who…, what she made of the deal. She
// shrugged."), goes on with that person, not with a speaker named before
// of the same sex; so does one the writer speaks to ("we spoke to …").
func TestWriterAsksSomeone(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"asked", `Harbour fees deal splits the island

Marta Wrona, who runs a fish smokehouse on the quay, defended the new fees. “The harbour has to pay for itself,” she said.

I asked Ines Varga, who is 64 and sells lace at the ferry landing, what she made of the deal. She shrugged. “I have never paid a harbour fee in my life,” she said. “Now my customers will pay it for me.”
`, "I have never paid a harbour fee", "Ines Varga"},
		{"spoke to", `Harbour fees deal splits the island

Marta Wrona, who runs a fish smokehouse on the quay, defended the new fees. “The harbour has to pay for itself,” she said.

Later we spoke to Agnieszka Dobrowolska, 58, a lace seller at the ferry landing. She was not convinced. “Nobody asked the women on the landing,” she said.
`, "Nobody asked the women", "Agnieszka Dobrowolska"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, q := range b.Quotes {
				if strings.HasPrefix(q.Text, tt.quote) {
					if q.Speaker != tt.want {
						t.Errorf("%q credited to %q, want %q", tt.quote, q.Speaker, tt.want)
					}
					return
				}
			}
			t.Errorf("quote %q not found", tt.quote)
		})
	}
}
