package nlp

import "testing"

// TestPastAfterRelativeInfinitive checks that a reporting past right after
// a relative clause ending in an infinitive ("…who was not authorised to
// speak publicly said talks…") is read as the sentence's past tense, not
// as a participle modifying the noun after it, while "the said talks"
// stays an adjective's reading.
func TestPastAfterRelativeInfinitive(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, want string
	}{
		{"A union negotiator who was not authorized to speak publicly said talks had come close to a deal.", "said", "VBD"},
		{"A porter who declined to comment further noted fares had gone up twice.", "noted", "VBD"},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		found := false
		for _, tok := range a.Tokens {
			if tok.Text == tt.word {
				found = true
				if tok.XPOS != tt.want {
					t.Errorf("%q in %q tagged %s, want %s", tt.word, tt.text, tok.XPOS, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no %q in %q", tt.word, tt.text)
		}
	}
}
