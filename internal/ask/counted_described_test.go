package ask

import (
	"strings"
	"testing"
)

// TestCountedAsOne checks that a number before a noun the sentence takes
// one of ("48 marks a share", "two-thirds of a share") is a rate or a
// part, no count of that noun: "how many shares" is declined where the
// article gives only the price of one, and answered where it counts them.
func TestCountedAsOne(t *testing.T) {
	price := textArticle(t, "Brannock bids for Teller Looms\n\n"+
		"OSTRAVEL \u2014 The weaving group Brannock Textiles made a hostile bid for its smaller rival Teller Looms on Tuesday.\n\n"+
		"Brannock is paying 48 marks a share, half in cash and the rest as two-thirds of a Brannock share for every Teller share held.\n\n"+
		"Teller's board called the approach cheap and told owners to wait.")
	held := textArticle(t, "Brannock bids for Teller Looms\n\n"+
		"OSTRAVEL \u2014 The weaving group Brannock Textiles made a hostile bid for its smaller rival Teller Looms on Tuesday.\n\n"+
		"Brannock is paying 48 marks a share, half in cash and the rest in its own stock.\n\n"+
		"Brannock already holds 2.6 million Teller shares, bought on the market last spring.")
	runAnswerCases(t, []answerCase{
		{name: "price of a share counts none", art: price, q: "How many Teller shares does Brannock already own?", declined: true},
		{name: "shares counted", art: held, q: "How many Teller shares does Brannock already own?", want: []string{"2.6 million"}},
	})
}

// TestDescribedBodyAndNation checks two descriptions of a speaker: a word
// of a body's name that the entity model cut short ("the Commission for
// Arbitration and Wages" read as "Commission") names the body its officer
// holds an office of ("the arbitration commission chairman" for "the
// commission's chairman"); and a country's word before a role that holds
// every other word ("the chilean deputy fisheries minister") picks that
// role's holder over another minister its sentence names.
func TestDescribedBodyAndNation(t *testing.T) {
	body := textArticle(t, "Mill strike ends\n\n"+
		"DORVANE \u2014 Spinners at the Halloway mill will return on Monday after their union and the owners signed a two-year pact at the Commission for Arbitration and Wages in Dorvane on Friday.\n\n"+
		"The commission\u2019s chairman, Oskar Brenholt, who ran the hearings, said both sides had given ground. \u201cThe first hearing ended in a walkout,\u201d the chairman said. \u201cThe last ended with a handshake.\u201d\n\n"+
		"The union said it would send two stewards to check the new rotas.")
	nation := textArticle(t, "Fishing accord signed\n\n"+
		"The mainland government and the island council signed a five-year fishing accord on Thursday.\n\n"+
		"The Chilean side was led by the deputy fisheries minister, Tomas Veyr Aldunate, and the island side by its minister of harbours, Elin Sakka Rapu. Veyr Aldunate said the accord kept \u201cevery boat on the water and every quota in the open.\u201d Sakka Rapu, speaking in Hanga Piko, stressed the jobs. \u201cOur crews fished without papers for ten years,\u201d she said.")
	// Two countries' ministers in one sentence: "uruguay's fisheries
	// minister" is not the one whose role names Paraguay (a stem,
	// "paraguai", which the country lists do not hold), though the
	// sentence names Uruguay too.
	two := textArticle(t, "River accord signed\n\n"+
		"Uruguay and Paraguay signed a river patrol accord on Monday.\n\n"+
		"Uruguay\u2019s fisheries minister, Dalia Fonterra, and Paraguay\u2019s fisheries minister, Osvin Larrea, signed it at the customs post. \u201cThe nets stay in the water,\u201d Fonterra said.\n\n"+
		"Larrea said the patrols would start in May. \u201cNo boat goes unwatched,\u201d he said.")
	if r := two.Answer("what did uruguay's fisheries minister say", nil); strings.Contains(r.Answer, "Larrea") || strings.Contains(r.Answer, "unwatched") {
		t.Errorf("Answer(uruguay's fisheries minister) = %q, another country's minister", r.Answer)
	}
	runAnswerCases(t, []answerCase{
		{name: "a word of the body's long name", art: body, q: "what did the arbitration commission chairman say", want: []string{"Brenholt"}},
		{name: "country before a role", art: nation, q: "what did the chilean deputy fisheries minister say", want: []string{"every boat on the water"}, notWant: []string{"Sakka"}},
	})
}
