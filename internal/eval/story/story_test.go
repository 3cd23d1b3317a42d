package story

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

// benchDir is the shared benches, when this checkout has them.
func benchDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "..", "shared", "bench")
	if d := os.Getenv("PARLEY_SHARED"); d != "" {
		dir = filepath.Join(d, "bench")
	}
	if _, err := os.Stat(filepath.Join(dir, "news", "articles.jsonl")); err != nil {
		t.Skipf("no news bench at %s", dir)
	}
	return dir
}

func TestGoldIsWellFormed(t *testing.T) {
	g, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Pairs) < 5 {
		t.Errorf("gold has %d pairs, want at least 5", len(g.Pairs))
	}
	kinds := map[string]bool{"quote": true, "statement": true, "position": true, "proposal": true, "next_step": true, "party": true}
	for _, p := range g.Pairs {
		for _, c := range append(append([]GoldChange{}, p.Changes...), p.NotNew...) {
			for _, k := range append([]string{c.Kind}, c.Kinds...) {
				if k != "" && !kinds[k] {
					t.Errorf("%s: unknown kind %q", c.Description, k)
				}
			}
		}
	}
}

func TestOnTheBench(t *testing.T) {
	if testing.Short() {
		t.Skip("briefs 40 articles")
	}
	dir := benchDir(t)
	recs, how, err := LoadRecords(dir)
	if err != nil {
		t.Fatal(err)
	}
	briefs := map[string]*summarize.Brief{}
	for _, r := range recs {
		b, err := Brief(r, summarize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		briefs[r.ID] = b
	}
	g, err := RunGrouping(context.Background(), recs, briefs, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	g.Order = how
	g.Print(testWriter{t}, testing.Verbose())
	gold, err := LoadGold()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := ScoreChanges(gold, briefs)
	if err != nil {
		t.Fatal(err)
	}
	cs.Print(testWriter{t}, testing.Verbose())
	if g.Precision() < 0.5 || cs.Precision() < 0.3 || cs.Recall() < 0.3 {
		t.Errorf("far below what was measured: grouping P %.2f, changes P %.2f R %.2f", g.Precision(), cs.Precision(), cs.Recall())
	}
	if len(g.Mixed) > 0 {
		t.Errorf("%d stories join different negotiations between the same countries", len(g.Mixed))
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}

// BenchmarkJoin1000 times joining a brief to a story, with its changes,
// when the server has 1,000 stories (SQLite).
func BenchmarkJoin1000(b *testing.B) {
	dir := benchDir(b)
	recs, _, err := LoadRecords(dir)
	if err != nil {
		b.Fatal(err)
	}
	briefs := map[string]*summarize.Brief{}
	for _, r := range recs {
		if briefs[r.ID], err = Brief(r, summarize.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	f, err := NewFill(ctx, b.TempDir(), recs, briefs, 1000)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var strike []Record
	for _, r := range recs {
		if r.StoryGroup == "bbc/pensionstrike" {
			strike = append(strike, r)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		r := strike[i%len(strike)]
		b.StopTimer()
		aid, err := f.put(ctx, r, briefs[r.ID])
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if _, err := f.Tracker.Join(ctx, track.Brief{GuildID: f.Guild, ArticleID: aid, Title: r.Title, Brief: briefs[r.ID]}); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/join")
}
