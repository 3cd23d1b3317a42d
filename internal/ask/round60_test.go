package ask

import "testing"

// TestRatesAndNumbersOf checks two figures the answerer declined: a price
// per unit, where the noun after "per" is no percentage asked for ("what
// is the offer per share"), and a count given as "the number of X" that
// moved or stands at a figure ("the number of active growers has fallen
// from 22,000 to under 12,000", "the number of members is now 4,100").
func TestRatesAndNumbersOf(t *testing.T) {
	offer := textArticle(t, "Ferry firm agrees takeover\n\nVILNIUS — The board of Baltic Ferries said on Monday it would recommend that shareholders accept the offer of €21.50 per share in cash from a Danish rival. The price is a premium of 30% to the average share price of the past three months. Trading in the shares was suspended for an hour.")
	growers := textArticle(t, "Cane growers sign price deal\n\nSUVA — Growers and the mill signed a three-year price agreement on Friday. The number of active growers has fallen from around 20,000 to under 11,000, and many of those who remain are old. The union of mill workers says the number of its members is now 4,100. The mill crushed 1.5 million tonnes last season.")
	runAnswerCases(t, []answerCase{
		{name: "price per share", art: offer, q: "what is the offer per share", want: []string{"€21.50"}},
		{name: "number that fell", art: growers, q: "how many active growers are there", want: []string{"under 11,000"}},
		{name: "number a copula gives", art: growers, q: "how many members does the union have", want: []string{"4,100"}},
	})
}

// TestPassiveCallIsANameAsked checks that "what will X be called" asks
// for a name, not for X's words: declined where the story gives no new
// name (the hospital that speaks in it is no answer), answered where it
// does.
func TestPassiveCallIsANameAsked(t *testing.T) {
	merger := textArticle(t, "Hospitals agree merger\n\nARNHEM — Two hospitals in the Dutch province of Gelderland agreed to merge into a single organisation with 4,800 staff and 930 beds, after their boards gave way to demands from the regulator that the emergency department in Tiel stay open. The merged hospital will invest €85 million in a new wing in Tiel.")
	named := textArticle(t, "Hospitals agree merger\n\nARNHEM — Two hospitals in the province of Gelderland agreed to merge into a single organisation with 4,800 staff on Monday. The merged group will be called Rivierland Zorg and will invest €85 million in a new wing.")
	runAnswerCases(t, []answerCase{
		{name: "no name given", art: merger, q: "what will the merged hospital be called", declined: true},
		{name: "name given", art: named, q: "what will the merged group be called", want: []string{"Rivierland Zorg"}},
	})
}

// TestDoerOfAnOffice checks that a say-question about "the professor" is
// not declined as never mentioning the word where the article describes
// her by what one in that office does ("who teaches the law of the sea at
// the University of Rijeka"), and is still declined for an office no verb
// of the article describes.
func TestDoerOfAnOffice(t *testing.T) {
	art := textArticle(t, "Fishing deal signed\n\nZAGREB — Croatia and Slovenia signed an interim fishing arrangement on Monday.\n\nIva Kovačić-Horvat, who teaches the law of the sea at the University of Rijeka, said the text had been drafted so that both governments could defend it at home. “Every sentence has two readings,” she said.")
	runAnswerCases(t, []answerCase{
		{name: "who teaches: the professor", art: art, q: "what did the rijeka law professor say about the text", want: []string{"two readings"}},
		{name: "no plumber", art: art, q: "what did the plumber say", declined: true},
	})
}
