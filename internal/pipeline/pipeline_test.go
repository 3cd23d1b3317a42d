package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

func seed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// site serves the seed as text and counts the fetches.
func site(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var hits atomic.Int32
	text := seed(t)
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if strings.HasSuffix(r.URL.Path, "/gone") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(text))
	}))
	t.Cleanup(s.Close)
	return s, &hits
}

// recorder is an Observer that records what it is told.
type recorder struct {
	mu     sync.Mutex
	briefs []string
	fails  []string
	llm    []string
}

func (r *recorder) BriefMade(engine string, cached bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.briefs = append(r.briefs, engine+map[bool]string{true: "/cached", false: ""}[cached])
}

func (r *recorder) FetchFailed(kind string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.fails = append(r.fails, kind)
}

func (r *recorder) LLMCall(op, outcome string, _ int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.llm = append(r.llm, op+":"+outcome)
}

func newPipeline(t *testing.T, ttl time.Duration, withStore bool) (*Pipeline, *recorder, *time.Time) {
	t.Helper()
	now := time.Now()
	rec := &recorder{}
	p := &Pipeline{
		Fetcher:  article.NewFetcher(article.FetchOptions{AllowPrefixesForTesting: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}),
		CacheTTL: ttl,
		Observer: rec,
	}
	if withStore {
		st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"), store.Options{Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		p.Store = st
	}
	return p, rec, &now
}

