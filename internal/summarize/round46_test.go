package summarize

import "testing"

// TestRound46BodiesAndTitledNames checks that a body's word ("the
// secretariat") is never the person just named, and that a name after a
// title the model read as a body's ("Ambassador Luiza Helena Fontes de
// Carvalho of Brazil") is the person a later "the ambassador" stands for.
func TestRound46BodiesAndTitledNames(t *testing.T) {
	const text = "The chair, Ambassador Luiza Helena Fontes de Carvalho of Brazil, opened the day with a new draft.\n\n" +
		"The session was closed on Sunday. Outside, Tevita Fifita Havili, who represents Tonga on the coalition's steering group, said small island states would keep pushing.\n\n" +
		"The secretariat said the next session would take place next year. Asked whether she would chair it, the ambassador said: \u201cIf they want me. I will bring my own coffee.\u201d"
	checkAudit2(t, []audit2Case{
		{"a body's word", text, "the next session would take place", "The secretariat"},
	}, true)
	checkAudit2(t, []audit2Case{
		{"the titled name", text, "If they want me", "Luiza Helena Fontes de Carvalho"},
	}, false)
}
