package ask

import "testing"

// TestRatesAndAmountsInWords checks three readings of amounts: a rate
// whose number is written in words ("four shifts a week", "eight litres
// of water a day"); "the rate per crate", a price by the unit, not a
// percentage; and "how much maize must a farmer deliver …", an amount of
// maize whatever money word comes after the modal.
func TestRatesAndAmountsInWords(t *testing.T) {
	text := `Pickers and growers sign harvest agreement

NAKURU — Fruit pickers and the growers of the Rongai valley signed a harvest agreement on Friday after a two-week stoppage.

Under the agreement, the piece rate rises from 40 shillings to 55 shillings a crate, and no picker who works a full day will earn less than 600 shillings.

The agreement says that every picker shall have access to shade and to no less than eight litres of drinking water a day during the harvest.

Growers also guarantee pickers a minimum of four shifts a week in the rainy months, when work has often stopped altogether.

Payments from a new bonus fund go to farmers who deliver not less than 200 tonnes of maize per season to the cooperative's store.
`
	a := textArticle(t, text)
	tests := []struct {
		q    string
		want []string
	}{
		{"what is the new rate per crate", []string{"55 shillings a crate"}},
		{"how much drinking water must each picker get a day", []string{"eight litres"}},
		{"how many shifts a week are guaranteed in the rainy months", []string{"four shifts a week"}},
		{"how much maize must a farmer deliver to qualify for the bonus fund", []string{"200 tonnes"}},
	}
	for _, tc := range tests {
		checkAnswer(t, tc.q, a.Answer(tc.q, nil), tc.want, nil, false)
	}
}
