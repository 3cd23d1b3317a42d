package nlp

import (
	"slices"
	"testing"
)

// TestBatch9Entities: a Korean name whose surname is also a common noun
// or a place's name ("Park", "Song") keeps its surname, written first
// before the two syllables of the given name, and the surname alone
// later is the person; a word that is a title stays out of the name.
func TestBatch9Entities(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEntityCases(t, an, []entityCase{
		{"\"This plant is not the cheapest,\" Hanbit chief executive Park Ji-hoon said in Seoul. Park said Hanbit would commission a review.",
			[]string{"PERSON:Park Ji-hoon", "PERSON:Park"}, []string{"Ji-hoon"}},
		{"The union's negotiator, Song Min-ji, said the offer was too low.",
			[]string{"PERSON:Song Min-ji"}, []string{"Min-ji"}},
		{"Chairman Ji-hoon of the club said nothing.",
			nil, []string{"Chairman Ji-hoon"}},
	})
}

// TestNamesBesideTitles: a name set off by commas right after the title
// of an office and its field is a person's, however the model typed it;
// a place set off so after a title is left alone.
func TestNamesBesideTitles(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, name, typ string
	}{
		{"Tonga’s Minister of Fisheries, Meleane Tu’ipulotu, who chaired the session, said the talks had been tough.", "Meleane Tu’ipulotu", PERSON},
		{"Tonga's Minister of Fisheries, Meleane Tu'ipulotu, who chaired the session, said the talks had been tough.", "Meleane Tu'ipulotu", PERSON},
		{"The Foreign Minister, Sione Vaipulu, said the fee was fair.", "Sione Vaipulu", PERSON},
		{"The envoy flew on to the capital of the federation, New Delhi, on Monday.", "New Delhi", GPE},
	} {
		checkTyped(t, an.Analyze(tt.text), tt.text, tt.name, tt.typ)
	}
}

// TestPlacesByLastWord: a one-word name that ends a place's name opened
// by a word for a kind of place elsewhere ("Balkhash" after "Lake
// Balkhash") is that place, not a person.
func TestPlacesByLastWord(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("About 80% of the water reaching Lake Balkhash comes from the Ili. Scientists have warned for years that Balkhash, a lake in the southeast of the country, is at risk.")
	for _, e := range a.Entities {
		if e.Text == "Balkhash" && (e.Type == PERSON || e.Type == ORG) {
			t.Errorf("%q typed %s, want a place", e.Text, e.Type)
		}
	}
}

// entityCase is a text, the entities that must be found in it (as
// "Type:Text") and the texts no entity may have.
type entityCase struct {
	text string
	want []string
	not  []string
}

// checkEntityCases analyses each case's text and checks it with
// checkFound.
func checkEntityCases(t *testing.T, an *Analyzer, cases []entityCase) {
	t.Helper()
	for _, tt := range cases {
		checkFound(t, an.Analyze(tt.text), tt.text, tt.want, tt.not)
	}
}

// checkFound checks that the analysis of text has every entity of want
// (written "TYPE:Text") and none whose text is in not.
func checkFound(t *testing.T, a *Analysis, text string, want, not []string) {
	t.Helper()
	got := map[string]bool{}
	for _, e := range a.Entities {
		got[e.Type+":"+e.Text] = true
		if slices.Contains(not, e.Text) {
			t.Errorf("%q: entity %q (%s), want none", text, e.Text, e.Type)
		}
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("%q: no entity %s in %v", text, w, a.Entities)
		}
	}
}

// checkTyped checks that the analysis of text has an entity name, of
// type typ wherever it is found.
func checkTyped(t *testing.T, a *Analysis, text, name, typ string) {
	t.Helper()
	found := false
	for _, e := range a.Entities {
		if e.Text == name {
			found = true
			if e.Type != typ {
				t.Errorf("%q: %q typed %s, want %s", text, e.Text, e.Type, typ)
			}
		}
	}
	if !found {
		t.Errorf("%q: no entity %q in %v", text, name, a.Entities)
	}
}
