package nlp

import "testing"

// TestAcronymsReadAsInterjections: a body's short form in capitals that
// opens a sentence before a comma is a proper noun, not a cry; "OK" stays
// an interjection.
func TestAcronymsReadAsInterjections(t *testing.T) {
	checkTags(t, []tagCase{
		{"FIOM, the metalworkers’ federation of the CGIL union, said in a note overnight that it would not sign.", "FIOM", "NNP"},
		{"OK, we will sign it tomorrow, the minister said.", "OK", "UH"},
	})
}

// TestLongAcronymsReadAsInterjections: a body's short form of seven or
// more capitals that opens a sentence before a comma is a proper noun
// too.
func TestLongAcronymsReadAsInterjections(t *testing.T) {
	checkTags(t, []tagCase{
		{"OFRANEH, the federation of Garífuna organisations, welcomed the return of the land.", "OFRANEH", "NNP"},
	})
}
