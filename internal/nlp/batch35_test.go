package nlp

import "testing"

// clusterNamed returns the name of the cluster of the last mention whose
// head is the last token written w, or "" when it has none.
func clusterNamed(t *testing.T, a *Analysis, w string) string {
	t.Helper()
	h := tokenNamed(t, a, w)
	for _, m := range a.Mentions {
		if m.Head == h && m.Cluster >= 0 {
			return a.Clusters[m.Cluster].Name
		}
	}
	return ""
}

// TestRoleAfterPronounSubject checks that a description by role that
// speaks ("the director said") is the person the sentence before spoke of
// as "she", when the story named and described her by that role just
// before, though another person holding a role of that name was named
// earlier in the story.
func TestRoleAfterPronounSubject(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The airline's finance director, Tomas Berglund, left the room early. " +
			"Later, Ingrid Solheim-Vik, the regional aviation director who chairs the talks, spoke to reporters. " +
			"She would not give numbers, but said the gap had narrowed. " +
			`"Nobody should expect a deal tonight," the director said.`, "Ingrid Solheim-Vik"},
		{"The airline's finance director, Tomas Berglund, left the room early. " +
			"Later, Ingrid Solheim-Vik, the regional aviation director who chairs the talks, spoke to reporters. " +
			"Berglund would not give numbers, but said the gap had narrowed. " +
			`"Nobody should expect a deal tonight," the director said.`, "Tomas Berglund"},
	} {
		a := an.Analyze(c.text)
		if got := clusterNamed(t, a, "director"); got != c.want {
			t.Errorf("%q: the director is %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDeputyNamedAfterTitle checks that a name set off by commas right
// after a title it holds is a person's ("the union's deputy, Yesenia
// Quilapán, walked"), and that a "she" opening the next sentence is that
// person, the subject before, not the person named as its possessor.
func TestDeputyNamedAfterTitle(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The strike leader, Marisol Quenaya Huallpa, spoke to the crowd first. " +
		"Quenaya Huallpa's deputy, Yesenia Quilapán, walked along the line handing out bread. " +
		`Asked whether the workers could hold out another week, she pointed at the fire. "We have bread," she said.`
	a := an.Analyze(text)
	found := false
	for _, e := range a.Entities {
		if a.Span(e.First, e.Last) == "Yesenia Quilapán" {
			found = true
			if e.Type != PERSON {
				t.Errorf("Yesenia Quilapán typed %s, want PERSON", e.Type)
			}
		}
	}
	if !found {
		t.Errorf("no entity Yesenia Quilapán in %q", text)
	}
	if got := clusterNamed(t, a, "she"); got != "Yesenia Quilapán" {
		t.Errorf("the last she is %q, want Yesenia Quilapán", got)
	}
}
