package summarize

import (
	"strings"
	"testing"
)

func TestInputCaps(t *testing.T) {
	words := strings.Repeat("the parties met again and talked ", 20000) // 660 KB, no sentence end
	tests := []struct {
		name        string
		text        string
		wantWarning bool
	}{
		{"a quotation mark never closed", `The minister said "` + words, true},
		{"a run-on quotation over paragraphs", strings.Repeat("“"+strings.Repeat("We will talk. ", 40)+"\n\n", 200), false},
		{"5 MB of A. A. A.", strings.Repeat("A. ", (5<<20)/3), true},
		{"a million one-letter paragraphs", strings.Repeat("x\n\n", 1<<20), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Summarize(Input{Text: tt.text}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range b.Quotes {
				if len(q.Text) > maxQuoteBytes {
					t.Errorf("a quote of %d bytes", len(q.Text))
				}
			}
			for _, s := range b.Sentences {
				if len(s.Text) > maxSentenceBytes {
					t.Errorf("a sentence of %d bytes", len(s.Text))
				}
			}
			if len(b.Sentences) > maxSentences || b.Stats.Words > maxTokens {
				t.Errorf("%d sentences, %d words: over the caps", len(b.Sentences), b.Stats.Words)
			}
			warned := false
			for _, w := range b.Warnings {
				warned = warned || strings.Contains(w, "very long")
			}
			if warned != tt.wantWarning {
				t.Errorf("warnings %q, want the long-article warning: %v", b.Warnings, tt.wantWarning)
			}
		})
	}
}

func TestLimitTextKeepsNormalArticles(t *testing.T) {
	text := strings.Repeat("Negotiators met in Geneva on Monday. “We are close,” she said.\n\n", 1000) // 66 KB
	if got, cut := limitText(text); cut || got != text {
		t.Errorf("a 66 KB article was cut to %d bytes", len(got))
	}
}
