package summarize

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Mr. Smith said: “We will never agree.” He left.",
	"“A,” he said, “B.”\n\n“C.\n\n“D,” she said.",
	"‘Quote,’ the minister said. The workers’ union don’t.",
	"«Non,» a dit le ministre. \"Straight\" quotes \"here",
	"U.S. talks... resume next week in Geneva on Jan. 8. No. 10 said so!",
	"WASHINGTON — \"\"\"''‘’“”«»",
	"\"unclosed quote\n\nnext paragraph",
	"By Jane Doe\n\nSource: x.com",
}

// FuzzSplitSentences checks that sentences are in order, non-empty and
// inside the text, whatever the text.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		paras := splitParagraphs(text)
		sents := splitSentences(text, paras)
		prev := 0
		for _, s := range sents {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("sentence %q has span [%d,%d) after %d in %d bytes", s.Text, s.Start, s.End, prev, len(text))
			}
			if s.Text == "" {
				t.Fatalf("empty sentence at %d", s.Start)
			}
			if s.Para < 0 || s.Para >= len(paras) {
				t.Fatalf("sentence %q in paragraph %d of %d", s.Text, s.Para, len(paras))
			}
			prev = s.End
		}
	})
}

// FuzzFindQuotes checks that every quotation found lies inside the text,
// between its marks, with segments in order.
func FuzzFindQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		quotes := findQuotes(text, splitParagraphs(text))
		for _, q := range quotes {
			if q.open < 0 || q.close > len(text) || q.open >= q.close || len(q.segs) == 0 {
				t.Fatalf("quote open=%d close=%d segs=%v in %d bytes", q.open, q.close, q.segs, len(text))
			}
			prev := q.open
			for _, s := range q.segs {
				if s.start < prev || s.end > q.close || s.start >= s.end {
					t.Fatalf("segment %v outside quote [%d,%d)", s, q.open, q.close)
				}
				prev = s.end
			}
		}
	})
}

// FuzzSummarize runs the whole engine: no panic, and the invariants of the
// brief hold (quote texts are the article's words, sentence numbers in range).
func FuzzSummarize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add(seedText(f))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		b, err := Summarize(Input{Text: text}, Options{})
		if err != nil {
			return
		}
		checkInvariants(t, text, b)
	})
}

// FuzzLiveStamp checks that liveStamp never reads past the paragraph and
// that what it takes ends with the dash's space.
func FuzzLiveStamp(f *testing.F) {
	for _, s := range []string{"10:40 p.m. — A spokesperson said", "7.05pm - x", "23:15 GMT – y", "1:", "", "12:345 — z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		n := liveStamp(p)
		if n < 0 || n > len(p) || n > 0 && p[n-1] != ' ' {
			t.Fatalf("liveStamp(%q) = %d", p, n)
		}
	})
}
