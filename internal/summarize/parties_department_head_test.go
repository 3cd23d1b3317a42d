package summarize

import (
	"slices"
	"testing"
)

// TestDepartmentHead checks that a secretary whose title names the
// department the story names ("Transport Secretary" and "the Transport
// Department") is listed with that department, not as a party of their
// own beside it.
func TestDepartmentHead(t *testing.T) {
	text := "Rail Strike Ends After Marathon Talks\n\nThe Brayton Rail Workers Union and Corvel Rail reached a tentative deal on Saturday to end a three-week strike, according to the Transport Department.\n\nThe deal was brokered over nine days with help from Transport Secretary Nell Okafor, who said she expected it to be signed next week. \"Both sides showed real courage,\" Okafor said in a statement.\n\nThe Transport Department said trains would run again on Monday. The union said its members would vote on the deal. Corvel Rail said it was pleased.\n"
	b := treeBrief(t, text)
	if _, alone := partyNamed(b, "Nell Okafor"); alone {
		t.Errorf("parties %v: Nell Okafor listed alone, want her with the Transport Department", b.Parties)
	}
	if p, ok := partyNamed(b, "Transport Department"); !ok || !slices.Contains(p.People, "Nell Okafor") {
		t.Errorf("parties %v: want Nell Okafor with the Transport Department", b.Parties)
	}
}
