package summarize

import (
	"strings"
	"sync"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// testAnalyzer loads the analysis layer once for the package's tests.
var testAnalyzer = sync.OnceValues(nlp.New)

func treeBrief(t *testing.T, text string) *Brief {
	t.Helper()
	an, err := testAnalyzer()
	if err != nil {
		t.Fatalf("load the analysis layer: %v", err)
	}
	b, err := Summarize(Input{Text: text}, Options{Analyzer: an})
	if err != nil {
		t.Fatalf("Summarize: %v", err)
	}
	return b
}

func TestStatements(t *testing.T) {
	tests := []struct {
		name, text             string
		wantText, speaker, cue string
	}{
		{"said it was", "Russia said it was ready to resume talks with Ukraine.", "it was ready to resume talks with Ukraine", "Russia", "said"},
		{"said that", "The union said that the offer fell short of its demands.", "the offer fell short of its demands", "The union", "said"},
		{"according to", "According to the ministry, the two sides agreed on a timetable.", "the two sides agreed on a timetable", "the ministry", "according to"},
		{"parenthetical", "The talks collapsed after midnight, two diplomats said.", "The talks collapsed after midnight", "two diplomats", "said"},
		{"wants to", "Ukrainian President Volodymyr Zelenskyy wants to hold a referendum on any deal.", "to hold a referendum on any deal", "Volodymyr Zelenskyy", "wants"},
		{"pronoun resolved", "Maria Lopez leads the nurses' union. She warned that a strike could start next week.", "a strike could start next week", "Maria Lopez", "warned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := treeBrief(t, tt.text)
			for _, st := range b.Statements {
				if st.Text == tt.wantText {
					if st.Speaker != tt.speaker || st.Cue != tt.cue {
						t.Errorf("statement %q: speaker %q, cue %q; want %q, %q", st.Text, st.Speaker, st.Cue, tt.speaker, tt.cue)
					}
					if !strings.Contains(tt.text, st.Text) {
						t.Errorf("statement %q is not the article's words", st.Text)
					}
					return
				}
			}
			t.Errorf("no statement %q in %+v", tt.wantText, b.Statements)
		})
	}
}

func TestStatementNeverRepeatsAQuote(t *testing.T) {
	b := treeBrief(t, `Jane Okafor said “the offer is an insult to every worker here”.`)
	for _, st := range b.Statements {
		if strings.Contains(st.Text, "offer is an insult") && !strings.Contains(st.Text, "“") {
			t.Errorf("statement %q repeats the quote", st.Text)
		}
	}
	if len(b.Quotes) != 1 || b.Quotes[0].Speaker != "Jane Okafor" {
		t.Errorf("quotes %+v, want the fragment with Jane Okafor", b.Quotes)
	}
}
