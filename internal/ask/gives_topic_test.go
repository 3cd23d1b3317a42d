package ask

import "testing"

// TestGivesTopic: "which N … of X?" about a named party is not answered
// by a sentence found by the party's name alone that writes none of the
// question's own words; a sentence that writes them still answers.
func TestGivesTopic(t *testing.T) {
	text := "After months of talks, the Hessmark Transit Authority and the Orvell Bus Operators Association signed a ten-year agreement on Friday, chief executive Anna Keller said.\n\n" +
		"The agreement covers the routes between Hessmark and the lake towns, which the authority had run itself until it hired private firms in 2011.\n\n" +
		"Passenger groups, whose members ride the lake routes daily, welcomed the deal but asked for more late buses.\n\n" +
		"The Orvell Bus Operators Association had threatened to stop running the lake routes in April.\n"
	a := textArticle(t, text)
	q := "which firms are members of the orvell bus operators association"
	checkAnswer(t, q, a.Answer(q, nil), nil, []string{"ten-year agreement"}, true)

	b := textArticle(t, text+"\nThe Orvell Bus Operators Association has four members: Tolvar Coach Lines, Brisk Travel, Merrow Buses and Fenwick Tours.\n")
	checkAnswer(t, q, b.Answer(q, nil), []string{"Tolvar"}, nil, false)
}
