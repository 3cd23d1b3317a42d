package ask

import "testing"

// TestRound39CountryOfficeNotABodys: "what did Kenya's president say"
// asks for the country's president, not the president of a body whose
// name holds the country's adjective, nor one the article calls "the
// association's president"; the body's president is still found by the
// body's words.
func TestRound39CountryOfficeNotABodys(t *testing.T) {
	art := textArticle(t, `Tea growers and buyers agree new floor price

MOMBASA - Kenyan tea growers and the main buyers at the Mombasa auction agreed on Tuesday to a floor price of $2.40 a kilogram for the next season, ending a month-long boycott of the weekly sales.

“This floor is what keeps a small farm alive,” said Wanjiru Kamau-Otieno, president of the Kenyan Tea Growers’ Association.

“We would have liked more, but the buyers moved further than we expected,” the association’s president added.

Buyers said the price would be reviewed in March. Dorcas Mwangi-Achieng, president of the Lakeside Residents Forum, said the boycott had cost workers in Kericho three weeks of wages.

“Nobody paid the pickers while the sales were stopped,” the forum’s president said.`)
	runAnswerCases(t, []answerCase{
		{"country's president", art, "what did kenya's president say about the floor price", nil, []string{"Kamau-Otieno", "Mwangi-Achieng"}, true},
		{"kenyan president", art, "what did the kenyan president say", nil, []string{"Kamau-Otieno", "Mwangi-Achieng"}, true},
		{"body's president", art, "what did the tea growers association president say", []string{"Wanjiru Kamau-Otieno", "small farm alive"}, nil, false},
		{"forum president", art, "what did the residents forum president say", []string{"Dorcas Mwangi-Achieng", "Nobody paid the pickers"}, nil, false},
	})
}
