package summarize

import "testing"

// TestRound50LesserRanks checks a bare title ("the minister") where one
// person holds the office and another holds it no longer or below it
// ("the former foreign minister Wanjiru Kimathi-Odhiambo", "Deputy
// Foreign Minister Ayşe Nur Karabulut"): the holder of the office itself;
// and, where only a deputy is named, the deputy.
func TestRound50LesserRanks(t *testing.T) {
	const former = "South Sudan's government and the rebels signed a ceasefire on Tuesday.\n\n" +
		"\u201cA mother in Nasir can expect food by boat,\u201d said Akuol Majok Bol, South Sudan\u2019s minister for peacebuilding, who led the government delegation.\n\n" +
		"Kenya\u2019s chief mediator, the former foreign minister Wanjiru Kimathi-Odhiambo, said the talks had nearly collapsed on the ninth day. \u201cAt two in the morning everything moved,\u201d she recalled.\n\n" +
		"Asked later whether the army had given up too much, the minister was unapologetic. \u201cA garrison can be moved back in an afternoon,\u201d the minister said."
	const deputy = "Iraq and Turkey signed a water memorandum on Monday.\n\n" +
		"Iraq's minister of water resources, Muntadhar Jawad al-Saadi, called the deal a turning point. \u201cFor the first time we have a number on paper,\u201d al-Saadi told a news conference.\n\n" +
		"Turkey's delegation was led by Deputy Foreign Minister Ay\u015fe Nur Karabulut. \u201cWe are sharing a shortage, not a surplus,\u201d she said.\n\n" +
		"Asked whether he trusted Ankara, the minister paused. \u201cTrust is for families,\u201d the minister said."
	const onlyDeputy = "Poland and the steelworkers' union ended talks without a deal on Friday.\n\n" +
		"\u201cWe are not going to sign a blank cheque,\u201d Deputy Climate Minister Wojciech Zaj\u0105c told a news conference after the talks.\n\n" +
		"\u201cI will stay there as long as it takes,\u201d the minister said."
	checkAudit2(t, []audit2Case{
		{"a former minister", former, "A garrison can be moved", "Akuol Majok Bol"},
		{"a deputy minister", deputy, "Trust is for families", "Muntadhar Jawad al-Saadi"},
		{"only a deputy", onlyDeputy, "I will stay there", "Wojciech Zając"},
	}, false)
}

// TestRound50PlaceInSource checks a source's phrase with a place after
// "in" that the entity model took for a person ("A Western diplomat in
// Juba said…"): the place says where the source is, so the phrase, not
// the place, is the speaker.
func TestRound50PlaceInSource(t *testing.T) {
	const text = "Diplomats were guarded. A Western diplomat in Juba said the real test would come with the rains. \u201cEverybody signs in Nairobi,\u201d the diplomat said."
	checkAudit2(t, []audit2Case{
		{"the diplomat", text, "Everybody signs in Nairobi", "A Western diplomat in Juba"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"reported", text, "the real test would come", "A Western diplomat in Juba"},
	}, true)
}

// TestRound50YoungerOfGroup checks "the younger (elder) of the two
// brothers" as a source: one of a group, not the person the story named
// just before ("Magdalena Żurawska-Kos … told analysts"), and of the two
// people the story names with one surname, the one the ages it gives
// make so.
func TestRound50YoungerOfGroup(t *testing.T) {
	const text = "Brewery bid stalls\n\n" +
		"What Wisłana Foods still does not have is a yes from both Horáček brothers. Jiří and Pavel Horáček each own 18% of the brewery.\n\n" +
		"Magdalena Żurawska-Kos, Wisłana’s chief executive, has insisted that the price will not rise again. \u201cWe have made our final offer,\u201d she told analysts.\n\n" +
		"\u201cI did not spend thirty years in this brewery to sell it to a sausage company,\u201d says the younger of the two brothers, sitting in the tasting room. Pavel Horáček, 58, ran the brewery’s production for two decades.\n\n" +
		"His brother is not. Jiří Horáček, 63, a former finance director, called the price fair. \u201cOur father would have sold,\u201d says the elder of the two brothers."
	const noAges = "Brewery bid stalls\n\n" +
		"Magdalena Żurawska-Kos, Wisłana’s chief executive, has insisted that the price will not rise again. \u201cWe have made our final offer,\u201d she told analysts.\n\n" +
		"\u201cI did not spend thirty years in this brewery to sell it to a sausage company,\u201d says the younger of the two brothers."
	checkAudit2(t, []audit2Case{
		{"the younger", text, "I did not spend thirty years", "Pavel Horáček"},
		{"the elder", text, "Our father would have sold", "Jiří Horáček"},
		{"no ages", noAges, "I did not spend thirty years", "the younger of the two brothers"},
	}, false)
}

