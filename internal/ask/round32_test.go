package ask

import (
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// TestFoldMarks checks the letters under diacritics.
func TestFoldMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"tân phú thịnh", "tan phu thinh"},
		{"đồng nai", "dong nai"},
		{"łódź øresund straße", "lodz oresund strasse"},
		{"plain ascii", "plain ascii"},
		{"são paulo", "sao paulo"},
	} {
		if got := nlp.FoldMarks(tt.in); got != tt.want {
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

// TestRound32DescribedLoosely: "analyst", "expert", "specialist",
// "researcher" and "scholar" are words for one kind of role.
func TestRound32DescribedLoosely(t *testing.T) {
	art := textArticle(t, `Shoe workers strike over bonus

BIEN HOA - More than 6,000 workers at Tan Phu Thinh Footwear Co. walked out on Monday after the company cut their bonus to half a month's wage.

Le Van Khai, vice-chairman of the provincial labour federation, said talks would resume on Wednesday. "The company must show the workers its numbers," Khai said.

Rebecca Tan, a labour specialist at the Asia Wage Institute in Singapore, said the cut was unusual. "Exporters in Dong Nai are under pressure, but half a month is a provocation," Tan said.`)
	runAnswerCases(t, []answerCase{
		{"analyst for specialist", art, "what did the asia wage institute analyst say", []string{"Rebecca Tan"}, []string{"Khai"}, false},
		{"expert for specialist", art, "what did the singapore expert say about exporters", []string{"provocation"}, []string{"Khai"}, false},
	})
}

// TestRound32CountryOffers: "what did Turkey offer (at first /
// initially)" is answered by what the brief lists as put on the table by
// "the Turkish side", not by anything "Iraq and Turkey" said together:
// a country is asked about by its own name, its people's word before a
// word for a side is the country's, an adverb before the verb is no word
// of the subject, and "at first" asks for the first offer.
func TestRound32CountryOffers(t *testing.T) {
	art := textArticle(t, `Iraq, Turkey agree summer water releases

BAGHDAD - Iraq and Turkey agreed on Monday that Turkey would release at least 500 cubic metres of water a second into the Tigris over the summer.

A senior Iraqi official, speaking on condition of anonymity, said the Turkish side had initially offered 350 cubic metres per second. "The projects are what moved them," the official said.

Turkey's water minister Ahmet Kaya said the deal was fair.`)
	runAnswerCases(t, []answerCase{
		{"what the country offered", art, "what did turkey offer", []string{"350 cubic metres"}, nil, false},
		{"at first", art, "what did turkey offer at first", []string{"350 cubic metres"}, nil, false},
		{"an adverb before the verb", art, "what did turkey initially offer", []string{"350 cubic metres"}, nil, false},
		{"a person still by name", art, "what did kaya say", []string{"the deal was fair"}, []string{"350"}, false},
	})
}

// TestRound32NarrativeOffer: "what did the US fleet offer at the start"
// finds the offer a participle tells ("The US fleet had opened the week
// offering $10,800"), whose subject is the verb's it hangs from.
func TestRound32NarrativeOffer(t *testing.T) {
	art := textArticle(t, `Pacific nations, tuna fleet agree fee

NADI - Pacific island countries and the US tuna fleet agreed on Saturday on a fee of $12,500 for each day a vessel fishes in island waters.

The US fleet had opened the week offering $10,800 per day, citing fuel costs. The Pacific parties had been asking for $13,000.

Dana Whitcombe, the fleet owners' representative, said her members had accepted the figure reluctantly.`)
	runAnswerCases(t, []answerCase{
		{"at the start", art, "wat did the us fleet offer at the start", []string{"$10,800"}, nil, false},
		{"a participle's offer", art, "what did the us fleet offer", []string{"$10,800"}, nil, false},
	})
}

// TestRound32InterestRate: "what interest rate…" asks for a percentage
// whatever money the question speaks of ("paying on the loans"), so an
// article that gives none declines; "what rate does the tariff stay at"
// is answered by the percentage.
func TestRound32InterestRate(t *testing.T) {
	art := textArticle(t, `Tonga wins reprieve on loans

NUKU'ALOFA - Tonga and China's Exim Bank agreed on Thursday to defer principal repayments on $110 million of loans for five years.

Under the new terms, Tonga will continue to pay interest but will make no principal repayments until 2031.

The tariff on imports stays at 15 percent.`)
	runAnswerCases(t, []answerCase{
		{"no rate given", art, "what interest rate is tonga paying on the exim loans", nil, nil, true},
		{"a rate given", art, "what rate does the tariff stay at", []string{"15 percent"}, nil, false},
	})
}
