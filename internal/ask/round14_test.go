package ask

import "testing"

// TestRound14 covers this round's changes to the answerer: a role written
// with a hyphen ("the court's vice-president") is a deputy's, not the
// office; a description whose words a role holds itself ("the Poreki
// leader") outranks a role whose sentence merely names them; an amount
// with a currency's letters glued to it ("Sh60 million", "R48 million")
// is a sum of money; "how many of the
// people killed were women" counts the women, which the article may not
// give; and a role set off before an abbreviated title ("the Managing
// Director of Kestrelco, Engr. Tunde Bello") is the person's.
func TestRound14(t *testing.T) {
	court := textArticle(t, `Rail union rejects court's offer

The rail workers' union rejected a 6.9% proposal from the labour court on Tuesday.

“What the company offers is a pay cut dressed up as a raise,” said Marta Vieira, president of Sindferro, on leaving the hearing.

The court’s vice-president, judge Ana Lobo, had proposed a middle ground.`)
	clans := textArticle(t, `Clans sign truce

Two clans, the Aro and the Tenge, signed a truce on Saturday.

Jon Kale, a leader of the Aro, said his people would honour the truce "as long as the Tenge honour it too."

Peter Mori, the Tenge leader, was less conciliatory. "They started this war, and everybody here knows it," he said.`)
	money := textArticle(t, `Doctors' strike goes on

The county said it would pay Sh60 million by the end of the month, and the mine said the strike was costing it R48 million a day.`)
	truce := textArticle(t, `Clans sign truce

Two clans signed a truce on Saturday after attacks that police say have killed 64 people since January. Women and children from both sides watched the signing.`)
	firm := textArticle(t, `Oil union issues ultimatum

The oil workers' union gave the company seven days to pay the arrears.

But the Managing Director of Kestrelco, Engr. Tunde Bello, called the ultimatum premature.

“The figure the union presents has not been reconciled,” Bello said.`)
	runAnswerCases(t, []answerCase{
		{"a role set off before an abbreviated title", firm, "What did Kestrelco's managing director say about the union's figure?", []string{"not been reconciled"}, nil, false},
		{"a hyphenated deputy is not the office", court, "What did the union president say as she left the hearing?", []string{"pay cut"}, []string{"Ana Lobo"}, false},
		{"a role's own words outrank its sentence's", clans, "How did the Tenge leader respond?", []string{"started this war"}, []string{"honour the truce"}, false},
		{"shillings", money, "How much will the county pay by the end of the month?", []string{"Sh60 million"}, nil, false},
		{"rand", money, "How much is the strike costing the mine every day?", []string{"R48 million"}, nil, false},
		{"a count of part of a whole the article does not give", truce, "How many of the people killed were women?", nil, []string{"64"}, true},
	})
}
