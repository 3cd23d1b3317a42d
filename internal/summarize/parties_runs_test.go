package summarize

import (
	"slices"
	"testing"
)

// TestRunsBody checks that a person a relative clause says runs a body
// ("who chairs the association", "who heads Kestrel Freight") is listed
// with that body, not as a party of their own, and that a name someone
// heads is a body.
func TestRunsBody(t *testing.T) {
	text := "Port Deal Signed\n\nThe Harwick Pilots Association and Kestrel Freight signed a new pay deal on Monday after six weeks of talks.\n\n\"We got what our members needed,\" said Ines Marlow, who chairs the association.\n\nOren Tal, who heads Kestrel Freight, said the company would hire twenty more pilots. \"It is a good day for the port,\" he said.\n\nThe association said its members would vote on the deal next week.\n"
	b := treeBrief(t, text)
	for _, c := range []struct{ person, body string }{{"Ines Marlow", "Harwick Pilots Association"}, {"Oren Tal", "Kestrel Freight"}} {
		if _, alone := partyNamed(b, c.person); alone {
			t.Errorf("parties %v: %s listed alone, want them with %s", b.Parties, c.person, c.body)
		}
		if p, ok := partyNamed(b, c.body); !ok || !slices.Contains(p.People, c.person) {
			t.Errorf("parties %v: want %s with %s", b.Parties, c.person, c.body)
		}
	}
	if p, ok := partyNamed(b, "Kestrel Freight"); ok && p.Kind != KindOrganisation {
		t.Errorf("Kestrel Freight is a %s, want an organisation", p.Kind)
	}
}
