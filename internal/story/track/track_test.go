package track_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

// Articles of our own: two on one strike, one on other talks.
var texts = []string{
	`The Riverside Teachers Union said on Monday its members would strike on 12 March unless the Riverside School District improved its pay offer. "We will not accept a 2% raise," said Maria Lopez, the union's president. Superintendent John Carter said the Riverside School District would meet the union on Thursday.`,
	`Talks between the Riverside Teachers Union and the Riverside School District ended without agreement on Thursday. The Riverside School District offered a 4% raise, superintendent John Carter said. "This is our final offer," Carter said. Maria Lopez said the Riverside Teachers Union would put it to a vote. Talks will resume next Tuesday.`,
	`Canada and Mexico opened talks on Wednesday over Mexican tariffs on Canadian lumber. Canadian minister Paul Grant said Canada wanted the tariffs lifted. Mexico's minister Rosa Diaz said Mexico would study a Canadian proposal. Canada and Mexico will meet again in Ottawa in April.`,
}

type env struct {
	st  store.Store
	tr  *track.Tracker
	ids []int64
	brs []*summarize.Brief
}

func setup(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &env{st: st, tr: &track.Tracker{Stories: st, Load: track.BriefLoader(st)}}
	for i, text := range texts {
		id, err := st.PutArticle(ctx, &article.Article{URL: "https://news.example/" + string(rune('a'+i)), Title: "Article " + string(rune('A'+i)), Text: text})
		if err != nil {
			t.Fatal(err)
		}
		b, err := summarize.Summarize(summarize.Input{Text: text, Source: summarize.Source{Title: "Article " + string(rune('A'+i)), Published: "2026-03-02"}}, summarize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.PutBrief(ctx, id, summarize.EngineLocal, b); err != nil {
			t.Fatal(err)
		}
		e.ids, e.brs = append(e.ids, id), append(e.brs, b)
	}
	return e
}

func (e *env) join(t *testing.T, guild string, i int) track.Result {
	t.Helper()
	r, err := e.tr.Join(context.Background(), track.Brief{GuildID: guild, ArticleID: e.ids[i], Title: e.brs[i].Source.Title, Brief: e.brs[i], At: time.Date(2026, 3, 2+i, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestJoinListShowTimeline(t *testing.T) {
	ctx := context.Background()
	e := setup(t)
	r0, r2, r1 := e.join(t, "g", 0), e.join(t, "g", 2), e.join(t, "g", 1)
	if r0.Joined || r2.Joined || !r1.Joined || r1.Story.ID != r0.Story.ID || r2.Story.ID == r0.Story.ID {
		t.Fatalf("joins: %+v %+v %+v", r0.Story, r2.Story, r1.Story)
	}
	if len(r1.Changes) == 0 {
		t.Errorf("no changes in the second strike article")
	}
	again := e.join(t, "g", 1)
	if again.Story.ID != r0.Story.ID || again.Story.Briefs != 2 || len(again.Changes) != len(r1.Changes) {
		t.Errorf("joining the same article again: %+v, %d changes (want the same story, 2 briefs, %d changes)", again.Story, len(again.Changes), len(r1.Changes))
	}
	ss, err := e.tr.List(ctx, "g", 0)
	if err != nil || len(ss) != 2 {
		t.Fatalf("List = %+v, %v", ss, err)
	}
	if other, _ := e.tr.List(ctx, "elsewhere", 0); len(other) != 0 {
		t.Errorf("another server lists %+v", other)
	}
	d, ms, err := e.tr.Timeline(ctx, "g", r0.Story.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Members) != 2 || d.Members[0].Date != "2026-03-02" {
		t.Errorf("members = %+v", d.Members)
	}
	var tuesday bool
	for _, m := range ms {
		if m.When == "next Tuesday" && m.Date == "2026-03-03" {
			tuesday = true
		}
	}
	if !tuesday {
		t.Errorf("timeline lacks the next talks dated from the article's date: %+v", ms)
	}
	if _, err := e.tr.Show(ctx, "elsewhere", r0.Story.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Show(another server) err = %v", err)
	}
}

func TestMergeSplit(t *testing.T) {
	ctx := context.Background()
	e := setup(t)
	a, b := e.join(t, "g", 0), e.join(t, "g", 2)
	if _, err := e.tr.Merge(ctx, "g", a.Story.ID, a.Story.ID); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("merging a story into itself: %v", err)
	}
	m, err := e.tr.Merge(ctx, "g", a.Story.ID, b.Story.ID)
	if err != nil {
		t.Fatal(err)
	}
	if m.Briefs != 2 {
		t.Errorf("merged story has %d briefs", m.Briefs)
	}
	p, err := story.UnmarshalProfile(m.Profile)
	if err != nil || p.Briefs != 2 {
		t.Errorf("merged profile: %+v, %v", p, err)
	}
	if _, err := e.tr.Split(ctx, "g", a.Story.ID, []int64{e.ids[0], e.ids[2]}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("splitting off every brief: %v", err)
	}
	if _, err := e.tr.Split(ctx, "g", a.Story.ID, []int64{999}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("splitting off a brief it lacks: %v", err)
	}
	ns, err := e.tr.Split(ctx, "g", a.Story.ID, []int64{e.ids[2]})
	if err != nil {
		t.Fatal(err)
	}
	if ns.Briefs != 1 || ns.Name == "split" {
		t.Errorf("split story = %+v", ns)
	}
	// The strike article now joins the strike story, not the split one.
	if r := e.join(t, "g", 1); r.Story.ID != a.Story.ID {
		t.Errorf("after the split the strike joined story %d, want %d", r.Story.ID, a.Story.ID)
	}
}
