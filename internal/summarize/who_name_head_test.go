package summarize

import "testing"

// TestOrgNameHeadTail checks that a body's name the entity model cut
// short, before the proper noun its words hang from as that noun's
// modifiers ("Association Hauts-Plateaux" before "Verts"), is credited
// whole when a later "The association said" points back to it.
func TestOrgNameHeadTail(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"association named in full",
			"The reservoir was built in 2020 by a farming association, Association Hauts-Plateaux Verts, with money from a Swiss donor. " +
				"It stores rain for two months. The association said in a statement after the deal was signed that the talks had " +
				"“shown how quickly a well changes a village.”",
			"shown how quickly", "Association Hauts-Plateaux Verts"},
	}, false)
}
