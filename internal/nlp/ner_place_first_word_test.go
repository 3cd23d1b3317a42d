package nlp

import "testing"

// TestPlacesByFirstWord checks that a one-word name opening a place's name
// the story gives with its kind of place ("the Tarsk Islands") is that
// place where it stands alone ("Tarsk's coastguard"), not a person.
func TestPlacesByFirstWord(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("Fishing accord signed\n\nThe accord between Ormland and the Tarsk Islands runs to nine pages.\n\nWho asked for the closure? Tarsk's coastguard. Its chief, Ivar Solheim, said the cuts were overdue.\n")
	seen := false
	for _, e := range a.Entities {
		if e.Text == "Tarsk" {
			seen = true
			if e.Type == PERSON || e.Type == ORG {
				t.Errorf("%q typed %s, want a place", e.Text, e.Type)
			}
		}
	}
	if !seen {
		t.Errorf("no entity \"Tarsk\" in %v", a.Entities)
	}
}
