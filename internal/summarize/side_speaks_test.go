package summarize

import "testing"

// TestSideSpeaksAsOne checks that "the union side" or "the Chinese side"
// that says something is that side, not the person named just before it
// ("Association chairman Jorg Maier … The union side said members “…”"):
// a side or a team that speaks as one is no description of a person.
func TestSideSpeaksAsOne(t *testing.T) {
	mk := func(s string) string {
		return "Rhine barge talks\n\nAssociation chairman Jorg Maier arrived first. \"We did not come here to lose another day,\" he said.\n\n" + s + "\n"
	}
	checkAudit2(t, []audit2Case{
		{"a union's side", mk("The union side said members \"will not accept any change to the rota.\""), "will not accept", "The union side"},
		{"a country's side", mk("The Chinese side said it \"will not accept any change to the rota.\""), "will not accept", "The Chinese side"},
		{"its statement", mk("The union side has just put out a short statement. It says members \"will not accept any change to the rota.\""), "will not accept", "The union side"},
		{"a team already held", mk("The buyer's team said the offer \"will not change this week.\""), "will not change", "The buyer's team"},
	}, false)
}
