package ask

import "testing"

// TestRelativeClauseAfterAge checks that a relative clause after a
// person's age ("Halima Brahim Saleh, 61, who has led the women's
// cooperative …") gives the person's office, so that the head of the
// cooperative is she, not the one other "head" the article names.
func TestRelativeClauseAfterAge(t *testing.T) {
	text := `Herders and farmers agree grazing corridor

MONGO — Herders and farmers in the Guéra region signed a convention on Saturday that opens a grazing corridor through the valley.

The herders’ side was led by Idriss Youssouf Ahmat, the head of the largest camp. “A herd is not an army,” Ahmat said.

Halima Brahim Saleh, 61, who has led the women’s cooperative of Mongo since 2011, said the fields would be safer. “We can sleep now,” she said.
`
	a := textArticle(t, text)
	tests := []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"what did the head of the women's cooperative say", []string{"Halima Brahim Saleh", "We can sleep now"}, []string{"Ahmat"}},
		{"what did the herders' leader say", []string{"Idriss Youssouf Ahmat", "not an army"}, []string{"Halima"}},
	}
	for _, tc := range tests {
		checkAnswer(t, tc.q, a.Answer(tc.q, nil), tc.want, tc.notWant, false)
	}
}
