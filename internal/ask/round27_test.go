package ask

import "testing"

// TestRound27Issues: "how much is the group paying per share?" is
// answered by an amount in Norwegian kroner written with the currency's
// code ("NOK 212 per share"); "the HQ" is the headquarters; "when did he
// start the company?" by the year he founded it; while "how much will a
// ticket cost?" is not
// answered by an amount the article gives for something else when it
// never mentions tickets.
func TestRound27Issues(t *testing.T) {
	salmon := textArticle(t, `Thai group wins Norwegian fish farmer

OSLO - Bangkok-based Chao Phraya Foods will pay NOK 212 per share in cash for the salmon farmer Fjordlaks, up from its opening bid of NOK 188 in May.

Her father, Olav Fjeld, who founded Fjordlaks with two net pens in 1979, had backed the first offer.

Fjordlaks's headquarters will stay in Tromso, the buyer's chief executive said.`)
	airlines := textArticle(t, `Regulator clears airline merger

OSLO - Norway's competition authority on Tuesday cleared the $450 million merger of the country's two largest regional airlines after they offered to give up six routes between Bodo and Tromso.`)
	runAnswerCases(t, []answerCase{
		{"a price of a thing never mentioned, in dollars", airlines, "How much will a ticket between Bodo and Tromso cost after the merger?", nil, []string{"$450"}, true},
		{"an amount with a currency code", salmon, "How much is Chao Phraya Foods paying per share?", []string{"NOK 212"}, nil, false},
		{"HQ is headquarters", salmon, "Where will the HQ stay?", []string{"Tromso"}, nil, false},
		{"start is found", salmon, "When did Olav Fjeld start the company?", []string{"1979"}, nil, false},
		{"a price of a thing never mentioned", salmon, "How much will a ticket between Oslo and Tromso cost after the deal?", nil, []string{"NOK"}, true},
	})
}
