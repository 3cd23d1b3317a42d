package summarize

import "testing"

// TestSetOffNameReadAsPlace: a name set off after a role ("The area's
// representative in the House, Tessa Fontenelle,") is the role's holder
// even where the entity model read the name as a place.
func TestSetOffNameReadAsPlace(t *testing.T) {
	text := "The area’s representative in the House, Tessa Fontenelle, wrote on Facebook on Thursday evening that the agreement was “proof that the people who make our tourism work can share in its success” and said she would ask for a law.\n"
	b := treeBrief(t, text)
	if got, _ := speakerOfQuote(b, "proof that the people"); got != "Tessa Fontenelle" {
		t.Errorf("speaker %q, want Tessa Fontenelle; quotes %+v", got, b.Quotes)
	}
}
