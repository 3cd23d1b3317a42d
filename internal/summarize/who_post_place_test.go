package summarize

import "testing"

// TestPostPlaceName checks that a post a state keeps abroad, named with
// the place it is in ("the Brazilian Embassy in Lagos", "the UN
// Verification Mission in Guyana"), is named with that place, also when
// a bare "the embassy" takes it up again.
func TestPostPlaceName(t *testing.T) {
	const story = "Fishing boats from both countries were turned back near the reef on Sunday.\n\n" +
		"The Brazilian Embassy in Lagos said in a statement that the patrol boats had “acted lawfully within the agreed zone.” " +
		"“Brazil asks all vessels to respect the zone and to settle any complaint through the joint commission,” the embassy said.\n\n" +
		"The UN Verification Mission in Guyana said it had “received no complaint from either crew.”"
	checkAudit2(t, []audit2Case{
		{"an embassy's name with its place", story, "acted lawfully", "The Brazilian Embassy in Lagos"},
		{"the embassy taken up again", story, "Brazil asks all vessels", "The Brazilian Embassy in Lagos"},
		{"a mission's name with its place", story, "received no complaint", "UN Verification Mission in Guyana"},
	}, false)
}
