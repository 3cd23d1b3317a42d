package nlp

import "testing"

// TestRoleReadAsAdverbBeforeWho checks that a role's word the tagger read
// as an adverb right before a relative "who" ("A Ministry of Roads
// official who asked not to be named …") is a noun, the head of the
// subject, not an adverb of the relative clause's verb.
func TestRoleReadAsAdverbBeforeWho(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	res := an.Analyze("A Ministry of Public Works official who asked not to be named because he was not authorised to discuss the fines said the cut had been the last point agreed.")
	for _, tk := range res.Tokens {
		if tk.Text == "official" && tk.UPOS != "NOUN" {
			t.Errorf("official: %s %s, want NOUN", tk.UPOS, tk.XPOS)
		}
	}
}
