package ask

import (
	"strings"
	"testing"
)

func transitArticle(t *testing.T) *Article { return fileArticle(t, "transit-talks.txt") }

// TestSaysLessRatherThanWrong covers the second round of issue 13: people
// who share a surname, words not said (an infinitive, a negation), a
// described speaker the article names, names the evidence must speak of
// (by a description the article gives them), amounts of money, lengths
// of time that are no date, and who did what by the verb's subject.
func TestSaysLessRatherThanWrong(t *testing.T) {
	a := transitArticle(t)
	tests := []struct {
		name     string
		q        string
		want     []string // all must be in the answer
		notWant  []string // none may be
		declined bool
	}{
		{"one of two brothers", "What did Luis Ortiz say?", []string{"ready to strike"}, []string{"rent"}, false},
		{"the other brother", "What did Carl Ortiz say?", []string{"rent"}, []string{"ready to strike"}, false},
		{"dared to say and would not say are not words said", "What did Mia Chen say?", nil, []string{"strike vote was planned"}, true},
		{"the mayor is the titled person", "What did Ana Ruiz say?", []string{"fair deal", "no layoffs"}, nil, false},
		{"the title asked about", "What did the mayor say?", []string{"no layoffs"}, nil, false},
		{"the committee is the one described so", "How much has Riverfund raised?", []string{"$4 million"}, nil, false},
		{"the amount of the verb asked about", "How much has Riverfund spent?", []string{"$1.5 million"}, nil, false},
		{"a name the article never uses", "How much has Fundco raised?", nil, nil, true},
		{"a length of time is no date", "When do drivers get paid leave?", nil, nil, true},
		{"a date placed in time", "When does the old contract expire?", []string{"30 days"}, nil, false},
		{"the agent of the verb", "Who signed the old contract?", []string{"Dan Holt"}, nil, false},
		{"a dotted acronym", "What did the SEC say?", []string{"reviewing"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Answer(tt.q, nil)
			if r.Declined != tt.declined {
				t.Fatalf("Answer(%q) declined = %v, want %v: %q", tt.q, r.Declined, tt.declined, r.Answer)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.Answer, w) {
					t.Errorf("Answer(%q) = %q, want it to hold %q", tt.q, r.Answer, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(r.Answer, w) {
					t.Errorf("Answer(%q) = %q, holds %q", tt.q, r.Answer, w)
				}
			}
			if !r.Declined && len(r.Citations) == 0 {
				t.Errorf("Answer(%q) cites nothing", tt.q)
			}
		})
	}
}

func TestSubjectLabel(t *testing.T) {
	tests := []struct {
		raw    string
		phrase []string
		want   string
	}{
		{"What did Lu Kang say?", []string{"lu", "kang"}, "Lu Kang"},
		{"What did the SEC say?", []string{"sec"}, "the SEC"},
		{"What did the union's spokesman say?", []string{"union", "spokesman"}, "the union's spokesman"},
	}
	for _, tt := range tests {
		if got := (subject{phrase: tt.phrase, raw: tt.raw}).label(); got != tt.want {
			t.Errorf("label of %q = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestDottedAcronyms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The S.E.C. said", "the sec said"},
		{"at 8:30 p.m. in", "at 8 30 pm in"},
		{"George W. Bush", "george w bush"},
		{"the U.S. economy", "the us economy"},
		// curly quotes and dashes part words; letters of other scripts do not
		{"“Sequestration hurt us,” he said", "sequestration hurt us he said"},
		{"talks—stalled", "talks stalled"},
		{"Zelenskyy’s «plan»", "zelenskyy plan"},
		{"Škoda and Müller", "škoda and müller"},
		{"40,000 and 1.4", "40000 and 1.4"},
		{"$3million and £1.5bn", "3 million and 1.5 billion"},
	}
	for _, tt := range tests {
		if got := strings.Join(words(tt.in), " "); got != tt.want {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHowMuchOfMoney(t *testing.T) {
	tests := []struct {
		q    string
		want answerType
	}{
		{"How much will the plan cost?", typeMoney},
		{"How much investment is expected?", typeMoney},
		{"How much did exports grow?", typeQuantity},
		{"How many workers struck?", typeQuantity},
	}
	for _, tt := range tests {
		q := &question{raw: tt.q, words: words(tt.q), wh: "how"}
		if got, _ := questionType(q); got != tt.want {
			t.Errorf("questionType(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
