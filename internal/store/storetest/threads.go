package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

func testBindings(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	a1 := mustPut(t, e.s, Article(1))
	a2 := mustPut(t, e.s, Article(2))
	at := epoch.Add(-time.Hour)

	tests := []struct {
		name string
		b    store.Binding
	}{
		{"thread and message", store.Binding{GuildID: "g1", ChannelID: "c1", ThreadID: "t1", MessageID: "m1", ArticleID: a1, UserID: "u1", At: at}},
		{"message only", store.Binding{GuildID: "g1", ChannelID: "c1", MessageID: "m2", ArticleID: a2, UserID: "u2", At: at}},
		{"thread only, in a DM", store.Binding{ChannelID: "dm", ThreadID: "t3", ArticleID: a2, UserID: "u3", At: at}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := e.s.Bind(ctx, tt.b); err != nil {
				t.Fatalf("Bind: %v", err)
			}
			if tt.b.ThreadID != "" {
				got, err := e.s.BindingByThread(ctx, tt.b.ThreadID)
				if err != nil || !reflect.DeepEqual(got, tt.b) {
					t.Errorf("BindingByThread = %+v, %v; want %+v", got, err, tt.b)
				}
			}
			if tt.b.MessageID != "" {
				got, err := e.s.BindingByMessage(ctx, tt.b.MessageID)
				if err != nil || !reflect.DeepEqual(got, tt.b) {
					t.Errorf("BindingByMessage = %+v, %v; want %+v", got, err, tt.b)
				}
			}
		})
	}

	t.Run("thread started from a bound message", func(t *testing.T) {
		// The brief message m2 gets a thread; binding it again with both
		// ids replaces the message-only binding.
		b := store.Binding{GuildID: "g1", ChannelID: "c1", ThreadID: "m2", MessageID: "m2", ArticleID: a2, UserID: "u2", At: at}
		if err := e.s.Bind(ctx, b); err != nil {
			t.Fatal(err)
		}
		got, err := e.s.BindingByThread(ctx, "m2")
		if err != nil || !reflect.DeepEqual(got, b) {
			t.Errorf("BindingByThread = %+v, %v; want %+v", got, err, b)
		}
		got, err = e.s.BindingByMessage(ctx, "m2")
		if err != nil || !reflect.DeepEqual(got, b) {
			t.Errorf("BindingByMessage = %+v, %v; want %+v", got, err, b)
		}
	})
	t.Run("rebind a thread to another article", func(t *testing.T) {
		b := store.Binding{GuildID: "g1", ChannelID: "c1", ThreadID: "t1", ArticleID: a2, UserID: "u9"}
		if err := e.s.Bind(ctx, b); err != nil {
			t.Fatal(err)
		}
		got, err := e.s.BindingByThread(ctx, "t1")
		if err != nil || got.ArticleID != a2 || got.MessageID != "" || !got.At.Equal(e.clock.Now()) {
			t.Errorf("BindingByThread = %+v, %v; want article %d, no message, bound now", got, err, a2)
		}
		_, err = e.s.BindingByMessage(ctx, "m1")
		wantNotFound(t, "old message binding", err)
	})
	t.Run("errors", func(t *testing.T) {
		_, err := e.s.BindingByThread(ctx, "unknown")
		wantNotFound(t, "BindingByThread(unknown)", err)
		_, err = e.s.BindingByMessage(ctx, "unknown")
		wantNotFound(t, "BindingByMessage(unknown)", err)
		_, err = e.s.BindingByThread(ctx, "")
		wantNotFound(t, "BindingByThread(empty)", err)
		err = e.s.Bind(ctx, store.Binding{GuildID: "g1", ArticleID: a1})
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Bind without ids: err = %v, want ErrInvalid", err)
		}
		err = e.s.Bind(ctx, store.Binding{ThreadID: "t-missing", ArticleID: 987654})
		wantNotFound(t, "Bind(unknown article)", err)
	})
}

