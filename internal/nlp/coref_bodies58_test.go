package nlp

import "testing"

// TestCorefBodiesNamedForOnePlace: two bodies named for the same port or
// city, whose names end in different nouns of bodies, are two bodies ("the
// Klaipėda State Seaport Authority" is not "the Klaipėda Dockers' Union":
// its "it said" had gone to the union); a name that ends in no such noun
// still joins by a shared word, as before.
func TestCorefBodiesNamedForOnePlace(t *testing.T) {
	an, err := audit2Analyzer()
	if err != nil {
		t.Fatal(err)
	}
	a := an.Analyze("The Riga Dockers' Union met the Riga State Port Authority and the Riga Freeport Board. Big Machine Records sued, and Big Machine Label Group said it was wrong.")
	s := &crRun{a: a}
	s.prepare()
	at := func(name string) int {
		for k, m := range s.mentions {
			if m.Kind == NameMention && a.Span(m.First, m.Last) == name {
				return k
			}
		}
		t.Fatalf("no name mention %q among %d", name, len(s.mentions))
		return -1
	}
	union, authority, board, records, group := at("Riga Dockers' Union"), at("Riga State Port Authority"), at("Riga Freeport Board"), at("Big Machine Records"), at("Big Machine Label Group")
	s.cls = []crCluster{{name: union}, {name: records}}
	tests := []struct {
		i, c int
		want bool
	}{
		{authority, 0, true},
		{board, 0, true},
		{group, 1, false},
	}
	for _, tc := range tests {
		if got := s.clashes(tc.i, tc.c); got != tc.want {
			t.Errorf("clashes(%q, cluster of %q) = %v, want %v", a.Span(s.mentions[tc.i].First, s.mentions[tc.i].Last), a.Span(s.mentions[s.cls[tc.c].name].First, s.mentions[s.cls[tc.c].name].Last), got, tc.want)
		}
	}
}
