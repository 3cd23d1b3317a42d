package ask

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

var (
	analyzerOnce sync.Once
	analyzer     *nlp.Analyzer
)

// sharedAnalyzer loads the analysis layer once for the package's tests.
func sharedAnalyzer(t testing.TB) *nlp.Analyzer {
	t.Helper()
	analyzerOnce.Do(func() {
		an, err := nlp.New()
		if err != nil {
			t.Fatalf("load the analysis layer: %v", err)
		}
		analyzer = an
	})
	return analyzer
}

// textArticle prepares an article of our own for questions, with the
// shared analysis layer.
func textArticle(t *testing.T, text string) *Article {
	t.Helper()
	an := sharedAnalyzer(t)
	b, err := summarize.Summarize(summarize.Input{Text: text}, summarize.Options{Analyzer: an})
	if err != nil {
		t.Fatal(err)
	}
	return New(b, WithAnalyzer(an))
}

// fileArticle prepares the article of testdata file name for questions.
func fileArticle(t *testing.T, name string) *Article {
	t.Helper()
	text, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return textArticle(t, string(text))
}

func tradeArticle(t *testing.T) *Article { return fileArticle(t, "trade-talks.txt") }

// checkAnswer checks the answer r to question q: declined or not as
// wanted, holding every string of want and none of notWant.
func checkAnswer(t *testing.T, q string, r Result, want, notWant []string, declined bool) {
	t.Helper()
	if r.Declined != declined {
		t.Fatalf("Answer(%q) declined=%v, want %v: %q", q, r.Declined, declined, r.Answer)
	}
	for _, w := range want {
		if !strings.Contains(r.Answer, w) {
			t.Errorf("Answer(%q) = %q, want it to hold %q", q, r.Answer, w)
		}
	}
	for _, w := range notWant {
		if strings.Contains(r.Answer, w) {
			t.Errorf("Answer(%q) = %q, want it without %q", q, r.Answer, w)
		}
	}
}

// answerCase is one question on one article, checked by checkAnswer.
type answerCase struct {
	name     string
	art      *Article
	q        string
	want     []string
	notWant  []string
	declined bool
}

// runAnswerCases asks each case's question of its article and checks the
// answer, one subtest a case.
func runAnswerCases(t *testing.T, tests []answerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.art.Answer(tt.q, nil)
			checkAnswer(t, tt.q, r, tt.want, tt.notWant, tt.declined)
		})
	}
}

// TestAnswerTypes covers issue 13's causes on an article of our own: words
// the article writes differently, answer types, ordinals, who said what,
// and declines for questions the article is silent on.
func TestAnswerTypes(t *testing.T) {
	a := tradeArticle(t)
	tests := []struct {
		name     string
		q        string
		want     []string // all must be in the answer
		notWant  []string // none may be
		declined bool
		cites    []int
	}{
		{"a type noun the article does not use", "What tariff rate applies to Mexican steel?", []string{"25%"}, nil, false, []int{11}},
		{"an acronym the article spells out", "Where were the NAFTA talks held?", []string{"Washington"}, nil, false, []int{0}},
		{"a comparative", "What did Guajardo say about rich countries?", []string{"Ildefonso Guajardo warned", "richer countries"}, nil, false, []int{9}},
		{"the first of several", "What was the first proposal?", []string{"85%"}, []string{"75%", "five years"}, false, []int{6}},
		{"the second of several", "What was the second proposal?", []string{"75%"}, []string{"85%"}, false, []int{7}},
		{"the latest", "What is the latest offer?", []string{"five years"}, []string{"85%"}, false, []int{8}},
		{"every quote and statement, in order", "What did Freeland say?", []string{"Chrystia Freeland said", "constructive but difficult", "We will not sign a bad deal", "as long as it takes"}, []string{" say:", " told:"}, false, []int{1, 2, 3}},
		{"reported speech only", "What did Lighthizer say?", []string{"Robert Lighthizer said", "higher share of car parts", "the American proposal was fair"}, []string{"Freeland"}, false, []int{4, 5}},
		{"a description of the speaker", "What did the union say?", []string{"the union estimated"}, nil, false, []int{12}},
		{"a role the article gives", "What did the Canadian foreign minister say?", []string{"constructive but difficult"}, nil, false, []int{1}},
		{"how many, answered", "How many workers could lose their jobs?", []string{"3,000"}, nil, false, []int{12}},
		{"a derivation", "Who estimated the job losses?", []string{"union"}, nil, false, []int{12}},
		{"where, by ordinal", "Where will the third round be held?", []string{"Ottawa"}, nil, false, []int{13}},
		{"counted thing absent", "How many hostages does Mexico hold?", []string{"doesn't say"}, nil, true, nil},
		{"a number of something else", "How many steel mills does Mexico have?", nil, []string{"3,000"}, true, nil},
		{"about what, as asked", "What did Robert Lighthizer say about Canada?", []string{"about Canada"}, nil, true, nil},
		{"amount of the wrong party", "How much money did Canada offer?", nil, []string{"$50 billion"}, true, nil},
		{"a person the article never names", "What did Justin Trudeau say?", []string{"doesn't mention Justin Trudeau"}, nil, true, nil},
		{"a role the article never gives", "What did Mexico's foreign minister say?", nil, []string{"Freeland"}, true, nil},
		{"no demand made", "What did Freeland demand?", nil, []string{"constructive"}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Answer(tt.q, nil)
			checkAnswer(t, tt.q, r, tt.want, tt.notWant, tt.declined)
			var cited []int
			for _, c := range r.Citations {
				cited = append(cited, c.Sentence)
			}
			for _, c := range tt.cites {
				if !slices.Contains(cited, c) {
					t.Errorf("Answer(%q) cites %v, want sentence %d", tt.q, cited, c)
				}
			}
		})
	}
}

