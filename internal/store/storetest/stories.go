package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
)

// storyIDs lists the ids of stories.
func storyIDs(ss []store.Story) []int64 {
	var ids []int64
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return ids
}

// briefArticles lists the articles of story briefs.
func briefArticles(bs []store.StoryBrief) []int64 {
	var ids []int64
	for _, b := range bs {
		ids = append(ids, b.ArticleID)
	}
	return ids
}

func testStories(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	var arts []int64
	for i := 1; i <= 5; i++ {
		arts = append(arts, mustPut(t, e.s, Article(100+i)))
	}
	put := func(t *testing.T, st store.Story, add *store.StoryBrief) store.Story {
		t.Helper()
		got, err := e.s.PutStory(ctx, st, add)
		if err != nil {
			t.Fatalf("PutStory(%d): %v", st.ID, err)
		}
		return got
	}
	brief := func(guild string, article int64) *store.StoryBrief {
		return &store.StoryBrief{GuildID: guild, ArticleID: article, Engine: "local", Title: fmt.Sprintf("Article %d", article),
			URL: "https://news.example/" + fmt.Sprint(article), Data: []byte(`{"changes":[]}`)}
	}

	talks := put(t, store.Story{GuildID: "g1", Name: "Union – district: pay talks", Keys: []string{"p:union", "t:pay", "p:district", "t:pay"}, Profile: []byte(`{"v":1}`)}, brief("g1", arts[0]))
	t.Run("create", func(t *testing.T) {
		if talks.ID == 0 || talks.Version != 1 || talks.Briefs != 1 || !talks.CreatedAt.Equal(epoch) {
			t.Errorf("created story = %+v, want an id, version 1, one brief, created at the clock's time", talks)
		}
		if want := []string{"p:district", "p:union", "t:pay"}; !slices.Equal(talks.Keys, want) {
			t.Errorf("keys = %q, want %q (sorted, no duplicates)", talks.Keys, want)
		}
		got, err := e.s.Story(ctx, "g1", talks.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != talks.Name || string(got.Profile) != `{"v":1}` || !slices.Equal(got.Keys, talks.Keys) || got.Briefs != 1 {
			t.Errorf("Story = %+v, want %+v", got, talks)
		}
	})
	t.Run("other guilds see nothing", func(t *testing.T) {
		_, err := e.s.Story(ctx, "g2", talks.ID)
		wantNotFound(t, "Story(other guild)", err)
		if ss, err := e.s.ListStories(ctx, "g2", 0); err != nil || len(ss) != 0 {
			t.Errorf("ListStories(g2) = %v, %v; want none", storyIDs(ss), err)
		}
		c, err := e.s.StoryCandidates(ctx, "g2", []string{"p:union"}, 10)
		if err != nil || len(c.Stories) != 0 || c.Total != 0 || c.KeyStories["p:union"] != 0 {
			t.Errorf("StoryCandidates(g2) = %+v, %v; want nothing", c, err)
		}
		if _, err := e.s.PutStory(ctx, store.Story{ID: talks.ID, GuildID: "g2", Name: "x", Profile: []byte(`{}`), Version: talks.Version}, nil); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("PutStory(another guild's story) err = %v, want ErrNotFound", err)
		}
		if _, err := e.s.PutStory(ctx, store.Story{GuildID: "g2", Name: "x", Profile: []byte(`{}`)}, brief("g1", arts[1])); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("PutStory(brief of another guild) err = %v, want ErrInvalid", err)
		}
	})

	e.clock.Advance(time.Hour)
	talks = put(t, store.Story{ID: talks.ID, GuildID: "g1", Name: talks.Name, Keys: []string{"p:union", "p:district", "t:pay", "t:strike"}, Profile: []byte(`{"v":2}`), Version: talks.Version}, brief("g1", arts[1]))
	rebate := put(t, store.Story{GuildID: "g1", Name: "UK – EU: rebate", Keys: []string{"p:uk", "p:eu", "t:rebate"}, Profile: []byte(`{}`)}, brief("g1", arts[2]))
	other := put(t, store.Story{GuildID: "g2", Name: "Elsewhere", Keys: []string{"p:union"}, Profile: []byte(`{}`)}, brief("g2", arts[0]))
	t.Run("join", func(t *testing.T) {
		if talks.Version != 2 || talks.Briefs != 2 || !talks.UpdatedAt.Equal(epoch.Add(time.Hour)) {
			t.Errorf("after a join: %+v, want version 2, two briefs, updated an hour later", talks)
		}
		bs, err := e.s.StoryBriefs(ctx, "g1", talks.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := briefArticles(bs); !slices.Equal(got, arts[:2]) {
			t.Errorf("briefs = %v, want %v in joining order", got, arts[:2])
		}
		if string(bs[0].Data) != `{"changes":[]}` || bs[0].Title != fmt.Sprintf("Article %d", arts[0]) {
			t.Errorf("brief = %+v", bs[0])
		}
		// The same article in another guild is another guild's business.
		if b, err := e.s.StoryBriefOf(ctx, "g2", arts[0]); err != nil || b.StoryID != other.ID {
			t.Errorf("StoryBriefOf(g2) = %+v, %v; want story %d", b, err, other.ID)
		}
	})
	t.Run("stale version", func(t *testing.T) {
		_, err := e.s.PutStory(ctx, store.Story{ID: talks.ID, GuildID: "g1", Name: "x", Profile: []byte(`{}`), Version: 1}, nil)
		if !errors.Is(err, store.ErrConflict) {
			t.Errorf("PutStory(old version) err = %v, want ErrConflict", err)
		}
	})
	t.Run("list and candidates", func(t *testing.T) {
		ss, err := e.s.ListStories(ctx, "g1", 0)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := storyIDs(ss), []int64{rebate.ID, talks.ID}; !slices.Equal(got, want) {
			t.Errorf("ListStories = %v, want %v (most recent first)", got, want)
		}
		if ss, _ := e.s.ListStories(ctx, "g1", 1); len(ss) != 1 {
			t.Errorf("ListStories(limit 1) gave %d", len(ss))
		}
		c, err := e.s.StoryCandidates(ctx, "g1", []string{"p:union", "t:strike", "p:uk", "t:absent"}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := storyIDs(c.Stories), []int64{talks.ID, rebate.ID}; !slices.Equal(got, want) {
			t.Errorf("candidates = %v, want %v (most shared keys first)", got, want)
		}
		if c.Total != 2 || c.KeyStories["p:union"] != 1 || c.KeyStories["p:uk"] != 1 || c.KeyStories["t:absent"] != 0 {
			t.Errorf("counts = total %d, %v", c.Total, c.KeyStories)
		}
		if n, err := e.s.StoryKeyCounts(ctx, "g1", []string{"t:pay", "p:uk", "t:absent"}); err != nil || n["t:pay"] != 1 || n["p:uk"] != 1 || n["t:absent"] != 0 {
			t.Errorf("StoryKeyCounts = %v, %v", n, err)
		}
		if n, err := e.s.StoryKeyCounts(ctx, "g2", []string{"t:pay"}); err != nil || n["t:pay"] != 0 {
			t.Errorf("StoryKeyCounts(other guild) = %v, %v", n, err)
		}
		if c, _ := e.s.StoryCandidates(ctx, "g1", nil, 10); len(c.Stories) != 0 || c.Total != 2 {
			t.Errorf("StoryCandidates(no keys) = %+v", c)
		}
	})
	t.Run("message link", func(t *testing.T) {
		if err := e.s.SetStoryBriefMessage(ctx, "g1", arts[1], "c1", "m1"); err != nil {
			t.Fatal(err)
		}
		b, err := e.s.StoryBriefOf(ctx, "g1", arts[1])
		if err != nil || b.ChannelID != "c1" || b.MessageID != "m1" || b.StoryID != talks.ID {
			t.Errorf("StoryBriefOf = %+v, %v", b, err)
		}
		wantNotFound(t, "SetStoryBriefMessage(article in no story)", e.s.SetStoryBriefMessage(ctx, "g1", arts[4], "c", "m"))
		wantNotFound(t, "SetStoryBriefMessage(other guild)", e.s.SetStoryBriefMessage(ctx, "g3", arts[1], "c", "m"))
	})
	t.Run("split and merge", func(t *testing.T) {
		split := put(t, store.Story{GuildID: "g1", Name: "split", Profile: []byte(`{}`)}, nil)
		if err := e.s.MoveStoryBriefs(ctx, "g1", talks.ID, split.ID, []int64{arts[1]}); err != nil {
			t.Fatal(err)
		}
		if bs, _ := e.s.StoryBriefs(ctx, "g1", split.ID); !slices.Equal(briefArticles(bs), arts[1:2]) {
			t.Errorf("split story briefs = %v", briefArticles(bs))
		}
		if b, _ := e.s.StoryBriefOf(ctx, "g1", arts[1]); b.MessageID != "m1" {
			t.Errorf("moving lost the message link: %+v", b)
		}
		wantNotFound(t, "MoveStoryBriefs(other guild)", e.s.MoveStoryBriefs(ctx, "g2", talks.ID, split.ID, nil))
		if err := e.s.MoveStoryBriefs(ctx, "g1", split.ID, talks.ID, nil); err != nil {
			t.Fatal(err)
		}
		_, err := e.s.Story(ctx, "g1", split.ID)
		wantNotFound(t, "a merged story", err)
		if bs, _ := e.s.StoryBriefs(ctx, "g1", talks.ID); len(bs) != 2 {
			t.Errorf("merged story has %d briefs, want 2", len(bs))
		}
		// Joining an article to another story moves it, and the story it
		// leaves empty goes.
		moved := put(t, store.Story{ID: talks.ID, GuildID: "g1", Name: talks.Name, Profile: []byte(`{}`), Version: mustStory(t, e.s, "g1", talks.ID).Version}, brief("g1", arts[2]))
		if moved.Briefs != 3 {
			t.Errorf("after moving a brief in: %d briefs, want 3", moved.Briefs)
		}
		_, err = e.s.Story(ctx, "g1", rebate.ID)
		wantNotFound(t, "the story a brief left empty", err)
	})
	t.Run("article gone", func(t *testing.T) {
		if _, err := e.s.PutStory(ctx, store.Story{GuildID: "g1", Name: "x", Profile: []byte(`{}`)}, brief("g1", 999999)); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("PutStory(missing article) err = %v, want ErrNotFound", err)
		}
		if ss, _ := e.s.ListStories(ctx, "g1", 0); len(ss) != 1 {
			t.Errorf("a failed PutStory left a story behind: %v", storyIDs(ss))
		}
	})
	t.Run("bad input", func(t *testing.T) {
		keys := make([]string, store.MaxStoryKeys+1)
		for i := range keys {
			keys[i] = fmt.Sprint("t:", i)
		}
		for name, st := range map[string]store.Story{
			"too many keys": {GuildID: "g1", Profile: []byte(`{}`), Keys: keys},
			"empty key":     {GuildID: "g1", Profile: []byte(`{}`), Keys: []string{""}},
			"no profile":    {GuildID: "g1"},
		} {
			if _, err := e.s.PutStory(ctx, st, nil); !errors.Is(err, store.ErrInvalid) {
				t.Errorf("%s: err = %v, want ErrInvalid", name, err)
			}
		}
	})
	t.Run("delete", func(t *testing.T) {
		if err := e.s.DeleteStory(ctx, "g2", talks.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := e.s.Story(ctx, "g1", talks.ID); err != nil {
			t.Errorf("another guild deleted the story: %v", err)
		}
		if err := e.s.DeleteStory(ctx, "g1", talks.ID); err != nil {
			t.Fatal(err)
		}
		_, err := e.s.StoryBriefOf(ctx, "g1", arts[0])
		wantNotFound(t, "brief of a deleted story", err)
		if _, err := e.s.Article(ctx, arts[0]); err != nil {
			t.Errorf("deleting a story deleted its article: %v", err)
		}
	})
}

func mustStory(t testing.TB, s store.Store, guild string, id int64) store.Story {
	t.Helper()
	st, err := s.Story(context.Background(), guild, id)
	if err != nil {
		t.Fatalf("Story(%d): %v", id, err)
	}
	return st
}

// testStoryRace has writers on two handles join one story at once: each
// retries on ErrConflict, and no join is lost.
func testStoryRace(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	handles := []store.Store{e.s, e.handle(t)}
	first := mustPut(t, e.s, Article(200))
	st, err := e.s.PutStory(ctx, store.Story{GuildID: "g", Name: "race", Profile: []byte(`{"n":0}`)}, &store.StoryBrief{GuildID: "g", ArticleID: first})
	if err != nil {
		t.Fatal(err)
	}
	const n = 8
	arts := make([]int64, n)
	for i := range arts {
		arts[i] = mustPut(t, e.s, Article(201+i))
	}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := handles[i%len(handles)]
			for {
				cur, err := h.Story(ctx, "g", st.ID)
				if err != nil {
					errs <- err
					return
				}
				cur.Keys = append(cur.Keys, fmt.Sprint("t:k", i))
				_, err = h.PutStory(ctx, cur, &store.StoryBrief{GuildID: "g", ArticleID: arts[i]})
				if errors.Is(err, store.ErrConflict) {
					continue
				}
				errs <- err
				return
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got := mustStory(t, e.s, "g", st.ID)
	if got.Briefs != n+1 || len(got.Keys) != n || got.Version != n+1 {
		t.Errorf("after %d racing joins: %d briefs, %d keys, version %d; want %d, %d, %d", n, got.Briefs, len(got.Keys), got.Version, n+1, n, n+1)
	}
}

// testStoryPurge has retention take articles out of stories: a story left
// without a brief goes with its keys, one with a brief left stays, and a
// guild with a shorter retention loses its own older story briefs.
func testStoryPurge(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	day := 24 * time.Hour
	T := epoch
	put := func(i int, at time.Time) int64 {
		t.Helper()
		e.clock.Set(at)
		a := Article(200 + i)
		a.FetchedAt = at
		return mustPut(t, e.s, a)
	}
	story := func(guild string, keys []string, at time.Time, arts ...int64) store.Story {
		t.Helper()
		var st store.Story
		for _, a := range arts {
			next := store.Story{ID: st.ID, Version: st.Version, GuildID: guild, Name: "talks", Keys: keys, Profile: []byte(`{}`)}
			var err error
			st, err = e.s.PutStory(ctx, next, &store.StoryBrief{GuildID: guild, ArticleID: a, Engine: "local", Title: "t", JoinedAt: at})
			if err != nil {
				t.Fatalf("PutStory: %v", err)
			}
		}
		return st
	}
	old, kept, shared, fresh := put(1, T.Add(-40*day)), put(2, T.Add(-day)), put(3, T.Add(-day)), put(4, T.Add(-day))
	gone := story("g1", []string{"p:gone", "t:pay"}, T.Add(-40*day), old)                     // only an old article: goes
	stays := story("g1", []string{"p:stays", "t:pay"}, T.Add(-40*day), kept)                  // a recent one: stays
	if err := e.s.PutGuildSettings(ctx, "g2", store.Settings{RetentionDays: 7}); err != nil { // g2 keeps 7 days
		t.Fatal(err)
	}
	g2old := story("g2", []string{"p:g2old"}, T.Add(-10*day), shared)    // joined 10 days ago: goes
	g2new := story("g2", []string{"p:g2new"}, T.Add(-2*day), fresh, old) // loses its old article only
	before, err := e.s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Stories != 4 || before.StoryBriefs != 5 {
		t.Errorf("Stats before purge = %+v, want 4 stories, 5 story briefs", before)
	}

	e.clock.Set(T)
	got, err := e.s.Purge(ctx, T.Add(-30*day))
	if err != nil {
		t.Fatalf("Purge: %v", err)
	}
	if got.Articles != 1 || got.StoryBriefs != 3 || got.Stories != 2 {
		t.Errorf("Purge = %+v, want 1 article, 3 story briefs, 2 stories", got)
	}
	for _, id := range []int64{gone.ID} {
		_, err := e.s.Story(ctx, "g1", id)
		wantNotFound(t, "story emptied by the purge", err)
	}
	_, err = e.s.Story(ctx, "g2", g2old.ID)
	wantNotFound(t, "story emptied by the guild's retention", err)
	if st := mustStory(t, e.s, "g1", stays.ID); st.Briefs != 1 {
		t.Errorf("story with a recent brief = %+v, want it kept with 1 brief", st)
	}
	if st := mustStory(t, e.s, "g2", g2new.ID); st.Briefs != 1 {
		t.Errorf("story that lost its old article = %+v, want 1 brief left", st)
	}
	c, err := e.s.StoryCandidates(ctx, "g1", []string{"p:gone", "p:stays"}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if ids := storyIDs(c.Stories); !slices.Equal(ids, []int64{stays.ID}) || c.KeyStories["p:gone"] != 0 || c.Total != 1 {
		t.Errorf("candidates after purge = %v, %v, total %d; want only story %d, the emptied story's keys gone", ids, c.KeyStories, c.Total, stays.ID)
	}
	if n, err := e.s.StoryKeyCounts(ctx, "g1", []string{"t:pay"}); err != nil || n["t:pay"] != 1 {
		t.Errorf("StoryKeyCounts(t:pay) after purge = %v, %v; want 1", n, err)
	}
	after, err := e.s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Stories != 2 || after.StoryBriefs != 2 {
		t.Errorf("Stats after purge = %+v, want 2 stories, 2 story briefs", after)
	}
	again, err := e.s.Purge(ctx, T.Add(-30*day))
	if err != nil || again != (store.PurgeStats{}) {
		t.Errorf("second Purge = %+v, %v; want nothing deleted", again, err)
	}
	if err := e.s.Check(ctx); err != nil {
		t.Error(err)
	}
}
