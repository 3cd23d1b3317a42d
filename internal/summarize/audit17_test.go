package summarize

import "testing"

// TestAudit17Speakers checks speakers found in the development half of
// the project's twentieth batch of stories, on texts of our own: a
// spokesman brought in as "a … spokesman" and named next as "The
// spokesman, Maj Gen …"; an email quoted as "the email said"; a source
// "familiar with the strategy" who "told" an outlet; and "he added that…"
// after a person the story goes on to call by the given name; "the
// spokesperson" after one brought in without a name, as the story brought
// it in, or as the story names it a little later; a title with the
// person's name set off after it; and "the official" taken up again
// through "The U.S. official said…" long after "a senior U.S. official"
// came in; and a description with the relative clause that says which
// one ("a Western diplomat in Yerevan who follows the talks"); a
// quotation the sentence after credits ("This assurance was given by…",
// "That was the assessment of…"); and words quoted in what a source says
// a party wants ("According to Huseynova, Baku also wants …“…”").
func TestAudit17Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a spokesman named in the next paragraph without the words before the role",
			"Border talks open\n\n“We came here in good faith,” a Thai army spokesman told reporters.\n\nThe spokesman, Maj Gen Wiroj Kanchanapong, said the team had brought maps.",
			"We came here", "Wiroj Kanchanapong"},
		{"an email quoted",
			"Guild and studios trade proposals\n\nThe guild told members on Thursday that talks had been slow. “The studios have acknowledged the issue. Acknowledging it is not addressing it,” the email said.",
			"The studios have", "the email"},
		{"a source familiar with the strategy who told an outlet",
			"Wage talks stall\n\nIf the sides fail to agree by Sunday, the rules provide for arbitration. A union official familiar with the negotiating strategy told DW on condition of anonymity: “If Sunday comes and there is nothing on paper, we will call for arbitration.”",
			"If Sunday comes", "A union official familiar with the negotiating strategy"},
		{"the spokesperson after one brought in without a name",
			"Port talks stall\n\nA spokesperson for the port employers said the association had offered 18.9 per cent. “The union has not responded to that offer in 22 days,” the spokesperson said.",
			"The union has not", "A spokesperson for the port employers"},
		{"the spokesperson the story names two sentences on",
			"Prisoners swapped\n\nIn Kyiv, a spokesperson for the Coordination Headquarters says the final lists were agreed late on Monday.\n\n“Until the buses move, nothing is certain,” the spokesperson says.\n\nThe spokesperson, Yulia Kravets, later tells the BBC that doctors have begun examining the men.",
			"Until the buses", "Yulia Kravets"},
		{"a title with the name set off after it, after the verb",
			"Talks open at The Hague\n\n\"We did not come to The Hague to reopen a lawsuit,\" said Bolivia's Vice Minister of Foreign Affairs, Rubén Quispe Mamani, as he left the first session on Wednesday.",
			"We did not come", "Rubén Quispe Mamani"},
		{"the official, taken up again far from where it came in",
			"Nile talks end without a deal\n\n\"We have moved to a discussion about the numbers,\" a senior U.S. official told reporters, speaking on condition of anonymity.\n\nEthiopia's chief negotiator, Dawit Bekele, said his country would not accept a cap.\n\n\"Our dams are the first to feel any change,\" said Sudanese Irrigation Minister Amira el-Tayeb.\n\nThe U.S. official said the three countries had agreed to set up a working group.\n\n\"Nobody is walking away,\" the official said.",
			"Nobody is walking", "a senior U.S. official"},
		{"a description with a relative clause not set off by a comma",
			"Treaty talks resume\n\nWestern officials say the gaps are narrower than the rhetoric suggests. “The text is closer than it has ever been,” said a Western diplomat in Yerevan who follows the talks. “Neither side wants to blink.”",
			"The text is closer", "a Western diplomat in Yerevan who follows the talks"},
		{"a relative clause up to a clause of its own",
			"Maritime talks stall\n\n“The buoy line is not a technicality for us,” said an Israeli official who spoke on condition of anonymity because he was not authorized to brief the media.",
			"The buoy line", "an Israeli official"},
		{"a quotation credited by the sentence after it, by an agent",
			"IMF talks end\n\nThe talks ended without an agreement on Friday.\n\n\"We will not take any step that raises the price of power for the poor.\" This assurance was given by Minister of State for Finance Kamran Niazi in the Senate on Friday, where opposition members had criticised the government.",
			"We will not take", "Kamran Niazi"},
		{"a quotation credited by the sentence after it, by 'of'",
			"Maritime talks\n\nThe envoy met both teams on Thursday.\n\n“There will be no signing ceremony this month.” That was the assessment of a Western diplomat in Beirut, who said the sides still disagreed.",
			"There will be no", "a Western diplomat in Beirut"},
		{"words quoted in what a source says a party wants",
			"Treaty talks\n\nLeyla Huseynova, the ministry's spokesperson, said the text was nearly done.\n\nAccording to Huseynova, Baku also wants the EU mission “withdrawn from the border on the day the treaty enters into force.”",
			"withdrawn from the border", "Leyla Huseynova"},
	}, false)
	checkAudit2(t, []audit2Case{
		{"he added after a person called by the given name",
			"Border talks open\n\nThe spokesman, Maj Gen Wiroj Kanchanapong, said the team had brought maps. “We are not here to argue,” Wiroj said.\n\nHe added that the army would not pull troops back.",
			"the army would not", "Wiroj Kanchanapong"},
	}, true)
}
