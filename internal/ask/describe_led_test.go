package ask

import "testing"

// TestDescribedByLeadingAndRelative checks two ways an article gives a
// person's role that a description asked about names: leading a side's
// team ("Nepal's team was led by …" is Nepal's negotiator), and a
// relative clause after an appositive of two roles joined by "and" ("…, a
// crofter and retired ferry engineer who chairs the trust"); and one who
// teaches is a lecturer as well as a teacher ("…, who teaches peace
// studies at Mindanao State University" for "the msu peace studies
// lecturer").
func TestDescribedByLeadingAndRelative(t *testing.T) {
	led := textArticle(t, "Power deal signed\n\n"+
		"Nepal\u2019s team was led by Sarita Pandey Rijal, 51, joint secretary at the Ministry of Energy. \u201cWe used to say the river was our only rich relative,\u201d she said on Thursday.\n\n"+
		"India\u2019s delegation was headed by Vikram Sethi. \u201cWe came to buy, not to lecture,\u201d he said.\n\n"+
		"She said she had told her team before the last round that the price had to rise. \u201cDo not come home without a number,\u201d she told them.")
	chair := textArticle(t, "Island bought\n\n"+
		"Donald Morrison, the estate's factor, said the sale was fair.\n\n"+
		"Murdo MacAulay, a crofter and retired ferry engineer who chairs the Eilean Sgarbh Community Trust, remembers the moment as an anticlimax. \u201cWe shook hands and went home,\u201d he said.")
	teach := textArticle(t, "Ceasefire signed\n\n"+
		"The government and the front signed a ceasefire on Monday.\n\n"+
		"Jamal Macaraeg, who teaches peace studies at Mindanao State University in Marawi, said the deal was the first to deal with family feuds. \u201cGuns here have two owners, the movement and the family,\u201d he said.")
	runAnswerCases(t, []answerCase{
		{name: "who teaches: the lecturer", art: teach, q: "what did the msu peace studies lecturer say about the guns", want: []string{"Guns here have two owners"}},
		{name: "led the team", art: led, q: "what did nepal's negotiator tell her team about the price", want: []string{"Do not come home"}, notWant: []string{"Vikram Sethi"}},
		{name: "two roles, then who chairs", art: chair, q: "what did the community trust chairman say", want: []string{"We shook hands"}, notWant: []string{"Morrison"}},
	})
}
