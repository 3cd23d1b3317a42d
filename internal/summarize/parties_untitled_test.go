package summarize

import (
	"strings"
	"testing"
)

// TestUntitledPersonName checks that a word before a given name that is
// no given name itself ("Galaxy" of "Former Miss Galaxy Maria Kessel") is
// left out of the person's party name: one party, "Maria Kessel".
func TestUntitledPersonName(t *testing.T) {
	b := treeBrief(t, "The chess federation and Maria Kessel settled their dispute over prize money on Friday. "+
		"Former Miss Galaxy Maria Kessel had refused to play in the national final unless the purse was doubled. "+
		"The federation said it would raise the purse by half. "+
		"Kessel said she would accept. "+
		"The federation said the final would go ahead in May.")
	n := 0
	for _, p := range b.Parties {
		if strings.Contains(p.Name, "Kessel") {
			n++
			if p.Name != "Maria Kessel" {
				t.Errorf("party named %q, want \"Maria Kessel\"", p.Name)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d parties name Maria Kessel, want 1: %+v", n, b.Parties)
	}
}

// TestUntitledName checks the names untitledName strips and keeps.
func TestUntitledName(t *testing.T) {
	tr := &tree{}
	for _, tt := range []struct{ in, want string }{
		{"Galaxy Maria Kessel", "Maria Kessel"},
		{"Maria Kessel", "Maria Kessel"},
		{"John Paul Brenner", "John Paul Brenner"},
		{"Oskar van Dijk", "Oskar van Dijk"},
		{"Fisheries Minister Ana Lutui", "Ana Lutui"},
		{"Harbour Board Chairman Tevita Fonua Kata", "Tevita Fonua Kata"},
		{"Ana Minister Lutui", "Ana Minister Lutui"},
		{"K. Tevita Fonua", "K. Tevita Fonua"},
	} {
		if got := tr.untitledName(tt.in); got != tt.want {
			t.Errorf("untitledName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
