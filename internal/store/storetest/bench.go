package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
)

// Benchmark runs the store's benchmarks against a database newDB creates:
// the calls made on every summary and every follow-up question. Data is made
// before the timer starts.
func Benchmark(b *testing.B, newDB NewDB) {
	b.Run("PutArticle", func(b *testing.B) { benchPutArticle(b, newDB) })
	b.Run("ArticleByURL", func(b *testing.B) { benchArticleByURL(b, newDB) })
	b.Run("AddTurn", func(b *testing.B) { benchAddTurn(b, newDB) })
	b.Run("BindingByThread", func(b *testing.B) { benchBindingByThread(b, newDB) })
	b.Run("Turns", func(b *testing.B) { benchTurns(b, newDB) })
	b.Run("RecentArticles", func(b *testing.B) { benchRecentArticles(b, newDB) })
	b.Run("ReserveTokens", func(b *testing.B) { benchReserveTokens(b, newDB) })
	b.Run("ArticleByURLParallel", func(b *testing.B) { benchArticleByURLParallel(b, newDB) })
}

// benchArticles is how many articles the read benchmarks look up among.
const benchArticles = 1000

// seed stores n articles of about 5 KB, each bound to thread "t<i>", and
// returns their ids.
func seed(b *testing.B, s store.Store, n int) []int64 {
	b.Helper()
	ctx := context.Background()
	ids := make([]int64, n)
	for i := range n {
		a := Article(i)
		a.Text = Text(i, 5000)
		id, err := s.PutArticle(ctx, a)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Bind(ctx, store.Binding{GuildID: "g", ChannelID: "c", ThreadID: fmt.Sprintf("t%d", i), MessageID: fmt.Sprintf("m%d", i), ArticleID: id}); err != nil {
			b.Fatal(err)
		}
		ids[i] = id
	}
	return ids
}

func benchPutArticle(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	ctx := context.Background()
	as := make([]*article.Article, 256)
	for i := range as {
		as[i] = Article(i)
		as[i].Text = Text(i, 5000)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		// A new URL each time: an insert of a new article.
		a := *as[i%len(as)]
		a.CanonicalURL = fmt.Sprintf("https://news.example/b/%d", i)
		a.URL = a.CanonicalURL + "?utm_source=x"
		if _, err := e.s.PutArticle(ctx, &a); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func benchArticleByURL(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	seed(b, e.s, benchArticles)
	ctx := context.Background()
	urls := make([]string, benchArticles)
	for i := range urls {
		urls[i] = Article(i).URL
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, _, err := e.s.ArticleByURL(ctx, urls[i%len(urls)], 24*time.Hour); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func benchArticleByURLParallel(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	seed(b, e.s, benchArticles)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, _, err := e.s.ArticleByURL(ctx, Article(i%benchArticles).CanonicalURL, 0); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

func benchAddTurn(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	ids := seed(b, e.s, 10)
	ctx := context.Background()
	t := store.Turn{
		GuildID: "g", UserID: "u", Question: "What did the minister say about farmers?",
		Answer:    "\u201cWe will not accept any deal that leaves our farmers behind,\u201d the trade minister said. [2]",
		Engine:    "local",
		Citations: []int{2, 5},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t.ThreadID = fmt.Sprintf("t%d", i%len(ids))
		t.ArticleID = ids[i%len(ids)]
		if _, err := e.s.AddTurn(ctx, t); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func benchBindingByThread(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	seed(b, e.s, benchArticles)
	ctx := context.Background()
	threads := make([]string, benchArticles)
	for i := range threads {
		threads[i] = fmt.Sprintf("t%d", i)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := e.s.BindingByThread(ctx, threads[i%len(threads)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func benchTurns(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	ids := seed(b, e.s, 1)
	ctx := context.Background()
	for i := range 100 {
		if _, err := e.s.AddTurn(ctx, store.Turn{ThreadID: "t0", ArticleID: ids[0], Question: fmt.Sprintf("q%d", i), Answer: Text(i, 400), Citations: []int{i}}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		turns, err := e.s.Turns(ctx, "t0", 10)
		if err != nil || len(turns) != 10 {
			b.Fatalf("Turns = %d, %v", len(turns), err)
		}
	}
}

func benchReserveTokens(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	ctx := context.Background()
	// A day's worth of usage in the guild to sum over.
	for i := range 500 {
		if err := e.s.AddUsage(ctx, store.Usage{GuildID: "g", UserID: fmt.Sprintf("u%d", i%20), Tokens: 100, At: epoch.Add(-time.Duration(i) * time.Minute)}); err != nil {
			b.Fatal(err)
		}
	}
	// Each reservation is recorded before the window, so that every one
	// sums the same 500 rows.
	since := epoch.Add(-24 * time.Hour)
	r := store.Reservation{GuildID: "g", UserID: "u1", Tokens: 1, Since: since, GuildLimit: 1 << 30, UserLimit: 1 << 30, At: since.Add(-time.Hour)}
	b.ReportAllocs()
	for b.Loop() {
		if g, err := e.s.ReserveTokens(ctx, r); err != nil || !g.OK {
			b.Fatalf("ReserveTokens = %+v, %v", g, err)
		}
	}
}

func benchRecentArticles(b *testing.B, newDB NewDB) {
	e := setup(b, newDB)
	seed(b, e.s, benchArticles)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		refs, err := e.s.RecentArticles(ctx, "g", 25)
		if err != nil || len(refs) != 25 {
			b.Fatalf("RecentArticles = %d, %v", len(refs), err)
		}
	}
}
