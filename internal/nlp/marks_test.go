package nlp

import "testing"

// TestMarksReadAsWords: a guillemet or a curly double quotation mark is
// punctuation wherever it stands, even where the tagger would read the
// closing one before a verb of saying as a name ("«…,» said its
// spokeswoman"), while a straight apostrophe of a possessive keeps its
// tag.
func TestMarksReadAsWords(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, upos string
	}{
		{"Supporters gathered on Sunday. «Nobody here is against investment. We are against becoming a feeder for a club in Lisbon,» said its spokeswoman, Élise Marchal-Dethier.", "»", "PUNCT"},
		{"«We want guarantees in writing,» she said.", "«", "PUNCT"},
		{"“We want guarantees in writing,” she said.", "”", "PUNCT"},
		{"The workers' union said no.", "'", "PART"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.UPOS != tt.upos {
			t.Errorf("%q in %q: %s/%s, want %s", tt.word, tt.text, tok.UPOS, tok.XPOS, tt.upos)
		}
	}
}
