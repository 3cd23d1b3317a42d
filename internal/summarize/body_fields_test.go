package summarize

import "testing"

// TestBodyFieldsName checks body names that go on past a comma or a
// lower-case connector: a ministry or department named with the fields it
// is of ("the Department of Coasts, Forests and Tourism"), later called
// "the Department" alone, and an agency whose name has a French "des"
// ("the Agence Régionale des Liaisons Portuaires").
func TestBodyFieldsName(t *testing.T) {
	const fields = "Harbour deal signed\n\nA new licence agreement for the oyster beds of Kelvor Bay was signed on Monday by the Department of Coasts, Forests and Tourism and the Kelvor Growers Association.\n\nThe growers welcomed the deal. Asked about the delay, the Department told growers in a letter that the survey \"will allow the harvest to be set bed by bed next year.\"\n"
	const des = "Ferry sale agreed\n\nThe sale of the island ferries was agreed on Friday.\n\nThe regional port agency, the Agence Régionale des Liaisons Portuaires, said in a statement that it would stop any ship that sailed \"with one car more than its papers allow.\"\n"
	checkAudit2(t, []audit2Case{
		{"the Department after its full name with fields", fields, "will allow the harvest", "Department of Coasts, Forests and Tourism"},
		{"a body's name over des", des, "with one car", "Agence Régionale des Liaisons Portuaires"},
	}, false)
}

// TestKindBodyTwoNamed checks that "the Department" stays as written when
// the story named two departments before it.
func TestKindBodyTwoNamed(t *testing.T) {
	const two = "Harbour deal signed\n\nThe Department of Coasts and the Department of Roads signed the deal on Monday with the Kelvor Growers Association.\n\nThe growers welcomed the deal. Asked about the delay, the Department told growers in a letter that the survey \"will allow the harvest to be set bed by bed next year.\"\n"
	checkAudit2(t, []audit2Case{
		{"two departments", two, "will allow the harvest", "Department"},
	}, false)
}
