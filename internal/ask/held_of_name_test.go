package ask

import "testing"

// TestHeldOfName: "who are the N of X?" asks who holds a place at a
// named party; sentences found by the party's name alone that never
// write N say nothing of who holds it, and the question is declined. A
// sentence that writes N is still the answer.
func TestHeldOfName(t *testing.T) {
	a := textArticle(t, "Brannock River Freight signed a fifteen-year lease on the grain quay with the Ostwick Port Authority on Tuesday, chief executive Anna Keller said.\n\n"+
		"The Ostwick-based firm will pay 3 million crowns a year and must dredge the quay's two berths by 2029.\n\n"+
		"Brannock River Freight runs eleven bulk carriers on the inland sea, most of them chartered.\n\n"+
		"Harbour board chair Lotte Vennicke said the lease would bring the quay back into use after six idle years.\n")
	q := "who are the shareholders of brannock river freight"
	checkAnswer(t, q, a.Answer(q, nil), nil, []string{"Ostwick grain quay"}, true)

	b := textArticle(t, "Brannock River Freight signed a fifteen-year lease on the grain quay with the Ostwick Port Authority on Tuesday, chief executive Anna Keller said.\n\n"+
		"The Ostwick-based firm will pay 3 million crowns a year and must dredge the quay's two berths by 2029.\n\n"+
		"The shareholders of Brannock River Freight are the Vennicke family and the pension fund of the Ostwick dockers.\n\n"+
		"Harbour board chair Lotte Vennicke said the lease would bring the quay back into use after six idle years.\n")
	checkAnswer(t, q, b.Answer(q, nil), []string{"pension fund"}, nil, false)
}
