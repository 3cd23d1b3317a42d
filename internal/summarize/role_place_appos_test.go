package summarize

import "testing"

// "The union's press consul in Lagos, Femi Adewale, said …" and then
// "“…,” the consul said": a role the lexicon does not class, whose noun
// goes on with a place before the name is set off (the tree hanging the
// name from the place), is the named person's role, so the title taken
// up with "the" stands for that person.
func TestRoleWithPlaceBeforeName(t *testing.T) {
	text := "Harbour deal\n\nThe port reopened on Monday after a month of talks.\n\nThe union's press consul in Lagos, Femi Adewale, who is not related to the minister, said the dockers had been given a list of shifts. \"Half of our members have signed the roster, and the deal pays them for the lost weeks,\" the consul said. \"The others want a written promise.\"\n"
	checkAudit2(t, []audit2Case{
		{"the role taken up", text, "Half of our members", "Femi Adewale"},
		{"the same speaker goes on", text, "The others want a written", "Femi Adewale"},
	}, false)
}
