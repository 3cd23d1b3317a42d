package ask

import "testing"

// "Who is advising Varga on the bid?": an auxiliary before the verb
// leaves "who" its subject, so the evidence must use the verb, as for
// "who advised Varga?"; a sentence where Varga himself speaks of the
// bid does not say who advises him.
func TestWhoAuxiliaryVerbNeedsVerb(t *testing.T) {
	a := textArticle(t, `Telmora Foods made a 410 million crown offer on Monday for Brisk Dairy, the family-owned cheese maker in the Ostrava valley.

Lukas Varga, the dairy's founder and chief executive, told staff on Tuesday that the bid was "generous but early" and that the board would reply within a month.

The dairy employs about 900 people at two plants and sells most of its cheese in Poland and Slovakia.

Farm advisers in the valley said milk prices would stay low this year.

Telmora said it would keep both plants open for at least five years.`)
	q := "Who is advising Varga on the bid?"
	checkAnswer(t, q, a.Answer(q, nil), nil, nil, true)

	b := textArticle(t, `Telmora Foods made a 410 million crown offer on Monday for Brisk Dairy, the family-owned cheese maker in the Ostrava valley.

Lukas Varga, the dairy's founder and chief executive, told staff on Tuesday that the bid was "generous but early" and that the board would reply within a month.

Halberg Partners is advising Varga on the bid, the dairy said.

Telmora said it would keep both plants open for at least five years.`)
	checkAnswer(t, q, b.Answer(q, nil), []string{"Halberg"}, nil, false)
}

// "who owns zentrofarm", typed in lower case, of an article that writes
// the name only as "Zentrofarm": not the owner of another business.
func TestWhoVerbLowerCaseUnlistedName(t *testing.T) {
	a := textArticle(t, `Dairy farmers in the Pellin district ended a two-week delivery strike on Friday after Zentrofarm, the region's largest milk buyer, agreed to raise its price by four cents a litre.

The farmers had poured milk on the road outside the Zentrofarm depot in Pellin for twelve days.

Marek Holub, owner of the Pellin Dairy Cooperative, said the deal was fair.

The new price takes effect on the first of next month.`)
	q := "who owns zentrofarm"
	checkAnswer(t, q, a.Answer(q, nil), nil, []string{"Holub"}, true)
}

// "Which country will equip the border monitors?", of an article that
// never uses "equip" nor a word for it: no sentence says who will, and a
// sentence that names a country beside the monitors does not answer. A
// verb the article writes without its prefix ("co-chair" where it
// writes "chair"), or in other words ("turn down" where it writes
// "rejected"), is one it uses.
func TestSubjectQuestionVerbArticleNeverUses(t *testing.T) {
	a := textArticle(t, `Negotiators for Dravia and the Selmar Front agreed on Sunday to a ceasefire along the Tiber Ridge, ending eleven weeks of shelling around the town of Orvel.

Under the deal, 60 unarmed monitors will patrol the border from next month, and Kestonia has offered a base for them near Orvel.

The talks will be co-chaired by Ilse Marrow, a retired judge from Kestonia, when they resume in May.

Ilse Marrow chaired an earlier round in the spring, when Dravia rejected a proposal for a buffer zone.`)
	q := "Which country will equip the border monitors?"
	checkAnswer(t, q, a.Answer(q, nil), nil, []string{"Kestonia"}, true)
	q = "Who will co-chair the talks?"
	checkAnswer(t, q, a.Answer(q, nil), []string{"Marrow"}, nil, false)
	// "Turn down" is used where "rejected" is (phrasalTerm).
	q = "Who turned down the buffer zone proposal?"
	checkAnswer(t, q, a.Answer(q, nil), []string{"Dravia rejected"}, nil, false)
}
