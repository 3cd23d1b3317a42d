package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

func testPurge(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	day := 24 * time.Hour
	T := epoch
	put := func(i int, at time.Time) int64 {
		t.Helper()
		e.clock.Set(at)
		a := Article(i)
		a.FetchedAt = at
		id := mustPut(t, e.s, a)
		if err := e.s.PutBrief(ctx, id, summarize.EngineLocal, Brief(summarize.EngineLocal)); err != nil {
			t.Fatal(err)
		}
		return id
	}
	bind := func(guild, thread string, id int64, at time.Time) {
		t.Helper()
		if err := e.s.Bind(ctx, store.Binding{GuildID: guild, ChannelID: "c", ThreadID: thread, ArticleID: id, At: at}); err != nil {
			t.Fatal(err)
		}
	}
	turn := func(guild, thread string, id int64, at time.Time) int64 {
		t.Helper()
		tid, err := e.s.AddTurn(ctx, store.Turn{ThreadID: thread, GuildID: guild, ArticleID: id, Question: "q", At: at})
		if err != nil {
			t.Fatal(err)
		}
		return tid
	}
	usage := func(guild string, at time.Time) {
		t.Helper()
		if err := e.s.AddUsage(ctx, store.Usage{GuildID: guild, UserID: "u", Tokens: 10, At: at}); err != nil {
			t.Fatal(err)
		}
	}

	// old: last used 40 days ago, goes with its brief, binding and turn.
	old := put(1, T.Add(-40*day))
	bind("g1", "th-old", old, T.Add(-40*day))
	turn("g1", "th-old", old, T.Add(-40*day))
	// active: stored 40 days ago but discussed yesterday: stays, loses
	// only its turn older than the retention.
	active := put(2, T.Add(-40*day))
	bind("g1", "th-active", active, T.Add(-35*day))
	turn("g1", "th-active", active, T.Add(-35*day))
	recent := turn("g1", "th-active", active, T.Add(-day))
	// g2 keeps 7 days: its binding unused for 9 days, its 10-day-old turn
	// and usage go; the article (shared between guilds) and the binding
	// discussed 6 days ago stay.
	if err := e.s.PutGuildSettings(ctx, "g2", store.Settings{RetentionDays: 7}); err != nil {
		t.Fatal(err)
	}
	shared := put(3, T.Add(-10*day))
	bind("g2", "th-g2", shared, T.Add(-10*day))
	turn("g2", "th-g2", shared, T.Add(-10*day))
	g2recent := turn("g2", "th-g2", shared, T.Add(-6*day))
	bind("g2", "th-g2-idle", shared, T.Add(-9*day))
	usage("g1", T.Add(-40*day))
	usage("g1", T.Add(-day))
	usage("g2", T.Add(-10*day))
	usage("g2", T.Add(-day))
	// g3 keeps 60 days: the global retention still applies.
	if err := e.s.PutGuildSettings(ctx, "g3", store.Settings{RetentionDays: 60}); err != nil {
		t.Fatal(err)
	}
	usage("g3", T.Add(-40*day))

	e.clock.Set(T)
	got, err := e.s.Purge(ctx, T.Add(-30*day))
	if err != nil {
		t.Fatalf("Purge: %v", err)
	}
	want := store.PurgeStats{Articles: 1, Briefs: 1, Bindings: 2, Turns: 3, Usage: 3}
	if got != want {
		t.Errorf("Purge = %+v, want %+v", got, want)
	}

	gone := []struct {
		what string
		err  func() error
	}{
		{"old article", func() error { _, err := e.s.Article(ctx, old); return err }},
		{"old article by URL", func() error { _, _, err := e.s.ArticleByURL(ctx, Article(1).URL, 0); return err }},
		{"old brief", func() error { _, err := e.s.Brief(ctx, old, summarize.EngineLocal); return err }},
		{"old binding", func() error { _, err := e.s.BindingByThread(ctx, "th-old"); return err }},
		{"g2 binding past its retention", func() error { _, err := e.s.BindingByThread(ctx, "th-g2-idle"); return err }},
	}
	for _, g := range gone {
		wantNotFound(t, g.what, g.err())
	}
	for _, id := range []int64{active, shared} {
		if _, err := e.s.Article(ctx, id); err != nil {
			t.Errorf("Article(%d) after purge: %v", id, err)
		}
		if _, err := e.s.Brief(ctx, id, summarize.EngineLocal); err != nil {
			t.Errorf("Brief(%d) after purge: %v", id, err)
		}
	}
	for _, th := range []string{"th-active", "th-g2"} {
		if _, err := e.s.BindingByThread(ctx, th); err != nil {
			t.Errorf("binding of %s, used within the retention: %v", th, err)
		}
	}
	for thread, want := range map[string][]int64{"th-old": nil, "th-active": {recent}, "th-g2": {g2recent}} {
		turns, err := e.s.Turns(ctx, thread, 0)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, tu := range turns {
			ids = append(ids, tu.ID)
		}
		if fmt.Sprint(ids) != fmt.Sprint(want) {
			t.Errorf("Turns(%s) after purge = %v, want %v", thread, ids, want)
		}
	}
	for guild, want := range map[string]int{"g1": 10, "g2": 10, "g3": 0} {
		if gu, _, err := e.s.UsageSince(ctx, guild, "u", time.Time{}); err != nil || gu != want {
			t.Errorf("UsageSince(%s) after purge = %d, %v; want %d", guild, gu, err, want)
		}
	}

	again, err := e.s.Purge(ctx, T.Add(-30*day))
	if err != nil || again != (store.PurgeStats{}) {
		t.Errorf("second Purge = %+v, %v; want nothing deleted", again, err)
	}
	if err := e.s.Check(ctx); err != nil {
		t.Error(err)
	}
}

