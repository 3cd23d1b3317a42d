package summarize

import "testing"

// TestAudit32TextOwners checks that a text whose own phrase names who
// made it speaks for them ("the Secretariat's progress report", "a letter
// from the FRN", "a notice posted by the company"), and that one who only
// saw or carried it ("a draft seen by the Standard"), or a joint text, is
// no maker.
func TestAudit32TextOwners(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a possessor",
			"Grid funds delayed\n\nHANOI - The donors and the government met on Monday.\n\nThe Secretariat's progress report calls the grid \"the single most important constraint on the growth of solar power\" in the country.\n",
			"the single most important constraint", "The Secretariat"},
		{"from",
			"Rebels stay away\n\nBANGUI - The talks resumed on Monday without the rebels.\n\nA letter from the Northern Front to the mediators said \"no member of our delegation will initial any text while our comrades remain in prison.\"\n",
			"no member of our delegation will initial", "Northern Front"},
		{"posted by",
			"Shoe plant stops\n\nBIEN HOA - Thousands of workers stopped work on Monday at the plant of Harbour Footwear Co., which makes running shoes for European brands.\n\nThe company said last week it would cut the bonus in half. A notice posted by the company at the gate blamed a \"sharp fall in export orders\" for the cut.\n",
			"sharp fall in export orders", "Harbour Footwear Co."},
		{"seen by is no maker",
			"Doctors strike on\n\nNAIROBI - The doctors' strike entered its third week on Monday.\n\nA draft of the formula, seen by the Standard, states that the county \"shall clear all salary arrears owed to intern doctors within 30 days of signing\" and that no doctor will be punished.\n",
			"shall clear all salary arrears", "A draft of the formula"},
		{"a joint text issued by one",
			"Leaders meet\n\nBRUSSELS - The two leaders met on Monday.\n\nA joint statement issued by the European Union at the end of the meeting reads: \"The parties reaffirmed their commitment to the agreement and to refraining from any unilateral actions.\"\n",
			"The parties reaffirmed their commitment", "A joint statement"},
	}, false)
}

// TestAudit32TextVerbsAfterAsides checks that a text that reports what
// follows "that" is the subject of a verb the tagger read as a noun: after
// an aside ("The agreed record, signed by officials of both governments,
// states that…"), and in its plain form after a plural ("The minutes
// state that…", "The minutes, signed by…, state that…"), so the words
// quoted in what it states are its.
func TestAudit32TextVerbsAfterAsides(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"states after an aside",
			"Fishing deal signed\n\nREYKJAVIK - The two governments signed a fishing arrangement on Monday.\n\nThe agreed record, signed by officials of both governments, states that each party \"shall ensure that catches taken under this arrangement are reported daily to the coastal state\".\n",
			"shall ensure that catches taken", "The agreed record"},
		{"state after a plural",
			"Fishing deal signed\n\nREYKJAVIK - The two governments signed a fishing arrangement on Monday.\n\nThe minutes state that each party \"shall ensure that catches are reported daily to the coastal state\".\n",
			"shall ensure that catches are reported", "The minutes"},
		{"state after a plural and an aside",
			"Shoe plant deal\n\nBIEN HOA - The strike ended on Tuesday.\n\nThe minutes, signed by the federation, the company and the workers' representatives, state that the company will pay \"a bonus of not less than 0.8 months of basic wage\" and will not punish any worker.\n",
			"a bonus of not less than 0.8 months", "The minutes"},
	}, false)
}

