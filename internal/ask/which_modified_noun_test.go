package ask

import "testing"

// TestWhichModifiedNoun: a "which" question whose noun is plural ("which
// banks") or has a modifier the parser takes "which" for a pronoun
// before ("which danish fund is behind …"), still asks for a name of the
// noun's kind: a sentence that speaks of a fund or of banks but names
// none does not answer it, while one that names the kind does.
func TestWhichModifiedNoun(t *testing.T) {
	a := textArticle(t, `Tern Harbour board rejects Brisa offer

AALBORG, 3 August - The board of Tern Harbour, the Aalborg ferry operator behind the Skagen Line, on Wednesday rejected a 4.2 billion kroner takeover offer from Brisa Holdings, a shipping investor backed by a Danish pension fund, and its founders said they would not sell.

Brisa, which runs 11 ports in the Baltic and the North Sea, said it would pay for the purchase with cash and new bank loans.

Two banks advised Brisa on the offer.

The offer was 18% above Tern Harbour's share price before it became public.
`)
	for _, q := range []string{
		"which danish fund is behind brisa holdings",
		"which banks advised brisa on the offer",
	} {
		checkAnswer(t, q, a.Answer(q, nil), nil, nil, true)
	}
	// Names set off by a comma before the plural noun ("…, two
	// engineers,") name the kind, however the parser hangs the noun.
	b := textArticle(t, `Engineers freed in Lorvan

LORVAN, 9 May - Police released Tomas Varga and Elin Dahl, two engineers, on Monday after a night of talks with the mine's owners.
`)
	q := "which engineers were released"
	checkAnswer(t, q, b.Answer(q, nil), []string{"Elin Dahl"}, nil, false)
}
