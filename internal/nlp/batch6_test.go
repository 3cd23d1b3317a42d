package nlp

import "testing"

// TestAdjectivesBeforeVerbs: adjectives between a determiner and a verb
// of saying, with no noun after them, end in the subject's noun ("…,” the
// chief executive said"), also where a quotation mark before them was
// tagged again; an adjective before a noun stays one.
func TestAdjectivesBeforeVerbs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, upos string
	}{
		{"“I would rather lose production for three weeks than close a shaft,” the chief executive said.", "executive", "NOUN"},
		{"“We will not move,” the chief executive officer said.", "chief", "ADJ"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.UPOS != tt.upos {
			t.Errorf("%q in %q: %s/%s, want %s", tt.word, tt.text, tok.UPOS, tok.XPOS, tt.upos)
		}
	}
}

// TestEngineerTitle: "Eng." before a name is a title, not the end of a
// sentence.
func TestEngineerTitle(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The teams met on Tuesday. Eng. Nazik Osman Hamid said Sudan had asked for notice.")
	if n := len(a.Sentences); n != 2 {
		t.Fatalf("%d sentences, want 2", n)
	}
	if tok := analyzedToken(t, an, "Eng. Nazik Osman Hamid said Sudan had asked for notice.", "Eng."); tok.Text != "Eng." {
		t.Errorf("token %q, want Eng.", tok.Text)
	}
}
