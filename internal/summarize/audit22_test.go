package summarize

import "testing"

// TestAudit22NamesAndDays checks credits that hang on what a name or a
// day says: "he said" after a paragraph that names a man and a woman
// whose given name only the analysis layer's lexicons know ("Marisol") is
// the man's; and a description of a source that ends on a part of a day
// ("posted on the union's website late Monday") is credited without the
// "late"; and "she said" is never a company's, though the models took
// its made-up one-word name for a person's and linked the pronoun to it;
// and a ministry named with its list of portfolios ("Ministry of Trade,
// Industry and Fisheries") is credited by its whole name; "the U.K.
// secretary" and "the U.K. minister" are the one person the story titled
// "U.K. Business and Trade Secretary", though the entity model read part
// of the title as a body's name; and "the union boss" is the one person
// titled as the chairman of a body named by its own name ("GDL chairman
// Holger Brandner"); and an acronym the story never defines in brackets
// names the body whose name it spells ("RSF" for the Rapid Support
// Forces); and "The ministry's statement read: “…”", with "read" tagged a
// noun, is the ministry's, as "“…,” the ministry's statement said" is;
// and "they said" right after a sentence whose subject is one named person
// who said something, with no group in that subject, is that person's;
// and "Barclay's spokesman said" is the spokesman's, as an office is;
// and a fragment in a sentence that opens "According to Qatari Prime
// Minister Mohammed Al Thani," is his, by his name, not dropped as a
// scare quote nor credited to the title.
func TestAudit22NamesAndDays(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"he is not a woman the short name lists miss",
			"Machinists weigh contract\n\nSEATTLE - Machinists vote on Wednesday on a new contract.\n\nDaniel Reyes said he and his wife had argued about the offer. \"I remember the last strike,\" said Marisol Reyes, an inspector on the same line.\n\n\"She is more careful than me, which is why we still have a house,\" he said with a laugh.",
			"She is more careful", "Daniel Reyes"},
		{"a part of the day is not the source",
			"Doctors reject talks\n\nSEOUL - The health ministry met trainee doctors on Monday.\n\nA statement posted on the KDRA website late Monday described the meeting as \"a one-sided briefing dressed up as dialogue\".",
			"a one-sided briefing", "A statement"},
		{"she is not a company named by one word",
			"Orvane offers spectrum sale\n\nBRUSSELS - Orvane offered on Monday to sell spectrum to win approval for its takeover of Proxel.\n\nMargit Lindqvist, the EU's competition commissioner, said she was not against consolidation. \"Four-to-three mergers often end in higher bills,\" Lindqvist said.\n\nOrvane chief executive Thomas Berg said the sale would create a strong fourth operator. \"This is a serious offer,\" he said.\n\nAnalyst Marc Morel of Castle Research said the remedy was smaller than expected.\n\nPieter Vandam, chair of the Belgian regulator, said consumers already paid too much. \"We cannot allow that gap to widen,\" Vandam said.\n\nPeople close to Orvane said the company had held early talks with two buyers.\n\nThe commission now has until March 14 to rule. \"We will test this offer with the market before we decide anything,\" she said.",
			"We will test", "Margit Lindqvist"},
		{"a ministry's list of portfolios",
			"Fishing deal reached\n\nOSLO - Norway and Britain agreed fishing quotas on Wednesday.\n\nIn Oslo, Norway's Ministry of Trade, Industry and Fisheries said in a statement that the agreement was \"balanced and mutually beneficial\".",
			"balanced and mutually", "Norway's Ministry of Trade, Industry and Fisheries"},
		{"a secretary by the title's country", "India and UK close in on trade pact\n\nNEW DELHI - Commerce Minister Rajeev Malhotra, who met U.K. Business and Trade Secretary Helen Carrington in New Delhi on Thursday, said the two sides were closer than ever.\n\nMs. Carrington, during an interaction with business leaders in Mumbai on Friday, also flagged procurement. Officials said these chapters were largely settled. \"We have made real progress,\" the U.K. secretary told the gathering.\n\nMs. Carrington, during an interaction with business leaders in Mumbai on Friday, also flagged procurement. Officials said these chapters were largely settled. \"We are leaving more optimistic,\" the U.K. minister told the gathering.\n", "We have made real progress", "Helen Carrington"},
		{"a government's secretary is its minister", "India and UK close in on trade pact\n\nNEW DELHI - Commerce Minister Rajeev Malhotra, who met U.K. Business and Trade Secretary Helen Carrington in New Delhi on Thursday, said the two sides were closer than ever.\n\nMs. Carrington, during an interaction with business leaders in Mumbai on Friday, also flagged procurement. Officials said these chapters were largely settled. \"We have made real progress,\" the U.K. secretary told the gathering.\n\nMs. Carrington, during an interaction with business leaders in Mumbai on Friday, also flagged procurement. Officials said these chapters were largely settled. \"We are leaving more optimistic,\" the U.K. minister told the gathering.\n", "We are leaving more optimistic", "Helen Carrington"},
		{"whoever leads a body of that kind",
			"Train drivers reject offer\n\nBERLIN - Train drivers rejected the rail operator's third offer on Tuesday.\n\n\"The operator has wasted three rounds,\" GDL chairman Holger Brandner told reporters.\n\nThe operator's human resources chief, Sabine Ober, said the demands were unaffordable.\n\n\"It looks big on paper and small on a payslip,\" the union boss said in an interview on Wednesday.",
			"It looks big on paper", "Holger Brandner"},
		{"an acronym the story spells out elsewhere",
			"Sudan talks resume\n\nJEDDAH - Delegations from Sudan's army and the paramilitary Rapid Support Forces met on Monday.\n\nRSF fighters still hold the city. In a statement, RSF said it was \"ready to sign a humanitarian truce today\".",
			"ready to sign", "Rapid Support Forces"},
		{"a text that reads before a colon",
			"Talks stall\n\nGENEVA - Talks stalled on Tuesday.\n\nThe ministry's statement read: \"The government urges both parties to return to the table.\"",
			"The government urges", "The ministry"},
		{"a person who uses they",
			"Game studio and union reach deal\n\nLOS ANGELES - The studio and its union reached a tentative agreement on Friday.\n\nJules Navarro, a tester who sits on the bargaining committee, said the overtime cap was what members cared about most. \"People cried in the town hall when we read that section out,\" they said.",
			"People cried", "Jules Navarro"},
		{"they after a group is the group's",
			"Game studio and union reach deal\n\nLOS ANGELES - The studio and its union reached a tentative agreement on Friday.\n\nJules Navarro and two other testers said the overtime cap was what members cared about most. \"People cried in the town hall,\" they said.",
			"People cried", ""},
		{"a spokesman is not the one he speaks for",
			"Nurses reject pay offer\n\nLONDON - Nurses rejected the government's pay offer on Friday.\n\nHealth Secretary Steve Barclay said he was disappointed.\n\nBarclay's spokesman said the minister would \"carefully consider\" the letter.",
			"carefully consider", "Barclay's spokesman"},
		{"a fragment according to someone named with a title",
			"Ceasefire talks hit snag\n\nCAIRO - Ceasefire talks hit a snag on Sunday.\n\nAccording to Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, the talks were \"at a delicate stage\".",
			"at a delicate stage", "Mohammed bin Abdulrahman Al Thani"},
	}, false)
}
