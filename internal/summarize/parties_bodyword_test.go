package summarize

import (
	"slices"
	"strings"
	"testing"
)

// TestBodyWordDescribedSide checks that a body's word before a role
// ("Association president …", "Union negotiator …") stands for the one
// side of that kind the story names only by what it is ("the ferry
// operators' association", "the union") when no named body fits: the
// person is listed with that description, not alone nor with "unions" at
// large, and the description is named without the phrase the parser hung
// it in ("Talks between the ferry operators' association…").
func TestBodyWordDescribedSide(t *testing.T) {
	text := "Harbour shuttle stays tied up\n\nTalks between the ferry operators' association and the tram drivers' union broke down on Thursday night, leaving the harbour shuttle idle for a fourth day.\n\nAssociation president Ola Brenning said the operators had offered a 3% rise over two years. \"Nobody on our side wants this to drag on,\" he said.\n\nUnion negotiator Ivo Marnell said the offer did not cover the weekend rates. \"That is the line for us,\" she said.\n\nBoth sides are expected back at the table in Oststrand on Monday.\n"
	b := treeBrief(t, text)
	for _, c := range []struct{ person, body string }{{"Ola Brenning", "association"}, {"Ivo Marnell", "union"}} {
		if _, alone := partyNamed(b, c.person); alone {
			t.Errorf("parties %v: %s listed alone, want them with the %s", b.Parties, c.person, c.body)
		}
		found := false
		for _, p := range b.Parties {
			if strings.HasSuffix(p.Name, c.body) && slices.Contains(p.People, c.person) {
				found = true
				if p.Kind != KindOrganisation {
					t.Errorf("%s is a %s, want an organisation", p.Name, p.Kind)
				}
			}
		}
		if !found {
			t.Errorf("parties %v: want %s with the %s", b.Parties, c.person, c.body)
		}
	}
	if _, ok := partyNamed(b, "ferry operators' association"); !ok {
		t.Errorf("parties %v: want the ferry operators' association, named without the talks it was hung in", b.Parties)
	}
	for _, p := range b.Parties {
		if strings.EqualFold(p.Name, "unions") {
			t.Errorf("parties %v: want no \"unions\" at large besides the one union", b.Parties)
		}
	}
}
