package summarize

import "testing"

// TestAudit39TitleAfterBody checks that "the FNB President" after two
// presidents were named, one "President of the FNB and a former
// world champion" (a role and a second description joined by "and"), is
// the FNB's president, and that a title the entity model reads as a
// name alone ("President") is no holder of the title itself.
func TestAudit39TitleAfterBody(t *testing.T) {
	const text = "Rowers and clubs agree first contract\n\n" +
		"LUCERNE - The Federation of National Boatmen (FNB) and the Association of Rowing Clubs (ARC) signed their first collective agreement on Monday.\n\n" +
		"\"This is the day we stop rowing for free,\" said Liesl Brunner-Hofer, President of the FNB and a former world lightweight double sculls champion from Zug.\n\n" +
		"Matteo Colombo-Sarti, President of the ARC, said: \"Clubs want crews that stay together.\"\n\n" +
		"Tomas Ek, who rows for a club in Malmö, took part in every session. \"Nobody asked us before,\" said Tomas Ek.\n\n" +
		"The FNB President added that talks on a contract for junior crews would open in May. \"The juniors are next. We will not forget them,\" the FNB President said.\n"
	checkAudit2(t, []audit2Case{
		{"the FNB President", text, "The juniors are next", "Liesl Brunner-Hofer"},
	}, false)
}
