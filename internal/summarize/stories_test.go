package summarize

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// storyTexts reads the stories written for the project (testdata/stories).
func storyTexts(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob("testdata/stories/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no stories in testdata/stories: %v", err)
	}
	slices.Sort(paths)
	texts := make([]string, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestStoriesDeterministic checks that the brief of every story is the
// same from run to run: no map order or other chance reaches the output.
func TestStoriesDeterministic(t *testing.T) {
	for i, text := range storyTexts(t) {
		var first []byte
		for run := 0; run < 3; run++ {
			b, err := Summarize(Input{Text: text}, Options{})
			if err != nil {
				t.Fatalf("story %d: %v", i, err)
			}
			j, err := json.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			if run == 0 {
				first = j
			} else if string(j) != string(first) {
				t.Errorf("story %d: brief differs between runs", i)
			}
		}
	}
}

// variedText joins the stories' paragraphs, story after story, until the
// text is at least n bytes: a long text with many different names, unlike
// the seed grown by repetition (grown).
func variedText(tb testing.TB, n int) string {
	var b strings.Builder
	for b.Len() < n {
		for _, text := range storyTexts(tb) {
			b.WriteString(strings.TrimSpace(text))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkSummarizeStories summarises every story once per operation.
func BenchmarkSummarizeStories(b *testing.B) {
	texts := storyTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, text := range texts {
			if _, err := Summarize(Input{Text: text}, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSummarizeVaried400KB summarises 400 KB of the stories one
// after another: the many names of a long varied text, where the seed
// grown to size repeats a few.
func BenchmarkSummarizeVaried400KB(b *testing.B) { benchSummarize(b, variedText(b, 400<<10)) }
