package summarize

import "testing"

// TestAudit34DescriptionAfterQuote checks that a description that speaks
// after a quotation ("“…,” the 34-year-old father of three said") goes
// on as the person the sentence before made its subject, by name or by
// "he"/"she", though the quotation's comma and closing mark hang from the
// description; but not an office or a body ("the mayor", "the
// presidential office"), which may be someone else.
func TestAudit34DescriptionAfterQuote(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"named subject before",
			"Truce holds\n\nPORT-AU-PRINCE - A truce held for a third day on Sunday.\n\nAt a kiosk in Carrefour 12, where diesel has been sold in plastic cans for 1,200 gourdes a gallon, moto driver Wilner Dorsainvil said he would believe in the truce when the price came down.\n\n\"Thirty days is nothing. My children eat every day, not every thirty days,\" the 34-year-old father of three said.\n",
			"Thirty days is nothing", "Wilner Dorsainvil"},
		{"she before, age and occupation",
			"Plow talks stall\n\nWINNIPEG - Talks with the plow contractor stalled on Monday.\n\nOn a side street, Edith Sorensen was watching the forecast closely. She has kidney failure and goes to hospital three mornings a week.\n\n\"If it comes in three days, I don't get to my dialysis,\" the 81-year-old retired schoolteacher said.\n",
			"If it comes in three days", "Edith Sorensen"},
		{"she before, an office after",
			"Pension talks\n\nDAYTON - Talks on the pension fund went on Tuesday.\n\nFinance director Ruth Abernethy said the city had offered more money. She said the proceeds of a garage sale would go to the fund.\n\nAsked about the talks on the radio, the mayor said: \"I have asked both sides to stay in that room.\"\n",
			"I have asked both sides", "the mayor"},
		{"he before, a body after",
			"Doctors' strike\n\nSEOUL - Talks with the doctors resumed on Monday.\n\nVice Minister Park Sung-min did not stop for questions. He later told reporters that the government was attending \"with an open mind\".\n\nThe presidential office said on Monday that the increase was \"a matter of national survival\".\n",
			"a matter of national survival", "The presidential office"},
	}, false)
}

// TestAudit34HyphenedSurname checks that "the Emirati official" goes on
// as the person the sentence before made its subject by a surname of two
// words joined by a hyphen ("Al-Suwaidi told…").
func TestAudit34HyphenedSurname(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"al-Suwaidi",
			"Air talks resume\n\nNEW DELHI - Air talks resumed on Monday.\n\nThe Emirati side is led by Saif bin Hamad al-Suwaidi, director-general of the aviation authority.\n\n\"We came with an open mind,\" al-Suwaidi said.\n\nAl-Suwaidi told Emirati reporters during the break that Abu Dhabi had offered to phase any increase over five years. The Emirati official said the offer also accepted limits on the number of cities. It was, he said, \"generous, and final for tonight.\"\n",
			"generous, and final for tonight", "Saif bin Hamad al-Suwaidi"},
	}, false)
}

// TestAudit34AbbreviatedTitle checks that "he" after a sentence whose
// subject is a councillor named after "Coun." is that councillor, not a
// man named inside a quotation before.
func TestAudit34AbbreviatedTitle(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"Coun.",
			"Plow contract talks\n\nWINNIPEG - Talks with the plow contractor stalled on Monday.\n\nCoun. Priya Raghunathan said council had known for a year that the contract was expiring. \"That's on us, not on Tom,\" Raghunathan said.\n\nCoun. Gord MacIsaac, a retired trucker who represents Ward 3, took a harder line, arguing the city should buy its own equipment. He called the company's demand \"a hold-up with a snow blade on the front.\"\n\nThe mayor said staff would cost MacIsaac's idea. Told of MacIsaac's proposal, the contractor laughed.\n",
			"a hold-up with a snow blade", "Gord MacIsaac"},
	}, false)
}

// TestAudit34KinByPronoun checks that "her mother" after a quotation
// whose "she" is someone else is the one mother the story named after
// "Her mother," before.
func TestAudit34KinByPronoun(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"her mother",
			"The negotiator who takes off her watch\n\nMANILA — The first thing Luisa Santos-Reyes does in a negotiating room is take off her watch.\n\nShe grew up in Navotas, the daughter of a ship's cook. Her mother, Teresita Santos, 79, still lives in the same house.\n\n\"She was always arguing, even as a little girl,\" her mother said, pouring coffee.\n",
			"She was always arguing", "Teresita Santos"},
	}, false)
}

// TestAudit34TranscriptRoleLabel checks that a transcript's turn labelled
// by a title ("PRESENTER:") is the one person the text gives that title
// ("Presenter Ama Owusu was joined…"), that a name after a courtesy title
// ("Madam Mensah-Bonsu") is no second person of that surname, and that
// "she said" after the transcript goes to the person in full.
func TestAudit34TranscriptRoleLabel(t *testing.T) {
	text := "Power talks on the radio\n\nEdited transcript. Presenter Ama Owusu was joined in the studio by Kwesi Boadu, deputy minister for energy, and Efia Mensah-Bonsu, chief executive of the Chamber of Power Producers.\n\nOWUSU: \"Good morning. The state owes private power plants about 1.9 billion dollars. Deputy minister, why reopen the contracts now?\"\n\nBOADU: \"Because they were signed when we feared the lights would never come back on.\"\n\nPRESENTER: \"Madam Mensah-Bonsu, is that what your members are hearing at the table?\"\n\nMENSAH-BONSU: \"With respect, our members are hearing that the government would like a discount on debts it already owes.\"\n\n[After the programme, Mensah-Bonsu told the newsroom that three members had agreed to extend their contracts.]\n\n\"Pay what you owe, and then we can talk about tomorrow,\" she said.\n"
	checkAudit2(t, []audit2Case{
		{"role label", text, "Madam Mensah-Bonsu, is that what", "Ama Owusu"},
		{"surname label beside a courtesy title", text, "With respect, our members", "Efia Mensah-Bonsu"},
		{"she said after", text, "Pay what you owe", "Efia Mensah-Bonsu"},
	}, false)
}

// TestAudit34PluralSources checks that a plural noun of people named by
// whom they serve speaks as itself ("Halloran aides acknowledged…", not
// "Halloran"), that "they" after it is them, and that "they" speaking in
// a clause beside the main verb is that verb's plural subject.
func TestAudit34PluralSources(t *testing.T) {
	text := "Visit to Washington\n\nWASHINGTON - The president of Norland visited Washington on Wednesday.\n\nHalloran aides acknowledged a close relationship with the administration on Norland. But they emphasized that the sanctions had pushed the military toward reforms.\n\nProponents, including the conference of mayors, have urged Congress to leave the program intact, although they say they support some of the changes.\n"
	checkAudit2(t, []audit2Case{
		{"plural named by whom they serve", text, "a close relationship", "Halloran aides"},
		{"they after it", text, "the sanctions had pushed", "Halloran aides"},
		{"they beside the main verb", text, "they support some of the changes", "Proponents"},
	}, true)
}