// TestRound50ParticipleBeforeRelative checks a source's participle with a
// relative clause set off after it that the parser hung as the
// participle's conjunct ("A person involved in the negotiations, who
// spoke on condition of anonymity…, said"): the comma before the clause
// ends the description, which keeps the participle's phrase.
func TestRound50ParticipleBeforeRelative(t *testing.T) {
	const text = "The talks were hard. A person involved in the negotiations, who spoke on condition of anonymity because of the risk, said the talks had been calm. \u201cThe first number they gave us was a fantasy,\u201d the person said."
	checkAudit2(t, []audit2Case{
		{"reported", text, "the talks had been calm", "A person involved in the negotiations"},
	}, true)
}

// TestRound50IntervieweeSpokeAfter checks an interview whose
// introduction names the one answering and says in the next sentence
// that "she spoke to us": the answers are hers, not those of a person the
// story names more often before ("Rep. Kwak Do-yoon … wrote").
func TestRound50IntervieweeSpokeAfter(t *testing.T) {
	const text = "Q&A: South Korea's nuclear envoy on enrichment\n\n" +
		"South Korea and the United States ended a fifth round of talks last week.\n\n" +
		"Kwak Do-yoon, an opposition lawmaker, wrote that the government was \u201casking politely.\u201d Kwak Do-yoon has criticised the talks for months.\n\n" +
		"South Korea's lead negotiator is Baek Seung-hee, the foreign ministry's ambassador for nuclear energy cooperation. She spoke to us in Seoul on Monday.\n\n" +
		"Q: Did you get anything on enrichment?\n\n" +
		"A: We got a conversation. Now it is on the agenda, in a working group, with a date.\n\n" +
		"Q: Rep. Kwak says the government is asking politely.\n\n" +
		"A: Rep. Kwak is entitled to his view. I am entitled to my instructions.\n\n" +
		"Q: What happens in September?\n\n" +
		"A: We go back to Washington. I tell my daughter they have not said no."
	checkAudit2(t, []audit2Case{
		{"first answer", text, "We got a conversation", "Baek Seung-hee"},
		{"answer naming another", text, "Rep. Kwak is entitled", "Baek Seung-hee"},
	}, false)
}

// TestRound50CloseAndFamiliar checks a source "close to" or "familiar
// with" something whose noun the tagger read as an adjective: after the
// verb it speaks by ("…,” said one official close to the talks") and as
// the subject of a verb that is not one of saying ("a senior Emirati
// official familiar with the process paints a picture…"), the phrase
// keeps what the adjective takes.
func TestRound50CloseAndFamiliar(t *testing.T) {
	const after = "The talks ended.\n\n\u201cIt was polite, which is the problem,\u201d said one official close to the talks. \u201cWhen mackerel talks are polite, it means nobody is moving.\u201d"
	const paints = "The mechanics of the talks are rarely described in public.\n\n" +
		"But a senior Emirati official familiar with the process paints a picture of painstaking haggling carried out almost entirely by phone.\n\n" +
		"\u201cNeither side ever sits in the same room,\u201d the official says."
	checkAudit2(t, []audit2Case{
		{"after the verb", after, "It was polite", "one official close to the talks"},
		{"not a verb of saying", paints, "Neither side ever sits", "a senior Emirati official familiar with the process"},
	}, false)
}

// TestRound50OwnKin checks a relative by a possessive ("Her husband")
// whose owner the engine took for the relative himself: no one is their
// own husband, so the husband is the person the story set off after
// "whose husband".
func TestRound50OwnKin(t *testing.T) {
	const text = "In Batangas, south of Manila, Rowena Dimaculangan, whose husband, Ramil Dimaculangan, is the ship\u2019s bosun, said she had learned of the release from a cousin\u2019s Facebook post an hour before the company called her. \u201cI have not slept properly since October. Tonight I will sleep,\u201d she said.\n\n" +
		"Her husband, reached by telephone in Lagos, said: \u201cTell my wife I am coming home, and tell my company I am not going back to that route.\u201d"
	checkAudit2(t, []audit2Case{
		{"her husband", text, "Tell my wife I am coming home", "Ramil Dimaculangan"},
	}, false)
}
