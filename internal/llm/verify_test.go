package llm

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/summarize"
)

// seed returns the project's example article and its local brief.
func seed(tb testing.TB) (string, *summarize.Brief) {
	tb.Helper()
	raw, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		tb.Fatal(err)
	}
	b, err := summarize.Summarize(summarize.Input{Text: string(raw)}, summarize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return string(raw), b
}

func TestVerifyQuote(t *testing.T) {
	text, _ := seed(t)
	tests := []struct {
		name  string
		quote string
		want  bool
	}{
		{"verbatim", "We will never consider Ukrainian lands as Russian", true},
		{"straight apostrophes for curly", "we're just going to say, you're foolish", true},
		{"closing comma inside the marks", "We will never consider Ukrainian lands as Russian,", true},
		{"case", "WE WILL NEVER consider ukrainian lands as russian", true},
		{"spacing and line breaks", "Every  sovereign nation\non Earth has a right", true},
		{"across sentences", "you're foolish. You're fools, you're horrible people", true},
		{"elision", "If for some reason ... we're going to just take a pass", true},
		{"elision with brackets", "If for some reason [...] take a pass", true},
		{"elided parts out of order", "take a pass ... If for some reason", false},
		{"fabricated", "We will hand Crimea to Russia", false},
		{"altered word", "We will never accept Ukrainian lands as Russian", false},
		{"part of a word", "ward", false},
		{"empty", "", false},
		{"punctuation only", "...", false},
		{"dash spacing", "Crimea was annexed by Russia in 2014", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := VerifyQuote(text, tt.quote); got != tt.want {
				t.Errorf("VerifyQuote(%q) = %v, want %v", tt.quote, got, tt.want)
			}
		})
	}
}

