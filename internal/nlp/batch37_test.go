package nlp

import "testing"

// TestRelativesAfterOpeningPhrases checks two subjects the parser took
// into the relative clause set off after them: a name after an opening
// phrase of place ("At the depot, Mirela Vasquez, whose brother…, said")
// and a nationality standing for a person ("The Dane, who also…, said").
// The verb of saying is the sentence's root, the name or nationality its
// subject, and the relative clause theirs.
func TestRelativesAfterOpeningPhrases(t *testing.T) {
	an, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, subject, relative string }{
		{"At a shelter for flooded families in a church hall in Tarrow, Mirela Vasquez, whose brother was injured in a landslide near her farm in March, said she would not go home until the road was rebuilt.",
			"Mirela", "injured"},
		{"The Dane, who also advises two other shipping lines, said the offer had been raised twice.",
			"Dane", "advises"},
	} {
		a := an.Analyze(c.text)
		root := -1
		for i, tk := range a.Tokens {
			if tk.Head < 0 {
				root = i
			}
		}
		if root < 0 || a.Tokens[root].Text != "said" {
			t.Errorf("%q: root %d, want \"said\"", c.text, root)
			continue
		}
		s := tokenNamed(t, a, c.subject)
		if a.Tokens[s].Head != root || a.Tokens[s].Rel != "nsubj" {
			t.Errorf("%q: %q hangs from %d as %s, want the subject of said", c.text, c.subject, a.Tokens[s].Head, a.Tokens[s].Rel)
		}
		r := tokenNamed(t, a, c.relative)
		if a.Tokens[r].Head != s || a.Tokens[r].Rel != "acl:relcl" {
			t.Errorf("%q: %q hangs from %d as %s, want a relative clause of %q", c.text, c.relative, a.Tokens[r].Head, a.Tokens[r].Rel, c.subject)
		}
	}
}
