package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// Text returns a deterministic article text of about n bytes, in
// paragraphs, with quotes, for tests and benchmarks.
func Text(seed, n int) string {
	sentences := []string{
		"Negotiators from both delegations met in Geneva on Tuesday for a third round of talks.",
		"\u201cWe will not accept any deal that leaves our farmers behind,\u201d the trade minister said.",
		"The proposal on the table would cut tariffs on steel by 15 percent over five years.",
		"Officials said a ceasefire could take effect as early as next week if both sides agree.",
		"The union rejected the latest offer, calling it an insult to its members.",
		"Talks are expected to resume in Brussels on March 14.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			if i%3 == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(sentences[(seed+i)%len(sentences)])
		if i%len(sentences) == 0 {
			fmt.Fprintf(&b, " (Item %d-%d.)", seed, i)
		}
	}
	return b.String()
}

// Article returns a test article from a link.
func Article(i int) *article.Article {
	return &article.Article{
		URL:          fmt.Sprintf("https://news.example/story/%d?utm_source=x", i),
		CanonicalURL: fmt.Sprintf("https://news.example/story/%d", i),
		Title:        fmt.Sprintf("Talks resume, round %d", i),
		Site:         "News Example",
		Byline:       "A. Reporter",
		Published:    "2025-02-28T09:00:00Z",
		Text:         Text(i, 3000),
		FetchedAt:    epoch,
		Warnings:     []string{"page truncated"},
	}
}

// Brief returns a test brief with sentences.
func Brief(engine string) *summarize.Brief {
	return &summarize.Brief{
		Source:    summarize.Source{URL: "https://news.example/story/1", Title: "Talks resume"},
		Language:  "en",
		Stats:     summarize.Stats{Words: 500, Sentences: 3, BriefWords: 60, ReductionPct: 88},
		KeyPoints: []summarize.KeyPoint{{Text: "Talks resumed in Geneva.", Sentences: []int{0}}},
		Quotes: []summarize.Quote{{Text: "We will not accept any deal that leaves our farmers behind",
			Speaker: "Jane Doe", Cue: "said", Sentence: 1}},
		Parties:   []summarize.Party{{Name: "European Union", Kind: summarize.KindOrganisation, Mentions: 3, People: []string{}}},
		Positions: []summarize.Position{{Party: "union", Text: "rejected the offer", Sentence: 2}},
		Proposals: []summarize.Proposal{{Text: "cut tariffs on steel by 15 percent", By: "EU", Sentence: 2}},
		NextSteps: []summarize.NextStep{{Text: "Talks resume", When: "March 14", Where: "Brussels", Sentence: 2}},
		Dates:     []summarize.Date{{Text: "March 14", Sentence: 2}},
		Summary:   summarize.Summary{Engine: engine, Model: "", Text: ""},
		Warnings:  []string{},
		Sentences: []summarize.Sentence{
			{Text: "Talks resumed in Geneva.", Start: 0, End: 24, Para: 0},
			{Text: "\u201cWe will not accept\u2026\u201d she said.", Start: 25, End: 60, Para: 0},
			{Text: "Talks resume in Brussels on March 14.", Start: 62, End: 99, Para: 1},
		},
	}
}

// sameJSON fails the test unless got and want have the same JSON form.
func sameJSON(t testing.TB, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(g) != string(w) {
		t.Errorf("%s:\n got %s\nwant %s", what, g, w)
	}
}

// wantNotFound fails the test unless err wraps store.ErrNotFound.
func wantNotFound(t testing.TB, what string, err error) {
	t.Helper()
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("%s: err = %v, want ErrNotFound", what, err)
	}
}

func mustPut(t testing.TB, s store.Store, a *article.Article) int64 {
	t.Helper()
	id, err := s.PutArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("PutArticle: %v", err)
	}
	return id
}