func testStatsAndCheck(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	st, err := e.s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 || st.Briefs != 0 || st.Bindings != 0 || st.Turns != 0 || st.Usage != 0 || st.SizeBytes <= 0 {
		t.Errorf("Stats of an empty store = %+v", st)
	}
	for i := range 3 {
		id := mustPut(t, e.s, Article(i))
		if err := e.s.PutBrief(ctx, id, summarize.EngineLocal, Brief(summarize.EngineLocal)); err != nil {
			t.Fatal(err)
		}
		if err := e.s.Bind(ctx, store.Binding{ThreadID: fmt.Sprint(i), ArticleID: id}); err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if _, err := e.s.AddTurn(ctx, store.Turn{ThreadID: fmt.Sprint(i), ArticleID: id}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := e.s.AddUsage(ctx, store.Usage{GuildID: "g", Tokens: 1}); err != nil {
		t.Fatal(err)
	}
	st2, err := e.s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Articles: 3, Briefs: 3, Bindings: 3, Turns: 6, Usage: 1, SizeBytes: st2.SizeBytes}
	if st2 != want {
		t.Errorf("Stats = %+v, want %+v", st2, want)
	}
	if st2.SizeBytes < st.SizeBytes {
		t.Errorf("SizeBytes shrank from %d to %d after writes", st.SizeBytes, st2.SizeBytes)
	}
	if err := e.s.Check(ctx); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// testConcurrency has 32 goroutines, through two handles, read and write
// at once. No error may surface (no SQLITE_BUSY, no lost write).
func testConcurrency(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	handles := []store.Store{e.s, e.handle(t)}
	const (
		goroutines = 32
		rounds     = 10
	)
	shared := mustPut(t, e.s, Article(0))
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	fail := func(err error) {
		mu.Lock()
		errs = append(errs, err)
		mu.Unlock()
	}
	start := make(chan struct{})
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := handles[g%len(handles)]
			<-start
			for r := range rounds {
				n := g*rounds + r
				thread := fmt.Sprintf("t%d", n)
				a := Article(n + 1)
				a.Text = Text(n, 1500)
				id, err := s.PutArticle(ctx, a)
				if err != nil {
					fail(err)
					return
				}
				if err := s.Bind(ctx, store.Binding{GuildID: "g", ChannelID: "c", ThreadID: thread, ArticleID: id}); err != nil {
					fail(err)
					return
				}
				if _, err := s.AddTurn(ctx, store.Turn{ThreadID: thread, GuildID: "g", ArticleID: id, Question: "q", Answer: "a"}); err != nil {
					fail(err)
					return
				}
				if _, err := s.AddTurn(ctx, store.Turn{ThreadID: "shared", GuildID: "g", ArticleID: shared, Question: thread}); err != nil {
					fail(err)
					return
				}
				if _, err := s.ReserveTokens(ctx, store.Reservation{GuildID: "g", UserID: thread, Tokens: 1, Since: epoch}); err != nil {
					fail(err)
					return
				}
				// Reads, of this goroutine's writes and of everyone's.
				if b, err := s.BindingByThread(ctx, thread); err != nil || b.ArticleID != id {
					fail(fmt.Errorf("BindingByThread(%s) = %+v, %v", thread, b, err))
					return
				}
				if _, gotID, err := s.ArticleByURL(ctx, a.URL, time.Hour); err != nil || gotID != id {
					fail(fmt.Errorf("ArticleByURL(%s) = %d, %v", a.URL, gotID, err))
					return
				}
				if turns, err := s.Turns(ctx, thread, 10); err != nil || len(turns) != 1 {
					fail(fmt.Errorf("Turns(%s) = %d turns, %v", thread, len(turns), err))
					return
				}
				if _, err := s.Turns(ctx, "shared", 10); err != nil {
					fail(err)
					return
				}
				if _, err := s.RecentArticles(ctx, "g", 25); err != nil {
					fail(err)
					return
				}
				if _, err := s.GuildSettings(ctx, "g"); err != nil {
					fail(err)
					return
				}
				if _, err := s.Stats(ctx); err != nil {
					fail(err)
					return
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if i == 10 {
			t.Errorf("and %d more errors", len(errs)-10)
			break
		}
		t.Error(err)
	}
	st, err := e.s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := int64(goroutines * rounds)
	if st.Articles != n+1 || st.Bindings != n || st.Turns != 2*n || st.Usage != n {
		t.Errorf("Stats after the run = %+v, want %d articles, %d bindings, %d turns, %d usage", st, n+1, n, 2*n, n)
	}
	if err := e.s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// testReopen checks that data survives closing and reopening (a restart),
// that opening an existing database again (migrations already applied)
// works, and that Close can be called twice.
func testReopen(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	id := mustPut(t, e.s, Article(1))
	if err := e.s.PutBrief(ctx, id, summarize.EngineLocal, Brief(summarize.EngineLocal)); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Bind(ctx, store.Binding{GuildID: "g", ThreadID: "t", ArticleID: id}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.s.AddTurn(ctx, store.Turn{ThreadID: "t", ArticleID: id, Question: "q"}); err != nil {
		t.Fatal(err)
	}
	if err := e.s.PutGuildSettings(ctx, "g", store.Settings{Model: "m"}); err != nil {
		t.Fatal(err)
	}
	if err := e.s.AddUsage(ctx, store.Usage{GuildID: "g", UserID: "u", Tokens: 42}); err != nil {
		t.Fatal(err)
	}
	if err := e.s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := e.s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	for round := range 2 {
		s := e.handle(t)
		if _, err := s.Article(ctx, id); err != nil {
			t.Errorf("round %d: Article: %v", round, err)
		}
		if _, err := s.Brief(ctx, id, summarize.EngineLocal); err != nil {
			t.Errorf("round %d: Brief: %v", round, err)
		}
		if b, err := s.BindingByThread(ctx, "t"); err != nil || b.ArticleID != id {
			t.Errorf("round %d: BindingByThread = %+v, %v", round, b, err)
		}
		if turns, err := s.Turns(ctx, "t", 0); err != nil || len(turns) != 1 {
			t.Errorf("round %d: Turns = %d, %v", round, len(turns), err)
		}
		if set, err := s.GuildSettings(ctx, "g"); err != nil || set.Model != "m" {
			t.Errorf("round %d: GuildSettings = %+v, %v", round, set, err)
		}
		if gu, _, err := s.UsageSince(ctx, "g", "u", time.Time{}); err != nil || gu != 42 {
			t.Errorf("round %d: UsageSince = %d, %v", round, gu, err)
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("round %d: %v", round, err)
		}
		if err := s.Close(); err != nil {
			t.Errorf("round %d: Close: %v", round, err)
		}
	}
}

// testCanceledContext checks that a canceled context stops a call with the
// context's error and leaves the store usable.
func testCanceledContext(t *testing.T, newDB NewDB) {
	e := setup(t, newDB)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.s.PutArticle(ctx, Article(1)); !errors.Is(err, context.Canceled) {
		t.Errorf("PutArticle with a canceled context: err = %v, want context.Canceled", err)
	}
	if _, err := e.s.Article(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("Article with a canceled context: err = %v, want context.Canceled", err)
	}
	id := mustPut(t, e.s, &article.Article{URL: "https://after.example/", Text: "Still works."})
	if _, err := e.s.Article(context.Background(), id); err != nil {
		t.Errorf("Article after a canceled call: %v", err)
	}
}
