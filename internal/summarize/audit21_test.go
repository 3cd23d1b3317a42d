package summarize

import "testing"

// TestAudit21BusinessAndPolitics checks credits as business and
// political copy writes them:
// "they wrote" after "Analysts at Brockway Securities said…" is the
// analysts', named with their firm, not a company coreference linked the
// pronoun to; and "said in a bulletin to members that jobs must be
// protected" reports what the bulletin's clause says, with the medium's
// phrase between the verb and "that"; and "he" in "Cohen's office said he
// had instructed…" is Cohen, not the last man named; and "the state news
// agency" right after "Xinhua reported" is Xinhua; and "The White House is
// expected to argue that…" is the White House's argument.
func TestAudit21BusinessAndPolitics(t *testing.T) {
	const bid = "Miner rejects hostile bid\n\nCopperline Resources rejected a hostile bid from Ardent Mining on Monday.\n\nArdent said in a regulatory filing that it would take its offer directly to shareholders.\n\nThe union representing Copperline's miners said in a bulletin to members that jobs must be protected.\n\nAnalysts at Brockway Securities said the bid was likely to be raised. \"Ardent has room to go higher,\" they wrote in a note to clients."
	checkAudit2(t, []audit2Case{
		{"they after analysts who said something", bid, "Ardent has room", "Analysts at Brockway Securities"},
		{"a body named by its kind with words that say what kind",
			"Trade talks end\n\nBEIJING - Chinese and US officials ended two days of talks on Friday.\n\n\"The talks were candid and constructive,\" Xinhua reported after the session. The state news agency said the two sides would meet again in \"the near future\".",
			"the near future", "Xinhua"},
	}, false)
	checkStatements(t, []statementCase{
		{"that after the medium's phrase", bid, "jobs must be protected", "The union", "said"},
		{"he inside what an office reports",
			"Ceasefire talks resume\n\nIsraeli Prime Minister David Cohen met the mediator for two hours.\n\nMaria Lopez, whose brother is held in Gaza, was at the venue. Her husband, Daniel, added: \"We just want him home.\"\n\nCohen's office later said he had instructed the team to stay in Doha.",
			"the team to stay in Doha", "David Cohen", "instructed"},
		{"the subject of a raising verb",
			"Spending talks stall\n\nThe White House is expected to argue that the cuts go too far.",
			"the cuts go too far", "White House", "argue"},
	})
}
