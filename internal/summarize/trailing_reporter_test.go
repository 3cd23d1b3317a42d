package summarize

import "testing"

// "X told the meeting that …, Y observed. “…,” she said": the reporter
// who closes the sentence after a comma or a closing mark goes on with
// the pronoun, not the subject of the reported telling, however the
// parser hung the closing verb.
func TestTrailingReporterGoesOn(t *testing.T) {
	text := "Lakeport Mills sale stalls over price\n\nTalks on the sale of Lakeport Mills stalled on Friday, said Marta Lindqvist, the mill's chief executive.\n\nIngrid Halvorsen, an analyst at Fjord Securities, thinks the buyer will raise its bid. The mill's chief executive told the same investor briefing that the timber was “the best stand in the north,” Halvorsen observed. “Nobody says that about a forest they plan to keep,” she said.\n"
	checkAudit2(t, []audit2Case{
		{"the reported teller keeps his words", text, "the best stand in the north", "Marta Lindqvist"},
		{"the closing reporter goes on", text, "Nobody says that about a forest", "Ingrid Halvorsen"},
	}, false)
}
