package summarize

import "testing"

// "the delegation chief said" where no one holds that title: the one
// person the story has head or lead a delegation or a team, however the
// parser hung the passive's "by"; no one when two people do.
func TestDelegationHeadTitle(t *testing.T) {
	headedBy := "Valley water talks resume\n\nTalks between the valley councils and the northern herders resumed on Tuesday in Arvik.\n\nThe herders' delegation was headed by Jonas Eriksen-Vaag, a schoolteacher who has lived in the valley for twenty years. The councils sent four mayors.\n\n“We came for the wells, not for speeches,” the delegation chief told reporters outside the hall.\n"
	twoLeaders := "Valley water talks resume\n\nThe herders' delegation was headed by Jonas Eriksen-Vaag, a schoolteacher. The councils' team was led by Sigrid Aaland, a mayor.\n\nBoth sides were tired by evening. “We came for the wells, not for speeches,” the delegation chief told reporters outside the hall.\n"
	checkAudit2(t, []audit2Case{
		{"headed by", headedBy, "We came for the wells", "Jonas Eriksen-Vaag"},
		{"two who led", twoLeaders, "We came for the wells", "the delegation chief"},
	}, false)
}
