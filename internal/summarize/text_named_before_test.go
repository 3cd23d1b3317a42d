package summarize

import (
	"testing"
	"unicode"
)

// TestTextNamedBeforeSpan checks that "The text says…" credits the
// document named just before by its words, without the comma and the
// preposition the parser hung from its noun ("promised, in the same
// convention, to…").
func TestTextNamedBeforeSpan(t *testing.T) {
	text := "Village and bottler share a spring\n\n" +
		"OLMETA — The village of Olmeta and the bottler Acqua Vena signed a convention on Friday that shares the water of the Funtana spring.\n\n" +
		"The bottler may take 40 cubic metres a day. The village keeps the rest.\n\n" +
		"The village has promised, in the same convention, to repair the oldest pipe of its network within three years. " +
		"The text says the village “shall cut the water lost from its pipes to a fifth of what it supplies.”\n"
	b := treeBrief(t, text)
	for _, q := range b.Quotes {
		if q.Text != "shall cut the water lost from its pipes to a fifth of what it supplies." {
			continue
		}
		if r := []rune(q.Speaker); len(r) == 0 || !unicode.IsLetter(r[0]) || q.Speaker != "the same convention" {
			t.Errorf("speaker %q, want %q", q.Speaker, "the same convention")
		}
		return
	}
	t.Error("the quotation was not found")
}
