package ask

import "testing"

// TestFoldMarks checks the letters under diacritics.
func TestFoldMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"tân phú thịnh", "tan phu thinh"},
		{"đồng nai", "dong nai"},
		{"łódź øresund straße", "lodz oresund strasse"},
		{"plain ascii", "plain ascii"},
		{"são paulo", "sao paulo"},
	} {
		if got := foldMarks(tt.in); got != tt.want {
			t.Errorf("foldMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRound32Diacritics: a question typed without the article's
// diacritics ("tan phu thinh", "tet") finds the words written with them
// ("Tân Phú Thịnh", "Tết"); and "wht" reads as "what".
func TestRound32Diacritics(t *testing.T) {
	art := textArticle(t, `Shoe workers strike over Tết bonus

BIEN HOA - More than 6,000 workers at Tân Phú Thịnh Footwear Co. walked out on Monday after the company cut their Tết bonus to half a month's wage.

The provincial labour federation said talks would resume on Wednesday. "The company must show the workers its numbers," Lê Văn Khải, the federation's vice-chairman, said.`)
	runAnswerCases(t, []answerCase{
		{"no diacritics in the name", art, "how many workers walked out at tan phu thinh", []string{"6,000"}, nil, false},
		{"no diacritics in the holiday", art, "what happened to the tet bonus", []string{"half a month"}, nil, false},
		{"tmrw and wht", art, "wht did khai say the company has to do", []string{"show the workers its numbers"}, nil, false},
	})
}
