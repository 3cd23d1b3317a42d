package nlp

import "testing"

// TestAgedNames: a run of capitalised proper nouns the model found no
// name in is a person's when an age follows it between commas ("Lahcen Id
// Brahim, 74, who keeps…"); a run with no age after it is left as the
// model read it, and so is a listed place with a number after it.
func TestAgedNames(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name string
		person     bool
	}{
		{"The contract respects the closure of the forest.\n\nLahcen Id Brahim, 74, who keeps the closure for the village, was not asked to change anything. “The company wanted the oil in July,” he said.", "Lahcen Id Brahim", true},
		{"Talks resumed in the capital.\n\nTuilagi Fetu Sione, 58, who farms near the lagoon, said the rent was too low.", "Tuilagi Fetu Sione", true},
		{"Prices rose in the region.\n\nIn Paris, 12, the count was lower.", "Paris", false},
	} {
		a := an.Analyze(c.text)
		got := false
		for _, e := range a.Entities {
			if c.text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End] == c.name && e.Type == PERSON {
				got = true
			}
		}
		if got != c.person {
			t.Errorf("%s a person's name: %v, want %v (%+v)", c.name, got, c.person, a.Entities)
		}
	}
}
