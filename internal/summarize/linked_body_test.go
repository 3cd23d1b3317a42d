package summarize

import "testing"

// TestLinkedBodyName checks that a body named in full once ("Austral Roja
// Holdings") and then by its opening words ("Austral Roja has just
// issued a statement"), which the entity model does not type, is credited
// by its whole name when "it" goes on from the short one.
func TestLinkedBodyName(t *testing.T) {
	const blog = "Live: Harbour bakers strike as Austral Roja offers 4% raise\n\nCoastline Live - last updated 18:10\n\nKey points\n- Talks between Austral Roja Holdings and the bakers' union resumed at 09:00 in Corvale, day 5 of the strike at the company's two bakeries\n- The company has offered a 4% raise; the union wants 9%\n\n17:40 - Company says its offer is final\n\nAustral Roja has just issued a statement. It calls its offer \"the last and best for this season,\" and says a longer strike \"would hurt both bakeries badly.\"\n"
	checkAudit2(t, []audit2Case{
		{"first quotation after the short name", blog, "the last and best", "Austral Roja Holdings"},
		{"second quotation of the same sentence", blog, "would hurt both", "Austral Roja Holdings"},
	}, false)
}
