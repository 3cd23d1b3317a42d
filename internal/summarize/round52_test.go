package summarize

import "testing"

// TestRound52VoiceBroughtIn checks a quotation standing alone right after
// a sentence that brings a new person in without a verb of saying
// ("Astrid Holmberg, who fishes out of Tromsø, voted against the deal."):
// hers, not the speaker quoted before her, and so is the quotation
// standing alone after it; and that a sentence about a body in between
// leaves the speaker before as he was.
func TestRound52VoiceBroughtIn(t *testing.T) {
	const voice = "Norway and the fishers' association signed a quota deal on Monday.\n\n" +
		"\u201cThis gives the fleet ten quiet years,\u201d said Lars Eriksen, the fisheries minister.\n\n" +
		"Not everyone is pleased. Astrid Holmberg, who fishes out of Troms\u00f8 with her two brothers, voted against the deal at the association's meeting.\n\n" +
		"\u201cThe cod do not read quotas. My grandfather knew that.\u201d\n\n" +
		"\u201cI will respect the vote. I will not pretend I like it.\u201d"
	const body = "Norway and the fishers' association signed a quota deal on Monday.\n\n" +
		"\u201cThis gives the fleet ten quiet years,\u201d said Lars Eriksen, the fisheries minister.\n\n" +
		"The association's board approved the deal by nine votes to two.\n\n" +
		"\u201cNobody got everything, and that is how you know it is fair.\u201d"
	checkAudit2(t, []audit2Case{
		{"the voice brought in", voice, "The cod do not read quotas", "Astrid Holmberg"},
		{"her next paragraph", voice, "I will respect the vote", "Astrid Holmberg"},
		{"a body in between", body, "Nobody got everything", "Lars Eriksen"},
	}, false)
}

// TestRound52VoiceBroughtInByPronoun checks a quotation standing alone
// after a sentence whose subject is "she" for a person brought in the
// sentence before ("… was Oksana Dewitt, a science teacher. She has
// taught in the district for 22 years."): hers, not the superintendent's
// quoted two paragraphs up.
func TestRound52VoiceBroughtInByPronoun(t *testing.T) {
	const text = "Teachers in Rivertown ended their strike on Friday after the district raised its offer.\n\n" +
		"\u201cThis is a fair deal for every classroom,\u201d said superintendent Paul Hendry.\n\n" +
		"The union's members approved the deal by 812 votes to 301. Among those who voted against it was Oksana Dewitt, a science teacher at Eastfield High. She has taught in the district for 22 years.\n\n" +
		"\u201cWe went back for less than we walked out for. I will not forget that.\u201d"
	checkAudit2(t, []audit2Case{
		{"she", text, "We went back for less", "Oksana Dewitt"},
	}, false)
}

// TestRound52WhoWasQuotedAsSaying checks "X, who was quoted by an outlet
// as saying that “…”" where the parser hung the relative clause from the
// sentence's first verb and labelled "who" an active subject: the one
// "who" stands for says the words, not the sentence's subject.
func TestRound52WhoWasQuotedAsSaying(t *testing.T) {
	const text = "Ghana and Norway reached a fisheries accord on Thursday.\n\n" +
		"Ghana\u2019s government was represented by the Minister of Fisheries and Aquaculture, Mavis Hawa Koomson, who was quoted by the state newspaper Daily Graphic in 2024 as saying that \u201cno foreign trawler will fish inside our waters again.\u201d"
	checkAudit2(t, []audit2Case{
		{"who was quoted", text, "no foreign trawler", "Mavis Hawa Koomson"},
	}, false)
}

// TestRound52ItIsTheTextPosted checks "It says …" after a sentence whose
// subject cannot be "it" (people) and whose object is a text they put
// out ("The administrators have posted an update for creditors on their
// website."): the words quoted are the text's.
func TestRound52ItIsTheTextPosted(t *testing.T) {
	const text = "Talks to save the paper mill went on through the night.\n\n" +
		"The administrators, Harwood Lane, have posted an update for creditors on their website. It says preparations to shut down the boilers \u201cwill begin at noon unless a binding agreement has been reached.\u201d"
	checkAudit2(t, []audit2Case{
		{"the update", text, "will begin at noon", "an update for creditors"},
	}, false)
}

// TestRound52TitleBeforeName checks a person the story calls by a title
// written before his name ("Her brother, Fon Ngwa Tamfu II, attended …")
// and later by the title alone ("the fon") and "he": a quotation standing
// alone after "He stood …" is his, by name.
func TestRound52TitleBeforeName(t *testing.T) {
	const text = "A German museum returned a royal stool to Cameroon on Thursday after two years of talks.\n\n" +
		"The chiefdom's case was argued by the fon's younger sister, Mireille Tamfu, a lawyer in Douala. Her brother, Fon Ngwa Tamfu II, attended only the opening and closing sessions, as custom requires.\n\n" +
		"\u201cThey were negotiating with a ministry. We were negotiating with our ancestors,\u201d Tamfu said.\n\n" +
		"At the ceremony, the fon spoke in French and in the Bali language. He stood, rather than sit in the chair that had been set out for him.\n\n" +
		"\u201cMy great-grandfather sat on this stool for nineteen years. In five years it will be a stool again.\u201d"
	checkAudit2(t, []audit2Case{
		{"the fon", text, "My great-grandfather sat", "Ngwa Tamfu II"},
	}, false)
}
