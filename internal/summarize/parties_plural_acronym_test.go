package summarize

import "testing"

// TestPluralAcronym checks that an acronym the story also writes as a
// plural ("super PACs") is a common noun, a kind of thing, and not listed
// as a party, while an acronym it never pluralises still names a body.
func TestPluralAcronym(t *testing.T) {
	text := "Super PAC Money Floods Governor's Race\n\nSuper PAC spending in the race for governor passed $40 million on Tuesday, the Ellisford Election Board said. Donations to super PACs have doubled since May.\n\nThe biggest super PAC, Forward Dalmont, raised $12 million from three donors. Its treasurer, Corwin Haske, said the PAC would spend it all on television ads.\n\nThe board said the super PAC had filed its report late. Haske said the PAC disputed that and would appeal. \"We filed on time,\" Haske said.\n\nThe NVA, a voters' group, said the PAC spending drowned out small donors. The NVA asked the board to cap donations.\n"
	b := treeBrief(t, text)
	if _, ok := partyNamed(b, "PAC"); ok {
		t.Errorf("parties %v: PAC listed, want it left out (the story writes PACs)", b.Parties)
	}
	if _, ok := partyNamed(b, "NVA"); !ok {
		t.Errorf("parties %v: NVA missing, want it listed (never a plural)", b.Parties)
	}
}
