package nlp

import "testing"

// TestMarksReadAsWords: a guillemet or a curly double quotation mark is
// punctuation wherever it stands, even where the tagger would read the
// closing one before a verb of saying as a name ("«…,» said its
// spokeswoman"), while a straight apostrophe of a possessive keeps its
// tag.
func TestMarksReadAsWords(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, upos string
	}{
		{"Supporters gathered on Sunday. «Nobody here is against investment. We are against becoming a feeder for a club in Lisbon,» said its spokeswoman, Élise Marchal-Dethier.", "»", "PUNCT"},
		{"«We want guarantees in writing,» she said.", "«", "PUNCT"},
		{"“We want guarantees in writing,” she said.", "”", "PUNCT"},
		{"The workers' union said no.", "'", "PART"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.UPOS != tt.upos {
			t.Errorf("%q in %q: %s/%s, want %s", tt.word, tt.text, tok.UPOS, tok.XPOS, tt.upos)
		}
	}
}

// TestDestinations: a name the entity model does not know, where a verb
// of motion goes to or comes from it, is a place, not a person or a body;
// a person one goes to for advice stays a person.
func TestDestinations(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, word, ner string
	}{
		{"Families who fled to Cúcuta would not come back before the hostages were free, she warned.", "Cúcuta", "B-GPE"},
		{"Diplomats would travel to Cúcuta next week to prepare the handover.", "Cúcuta", "B-GPE"},
		{"The minister went to Kowalczyk for advice.", "Kowalczyk", "B-PERSON"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.NER != tt.ner {
			t.Errorf("%q in %q: %s, want %s", tt.word, tt.text, tok.NER, tt.ner)
		}
	}
}

// TestIrregularLemmas: English's irregular verbs take their base before
// the lexicon learned from the treebank, which has "fled" as "flead".
func TestIrregularLemmas(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, word, lemma string }{
		{"Thousands fled to the border.", "fled", "flee"},
		{"The government froze the fees.", "froze", "freeze"},
		{"The union withheld its support.", "withheld", "withhold"},
	} {
		if tok := analyzedToken(t, an, tt.text, tt.word); tok.Lemma != tt.lemma {
			t.Errorf("%q in %q: lemma %q, want %q", tt.word, tt.text, tok.Lemma, tt.lemma)
		}
	}
	if got := IrregularVerb("frozen"); got != "freeze" {
		t.Errorf("IrregularVerb(frozen) = %q", got)
	}
}
