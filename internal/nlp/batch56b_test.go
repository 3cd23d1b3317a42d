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

// TestSubjectsEndingPhrases checks that the last word of a subject's
// phrase, read as a second subject of the verb ("… Minister for
// Employment and Workplace Relations said"), goes back into the phrase,
// the verb keeping one subject.
func TestSubjectsEndingPhrases(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("A spokesperson for the federal Minister for Employment and Workplace Relations said the minister was being briefed.")
	said, sp, rel := tokenNamed(t, a, "said"), tokenNamed(t, a, "spokesperson"), tokenNamed(t, a, "Relations")
	if a.Tokens[sp].Head != said || a.Tokens[sp].Rel != "nsubj" {
		t.Errorf("spokesperson hangs from %d as %s, want the subject of said", a.Tokens[sp].Head, a.Tokens[sp].Rel)
	}
	if a.Tokens[rel].Head == said {
		t.Errorf("Relations hangs from said as %s, want it inside the subject's phrase", a.Tokens[rel].Rel)
	}
}

// TestHoldersOfTitles checks that a name set off after an office "for"
// or "of" a field is the office's apposition, not the field's.
func TestHoldersOfTitles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, office, surname string }{
		{"Georgia’s State Minister for Reconciliation, Tamar Abashidze, has arrived at the crossing.", "Minister", "Abashidze"},
		{"Chile’s Minister of Mining, Aurelio Vidal, has arrived at the talks.", "Minister", "Vidal"},
	}
	for _, tt := range tests {
		a := an.Analyze(tt.text)
		office, sn := tokenNamed(t, a, tt.office), tokenNamed(t, a, tt.surname)
		// The name's head: the surname or the word it hangs from flat.
		h := sn
		if a.Tokens[h].Rel == "flat" {
			h = a.Tokens[h].Head
		}
		if a.Tokens[h].Head != office || a.Tokens[h].Rel != "appos" {
			t.Errorf("%q: the name hangs from %d as %s, want the apposition of %s (%d)", tt.text, a.Tokens[h].Head, a.Tokens[h].Rel, tt.office, office)
		}
	}
}

// TestFamilyFirstSurnames checks that a surname written first, taken up
// alone after the person is named in full with a given name of two
// syllables ("Park said…" after "Park Min-jae"), is that person's, not a
// place's.
func TestFamilyFirstSurnames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The deal was the one the union fought hardest for, said Park Min-jae, its director of licensing. “Now we will be paid for songs,” Park said.\n\nPark said KOSA would publish a distribution policy before the first payment.")
	for i, tok := range a.Tokens {
		if tok.Text == "Park" && tok.NER != "B-PERSON" {
			t.Errorf("Park at %d is %s, want B-PERSON", i, tok.NER)
		}
	}
}
