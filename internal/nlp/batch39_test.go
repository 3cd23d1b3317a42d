package nlp

import "testing"

// TestParticleNouns checks that a word the tagger reads as a noun though a
// particle hangs from it ("the general set out …", read as the noun
// phrase "the general set out") is parsed again as the verb it is, with
// the word before it as its subject's noun, in a table of sentences of
// the kind news writes.
func TestParticleNouns(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, verb, subject string
	}{
		{`Speaking to reporters after the signing, the general set out Kigali's red line: "The border stays closed."`, "set", "general"},
		{`The company set up a new unit.`, "set", "company"},
		{`After the vote, the union chief walks out of the hall.`, "walks", "chief"},
	}
	for _, tt := range tests {
		t.Run(tt.verb+" "+tt.subject, func(t *testing.T) {
			a := an.Analyze(tt.text)
			v := tokenNamed(t, a, tt.verb)
			if a.Tokens[v].UPOS != "VERB" {
				t.Errorf("%s tagged %s, want VERB", tt.verb, a.Tokens[v].UPOS)
			}
			if s := tokenNamed(t, a, tt.subject); a.Tokens[s].Head != v || a.Tokens[s].Rel != "nsubj" || a.Tokens[s].UPOS != "NOUN" {
				t.Errorf("%s (%s) hangs from %d as %s, want the subject of %s", tt.subject, a.Tokens[s].UPOS, a.Tokens[s].Head, a.Tokens[s].Rel, tt.verb)
			}
		})
	}
}
