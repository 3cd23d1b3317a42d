package ask

import "testing"

// TestRound27Issues: "how much is the group paying per share?" is
// answered by an amount in Norwegian kroner written with the currency's
// code ("NOK 212 per share"); "the HQ" is the headquarters; "when did he
// start the company?" by the year he founded it; while "how much will a
// ticket cost?" is not answered by an amount the article gives for
// something else when it never mentions tickets; "how big was the
// bonus?" asks for a sum of money, as "how much compensation" does (which
// a sentence without one does not answer), while "how big is the wage
// increase?" may be a share; and "the Cameroonian government" is
// Cameroon's, a country the name lists know with its capital and its
// people's adjective.
func TestRound27Issues(t *testing.T) {
	salmon := textArticle(t, `Thai group wins Norwegian fish farmer

OSLO - Bangkok-based Chao Phraya Foods will pay NOK 212 per share in cash for the salmon farmer Fjordlaks, up from its opening bid of NOK 188 in May.

Her father, Olav Fjeld, who founded Fjordlaks with two net pens in 1979, had backed the first offer.

Fjordlaks's headquarters will stay in Tromso, the buyer's chief executive said.`)
	airlines := textArticle(t, `Regulator clears airline merger

OSLO - Norway's competition authority on Tuesday cleared the $450 million merger of the country's two largest regional airlines after they offered to give up six routes between Bodo and Tromso.`)
	mine := textArticle(t, `Copper miners strike in Chile

ANTOFAGASTA - About 2,300 workers at a copper mine went on strike on Thursday after talks over a one-off signing bonus and the company's plan to contract out maintenance work failed. Union members voted 87% in favour of the stoppage.

"We offered a bonus of 24 million pesos per worker and a real wage increase of 4% over three years," Claudia Ortiz told Reuters.

Two of the largest shipping lines are negotiating compensation with the port for delays of 11 days, an executive said.`)
	montreux := textArticle(t, `Cameroon and separatists end talks without ceasefire

MONTREUX, Switzerland (AFP) - Cameroon's government and a coalition of Anglophone separatist groups ended three days of talks on Thursday without a ceasefire.

"The unity of Cameroon is not a subject for discussion," said Jean-Paul Mbarga, the minister who led the government delegation.`)
	runAnswerCases(t, []answerCase{
		{"a people's adjective of a country the lists know", montreux, "What is the Cameroonian government's position?", []string{"not a subject for discussion"}, nil, false},
		{"how big a sum", mine, "How big was the bonus the company offered?", []string{"24 million pesos"}, nil, false},
		{"how big a rise is a share", mine, "How big is the wage increase?", []string{"4%"}, nil, false},
		{"how much compensation asks for a sum", mine, "How much compensation are the shipping lines asking for?", nil, nil, true},
		{"a price of a thing never mentioned, in dollars", airlines, "How much will a ticket between Bodo and Tromso cost after the merger?", nil, []string{"$450"}, true},
		{"an amount with a currency code", salmon, "How much is Chao Phraya Foods paying per share?", []string{"NOK 212"}, nil, false},
		{"HQ is headquarters", salmon, "Where will the HQ stay?", []string{"Tromso"}, nil, false},
		{"start is found", salmon, "When did Olav Fjeld start the company?", []string{"1979"}, nil, false},
		{"a price of a thing never mentioned", salmon, "How much will a ticket between Oslo and Tromso cost after the deal?", nil, []string{"NOK"}, true},
	})
}
