package summarize

import (
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// TestUnknownTitleHolder checks that a title the noun lexicon does not
// know, set off before a person's name ("the prefect of the district,
// Amadou Traoré,"), is that person's role as a known title is, so that
// "the prefect said" further on is the one person the story named with
// it where coreference did not join the two.
func TestUnknownTitleHolder(t *testing.T) {
	tests := []struct {
		name, text, role, want string
	}{
		{"a prefect named after his title",
			"The talks were chaired by Imam Yusuf Bello, the chief imam of the town, and by the prefect of the district, Amadou Traoré. The pact was signed on Monday. The prefect said the courts would hear the cases.",
			"prefect", "Amadou Traoré"},
	}
	an, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newTree(an.Analyze(tt.text), nil)
			tr.nounClass = an.NounClass
			src := -1
			for i, tok := range tr.a.Tokens {
				if strings.EqualFold(tok.Text, tt.role) {
					src = i // the last use: the one that speaks
				}
			}
			if src < 0 {
				t.Fatalf("no %q in %q", tt.role, tt.text)
			}
			got := ""
			if e := tr.roleHolder(src); e >= 0 {
				got = tr.a.Entities[e].Text
			}
			if got != tt.want {
				t.Errorf("roleHolder(%s) = %q, want %q", tt.role, got, tt.want)
			}
		})
	}
}
