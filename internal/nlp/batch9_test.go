package nlp

import "testing"

// TestBatch9InvertedCredits: a credit written with its verb first keeps
// its speaker as the verb's subject where the parser read the speaker's
// description as what is said ("says Ukraine's envoy, …": a noun is no
// clause, and a possessive's "'s" is no preposition of the phrase), and a
// name right after the verb set off by a comma from its description
// ("said Mara Quist, the mayor's chief of staff") is the subject, the
// description its apposition.
func TestBatch9InvertedCredits(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, subject, appos string
	}{
		{"“Every crew on this list has waited too long, and there are hundreds more still waiting,” says Norway’s fisheries envoy, Anders Lie, who was at the port.", "envoy", "Anders"},
		{"“These are two different cities, with very different budgets and voters, facing different choices,” said Mara Quist, Mrs. Holt's chief of staff.", "Mara", "chief"},
	} {
		a := an.Analyze(tt.text)
		subj, app := -1, -1
		for i, tok := range a.Tokens {
			if tok.Rel == "nsubj" && tok.Head >= 0 && a.Tokens[tok.Head].Lemma == "say" {
				subj = i
			}
			if tok.Rel == "appos" {
				app = i
			}
		}
		if subj < 0 || a.Tokens[subj].Text != tt.subject {
			t.Errorf("%q: subject of the credit %v, want %q", tt.text, tokenText(a, subj), tt.subject)
		}
		if app < 0 || a.Tokens[app].Text != tt.appos || a.Tokens[app].Head != subj {
			t.Errorf("%q: apposition %v, want %q on the subject", tt.text, tokenText(a, app), tt.appos)
		}
	}
}

func tokenText(a *Analysis, i int) string {
	if i < 0 {
		return "none"
	}
	return a.Tokens[i].Text
}
