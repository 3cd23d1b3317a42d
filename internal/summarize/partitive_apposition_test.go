package summarize

import "testing"

// "One of them, <name> of <party>, said…": the part of the group the
// apposition names speaks, not the bare partitive.
func TestPartitiveWithNamedApposition(t *testing.T) {
	b := treeBrief(t, `Two aldermen voted against the levy. One of them, Tobias Wrenfield of the Harbour Party, said the council had "sold the marsh villages for a new pier." "The pier is fine, but it does not dry a flooded cellar," he said in the debate.`)
	found := false
	for _, q := range b.Quotes {
		if q.Text == "sold the marsh villages for a new pier." {
			found = true
			if q.Speaker != "Tobias Wrenfield" {
				t.Errorf("speaker %q, want Tobias Wrenfield", q.Speaker)
			}
		}
	}
	if !found {
		t.Fatalf("quote not found: %+v", b.Quotes)
	}
}
