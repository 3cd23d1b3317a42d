package nlp

import "testing"

// TestTitleOutweighs: a name written once right after an office's title
// is a person's everywhere the document writes it, though the model reads
// it as a place where it stands alone ("Jordan" and "Whitehorse" are
// places' names): the document's one type per name follows the title.
func TestTitleOutweighs(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Talks adjourned on Tuesday.\n\n\"We are not asking for a favour,\" said CVLPA President Jordan Whitehorse, a hitter with the Vancouver Tide.\n\n" +
		"Cal Whitehorse, the Ottawa team's representative and Jordan Whitehorse's younger brother, described the mood as tense.\n\n" +
		"\"Nobody wants to miss a match,\" Jordan Whitehorse said."
	a := an.Analyze(text)
	n := 0
	for _, e := range a.Entities {
		if text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End] != "Jordan Whitehorse" {
			continue
		}
		n++
		if e.Type != PERSON {
			t.Errorf("Jordan Whitehorse at %d is %s, want PERSON", a.Tokens[e.First].Start, e.Type)
		}
	}
	if n != 3 {
		t.Errorf("Jordan Whitehorse found %d times, want 3: %+v", n, a.Entities)
	}
}