func TestVerifyQuoteMarks(t *testing.T) {
	article := "The deal — signed on Monday — holds. It was a “landmark” moment…\n\n" +
		"\"We have the money. The talks go on.\n\n\"We will not walk away,\" she said."
	for _, q := range []string{"deal - signed on Monday - holds", "deal—signed on Monday—holds", `"landmark" moment...`,
		"a landmark moment", "The talks go on. We will not walk away"} {
		if !VerifyQuote(article, q) {
			t.Errorf("VerifyQuote(%q) = false, want true", q)
		}
	}
}

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`He said “no deal” and left.`, []string{"no deal"}},
		{`He said "no deal" and "never".`, []string{"no deal", "never"}},
		{`It’s the envoy’s ‘red line’, he said.`, []string{"red line"}},
		{`«Non» et „Nein“.`, []string{"Non", "Nein"}},
		{`No quotes, we’re sure.`, nil},
		{`An open “quote runs on`, []string{"quote runs on"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range quoteSpans(tt.in) {
			got = append(got, tt.in[sp.start:sp.end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("quoteSpans(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitText(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. wants a deal. Russia refuses.", []string{"The U.S. wants a deal.", "Russia refuses."}},
		{"Mr. Rubio spoke. Talks resume.", []string{"Mr. Rubio spoke.", "Talks resume."}},
		{`He said: “We will. Never.” Talks go on.`, []string{`He said: “We will. Never.”`, "Talks go on."}},
		{"One\nTwo.", []string{"One", "Two."}},
		{"Is it over? No!  Not yet.", []string{"Is it over?", "No!", "Not yet."}},
	}
	for _, tt := range tests {
		if got := splitText(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameCandidates(t *testing.T) {
	tests := []struct {
		in   string
		want [][]string
	}{
		{"Ukrainian President Volodymyr Zelenskyy remains firm.", [][]string{{"Ukrainian", "Volodymyr", "Zelenskyy"}}},
		{"Secretary of State Marco Rubio agreed.", [][]string{{"Marco", "Rubio"}}},
		{"President Biden wants talks.", [][]string{{"Biden"}}},
		{"Talks resume, Biden said.", [][]string{{"Biden"}}},
		{"Biden wants talks.", nil},
		{"On Monday the talks resumed in London.", nil},
		{"Meanwhile, the talks resumed.", nil},
		{"The Bank of England and Ursula von der Leyen met.", [][]string{{"Bank", "England"}, {"Ursula", "Leyen"}}},
	}
	for _, tt := range tests {
		if got := nameCandidates(tt.in); !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("nameCandidates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheckProse(t *testing.T) {
	text, b := seed(t)
	g := newGround(text, b.Sentences, b.Parties)
	tests := []struct {
		name string
		in   string
		ok   bool
		why  reason
	}{
		{"grounded", "The US may recognise Russian control of Crimea as part of a peace deal.", true, 0},
		{"verbatim quote", "Zelenskyy said: “We will never consider Ukrainian lands as Russian.”", true, 0},
		{"fabricated quote", "Zelenskyy said: “We will hand Crimea to Moscow.”", false, reasonQuote},
		{"known names with possessive", "President Donald Trump’s envoy Steve Witkoff was criticised.", true, 0},
		{"spelling variant", "President Zelensky remains firm.", true, 0},
		{"unknown person", "Former President Joe Biden backed the plan.", false, reasonName},
		{"unknown speaker", "The talks will fail, Johnson said.", false, reasonName},
		{"figure in article", "Crimea was annexed in 2014.", true, 0},
		{"invented figure", "Crimea was annexed in 2015.", false, reasonNumber},
		{"invented content", "Quarterly oil revenues surged despite sweeping semiconductor tariffs.", false, reasonUngrounded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			why, ok := g.checkProse(tt.in)
			if ok != tt.ok || !ok && why != tt.why {
				t.Errorf("checkProse(%q) = %v, %v; want %v, %v", tt.in, why, ok, tt.why, tt.ok)
			}
		})
	}
}

func TestCheckPoint(t *testing.T) {
	text, b := seed(t)
	g := newGround(text, b.Sentences, b.Parties)
	tests := []struct {
		name string
		text string
		refs []int
		want []int
		why  reason
	}{
		{"supported", "Peace talks continue next week in London.", []int{16}, []int{16}, 0},
		{"unrelated citation dropped", "Peace talks continue next week in London.", []int{16, 3}, []int{16}, 0},
		{"out of range", "Peace talks continue next week in London.", []int{99, -1}, nil, reasonCitation},
		{"no citation", "Peace talks continue next week in London.", nil, nil, reasonCitation},
		{"cites the wrong sentence", "Peace talks continue next week in London.", []int{2}, nil, reasonCitation},
		{"figure not in the cited sentence", "The US set out its plan in Paris on April 18.", []int{9}, nil, reasonNumber},
		{"figure in the cited sentence", "The US set out its plan in Paris on April 17.", []int{9}, []int{9}, 0},
		{"fabricated quote", "Rubio said “Ukraine must give up Crimea”.", []int{14}, nil, reasonQuote},
		{"british spelling, other names", "The US is open to recognising Russia's hold on Crimea.", []int{0}, []int{0}, 0},
		{"a place the cited sentence does not name", "Peace talks continue next week in Paris.", []int{16}, nil, reasonCitation},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why, ok := g.checkPoint(tt.text, tt.refs)
			if !slices.Equal(got, tt.want) || ok != (tt.want != nil) || !ok && why != tt.why {
				t.Errorf("checkPoint(%q, %v) = %v, %v, %v; want %v, reason %v", tt.text, tt.refs, got, why, ok, tt.want, tt.why)
			}
		})
	}
}

func TestStripMentions(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ping @everyone now", "ping everyone now"},
		{"@here look", "here look"},
		{"hi <@123> and <@!456> and <@&789>", "hi and and"},
		{"mail a@here.com", "mail a@here.com"},
		{"no mentions", "no mentions"},
		{"doubled @@everyone and x@here", "doubled everyone and xhere"},
		{"nested <<@1>@1> and @@<@2>everyone", "nested and everyone"},
	}
	for _, tt := range tests {
		if got := StripMentions(tt.in); got != tt.want {
			t.Errorf("StripMentions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripRefs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talks resume in London [16].", "Talks resume in London."},
		{"Talks resume [16, 17] next week (sentence 16).", "Talks resume next week."},
		{"A range [3-5] here.", "A range here."},
		{"Nothing to strip.", "Nothing to strip."},
	}
	for _, tt := range tests {
		if got := stripRefs(tt.in); got != tt.want {
			t.Errorf("stripRefs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEstimateTokens(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abcd", 1},
		{"abcde", 2},
		{"привет", 4}, // 6 Cyrillic letters at 1.5 a token
		{strings.Repeat("word ", 100), 125},
	}
	for _, tt := range tests {
		if got := EstimateTokens(tt.in); got != tt.want {
			t.Errorf("EstimateTokens(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// FuzzProse checks the prose checks on any text: no panics, a text is
// always found in itself, and no mention survives StripMentions.
func FuzzProse(f *testing.F) {
	for _, s := range []string{
		`Zelenskyy said: “We will never consider Ukrainian lands as Russian.” Talks resume [16].`,
		`“Open quote. ‘Single’ and "straight" … [...] (sentence 3) <@123> @everyone`,
		"Mr. A. B. Smith-Jones’s U.S. deal, 1,000 — 17th.\n\nNew line!",
		"", "\"", "…", "@@here", "a@here.com",
	} {
		f.Add(s)
	}
	text, b := seed(f)
	g := newGround(text, b.Sentences, b.Parties)
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range splitText(s) {
			g.checkProse(sent)
			nameCandidates(sent)
		}
		for _, sp := range quoteSpans(s) {
			if sp.start > sp.end || sp.end > len(s) {
				t.Fatalf("span %v out of %d bytes", sp, len(s))
			}
		}
		if len(quotePieces(normalize(s))) > 0 && !VerifyQuote(s, s) {
			t.Fatalf("%q is not found in itself", s)
		}
		m := StripMentions(s)
		for _, sub := range mentionRE.FindAllStringSubmatch(m, -1) {
			if strings.HasPrefix(sub[0], "<@") || sub[1] == "" || sub[3] == "" {
				t.Fatalf("StripMentions(%q) = %q: %q survived", s, m, sub[0])
			}
		}
	})
}
