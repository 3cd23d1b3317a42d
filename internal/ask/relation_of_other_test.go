package ask

import "testing"

// TestRelationOfOther: "who owns X" or "who founded X" is not answered by
// a sentence whose word of owning or founding is of another name ("the
// state-owned Velka Port Holding"), of owners of something else in a
// sentence that does not name X ("led the customary owners"), or of a
// founder it leaves unnamed ("granddaughter of its founder"); it is by
// one that ties the word to X ("Brisk Marine, founded by Ivo Stanek").
func TestRelationOfOther(t *testing.T) {
	a := textArticle(t, `Ferry operator signs port lease in Kessary

Tarnby Shipping, a ferry operator, signed a 25-year lease for the north quay of Kessary harbour on Monday after eight months of talks with the island council.

Tarnby Shipping will pay a yearly fee of 2 million crowns to the state-owned Velka Port Holding, rising to 3 million crowns from the sixth year.

Orlen Vale Foods, the island's largest fish processor, will take a share of the quay for its cold store.

"We did not give away our harbour," said Mira Olsbakken, the managing director of Orlen Vale Foods and granddaughter of its founder.

The village trust also signed an access deal with Tarnby Shipping. Ander Holt, 58, led the customary owners of the foreshore in the talks.

Brisk Marine, founded by Ivo Stanek in 1988, will repair the quay wall under a separate contract.`)
	for _, c := range []struct {
		q        string
		want     []string
		declined bool
	}{
		{"who owns Tarnby Shipping?", nil, true},
		{"who owns tarnby shipping", nil, true},
		{"who owns the foreshore?", []string{"Ander Holt"}, false},
		{"who founded Orlen Vale Foods?", nil, true},
		{"who founded Brisk Marine?", []string{"Ivo Stanek"}, false},
	} {
		t.Run(c.q, func(t *testing.T) { checkAnswer(t, c.q, a.Answer(c.q, nil), c.want, nil, c.declined) })
	}
}
