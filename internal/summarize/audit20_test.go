package summarize

import "testing"

// TestAudit20WireCredits checks credits as wire copy writes them:
// words quoted right after "that" ("He warned that “…”, a reference
// to…") are the warner's, not those of a verb in a clause after them; a
// person named after a title the entity model reads as a name ("the U.N.
// Secretary-General's personal envoy, Karin Dahl") is the one "the envoy"
// and "she" stand for; "Ms. Mori" after "Chief Cabinet Secretary Haruka
// Mori" is given in full; "allowed Mosseri to claim that Instagram wants
// to be “…”" is Mosseri's claim, with the name misparsed as a complement
// of "allowed"; "a source close to the negotiations" and "a person
// familiar with the matter" keep the words that describe them however
// the parser hung them; and "“…,” the nurses chanted" is the nurses',
// not the last person named.
func TestAudit20WireCredits(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a quotation right after that",
			"Island talks end\n\nLeader Tomas Berger said the crossings would open in the spring. \"We are not a minority,\" Berger said.\n\nHe warned that \"the facts of today are not the facts of 1998\", a reference to the Holm plan, a U.N. blueprint for unity that Greek Cypriots rejected in a vote that year while Turkish Cypriots backed it.",
			"the facts of today", "Tomas Berger"},
		{"a person named after a title read as a name",
			"Island talks end\n\nThe four-hour meeting, the third between the two leaders this year, was chaired by the U.N. Secretary-General's personal envoy, Karin Dahl, at the old airport.\n\n\"We agreed on things that will change daily lives,\" Dahl told reporters.\n\nThe leaders then met alone for an hour.\n\nDahl, a former Danish deputy foreign minister who took up the post in March, is due to brief the Security Council in June.\n\nThe envoy said she would meet both leaders again. \"I am not here to manage the status quo,\" she said.",
			"I am not here", "Karin Dahl"},
		{"a surname the name linking kept alone",
			"Tariff talks stall\n\nTOKYO - Chief Cabinet Secretary Haruka Mori said at a news conference in Tokyo that the government would keep seeking a broad agreement.\n\n\"We are not in a situation where we should rush to a deal at any cost,\" Ms. Mori said.",
			"We are not in a situation", "Haruka Mori"},
		{"the doer of an infinitive hung as a complement",
			"Instagram hides likes\n\nInstagram head Adam Mosseri has spoken about likes before. Amid growing criticism of online platforms, abandoning likes allowed Mosseri to claim that Instagram wants to be \"a space that feels much less pressurized.\" But the company has also quietly encouraged some users to embrace other numbers.",
			"a space that feels", "Adam Mosseri"},
		{"a source close to the talks",
			"Bid talks\n\nThe union walked out of talks on Friday, a source close to the negotiations said. \"Nobody expected this,\" the source told Reuters.",
			"Nobody expected this", "a source close to the negotiations"},
		{"a person familiar with the matter",
			"Bid talks\n\nThe miner rejected the offer on Monday, a person familiar with the matter said.\n\n\"The board will not move below 400 pence,\" the person said.",
			"The board will not move", "a person familiar with the matter"},
		{"a source close to the talks after the quotation",
			"Port talks\n\nThe union walked out on Friday.\n\n\"The clock is ticking,\" a source close to the talks told AFP.",
			"The clock is ticking", "a source close to the talks"},
		{"many after a closing quotation, the verb read as a participle",
			"Nurses reject pay offer\n\nIn an email to members on Sunday, the union's general secretary, Pat Cullen, wrote: \"We will ballot for strike action.\"\n\n\"We are not going anywhere,\" the nurses chanted outside the ministry.",
			"We are not going anywhere", "the nurses"},
	}, false)
}

// TestAudit20AccordingParticiple checks that "…, according to two people
// briefed on the talks." credits the sentence it closes to the people as
// the story describes them, not the words after the participle.
func TestAudit20AccordingParticiple(t *testing.T) {
	checkStatements(t, []statementCase{
		{"a participle after the credit's noun",
			"Port talks stall\n\nTalks between the port employers and the dockworkers' union broke down on Tuesday, according to two people briefed on the talks.",
			"Talks between the port employers and the dockworkers' union broke down on Tuesday", "two people briefed on the talks", "according to"},
	})
}