func testRecentArticles(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	var ids []int64
	for i := range 5 {
		ids = append(ids, mustPut(t, e.s, Article(i)))
	}
	pasted := mustPut(t, e.s, &article.Article{Text: "Pasted.", FetchedAt: epoch})
	bind := func(guild, thread string, id int64, at time.Time) {
		t.Helper()
		if err := e.s.Bind(ctx, store.Binding{GuildID: guild, ChannelID: "c", ThreadID: thread, ArticleID: id, At: at}); err != nil {
			t.Fatal(err)
		}
	}
	bind("g1", "t0", ids[0], epoch.Add(1*time.Minute))
	bind("g1", "t1", ids[1], epoch.Add(2*time.Minute))
	bind("g1", "t2", ids[2], epoch.Add(3*time.Minute))
	bind("g1", "t0b", ids[0], epoch.Add(4*time.Minute)) // bound twice: listed once
	bind("g1", "tp", pasted, epoch.Add(5*time.Minute))
	bind("g2", "t3", ids[3], epoch.Add(6*time.Minute))
	// A question in t1 makes its article the most recent.
	if _, err := e.s.AddTurn(ctx, store.Turn{ThreadID: "t1", GuildID: "g1", ArticleID: ids[1], Question: "q", At: epoch.Add(7 * time.Minute)}); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name  string
		guild string
		limit int
		want  []int64
	}{
		{"most recent first", "g1", 10, []int64{ids[1], pasted, ids[0], ids[2]}},
		{"limit", "g1", 2, []int64{ids[1], pasted}},
		{"default limit", "g1", 0, []int64{ids[1], pasted, ids[0], ids[2]}},
		{"other guild", "g2", 10, []int64{ids[3]}},
		{"unknown guild", "g404", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs, err := e.s.RecentArticles(ctx, tt.guild, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, r := range refs {
				got = append(got, r.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("RecentArticles ids = %v, want %v", got, tt.want)
			}
		})
	}
	refs, err := e.s.RecentArticles(ctx, "g1", 10)
	if err != nil {
		t.Fatal(err)
	}
	want := store.ArticleRef{ID: ids[1], Title: Article(1).Title, URL: Article(1).CanonicalURL, At: epoch.Add(7 * time.Minute)}
	if !reflect.DeepEqual(refs[0], want) {
		t.Errorf("RecentArticles[0] = %+v, want %+v", refs[0], want)
	}
	if refs[1].URL != "" {
		t.Errorf("pasted text URL = %q, want empty", refs[1].URL)
	}
}

func testTurns(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	id := mustPut(t, e.s, Article(1))
	var all []store.Turn
	for i := range 5 {
		tu := store.Turn{
			ThreadID: "t1", GuildID: "g1", ArticleID: id, UserID: fmt.Sprintf("u%d", i%2),
			Question: fmt.Sprintf("Who said %d?", i), Answer: fmt.Sprintf("Answer %d", i),
			Engine: summarize.EngineLocal, Citations: []int{i, i + 1},
			At: epoch.Add(time.Duration(i) * time.Minute),
		}
		if i == 2 {
			tu.Citations = nil
		}
		got, err := e.s.AddTurn(ctx, tu)
		if err != nil {
			t.Fatalf("AddTurn: %v", err)
		}
		tu.ID = got
		all = append(all, tu)
	}
	other, err := e.s.AddTurn(ctx, store.Turn{ThreadID: "t2", ArticleID: id, Question: "Other?"})
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		thread string
		limit  int
		want   []store.Turn
	}{
		{"all", "t1", 0, all},
		{"last three, oldest first", "t1", 3, all[2:]},
		{"more than there are", "t1", 50, all},
		{"unknown thread", "nope", 10, nil},
		{"other thread, zero time is now", "t2", 10, []store.Turn{{ID: other, ThreadID: "t2", ArticleID: id, Question: "Other?", At: e.clock.Now()}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := e.s.Turns(ctx, tt.thread, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Turns =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		_, err := e.s.AddTurn(ctx, store.Turn{ArticleID: id, Question: "q"})
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("AddTurn without thread: err = %v, want ErrInvalid", err)
		}
		_, err = e.s.AddTurn(ctx, store.Turn{ThreadID: "t9", ArticleID: 987654, Question: "q"})
		wantNotFound(t, "AddTurn(unknown article)", err)
	})
}

