package nlp

import (
	"strings"
	"testing"
)

// TestCreditsReadAsRelatives checks that a verb of saying before a
// quotation, which the parser hung from the subject's noun as a reduced
// relative ("One of the elders said to her, “…”"), heads the sentence,
// with the subject its own and the quotation's verb its complement; and
// that a sentence's first word, capitalised, is no preposition for being
// unknown to the closed classes ("Afterwards").
func TestCreditsReadAsRelatives(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"One of the elders said to her, “You came without soldiers.”",
		"Afterwards one of the elders said to her, “You came without soldiers.”",
	} {
		a := an.Analyze(text)
		said, came := tokenNamed(t, a, "said"), tokenNamed(t, a, "came")
		one := -1
		for i := range a.Tokens {
			if strings.EqualFold(a.Tokens[i].Text, "one") {
				one = i
			}
		}
		if a.Tokens[said].Head != -1 || a.Tokens[came].Head != said || a.Tokens[came].Rel != "ccomp" {
			t.Errorf("%q: said hangs from %d, came from %d as %s; want said the root and came its ccomp", text, a.Tokens[said].Head, a.Tokens[came].Head, a.Tokens[came].Rel)
		}
		if a.Tokens[one].Head != said || a.Tokens[one].Rel != "nsubj" {
			t.Errorf("%q: one hangs from %d as %s, want the subject of said", text, a.Tokens[one].Head, a.Tokens[one].Rel)
		}
	}
}
