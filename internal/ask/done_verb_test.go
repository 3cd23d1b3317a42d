package ask

import "testing"

// TestHowManyVerbTheArticleNeverWrites: "how many … does X verb?" whose
// verb the article never writes, in any form, is declined, not answered
// with a nearby figure of X; one the article writes in another form
// ("packing") is answered.
func TestHowManyVerbTheArticleNeverWrites(t *testing.T) {
	const head = `Tarnby depot signs haulage deal with Veldra Freight

The Tarnby fruit depot has signed a five-year haulage deal with Veldra Freight, the depot's manager Ilse Brandvik said on Friday.

`
	never := textArticle(t, head+`Under the deal, Veldra Freight will carry up to 14,000 crates each week from the Tarnby depot to the port of Haskel.

The depot employs 230 seasonal staff in the autumn.

Brandvik said the depot had outgrown its old carrier.`)
	runAnswerCases(t, []answerCase{
		{"verb never written", never, "how many crates does the tarnby depot pack each week", nil, []string{"14,000", "230"}, true},
	})
	written := textArticle(t, head+`The depot's packing lines handle about 9,000 crates of pears each week in the autumn.

Under the deal, Veldra Freight will run up to 14 lorries a week from the depot to the port of Haskel.

Brandvik said the depot had outgrown its old carrier.`)
	runAnswerCases(t, []answerCase{
		{"verb in another form", written, "how many crates does the tarnby depot pack each week", []string{"9,000"}, nil, false},
	})
}