func testForgetThread(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	linked := mustPut(t, e.s, Article(1))
	pastedA := &article.Article{Text: "Pasted article, only in the forgotten thread.", FetchedAt: epoch}
	pasted := mustPut(t, e.s, pastedA)
	shared := mustPut(t, e.s, &article.Article{Text: "Pasted in two threads.", FetchedAt: epoch})
	for _, b := range []store.Binding{
		{GuildID: "g", ChannelID: "c", ThreadID: "forget", MessageID: "forget", ArticleID: linked},
		{GuildID: "g", ChannelID: "c", MessageID: "brief-of-pasted", ThreadID: "forget-2", ArticleID: pasted},
		{GuildID: "g", ChannelID: "c", ThreadID: "keep", ArticleID: linked},
		{GuildID: "g", ChannelID: "c", ThreadID: "shared-1", ArticleID: shared},
		{GuildID: "g", ChannelID: "c", ThreadID: "shared-2", ArticleID: shared},
	} {
		if err := e.s.Bind(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	for _, tu := range []store.Turn{
		{ThreadID: "forget", ArticleID: linked, Question: "1"},
		{ThreadID: "forget", ArticleID: linked, Question: "2"},
		{ThreadID: "forget-2", ArticleID: pasted, Question: "3"},
		{ThreadID: "keep", ArticleID: linked, Question: "4"},
		{ThreadID: "shared-1", ArticleID: shared, Question: "5"},
	} {
		if _, err := e.s.AddTurn(ctx, tu); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.s.PutBrief(ctx, pasted, summarize.EngineLocal, Brief(summarize.EngineLocal)); err != nil {
		t.Fatal(err)
	}

	for _, th := range []string{"forget", "forget-2", "shared-1", "never-existed"} {
		if err := e.s.ForgetThread(ctx, th); err != nil {
			t.Fatalf("ForgetThread(%s): %v", th, err)
		}
	}
	gone := []struct {
		what string
		err  func() error
	}{
		{"binding of the thread", func() error { _, err := e.s.BindingByThread(ctx, "forget"); return err }},
		{"binding of its starter message", func() error { _, err := e.s.BindingByMessage(ctx, "forget"); return err }},
		{"binding of the pasted thread", func() error { _, err := e.s.BindingByThread(ctx, "forget-2"); return err }},
		{"pasted article nothing refers to", func() error { _, err := e.s.Article(ctx, pasted); return err }},
		{"pasted article by key", func() error { _, _, err := e.s.ArticleByURL(ctx, store.Key(pastedA), 0); return err }},
		{"brief of the pasted article", func() error { _, err := e.s.Brief(ctx, pasted, summarize.EngineLocal); return err }},
	}
	for _, g := range gone {
		wantNotFound(t, g.what, g.err())
	}
	for _, th := range []string{"forget", "forget-2", "shared-1"} {
		if turns, err := e.s.Turns(ctx, th, 0); err != nil || len(turns) != 0 {
			t.Errorf("Turns(%s) after forgetting = %d turns, %v; want none", th, len(turns), err)
		}
	}

	// What other threads use stays.
	if _, err := e.s.Article(ctx, linked); err != nil {
		t.Errorf("linked article: %v", err)
	}
	if _, err := e.s.Article(ctx, shared); err != nil {
		t.Errorf("pasted article still bound elsewhere: %v", err)
	}
	if b, err := e.s.BindingByThread(ctx, "keep"); err != nil || b.ArticleID != linked {
		t.Errorf("BindingByThread(keep) = %+v, %v", b, err)
	}
	if turns, err := e.s.Turns(ctx, "keep", 0); err != nil || len(turns) != 1 {
		t.Errorf("Turns(keep) = %d, %v; want 1", len(turns), err)
	}
	if err := e.s.ForgetThread(ctx, ""); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("ForgetThread(\"\") err = %v, want ErrInvalid", err)
	}
	if err := e.s.Check(ctx); err != nil {
		t.Error(err)
	}
}