// TestAudit32PeopleGoOn checks four ways news goes on with a person it
// just named: a description after a sentence that credits them by name
// though its subject is something else ("The gap had narrowed…,
// Chatzigeorgiou said… The former labour court judge said…"); an office's
// short form defined before the holder's name ("Chief administrative
// officer (CAO) Derek Olafson … the CAO said"); "who" after an apposition
// whose phrase ends in a firm ("Thomas Ashworth-Hale, a partner at a
// London asset manager, who described…"); and "she" after two presidents
// of different bodies ("Takeshi Morimoto, the Sparks' president" is not
// "Kizuna TV's president, Mariko Onodera").
func TestAudit32PeopleGoOn(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"credited by name, then described",
			"Ferry talks go on\n\nPIRAEUS - Ferry unions and owners met again on Tuesday.\n\nDimitra Chatzigeorgiou, the state mediator, briefed reporters during a break. The gap on pay had narrowed to two points since the morning, Chatzigeorgiou said, but the crewing issue remained difficult.\n\nThe former labour court judge said she had asked the owners for a written proposal by 19:00. \"Hours are easier than crews,\" she said.\n",
			"Hours are easier than crews", "Dimitra Chatzigeorgiou"},
		{"an office's short form",
			"Water deal signed\n\nPINE PORTAGE - The council signed the water deal on Monday.\n\nChief administrative officer (CAO) Derek Olafson told council the plant runs at about 58 per cent of capacity.\n\nOlafson said the town would begin the design work this summer. \"The pipe has to go under the narrows, which is the tricky part,\" the CAO said.\n",
			"The pipe has to go under the narrows", "Derek Olafson"},
		{"who after a partner at a firm",
			"Reef swap closes\n\nSUVA - Fiji closed its debt swap on Monday.\n\nThe bondholders were not easy. Their committee was chaired by Thomas Ashworth-Hale, a partner at a London asset manager, who in an early meeting described the first proposal as \"charity dressed as finance.\"\n",
			"charity dressed as finance", "Thomas Ashworth-Hale"},
		{"two presidents",
			"League deal near\n\nTOKYO - The league is close to a streaming deal.\n\nTakeshi Morimoto, the Sparks' president, said the clause would wipe out club income. \"I am against being the only one who pays,\" he said.\n\nKenji Kisaragi, the league commissioner, said revenue would be shared equally. The commissioner added that he had great respect for what the Sparks had built.\n\nKizuna TV's president, Mariko Onodera, said the platform needed exclusivity. She said Kizuna was prepared to allow clubs to show highlights. \"We can be flexible about many things,\" she said.\n",
			"We can be flexible about many things", "Mariko Onodera"},
	}, false)
}

// TestAudit32WhoAfterLists checks three sources the tree hid: "which"
// after a list of backers that closes a body's description is the body
// ("the Pacific Guarantee Facility, a fund backed by Australia, New
// Zealand and Japan, which said…"); a text's subject after a participle's
// agent read as the verb's subject ("A protocol signed by the two sides
// and seen by AFP says…": the protocol, not AFP; since session 44 the
// negotiated text itself, as the gold of s385 gives it, not its phrase
// with who signed it); and "the minister" the
// person the sentence before made its subject, whom the story had called
// a minister, though it named another minister before.
func TestAudit32WhoAfterLists(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"which after a list of backers",
			"Reef swap closes\n\nSUVA - Fiji closed its debt swap on Monday.\n\nThe guarantee came from the Pacific Guarantee Facility, a fund backed by Australia, New Zealand and Japan, which said in a statement that the deal was \"a template the region can use\" and that it was in talks with two other governments.\n",
			"a template the region can use", "Pacific Guarantee Facility"},
		{"an agent read as the subject",
			"Detainees swapped\n\nTBILISI - The two sides swapped detainees on Monday.\n\nA protocol signed by the two sides and seen by AFP says the exchange was carried out \"on the basis of humanity and without prejudice to the positions of the participants.\"\n",
			"on the basis of humanity", "A protocol"},
		{"the minister just named",
			"Detainees swapped\n\nTBILISI - The two sides swapped detainees on Monday.\n\n\"Today six families will sleep without fear,\" Georgia's state minister for reconciliation, Tamar Beridze, told reporters.\n\nIn Sukhumi, the Abkhaz foreign minister, Astamur Kvitsinia, called the exchange a gesture of goodwill but said further swaps would depend on Georgia.\n\n\"We are ready to continue, but the bridge works in both directions,\" Kvitsinia said in a statement published by his ministry.\n\nNino Jghamadze, whose son is still held, waited at the bridge. \"The minister says there will be another list. I have heard that before,\" she said.\n\nBeridze, who met the families after the handover, said the government had submitted 14 more names.\n\n\"Every name on that list has a mother standing at this bridge,\" the minister said.\n",
			"Every name on that list", "Tamar Beridze"},
	}, false)
}