func testArticles(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	pasted := &article.Article{Text: "Pasted text about the talks.\n\nSecond paragraph.", FetchedAt: epoch.Add(-time.Minute)}
	noCanonical := &article.Article{URL: "https://wire.example/a", Title: "Wire", Text: Text(7, 500), FetchedAt: epoch}
	tests := []struct {
		name    string
		a       *article.Article
		lookups []string // addresses that must find it
		wantKey string
	}{
		{"link with canonical URL", Article(1), []string{"https://news.example/story/1", "https://news.example/story/1?utm_source=x"}, "https://news.example/story/1"},
		{"link without canonical URL", noCanonical, []string{"https://wire.example/a"}, "https://wire.example/a"},
		{"pasted text", pasted, []string{store.Key(pasted)}, store.Key(pasted)},
	}
	seen := map[int64]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := store.Key(tt.a); got != tt.wantKey {
				t.Errorf("Key = %q, want %q", got, tt.wantKey)
			}
			id := mustPut(t, e.s, tt.a)
			if id <= 0 || seen[id] {
				t.Errorf("PutArticle id = %d, want a new positive id", id)
			}
			seen[id] = true
			got, err := e.s.Article(ctx, id)
			if err != nil {
				t.Fatalf("Article(%d): %v", id, err)
			}
			sameJSON(t, "Article", got, tt.a)
			for _, u := range tt.lookups {
				got, gotID, err := e.s.ArticleByURL(ctx, u, time.Hour)
				if err != nil {
					t.Fatalf("ArticleByURL(%q): %v", u, err)
				}
				if gotID != id {
					t.Errorf("ArticleByURL(%q) id = %d, want %d", u, gotID, id)
				}
				sameJSON(t, "ArticleByURL", got, tt.a)
			}
		})
	}
	if !strings.HasPrefix(store.Key(pasted), "text:") || len(store.Key(pasted)) != len("text:")+64 {
		t.Errorf("Key(pasted) = %q, want text: and a SHA-256 in hex", store.Key(pasted))
	}

	t.Run("not found", func(t *testing.T) {
		_, err := e.s.Article(ctx, 987654)
		wantNotFound(t, "Article(987654)", err)
		_, _, err = e.s.ArticleByURL(ctx, "https://nowhere.example/", 0)
		wantNotFound(t, "ArticleByURL(unknown)", err)
	})
	t.Run("nil", func(t *testing.T) {
		if _, err := e.s.PutArticle(ctx, nil); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("PutArticle(nil) err = %v, want ErrInvalid", err)
		}
	})
	t.Run("zero FetchedAt is now", func(t *testing.T) {
		a := &article.Article{URL: "https://now.example/", Text: "Some text."}
		id := mustPut(t, e.s, a)
		got, err := e.s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !got.FetchedAt.Equal(e.clock.Now()) {
			t.Errorf("FetchedAt = %v, want the clock's %v", got.FetchedAt, e.clock.Now())
		}
		if !a.FetchedAt.IsZero() {
			t.Errorf("PutArticle changed the caller's article: FetchedAt = %v", a.FetchedAt)
		}
	})
}

func testArticleCache(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	a := Article(1)
	a.FetchedAt = epoch.Add(-2 * time.Hour)
	id := mustPut(t, e.s, a)
	tests := []struct {
		name   string
		url    string
		maxAge time.Duration
		found  bool
	}{
		{"no age limit", a.CanonicalURL, 0, true},
		{"negative is no limit", a.CanonicalURL, -time.Second, true},
		{"fresh enough", a.CanonicalURL, 3 * time.Hour, true},
		{"exactly max age", a.CanonicalURL, 2 * time.Hour, true},
		{"too old", a.CanonicalURL, time.Hour, false},
		{"too old by the given URL", a.URL, time.Hour, false},
		{"fresh by the given URL", a.URL, 24 * time.Hour, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, gotID, err := e.s.ArticleByURL(ctx, tt.url, tt.maxAge)
			if !tt.found {
				wantNotFound(t, "ArticleByURL", err)
				return
			}
			if err != nil {
				t.Fatalf("ArticleByURL: %v", err)
			}
			if gotID != id || got.Title != a.Title {
				t.Errorf("ArticleByURL = %d %q, want %d %q", gotID, got.Title, id, a.Title)
			}
		})
	}
	t.Run("expires as time passes", func(t *testing.T) {
		b := &article.Article{URL: "https://later.example/", Text: "Text."} // fetched now
		mustPut(t, e.s, b)
		if _, _, err := e.s.ArticleByURL(ctx, b.URL, time.Hour); err != nil {
			t.Fatalf("fresh article: %v", err)
		}
		e.clock.Advance(61 * time.Minute)
		_, _, err := e.s.ArticleByURL(ctx, b.URL, time.Hour)
		wantNotFound(t, "after 61 minutes", err)
		// Fetching again refreshes the cache under the same id.
		b.FetchedAt = e.clock.Now()
		mustPut(t, e.s, b)
		if _, _, err := e.s.ArticleByURL(ctx, b.URL, time.Hour); err != nil {
			t.Errorf("refetched article: %v", err)
		}
	})
}