// TestWhenOfWhat: "when is the N?" is answered by evidence that names the
// N, not by another event's date.
func TestWhenOfWhat(t *testing.T) {
	a := textArticle(t, "Members of the General Workers' Union will vote on a walkout on 23 March, the union said. "+
		"Ministers fear the dispute will hurt them at the general election. "+
		"The talks resume in Cardiff on Monday.")
	runAnswerCases(t, []answerCase{
		{"the event never dated", a, "When is the general election?", nil, []string{"23 March", "Monday"}, true},
		{"the event dated", a, "When is the walkout?", []string{"23 March"}, nil, false},
	})
}

// TestSpeechInArticleOrder: quotes and statements of one speaker come in
// the article's order, each on its own line with its sentence.
func TestSpeechInArticleOrder(t *testing.T) {
	r := tradeArticle(t).Answer("What did Chrystia Freeland say?", nil)
	lines := strings.Split(r.Answer, "\n")
	if len(lines) < 3 {
		t.Fatalf("answer %q has %d lines, want 3", r.Answer, len(lines))
	}
	for i, want := range []string{"[1]", "[2]", "[3]"} {
		if !strings.HasSuffix(lines[i], want) {
			t.Errorf("line %d = %q, want it to end with %s", i, lines[i], want)
		}
	}
}

func TestComparatives(t *testing.T) {
	tests := []struct {
		stem string
		want string
	}{
		{"rich", "richer"},
		{"richer", "rich"},
		{"bigger", "big"},
		{"larger", "larg"},
		{"poor", "poorest"},
	}
	for _, tt := range tests {
		if got := comparatives(tt.stem); !slices.Contains(got, tt.want) {
			t.Errorf("comparatives(%q) = %v, want it to hold %q", tt.stem, got, tt.want)
		}
	}
	if got := comparatives("part"); slices.Contains(got, "parti") {
		t.Errorf("comparatives(part) = %v: party is no comparative", got)
	}
}

func TestBuildAcronyms(t *testing.T) {
	m := buildAcronyms([]string{
		"Talks to revise the North American Free Trade Agreement resumed.",
		"The Organization of the Petroleum Exporting Countries met in Vienna.",
		"The World Trade Organisation (WTO) is to hold membership talks.",
	})
	tests := []struct{ acr, want string }{
		{"nafta", "north american free trade agreement"},
		{"opec", "organization of the petroleum exporting countries"},
		{"wto", "world trade organisation"},
	}
	for _, tt := range tests {
		if got := strings.Join(m.expansion(tt.acr), " "); got != tt.want {
			t.Errorf("expansion(%q) = %q, want %q", tt.acr, got, tt.want)
		}
	}
}

func TestPastOf(t *testing.T) {
	tests := []struct{ cue, want string }{
		{"says", "said"}, {"told", "told"}, {"adding", "added"}, {"warns", "warned"}, {"argues", "argued"},
		{"insisting", "insisted"}, {"according to", "according to"}, {"tweeted", "tweeted"}, {"denies", "denied"},
	}
	for _, tt := range tests {
		if got := pastOf(tt.cue); got != tt.want {
			t.Errorf("pastOf(%q) = %q, want %q", tt.cue, got, tt.want)
		}
	}
	if got := quoteVerb("told"); got != "said" {
		t.Errorf("quoteVerb(told) = %q: “X told: …” is not English", got)
	}
}

// TestDoubtfulSpeakerIsFlagged: a quotation the brief credits to someone
// the article does not name nearby is shown with a warning, not repeated
// as fact.
func TestDoubtfulSpeakerIsFlagged(t *testing.T) {
	b := &summarize.Brief{
		Sentences: []summarize.Sentence{
			{Text: "Anna Berg opened the meeting.", Para: 0},
			{Text: "The weather was mild.", Para: 1},
			{Text: "The hall was full.", Para: 2},
			{Text: "Prices rose.", Para: 3},
			{Text: "Nobody expected a deal.", Para: 4},
			{Text: "\"We are close,\" someone said.", Para: 5},
		},
		Quotes: []summarize.Quote{{Text: "We are close", Speaker: "Anna Berg", Cue: "said", Sentence: 5}},
	}
	r := New(b, WithAnalyzer(sharedAnalyzer(t))).Answer("What did Anna Berg say?", nil)
	if r.Declined || !strings.Contains(r.Answer, "uncertain") {
		t.Errorf("answer %q, want the quote with a note that the attribution is uncertain", r.Answer)
	}
	if r.Confidence >= 0.9 {
		t.Errorf("confidence %v for a doubtful attribution", r.Confidence)
	}
}
