package nlp

import (
	"strings"
	"testing"
)

// Tests of the twenty-seventh round's repairs: titles that carry their
// field before a name, straight closing marks, credits hung as clauses of
// a name, "quoted as saying", relative clauses with no relative word,
// subjects that a preposition opens, and countries' names as given names.
// Texts and trees are written for the purpose.

// TestStraightClosingMarks checks that a straight double mark glued to
// the word before it and followed by a space is tagged as closing, and
// one glued to the word after it as opening.
func TestStraightClosingMarks(t *testing.T) {
	tg, _ := loadSyntax(t)
	a := Tokenize("Talks resumed on Monday.\n\n\"The tariffs must come down first,\" Minister for Foreign Affairs Penny Wong told reporters.")
	tg.Tag(a)
	var got []string
	for _, tok := range a.Tokens {
		if tok.Text == "\"" {
			got = append(got, tok.XPOS)
		}
	}
	if strings.Join(got, " ") != "`` ''" {
		t.Errorf("marks tagged %q, want [`` '']", got)
	}
}
