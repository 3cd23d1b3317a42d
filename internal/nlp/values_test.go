package nlp

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestValueEntities(t *testing.T) {
	cases := []struct {
		text string
		want string // "TYPE:text" joined by " | "
	}{
		{"The talks resume on Thursday.", "DATE:Thursday"},
		{"They met last year and will meet again next week.", "DATE:last year | DATE:next week"},
		{"The deal was signed on March 3, 2025 in Paris.", "DATE:March 3, 2025"},
		{"It expires on 3 March 2025.", "DATE:3 March 2025"},
		{"Elections are due in 2025.", "DATE:2025"},
		{"The vote is at 10:30 a.m. on Friday.", "TIME:10:30 a.m. | DATE:Friday"},
		{"Talks broke down at midnight.", "TIME:midnight"},
		{"The union met this morning.", "TIME:this morning"},
		{"The offer is worth $5.7 billion.", "MONEY:$5.7 billion"},
		{"They raised €200m last month.", "MONEY:€200m | DATE:last month"},
		{"Shares rose to GBP45.50 and then 45 pence.", "MONEY:GBP45.50 | MONEY:45 pence"},
		{"He was paid 5 million dollars.", "MONEY:5 million dollars"},
		{"The group will pay NOK 212 per share, or SEK230 in Stockholm; the docking charge rose to Rp 260,000.", "MONEY:NOK 212 | MONEY:SEK230 | MONEY:Rp 260,000"},
		{"The strike costs R48 million a day; the county offered Sh60 million, or KSh 2.5 billion in all, and N50,000 each.", "MONEY:R48 million | MONEY:Sh60 million | MONEY:KSh 2.5 billion | MONEY:N50,000"},
		{"Take the R2 to Sandton.", ""},
		{"The mill lends about E95 million; Zambia owes K40 billion, not the A4 model.", "MONEY:E95 million | MONEY:K40 billion"},
		{"Kenya would pay 60 million shillings; the strike costs 4 billion reais, or 1.2 billion dinars.", "MONEY:60 million shillings | MONEY:4 billion reais | MONEY:1.2 billion dinars"},
		// The currencies of smaller economies, by their English names.
		{"The floor is 90 escudos a kilo, up from 31 denars, and a driver earns 500 gourdes.", "MONEY:90 escudos | MONEY:31 denars | MONEY:500 gourdes"},
		{"Wisłana bid 3.2 billion crowns, or 640 crowns a share.", "MONEY:3.2 billion crowns | MONEY:640 crowns"},
		{"Nepal sells at 5.6 Indian rupees a unit; the fee is 10 Hong Kong dollars, and 12 Swiss tonnes is no money.", "MONEY:5.6 Indian rupees | MONEY:10 Hong Kong dollars | CARDINAL:12"},
		{"Wages rise 30% this year.", "PERCENT:30% | DATE:this year"},
		{"Wages rise 30 percent, or 3.5 per cent a year.", "PERCENT:30 percent | PERCENT:3.5 per cent"},
		{"Three unions and 1,000 workers joined two dozen firms.", "CARDINAL:Three | CARDINAL:1,000 | CARDINAL:two dozen"},
		{"About twenty-five people walked out.", "CARDINAL:twenty-five"},
		{"May I ask? We may sign in May 2026.", "DATE:May 2026"},
		{"Completion is expected in May, or by May at the latest. May it come soon.", "DATE:May | DATE:May"},
		{"The strike lasted three weeks; it ended two days ago after 36 hours of talks.", "DATE:three weeks | DATE:two days ago | TIME:36 hours"},
		{"One of them said one thing.", ""},
		{"Over the past three years wages fell.", "DATE:the past three years"},
		{"The dispute began in the 1990s.", "DATE:the 1990s"},
		{"No numbers here at all.", ""},
	}
	for _, c := range cases {
		a := Tokenize(c.text)
		var got []string
		prev := -1
		for _, e := range valueEntities(a) {
			if e.First < prev {
				t.Errorf("%q: overlapping entities", c.text)
			}
			prev = e.Last
			got = append(got, fmt.Sprintf("%s:%s", e.Type, e.Text))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, g, c.want)
		}
	}
}

func BenchmarkValueEntities(b *testing.B) {
	a := Tokenize(articleText())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		valueEntities(a)
	}
}

// TestCountryCurrencyAmounts: an amount in a currency named with its
// country's words is one amount, whatever the entity model made of the
// country's word ("Indian" as a people's adjective).
func TestCountryCurrencyAmounts(t *testing.T) {
	checkSpans(t, MONEY, []spanCase{
		{text: "Nepal will export power to India at a base price of 5.6 Indian rupees per kilowatt-hour.", want: "5.6 Indian rupees", not: "Indian"},
	})
}

// TestCurrencyPrechecks holds the shortcuts isCurrency and gluedCurrency
// take before their lookups to the lists they stand for: every currency
// code has three letters, and every glued prefix starts with one of
// gluedFirsts.
func TestCurrencyPrechecks(t *testing.T) {
	for c := range currencyCodes {
		if len(c) != 3 {
			t.Errorf("currency code %q: not three letters", c)
		}
	}
	for _, p := range gluedPrefixes {
		if p == "" || !strings.Contains(gluedFirsts, p[:1]) {
			t.Errorf("glued prefix %q: first letter not in gluedFirsts %q", p, gluedFirsts)
		}
	}
}

// TestLowerWordsFrom: the words lowered from buildNERDoc's ASCII lower
// case are lowerWords' (Recognize gives them to the values).
func TestLowerWordsFrom(t *testing.T) {
	for _, text := range []string{articleText(), "ÉLYSÉE Palace, São Paulo, İstanbul: the CEO said €5bn. ÀB Ab aB"} {
		a := Tokenize(text)
		words, sents := nerInput(a)
		x := buildNERDoc(words, sents, nil, nil, false, false, nil)
		want := lowerWords(a.Tokens)
		got := lowerWordsFrom(a.Tokens, x.lower)
		if !slices.Equal(got, want) {
			t.Errorf("lowerWordsFrom differs from lowerWords on %.40q", text)
		}
	}
}
