package ask

import "testing"

// TestHowMuchMassNamed: "how much peat …" asks an amount of peat: a
// sentence that measures something ("up to 40,000 cubic metres a year")
// answers, and so does one that names the peat with its figure; a sum
// of money, a share or a count of something else, in a sentence that
// does not measure the peat, does not, and the question is declined.
func TestHowMuchMassNamed(t *testing.T) {
	a := textArticle(t, `Bog cutters and Lanveth council agree on a smaller harvest

TREMORNE, 12 June - The Lanveth district council and the Harrowgate Fuel cooperative signed a five-year agreement on Tuesday that limits cutting on the Moss of Pellick after two winters of protests by birdwatchers.

Under the agreement, the cooperative may cut up to 40,000 cubic metres a year from the eastern half of the moss, and none from the western half.

The council will pay the cooperative €2.3 million over five years and cover 60% of the cost of new drainage gates.

Harrowgate Fuel, which sells its peat to garden centres in Wales, employs 85 people in three villages and had sales of €6.1 million last year, 12% more than the year before. Its chairwoman, Senna Vollick, said the limits were "tight but livable".

Gravel for the gates will come from a council pit at Carn Dhu.

Birdwatchers say the moss holds the district's last breeding pairs of curlew, and the council has promised a survey of the nesting grounds next spring.
`)
	q := "how much peat can the cooperative cut each year"
	checkAnswer(t, q, a.Answer(q, nil), []string{"40,000 cubic metres"}, nil, false)
	for _, q := range []string{
		"how much peat does Harrowgate Fuel sell in Wales",
		"how much peat do garden centres buy from Harrowgate Fuel",
		"how much drainage water will the gates hold back",
		"how much gravel does Harrowgate Fuel own",
	} {
		if r := a.Answer(q, nil); !r.Declined {
			t.Errorf("%q: want a decline, got %q", q, r.Answer)
		}
	}
}
