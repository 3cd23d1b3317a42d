package summarize

import "testing"

// TestAudit11Speakers checks speakers found in the development halves of
// the project's thirteenth and fourteenth batches of stories, on texts
// of our own: a role the story names its holder for in the next sentence
// that is no quotation ("…,” said the head of Sudan's technical team. /
// Eng. Nazik Osman Hamid said Sudan…"); a role written after its holder's
// name earlier, "lead" for "chief" ("the union's lead negotiator"); a
// title with "of" and "and" in it ("Minister of Industry and Trade
// Nguyễn Hoàng Long"); a name set off after a role the parser hung off
// the quotation; a quotation in British single marks with another inside
// it, which is part of it; words quoted as what someone showed, inside
// what another said; "the chief executive" read as a noun after the
// quotation; advice that speaks for itself; a short form defined after
// a name written in sentence case ("Confédération française des
// syndicats du travail (CFST)"); and an acronym the story never defines
// whose letters are the initials of the one body it names in full.
func TestAudit11Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a description named in the next sentence",
			"The technical teams met in Addis Ababa on Tuesday.\n\n“For us the question is not the percentage, it is the timing,” said the head of Sudan’s technical team. “Our engineers have a few hours to react.”\n\nEng. Nazik Osman Hamid said Sudan had asked for 72 hours’ notice of large releases.",
			"For us the question", "Nazik Osman Hamid"},
		{"lead negotiator for chief negotiator",
			"Wage talks at the mine broke down on Monday.\n\n“A percentage of a poverty wage is still a poverty wage,” said Nomvula Dlamini, the union’s chief negotiator at the mine.\n\nThe company has offered 6 per cent.\n\n“Four years of peace is worth something to a mining company,” the union’s lead negotiator added.",
			"Four years of peace", "Nomvula Dlamini"},
		{"a title with of and and",
			"Vietnam offered stricter rules of origin on Thursday.\n\nMinister of Industry and Trade Nguyen Hoang Long said the two delegations had agreed on the main direction of a deal.\n\n“We are not in a hurry to sign something bad,” the minister said.",
			"We are not in a hurry", "Nguyen Hoang Long"},
		{"a name set off after a stranded role",
			"Delegates agreed to use the new draft as a basis.\n\n\"We have a text that everyone in this room can live with for now,\" the chair of the negotiating committee, Chilean ambassador Ines Carrasco Villalobos, told the closing plenary.",
			"We have a text", "Ines Carrasco Villalobos"},
		{"a quotation in single marks with one inside",
			"The board rejected the fourth proposal on Thursday.\n\n‘When Joao Pedro called me in March he said, “This is a friendly conversation between two engineers.” The same afternoon his bankers were calling our shareholders,’ Rui Tavares said on a call with analysts.",
			"When Joao Pedro called", "Rui Tavares"},
		{"what someone showed, inside what another said",
			"The talks in Muscat lasted nine hours.\n\nAl-Mawali, who has hosted all four rounds, said in remarks read out to reporters at the palace gates that both delegations had shown “courage and patience” during a long day.",
			"courage and patience", "Al-Mawali"},
		{"the chief executive as the subject after the quotation",
			"Thabo Nkosi, the chief executive of Bokamoso Platinum, repeated his line on Monday.\n\n“I would rather lose production for three weeks than close a shaft,” the chief executive said.",
			"I would rather lose", "Thabo Nkosi"},
		{"a short form defined after a name in sentence case",
			"Pension talks came close to collapse on Tuesday. The Confédération française des syndicats du travail (CFST), the country's largest union, walked out.\n\nThe CFST said the government had “locked the door before the discussion even began.”",
			"locked the door", "Confédération française des syndicats du travail"},
		{"an acronym the story never defines, of a body it names in full",
			"Coastal states agreed a total catch on Thursday.\n\nThe Marine Stewardship Council, which suspended its certification in 2019, said the outcome was disappointing.\n\n\"Retailers and consumers are watching,\" the MSC said.",
			"Retailers and consumers", "Marine Stewardship Council"},
		{"advice that speaks for itself",
			"The council advised a cut of 62 per cent last week.\n\n\"The spawning stock is estimated to have declined below the reference point,\" the advice said.",
			"The spawning stock", "the advice"},
	}, false)
}
