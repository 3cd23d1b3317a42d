package summarize

import "testing"

// TestRoleNameEndsSentence checks that the name set off after a role at
// the end of its sentence ("…and the district minister for land and
// water, Jonah Keviri.") is the role's holder, as one set off
// by a comma on both sides is.
func TestRoleNameEndsSentence(t *testing.T) {
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	a := an.Analyze("The pact was read aloud in two languages and witnessed by the two elders, a pastor and the district minister for land and water, Jonah Keviri.")
	src := -1
	for i := range a.Tokens {
		if a.Tokens[i].Text == "minister" {
			src = i
		}
	}
	if src < 0 {
		t.Fatal("no minister")
	}
	tr := newTree(a, nil)
	if e := tr.nameAfterRole(src); e < 0 || tr.entityFullName(e) != "Jonah Keviri" {
		t.Errorf("nameAfterRole(minister) = %d, want Jonah Keviri", e)
	}
}