func testArticleUpsert(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	a := Article(1)
	id := mustPut(t, e.s, a)
	if err := e.s.PutBrief(ctx, id, summarize.EngineLocal, Brief(summarize.EngineLocal)); err != nil {
		t.Fatal(err)
	}

	// Same key, same text, another title and another given URL: same id,
	// brief kept, both given URLs find it.
	b := *a
	b.Title = "Updated title"
	b.URL = "https://m.news.example/story/1"
	if id2 := mustPut(t, e.s, &b); id2 != id {
		t.Fatalf("re-put id = %d, want %d", id2, id)
	}
	got, err := e.s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Updated title" {
		t.Errorf("title = %q, want the update", got.Title)
	}
	for _, u := range []string{a.URL, b.URL, a.CanonicalURL} {
		if _, gotID, err := e.s.ArticleByURL(ctx, u, 0); err != nil || gotID != id {
			t.Errorf("ArticleByURL(%q) = %d, %v; want %d", u, gotID, err, id)
		}
	}
	if _, err := e.s.Brief(ctx, id, summarize.EngineLocal); err != nil {
		t.Errorf("brief after re-put with the same text: %v", err)
	}

	// Same key, new text: the brief of the old text goes.
	c := b
	c.Text = Text(99, 2000)
	if id3 := mustPut(t, e.s, &c); id3 != id {
		t.Fatalf("re-put id = %d, want %d", id3, id)
	}
	_, err = e.s.Brief(ctx, id, summarize.EngineLocal)
	wantNotFound(t, "brief after the text changed", err)

	// A given URL that now leads to another canonical page moves with it.
	d := Article(2)
	d.URL = b.URL
	id4 := mustPut(t, e.s, d)
	if _, gotID, err := e.s.ArticleByURL(ctx, b.URL, 0); err != nil || gotID != id4 {
		t.Errorf("ArticleByURL(moved URL) = %d, %v; want %d", gotID, err, id4)
	}
	if _, gotID, err := e.s.ArticleByURL(ctx, a.CanonicalURL, 0); err != nil || gotID != id {
		t.Errorf("ArticleByURL(first canonical) = %d, %v; want %d", gotID, err, id)
	}
}

func testBriefs(t *testing.T, newDB NewDB) {
	ctx := context.Background()
	e := setup(t, newDB)
	id := mustPut(t, e.s, Article(1))
	local, llm := Brief(summarize.EngineLocal), Brief(summarize.EngineLLM)
	llm.Summary = summarize.Summary{Engine: summarize.EngineLLM, Model: "gpt-x", Text: "Talks resumed."}
	empty := &summarize.Brief{}

	tests := []struct {
		name   string
		engine string
		b      *summarize.Brief
	}{
		{"local", summarize.EngineLocal, local},
		{"llm", "llm:gpt-x", llm},
		{"no sentences", "empty", empty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := e.s.PutBrief(ctx, id, tt.engine, tt.b); err != nil {
				t.Fatalf("PutBrief: %v", err)
			}
			got, err := e.s.Brief(ctx, id, tt.engine)
			if err != nil {
				t.Fatalf("Brief: %v", err)
			}
			sameJSON(t, "Brief", got, tt.b)
			if len(got.Sentences) != len(tt.b.Sentences) || (len(got.Sentences) > 0 && !reflect.DeepEqual(got.Sentences, tt.b.Sentences)) {
				t.Errorf("Sentences = %+v, want %+v", got.Sentences, tt.b.Sentences)
			}
		})
	}
	t.Run("replace", func(t *testing.T) {
		b := Brief(summarize.EngineLocal)
		b.KeyPoints = []summarize.KeyPoint{{Text: "Replaced.", Sentences: []int{2}}}
		if err := e.s.PutBrief(ctx, id, summarize.EngineLocal, b); err != nil {
			t.Fatal(err)
		}
		got, err := e.s.Brief(ctx, id, summarize.EngineLocal)
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, "replaced Brief", got, b)
		if got, err := e.s.Brief(ctx, id, "llm:gpt-x"); err != nil || got.Summary.Text != "Talks resumed." {
			t.Errorf("other engine's brief = %+v, %v", got, err)
		}
	})
	t.Run("not found", func(t *testing.T) {
		_, err := e.s.Brief(ctx, id, "nope")
		wantNotFound(t, "Brief(unknown engine)", err)
		_, err = e.s.Brief(ctx, 987654, summarize.EngineLocal)
		wantNotFound(t, "Brief(unknown article)", err)
		err = e.s.PutBrief(ctx, 987654, summarize.EngineLocal, local)
		wantNotFound(t, "PutBrief(unknown article)", err)
		if err := e.s.PutBrief(ctx, id, summarize.EngineLocal, nil); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("PutBrief(nil) err = %v, want ErrInvalid", err)
		}
	})
}
