package summarize

import (
	"os"
	"strings"
	"testing"
)

// seedText is the project's own example article, bundled in testdata.
func seedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/crimea-talks.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// grown repeats the story paragraphs of the seed (bylines left out) until
// the text is at least n bytes: a long article with the seed's mix of
// quotes, names and numbers.
func grown(tb testing.TB, n int) string {
	paras := strings.Split(strings.TrimSpace(seedText(tb)), "\n")
	paras = paras[:len(paras)-2]
	var b strings.Builder
	for b.Len() < n {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func benchSummarize(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Summarize(Input{Text: text}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSummarizeSeed(b *testing.B)  { benchSummarize(b, seedText(b)) }
func BenchmarkSummarize10KB(b *testing.B)  { benchSummarize(b, grown(b, 10<<10)) }
func BenchmarkSummarize100KB(b *testing.B) { benchSummarize(b, grown(b, 100<<10)) }
func BenchmarkSummarize1MB(b *testing.B)   { benchSummarize(b, grown(b, 1<<20)) }
