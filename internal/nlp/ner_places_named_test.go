package nlp

import "testing"

// TestPlacesNamedSo: a name the story writes right after a word for a
// settlement and "of" ("the coastal village of Kambeng Koto") is a
// place's wherever it stands, though the model, knowing no such name,
// reads it as a person's; a person named after "of" a word that is no
// settlement ("the family of Musa Kebbeh") stays a person.
func TestPlacesNamedSo(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, want string
	}{
		{"Miner signs village deal\n\nThe coastal village of Tambakunda Sare signed an agreement with the miner last month. Tambakunda Sare negotiated through a committee of seven.", "Tambakunda Sare", GPE},
		{"Miner signs village deal\n\nThe family of Musa Kebbeh signed an agreement with the miner last month. Musa Kebbeh said the money was fair.", "Musa Kebbeh", PERSON},
	} {
		a := an.Analyze(c.text)
		found := 0
		for _, e := range a.Entities {
			if c.text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End] != c.name {
				continue
			}
			found++
			if e.Type != c.want {
				t.Errorf("%s is %s at %d, want %s", c.name, e.Type, e.First, c.want)
			}
		}
		if found < 2 {
			t.Errorf("%s found %d times as an entity, want 2: %+v", c.name, found, a.Entities)
		}
	}
}
