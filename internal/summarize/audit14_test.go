package summarize

import "testing"

// TestAudit14Speakers checks speakers found in the development half of
// the project's seventeenth batch of stories, on texts of our own: a
// letter quoted speaks as itself; a name after the comma that closes a
// phrase before it is the cue's subject; "X was quoted by an outlet as
// saying", with the clause hung from the outlet; a relative clause with
// "whose" between the name and "said"; a title of two fields before a
// Korean name; and a role set off by "Unlike" that a pronoun takes up.
func TestAudit14Speakers(t *testing.T) {
	checkAudit2(t, []audit2Case{
		{"a letter quoted",
			"In Washington, a group of 40 business organizations sent a letter to congressional leaders on Thursday urging them to be ready to step in. “A shutdown of the Gulf ports would be a self-inflicted wound on the American economy,” the letter said.",
			"A shutdown of the Gulf", "the letter"},
		{"a name after the comma that closes a phrase",
			"Khalid Nasser al-Marri, an adviser to Qatar's prime minister, met both delegations.\n\nAsked whether an agreement could be announced before the start of Ramadan, al-Marri said only that the mediators hoped to give both sides a final text \"within days, not weeks.\"",
			"within days", "Khalid Nasser al-Marri"},
		{"quoted by an outlet as saying, hung from the outlet",
			"Yusuf Abu Karim was later quoted by the Hamas-run Al-Aqsa television channel as saying the group's delegation would remain in Doha \"for now\" but could return to Cairo.",
			"for now", "Yusuf Abu Karim"},
		{"a relative clause with whose before the verb",
			"In Tel Aviv, relatives of hostages held a vigil outside the defence ministry. Ronit Levi, whose son Omer, 21, was seized from a kibbutz near the Gaza border, said families were exhausted by \"headlines that say close, close, close.\"",
			"headlines that say", "Ronit Levi"},
		{"a title of two fields before a Korean name",
			"“We narrowed our differences on working conditions. On the quota, we are still far apart,” First Vice Minister of Health and Welfare Choi Min-jun told reporters as he left the building.",
			"We narrowed", "Choi Min-jun"},
		{"a role set off by Unlike, taken up by a pronoun",
			"Vice Minister Choi Min-jun arrived at noon and did not stop for questions.\n\nKang Ji-yeon, spokesperson for the federation, briefed reporters during a break. Unlike the vice minister, she has been careful all day not to rule anything out.\n\nAsked about an independent body to set the numbers, he said the idea was “worth discussing with every side before the next round”.",
			"worth discussing", "Choi Min-jun"},
		{"a name that modifies the noun an apposition names",
			"Outside the Wayne plant, Raymond Tolliver, 44, a second-tier assembler who has worked on the truck line for nine years, said he makes $21 an hour.\n\n“Same job, same line, same bolts,” he said. “Different paycheck.”",
			"Same job", "Raymond Tolliver"},
		{"a title in Spanish",
			"Monseñor Héctor Fabio Salazar Ospina, who accompanies the talks on behalf of the bishops, was harsher than the official text. «The ceasefire has saved lives, and that must be said clearly,» Monseñor Salazar told reporters.",
			"The ceasefire has saved", "Salazar"},
		{"a surname two people share, told apart by the pronoun after it",
			"Lee Soo-min, spokesperson for the federation, briefed reporters during a break. Unlike the vice minister, she has been careful all day not to rule anything out.\n\nSpeaking to reporters during a dinner break, Vice Minister Lee Jung-ho said the government was open to phasing in the increase.\n\n“Going back to zero is not an option. The regions need doctors,” Lee said. He added that hospitals had waited twenty years.",
			"Going back to zero", "Lee Jung-ho"},
		{"a closing single mark before a preposition",
			"Prothero, a former driver on the valley lines, said the union had ‘bent over backwards’ during 11 rounds of talks since October.",
			"bent over backwards", "Prothero"},
		{"two words quoted inside what a body said",
			"The Rail Operators’ Council, which represents the train companies, said in a statement that the change was ‘essential to running a genuine seven-day railway’ and that existing drivers would be ‘fully protected’.",
			"fully protected", "Rail Operators’ Council"},
		{"a source described by a participle phrase",
			"A union source involved in the talks said that assurance had been given ‘verbally, and only verbally’.",
			"verbally, and only verbally", "A union source involved in the talks"},
		{"he after an unnamed person who spoke in the sentence before",
			"Cárdenas showed the negotiators a photograph of her husband taken on his last birthday.\n\nA member of the government delegation, who asked not to be identified because he was not authorized to speak publicly, said the president’s office had given the negotiators «until the end of the year» to obtain a written commitment. «After that, the ceasefire will not be renewed automatically. That message was given to them at the table», he said.",
			"After that, the ceasefire", "A member of the government delegation"},
		{"a body's officer is not the body",
			"Rail passengers face new strikes after the GDL train drivers' union walked out of wage talks with state-owned operator Deutsche Bahn (DB) on Wednesday.\n\n\"Deutsche Bahn has had three rounds to make an offer. It has wasted all three,\" GDL chairman Holger Brandt told the dpa news agency.\n\nDeutsche Bahn said the strike was unnecessary.\n\nAsked about the video, Deutsche Bahn's HR director said the company would not \"negotiate through the media\" and repeated her invitation to talks.",
			"negotiate through the media", "Deutsche Bahn's HR director"},
		{"a person is not a body found before",
			"Rail passengers face new strikes after the GDL train drivers' union walked out of wage talks with state-owned operator Deutsche Bahn (DB) on Wednesday.\n\nDeutsche Bahn said the strike was unnecessary and urged the GDL to return.\n\n\"If you spread an increase over two and a half years, it looks big on paper and small on a payslip,\" the union boss said in an interview on Wednesday evening.",
			"If you spread an increase", "the union boss"},
	}, false)
}
