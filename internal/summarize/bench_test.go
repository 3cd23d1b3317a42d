package summarize

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-bot/parley/internal/nlp"
)

// seedText is the project's own example article, bundled in examples/.
func seedText(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../../examples/crimea-talks.txt")
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

// grownWords repeats the story paragraphs of the seed (bylines left out),
// one paragraph at a time, until the text holds at least n words (counted
// as strings.Fields counts them).
func grownWords(tb testing.TB, n int) string {
	paras := strings.Split(strings.TrimSpace(seedText(tb)), "\n")
	paras = paras[:len(paras)-2]
	var b strings.Builder
	for i, words := 0, 0; words < n; i++ {
		p := paras[i%len(paras)]
		b.WriteString(p)
		b.WriteString("\n\n")
		words += len(strings.Fields(p))
	}
	return b.String()
}

// benchSummarize times whole briefs of text. The analysis layer is loaded
// once, outside the timed loop, and shared as cmd/evaluate shares it, so
// that the figures are the brief's (the analysis included), not the
// models' loading.
func benchSummarize(b *testing.B, text string) {
	an, err := nlp.New()
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Analyzer: an}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Summarize(Input{Text: text}, opts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSummarizeSeed(b *testing.B) { benchSummarize(b, seedText(b)) }

// BenchmarkSummarize1000Words briefs an article of 1,017 words (the seed's
// ten story paragraphs three times, 6,960 bytes): the yardstick is
// the whole brief of a 1,000-word article, analysis included, under 8 ms
// on one core (-cpu 1).
func BenchmarkSummarize1000Words(b *testing.B) { benchSummarize(b, grownWords(b, 1000)) }
func BenchmarkSummarize10KB(b *testing.B)      { benchSummarize(b, grown(b, 10<<10)) }
func BenchmarkSummarize100KB(b *testing.B)     { benchSummarize(b, grown(b, 100<<10)) }
func BenchmarkSummarize1MB(b *testing.B)       { benchSummarize(b, grown(b, 1<<20)) }

// Stage benchmarks, each on the seed grown to 100 KB, the earlier stages
// run outside the timed loop.

func BenchmarkStageSentences(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		splitSentences(text, splitParagraphs(text))
	}
}

func BenchmarkStageQuotes(b *testing.B) {
	text := grown(b, 100<<10)
	paras := splitParagraphs(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		findQuotes(text, paras)
	}
}

func BenchmarkStageDoc(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		newDoc(text)
	}
}

func BenchmarkStageMentions(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		b.StopTimer()
		d := newDoc(text)
		b.StartTimer()
		d.findMentions()
	}
}

func BenchmarkStageAttribution(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		b.StopTimer()
		d := newDoc(text)
		d.findMentions()
		b.StartTimer()
		d.attribute()
	}
}

func BenchmarkStageKeyPoints(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		b.StopTimer()
		d, br, t := negotiationInput(b, text)
		d.negotiation(br, t)
		b.StartTimer()
		d.keyPoints(5, br)
	}
}

// analysed runs the stages up to the tree on text.
func analysed(tb testing.TB, text string) (*doc, *tree) {
	tb.Helper()
	an, err := testAnalyzer()
	if err != nil {
		tb.Fatal(err)
	}
	d := newDoc(text)
	return d, d.readSpeakers(an) // which finds the mentions, after the analysis
}

func BenchmarkStageParties(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	d, t := analysed(b, text)
	quotes := d.briefQuotes()
	sts := t.statements(d.sentOf, d.isBody)
	for b.Loop() {
		d.briefParties(t, quotes, sts)
	}
}

func BenchmarkStageStatements(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	d, t := analysed(b, text)
	for b.Loop() {
		t.statements(d.sentOf, d.isBody)
	}
}

func BenchmarkStageTreeSpeakers(b *testing.B) {
	text := grown(b, 100<<10)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	d, t := analysed(b, text)
	for b.Loop() {
		d.treeSpeakers(t)
	}
}
