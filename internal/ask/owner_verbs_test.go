package ask

import "testing"

// TestOwnerRunsBusiness checks that one introduced as running or
// operating a business is its owner to a reader ("the guesthouse owner"
// for "…, has run a guesthouse"), while the one who only manages the
// company is not taken for them.
func TestOwnerRunsBusiness(t *testing.T) {
	text := `Villagers sign water deal with bottling plant

SAN PEDRO — The village of San Pedro and the Aguas Claras bottling company signed an agreement on Monday that limits how much water the plant may pump from the spring.

Marisol Quispe Mamani, 58, has run a guesthouse beside the spring for twenty years. “When the pump runs all night, the pool is dry by morning,” she said. “Now they have to stop at ten.”

Tomás Huanca, who operates Frutos del Valle, a packing shed near Tarija that sorts peaches for about 90 growers, said the limit was fair. “We need the plant and we need the spring,” he said.

The company’s general manager, Rodrigo Saavedra, said the firm would install a meter. “Everyone will see the numbers,” he said.
`
	a := textArticle(t, text)
	tests := []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"what did the guesthouse owner say about the pool", []string{"Marisol Quispe Mamani", "the pool is dry"}, []string{"Huanca", "Saavedra"}},
		{"what did the packing shed owner near tarija say", []string{"Tomás Huanca", "We need the plant"}, []string{"Quispe", "Saavedra"}},
		{"what did the company's general manager say about the meter", []string{"Rodrigo Saavedra", "install a meter"}, []string{"Quispe", "Huanca"}},
	}
	for _, tc := range tests {
		checkAnswer(t, tc.q, a.Answer(tc.q, nil), tc.want, tc.notWant, false)
	}
}
