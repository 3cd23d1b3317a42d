package nlp

import (
	"slices"
	"testing"
)

// TestNonASCIILetters: at run time a letter outside ASCII is read as a
// letter of its case in the tagger's and the recognizer's word shapes, so
// a name written with "æ" or "Ø" is a person's name like one without
// ("Ingvald Sætre" was no entity, "Gunnhild Økland" a place); training
// keeps the one class of non-ASCII characters the model files were
// trained with.
func TestNonASCIILetters(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, name string }{
		{"Nordfisk chief executive Ingvald Sætre said in an interview.", "Ingvald Sætre"},
		{"The port's director, Gunnhild Økland, said the deal was fair.", "Gunnhild Økland"},
	} {
		a := an.Analyze(tt.text)
		found := false
		for _, e := range a.Entities {
			if e.Type == PERSON && tt.text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End] == tt.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no PERSON %q in %+v", tt.text, tt.name, a.Entities)
		}
	}
	var w wordInfo
	if w.set("Økland", true); w.flags&flagCap == 0 || w.flags&flagNonASCII != 0 {
		t.Errorf("Økland read with letters: flags %b, want a capital and no non-ASCII character", w.flags)
	}
	if w.set("Økland", false); w.flags&flagNonASCII == 0 {
		t.Errorf("Økland read as in training: flags %b, want the non-ASCII class", w.flags)
	}
	// Another script's words are foreign words in English text.
	if w.set("Αθήνα", true); w.flags&flagNonASCII == 0 || w.flags&flagCap != 0 {
		t.Errorf("Αθήνα read with letters: flags %b, want the non-ASCII class", w.flags)
	}
}

// TestAdjectivesOfPeoples: a capitalised adjective modifying a noun is a
// people's adjective, not a person, whatever the entity model read
// ("The Faroese fisheries minister, Heðin Poulsen, said…"), and the
// person is named after it.
func TestAdjectivesOfPeoples(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The Faroese fisheries minister, Heðin Poulsen, said his government wanted a deal."
	a := an.Analyze(text)
	var types []string
	for _, e := range a.Entities {
		types = append(types, e.Type+" "+e.Text)
		if e.Text == "Faroese" && e.Type == PERSON {
			t.Errorf("%q: Faroese is a person", text)
		}
	}
	if !slices.Contains(types, "PERSON Heðin Poulsen") {
		t.Errorf("%q: entities %v, want the person Heðin Poulsen", text, types)
	}
}

// TestAdjectivesOfPeoplesTwoWords: a people's adjective of two words that
// both modify the noun after them ("A Sri Lankan official") is no person.
func TestAdjectivesOfPeoplesTwoWords(t *testing.T) {
	checkSpans(t, NORP, []spanCase{
		{text: "A Sri Lankan official involved in the talks told us the release had been agreed.", want: "Sri Lankan"},
	})
}

// TestNamesOfWorks: a name right before the common noun of a built work
// or a water names the work, not a person ("a former engineer at the Kali
// Gandaki A power station"), and the person named before keeps the
// pronoun after it.
func TestNamesOfWorks(t *testing.T) {
	checkSpans(t, LOC, []spanCase{
		{text: "Nepal's team was led by Sarita Pandey Rijal, a former engineer at the Kali Gandaki A power station. She was born near the river.", want: "Kali Gandaki"},
	})
	checkSpans(t, PERSON, []spanCase{
		{text: "Nepal's team was led by Sarita Pandey Rijal, a former engineer at the Kali Gandaki A power station. She was born near the river.", want: "Sarita Pandey Rijal"},
	})
}
