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

// TestBatch9Names: a surname's second part after a hyphen, written with
// its capital, stays in the name where the text writes the whole name
// elsewhere ("Jalali-Far dismissed…" after "Saeed Jalali-Far"), not where
// it does not; and a name set off after an opening phrase, with an age
// after it, is the subject of the verb that follows ("At the clinic,
// Oksana Melnyk, 61, holds…").
func TestBatch9Names(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Foreign Minister Omid Karimi said the talks had entered a technical phase. His deputy, Reza Karimi-Far, gave a fuller account. Karimi-Far dismissed the report as political.")
	whole := false
	for _, e := range a.Entities {
		if e.Text == "Karimi" && e.First > 20 {
			t.Errorf("the second part of Karimi-Far left out: %v", a.Entities)
		}
		whole = whole || e.Text == "Karimi-Far"
	}
	if !whole {
		t.Errorf("no entity Karimi-Far: %v", a.Entities)
	}
	a = an.Analyze("Karimi-Sun traders met on Monday.")
	for _, e := range a.Entities {
		if e.Text == "Karimi-Sun" && e.Type == PERSON {
			t.Errorf("Karimi-Sun read as a person: %v", a.Entities)
		}
	}
	a = an.Analyze("At the clinic, Oksana Melnyk, 61, holds the hand of her son, a sailor captured in May.")
	for _, tok := range a.Tokens {
		if tok.Text == "Melnyk" && (tok.Rel != "nsubj" || a.Tokens[tok.Head].Text != "holds") {
			t.Errorf("Melnyk is %s of %q, want the subject of holds", tok.Rel, tokenText(a, tok.Head))
		}
	}
}
