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

// TestRound46ColonCredits checks a quotation a colon introduces after a
// copula whose subject is a speech noun a pronoun owns ("Her closing
// statement was the only moment that drew applause:", "His view was
// stark:"): the words are the person's the pronoun stands for.
func TestRound46ColonCredits(t *testing.T) {
	const closing = "The chair, Ambassador Ines Moreira Falcão, opened the day with a new draft.\n\n" +
		"At dawn the chair returned to the podium and told delegates there was no consensus. Her closing statement was the only moment of the night that drew applause from every side:\n\n" +
		"\u201cI will not pretend that we have succeeded.\n\n" +
		"\u201cGo home, sleep, and talk to your capitals.\u201d"
	const stark = "Prof. Nihat Erkoç, a hydrologist at Dicle University, said both governments were treating a long-term crisis as a seasonal one. His view was stark: \u201cThere is no treaty that can share water that is not there.\u201d"
	checkAudit2(t, []audit2Case{
		{"her statement", closing, "I will not pretend", "Ines Moreira Falcão"},
		{"his view", stark, "There is no treaty", "Nihat Erkoç"},
	}, false)
}
