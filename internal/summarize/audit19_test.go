package summarize

import "testing"

// TestAudit19RoleNamedLater checks that a source brought in by a
// description and taken up by "he" or "she" is the person the story names
// for that role a few sentences later: behind an owner ("Norway's chief
// negotiator" … "Norway's negotiator, State Secretary Ola Berg,"), behind
// a title the entity model may read as part of a body's name, and where
// coreference linked the pronoun to a thing rather than the reporter.
func TestAudit19RoleNamedLater(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"an owner's role named four sentences on",
			"Fishing talks end without deal\n\nOSLO - Norway's chief negotiator, speaking to reporters after the session, said a deal was still possible. \"If Brussels brings a realistic offer, we can close this in a week,\" he said.\n\nThe EU's envoy, Marta Kowalczyk, told reporters the talks had been useful. \"Both sides have moved, and both sides know where the gaps are,\" she said. The next round is set for March.\n\nNorway's negotiator, State Secretary Ola Brekke, has led the talks since 2024. \"We are not in a hurry,\" Brekke said.",
			"If Brussels brings", "Ola Brekke"},
		{"the reporter goes on when she is linked to a thing",
			"Nurses' talks stall\n\nAt a news conference on Thursday, the association's president said nurses were being pushed toward a strike by an employer that refuses to discuss staffing on wards.\n\n\"Nobody becomes a nurse because they want to stand on a picket line,\" she said.\n\nThe president, Grace Whitfield, said the union would give hospitals two weeks' notice before any strike.",
			"Nobody becomes a nurse", "Grace Whitfield"},
		{"a description with no name later stays as written",
			"Fishing talks end without deal\n\nOSLO - Norway's chief negotiator, speaking to reporters after the session, said a deal was still possible. \"If Brussels brings a realistic offer, we can close this in a week,\" he said.\n\nThe EU's envoy, Marta Kowalczyk, told reporters the talks had been useful.",
			"If Brussels brings", "Norway's chief negotiator"},
	}, false)
}
