package nlp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// speedText reads a fixture of testdata/speed and counts its words.
func speedText(tb testing.TB, name string) (string, int) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "speed", name+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b), len(strings.Fields(string(b)))
}

// BenchmarkAnalyze times the whole layer (Analyzer.Analyze: tokens, tags,
// lemmas, trees, entities, coreference) on the identity fixtures, and
// reports the time per 1,000 words.
func BenchmarkAnalyze(b *testing.B) {
	an, err := New()
	if err != nil {
		b.Skip(err)
	}
	for _, name := range identityFixtures {
		b.Run(name, func(b *testing.B) {
			text, words := speedText(b, name)
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				an.Analyze(text)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e6/float64(b.N)*1000/float64(words), "ms/1kw")
		})
	}
}
