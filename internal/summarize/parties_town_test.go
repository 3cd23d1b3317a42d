package summarize

import (
	"slices"
	"testing"
)

// TestTownWithAMayor checks that a town the entity model may take for a
// person's first name, which has a mayor, police and officials, is a
// body, and that its mayor, named with the town in her title, is listed
// with it rather than as a party of her own.
func TestTownWithAMayor(t *testing.T) {
	text := "Bus drivers strike over night shifts\n\nEugene Mayor Dana Whitcomb said on Monday that she wanted the drivers back at work by Friday. \"The buses must run,\" Whitcomb said.\n\nThe Transit Workers Union said its members would stay out until the night shifts were cut. Eugene officials met union leaders on Tuesday, and Eugene police closed two streets near the depot.\n\nThe union said the talks with Eugene had gone nowhere. Whitcomb said the city would make a new offer on Wednesday.\n"
	b := treeBrief(t, text)
	p, ok := partyNamed(b, "Eugene")
	if !ok || p.Kind != KindOrganisation {
		t.Fatalf("parties %v: want Eugene, an organisation", b.Parties)
	}
	if !slices.Contains(p.People, "Dana Whitcomb") {
		t.Errorf("parties %v: want Dana Whitcomb with Eugene", b.Parties)
	}
	if _, ok := partyNamed(b, "Dana Whitcomb"); ok {
		t.Errorf("parties %v: the mayor is no party of her own", b.Parties)
	}
}
