package ask

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/summarize"
)

func railArticle(t *testing.T) *Article {
	t.Helper()
	text, err := os.ReadFile("testdata/rail-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	b, err := summarize.Summarize(summarize.Input{Text: string(text)}, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return New(b)
}

func TestAnswer(t *testing.T) {
	a := railArticle(t)
	tests := []struct {
		name      string
		q         string
		history   []Turn
		want      []string // all must be in the answer
		declined  bool
		citations []int // must all be cited
	}{
		{"who proposed", "Who proposed the pay rise?", nil, []string{"4% pay rise"}, false, []int{1}},
		{"when", "When do talks resume?", nil, []string{"Thursday"}, false, []int{8}},
		{"where", "Where will the talks be held?", nil, []string{"London"}, false, []int{8}},
		{"what did X say", "What did Tom Reyes say?", nil, []string{"Our members will not trade safety for a pay rise"}, false, []int{4}},
		{"surname only", "What did Reyes say about the terms?", nil, []string{"not on these terms"}, false, []int{5}},
		{"follow-up pronoun", "And what did she say?", []Turn{{"What did the chief executive say?", "Laura Mendes called the offer “fair and final”."}}, []string{"fair and final"}, false, nil},
		{"position", "What does the union reject?", nil, []string{"rejected"}, false, nil},
		{"deadline", "What is the deadline?", nil, []string{"March 1"}, false, []int{9}},
		{"how much", "How big is the pay rise?", nil, []string{"4%"}, false, nil},
		{"parties", "Who is involved?", nil, []string{"Tom Reyes"}, false, nil},
		{"summary", "What is this about?", nil, []string{"Northline Rail"}, false, []int{0}},
		{"a name the article never uses", "What did Boris Johnson say?", nil, []string{"doesn't mention Boris"}, true, nil},
		{"a person mentioned but not quoted", "What did Alan Grey say?", nil, []string{"urged both sides"}, false, nil},
		{"content the article lacks", "How much compensation will passengers get?", nil, []string{"doesn't say"}, true, nil},
		{"empty", "   ?", nil, []string{"Ask a question"}, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Answer(tt.q, tt.history)
			if r.Declined != tt.declined {
				t.Fatalf("Answer(%q) declined=%v, want %v: %q", tt.q, r.Declined, tt.declined, r.Answer)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.Answer, w) {
					t.Errorf("Answer(%q) = %q, want it to hold %q", tt.q, r.Answer, w)
				}
			}
			cited := map[int]bool{}
			for _, c := range r.Citations {
				cited[c.Sentence] = true
				if c.Text != a.sents[c.Sentence] {
					t.Errorf("citation %d text %q is not the sentence %q", c.Sentence, c.Text, a.sents[c.Sentence])
				}
			}
			for _, c := range tt.citations {
				if !cited[c] {
					t.Errorf("Answer(%q) cites %v, want sentence %d", tt.q, r.Citations, c)
				}
			}
			if tt.declined && (len(r.Citations) != 0 || r.Confidence != 0) {
				t.Errorf("a declined answer has citations %v, confidence %v", r.Citations, r.Confidence)
			}
		})
	}
}

func TestAnswerJSON(t *testing.T) {
	r := railArticle(t).Answer("When do talks resume?", nil)
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"answer", "citations", "confidence"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The U.S. offered $40,000.", "the us offered 40000"},
		{"Zelenskyy's position: 1.4 million", "zelenskyy position 1.4 million"},
		{"don't stop", "don't stop"},
	}
	for _, tt := range tests {
		if got := strings.Join(words(tt.in), " "); got != tt.want {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkAnswer(b *testing.B) {
	text, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	br, err := summarize.Summarize(summarize.Input{Text: string(text)}, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	a := New(br)
	qs := []string{"Who proposed the ceasefire?", "When do talks resume?", "What did Rubio say?", "What did Putin say?", "What does Ukraine refuse?"}
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			a.Answer(q, nil)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	text, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	br, err := summarize.Summarize(summarize.Input{Text: string(text)}, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		New(br)
	}
}

func TestFollowUpWithANewQuestionWord(t *testing.T) {
	a := railArticle(t)
	r := a.Answer("and where?", []Turn{{Question: "When do talks resume?", Answer: "Thursday: Talks are due to resume on Thursday in London. [8]"}})
	if r.Declined || !strings.Contains(r.Answer, "London") {
		t.Errorf("“and where?” after “when do talks resume?” = %q, want London", r.Answer)
	}
}

// FuzzAnswer: any question gets an answer without panicking, citing only
// sentences of the article.
func FuzzAnswer(f *testing.F) {
	for _, q := range []string{"who proposed the ceasefire?", "and where?", "", "??", "What did Mr. said say about “it”?", "how many 40,000 $",
		"What did the S.E.C. say?", "How much will the A.B. plan cost?", "Who signed it?", "What did E-5's say?", "When does X-Y expire in 3 weeks?",
		"Which newspaper reported it?", "Who leads the union?", "Who is the union's chief?", "What did Lee and Park say?",
		"In what year was it signed?", "How much of a raise?", "Who is Lee?", "What did and say?"} {
		f.Add(q, "when do talks resume?")
	}
	text, err := os.ReadFile("testdata/rail-talks.txt")
	if err != nil {
		f.Fatal(err)
	}
	b, err := summarize.Summarize(summarize.Input{Text: string(text)}, summarize.Options{})
	if err != nil {
		f.Fatal(err)
	}
	a := New(b)
	f.Fuzz(func(t *testing.T, q, prev string) {
		r := a.Answer(q, []Turn{{Question: prev, Answer: "x"}})
		for _, c := range r.Citations {
			if c.Sentence < 0 || c.Sentence >= len(b.Sentences) {
				t.Fatalf("citation %d out of range", c.Sentence)
			}
		}
		if r.Answer == "" {
			t.Fatalf("empty answer to %q", q)
		}
	})
}
