package nlp

import "testing"

// TestRelativePersons: a name a "who" clause describes is a person's when
// "he" or "she" follows it (or its first word is a given name the lists
// know), whatever type the model read; a body described with "who" and
// never called "he" or "she" keeps its type, as does a place with "which".
func TestRelativePersons(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, want string
	}{
		{"The strike entered its third week.\n\nSolberg Tideway, who employ 900 dockers, said the offer was final. The firm said talks would resume.", "Solberg Tideway", "!PERSON"},
		{"Talks broke up on Wednesday.\n\nHelga Berg, who chairs the Icelandic Federation of Fishing Vessel Owners, warned that the industry could not wait much longer. \"Our members need to know what they can plan for,\" she said.", "Helga Berg", PERSON},
		{"Talks broke up on Wednesday.\n\nHelga Sveinsdóttir, who chairs the Icelandic Federation of Fishing Vessel Owners, warned that the industry could not wait much longer. \"Our members need to know what they can plan for,\" she said.", "Helga Sveinsdóttir", PERSON},
		{"The strike entered its third week.\n\nRio Tinto, who own the mine, said output had halved. The company said talks would resume.", "Rio Tinto", "!PERSON"},
		{"The strike entered its third week.\n\nThe talks moved to New Caledonia, which hosts the nickel plant. Officials said a deal was close.", "New Caledonia", "!PERSON"},
	} {
		a := an.Analyze(c.text)
		found := false
		for _, e := range a.Entities {
			if c.text[a.Tokens[e.First].Start:a.Tokens[e.Last-1].End] != c.name {
				continue
			}
			found = true
			if c.want == "!PERSON" && e.Type == PERSON || c.want != "!PERSON" && e.Type != c.want {
				t.Errorf("%s is %s, want %s", c.name, e.Type, c.want)
			}
		}
		if !found {
			t.Errorf("%s not found as an entity: %+v", c.name, a.Entities)
		}
	}
}