func TestSameURLServedFromTheStore(t *testing.T) {
	s, hits := site(t)
	p, rec, _ := newPipeline(t, time.Hour, true)
	ctx := context.Background()
	r1, err := p.Brief(ctx, Input{URL: s.URL + "/talks"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := p.Brief(ctx, Input{URL: s.URL + "/talks?utm_source=feed#top"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 1 || !r2.Cached || r1.ArticleID != r2.ArticleID || r1.ArticleID == 0 {
		t.Errorf("hits %d, cached %v, ids %d/%d: want one fetch and the same stored article", hits.Load(), r2.Cached, r1.ArticleID, r2.ArticleID)
	}
	if strings.Join(rec.briefs, ",") != "local,local/cached" {
		t.Errorf("observed briefs %v", rec.briefs)
	}
	// Load gives back the article and its brief with sentences.
	a, b, err := p.Load(ctx, r1.ArticleID, "")
	if err != nil || a.Text == "" || len(b.Sentences) == 0 || len(b.Quotes) != 5 {
		t.Fatalf("Load: %v; sentences %d quotes %d", err, len(b.Sentences), len(b.Quotes))
	}
	if ans := p.Answer(ctx, a, b, Question{Text: "what did Rubio say?"}); !strings.Contains(ans.Answer, "right to defend itself") {
		t.Errorf("answer from the loaded brief: %q", ans.Answer)
	}
}

func TestCacheExpires(t *testing.T) {
	s, hits := site(t)
	p, _, now := newPipeline(t, time.Hour, true)
	ctx := context.Background()
	if _, err := p.Brief(ctx, Input{URL: s.URL + "/a"}, Options{}); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(2 * time.Hour)
	if _, err := p.Brief(ctx, Input{URL: s.URL + "/a"}, Options{}); err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 2 {
		t.Errorf("%d fetches, want 2 once the cached copy is older than the TTL", hits.Load())
	}
}

func TestWithoutStoreNothingIsRemembered(t *testing.T) {
	s, hits := site(t)
	p, _, _ := newPipeline(t, time.Hour, false)
	for range 2 {
		r, err := p.Brief(context.Background(), Input{URL: s.URL + "/a"}, Options{})
		if err != nil || r.ArticleID != 0 || r.Cached {
			t.Fatalf("brief without a store: %v %+v", err, r)
		}
	}
	if hits.Load() != 2 {
		t.Errorf("%d fetches without a store, want 2", hits.Load())
	}
}

func TestInputs(t *testing.T) {
	p, rec, _ := newPipeline(t, 0, false)
	s, _ := site(t)
	ctx := context.Background()
	tests := []struct {
		name string
		in   Input
		kind article.Kind
		err  error
	}{
		{"text", Input{Text: seed(t)}, "", nil},
		{"markdown upload", Input{File: []byte("# Talks\n\n" + seed(t)), FileName: "a.md"}, "", nil},
		{"html upload", Input{File: []byte("<html><body><article><p>" + strings.ReplaceAll(seed(t), "\n", "</p><p>") + "</p></article></body></html>"), FileName: "a.html", ContentType: "text/html"}, "", nil},
		{"pdf upload", Input{File: []byte("%PDF-1.4 binary"), FileName: "a.pdf", ContentType: "application/pdf"}, article.KindUnsupported, nil},
		{"file", Input{Path: "../../examples/crimea-talks.txt"}, "", nil},
		{"dead link", Input{URL: s.URL + "/gone"}, article.KindNotFound, nil},
		{"nothing", Input{}, "", ErrNoInput},
		{"no sentences", Input{Text: "—"}, article.KindNoText, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := p.Brief(ctx, tt.in, Options{})
			switch {
			case tt.kind != "":
				if article.KindOf(err) != tt.kind {
					t.Fatalf("error %v, want kind %s", err, tt.kind)
				}
			case tt.err != nil:
				if !errors.Is(err, tt.err) {
					t.Fatalf("error %v, want %v", err, tt.err)
				}
			default:
				if err != nil || len(r.Brief.Quotes) == 0 {
					t.Fatalf("brief: %v", err)
				}
			}
		})
	}
	if strings.Join(rec.fails, ",") != "unsupported,not_found,no_text" {
		t.Errorf("observed fetch failures %v", rec.fails)
	}
}

// fakeLLM is an LLM that fails or returns a marked copy.
type fakeLLM struct{ fail error }

func (f fakeLLM) Brief(_ context.Context, req BriefRequest) (*summarize.Brief, error) {
	if f.fail != nil {
		return nil, f.fail
	}
	b := *req.Local
	b.Summary = summarize.Summary{Engine: summarize.EngineLLM, Model: "m", Text: "summary"}
	return &b, nil
}

func (f fakeLLM) Answer(_ context.Context, req AnswerRequest) (ask.Result, error) {
	if f.fail != nil {
		return ask.Result{}, f.fail
	}
	return ask.Result{Answer: "llm answer"}, nil
}

type userErr struct{}

func (userErr) Error() string       { return "llm down" }
func (userErr) UserMessage() string { return "the LLM is down; this is the local brief" }
func (userErr) Outcome() string     { return "unavailable" }

func TestLLMFallsBackToLocal(t *testing.T) {
	p, rec, _ := newPipeline(t, 0, true)
	ctx := context.Background()
	p.LLM = fakeLLM{}
	r, err := p.Brief(ctx, Input{Text: seed(t)}, Options{UseLLM: true})
	if err != nil || r.Brief.Summary.Engine != summarize.EngineLLM {
		t.Fatalf("with a working LLM: %v %+v", err, r.Brief.Summary)
	}
	if _, b, err := p.Load(ctx, r.ArticleID, summarize.EngineLLM); err != nil || b.Summary.Text != "summary" {
		t.Errorf("the LLM brief was not stored: %v", err)
	}
	p.LLM = fakeLLM{fail: userErr{}}
	r, err = p.Brief(ctx, Input{Text: seed(t)}, Options{UseLLM: true})
	if err != nil || r.Brief.Summary.Engine != summarize.EngineLocal || len(r.Brief.KeyPoints) == 0 {
		t.Fatalf("with the LLM down: %v %+v", err, r.Brief.Summary)
	}
	if !strings.Contains(strings.Join(r.Brief.Warnings, "|"), "the LLM is down; this is the local brief") {
		t.Errorf("warnings %q", r.Brief.Warnings)
	}
	if got := p.Answer(ctx, r.Article, r.Brief, Question{Text: "when do talks resume?", UseLLM: true}); !strings.Contains(got.Answer, "next week") {
		t.Errorf("local answer when the LLM fails: %q", got.Answer)
	}
	if strings.Join(rec.llm, ",") != "brief:ok,brief:unavailable,answer:unavailable" {
		t.Errorf("observed LLM calls %v", rec.llm)
	}
}

// TestPreparedArticleReused: the questions of a thread reuse the article
// prepared for the first one (same brief content, even as another copy, as
// a brief read back from the store is), a different brief gets its own,
// and the cache keeps at most preparedMax.
func TestPreparedArticleReused(t *testing.T) {
	var p Pipeline
	b, err := summarize.Summarize(summarize.Input{Text: seed(t)}, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	first := p.prepared.get(b)
	copyOf := *b
	if got := p.prepared.get(&copyOf); got != first {
		t.Error("a copy of the same brief was prepared again")
	}
	other, err := summarize.Summarize(summarize.Input{Text: "Union leaders said on Monday the strike would go ahead. Talks resume next week."}, summarize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.prepared.get(other); got == first {
		t.Error("a different brief got the first brief's prepared article")
	}
	for i := range preparedMax + 5 {
		bi := *other
		bi.Sentences = append(slices.Clone(other.Sentences), summarize.Sentence{Text: fmt.Sprintf("Sentence %d.", i)})
		p.prepared.get(&bi)
	}
	if n := len(p.prepared.items); n > preparedMax || len(p.prepared.order) != n {
		t.Errorf("cache holds %d items (%d keys), want at most %d", n, len(p.prepared.order), preparedMax)
	}
	if ans := p.Answer(context.Background(), nil, b, Question{Text: "what did Rubio say?"}); !strings.Contains(ans.Answer, "right to defend itself") {
		t.Errorf("answer from the cache: %q", ans.Answer)
	}
}

func BenchmarkAnswerCached(b *testing.B) {
	text, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	br, err := summarize.Summarize(summarize.Input{Text: string(text)}, summarize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var p Pipeline
	ctx := context.Background()
	p.Answer(ctx, nil, br, Question{Text: "who proposed the ceasefire?"})
	b.ReportAllocs()
	for b.Loop() {
		p.Answer(ctx, nil, br, Question{Text: "when do talks resume?"})
	}
}
