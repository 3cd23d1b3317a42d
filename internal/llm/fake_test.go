package llm_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// reply is one scripted response of the fake LLM.
type reply struct {
	status  int               // HTTP status; 0 is 200
	header  map[string]string // response headers
	content string            // the message content of a 200
	body    string            // a raw body, sent instead of a completion
	usage   openai.Usage      // reported usage of a 200
	hang    bool              // never answer: wait until the client gives up
}

// fakeLLM is an OpenAI-compatible chat completions server that answers
// each request with the next reply of its script (the last one repeats),
// or with what respond computes from the request.
type fakeLLM struct {
	srv     *httptest.Server
	done    chan struct{}
	respond func(openai.ChatCompletionRequest) reply

	mu     sync.Mutex
	script []reply
	hits   int
	reqs   []openai.ChatCompletionRequest
	paths  []string
	auth   []string
}

// newFake starts a fake LLM answering with script.
func newFake(t *testing.T, script ...reply) *fakeLLM {
	t.Helper()
	f := &fakeLLM{script: script, done: make(chan struct{})}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	t.Cleanup(func() { close(f.done) }) // runs first: releases hanging handlers
	return f
}

// URL is the base URL a client is configured with.
func (f *fakeLLM) URL() string { return f.srv.URL + "/v1" }

func (f *fakeLLM) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		http.Error(w, `{"error": {"message": "not found", "type": "invalid_request_error"}}`, http.StatusNotFound)
		return
	}
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, `{"error": {"message": "bad json", "type": "invalid_request_error"}}`, http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	i := f.hits
	f.hits++
	f.reqs = append(f.reqs, req)
	f.paths = append(f.paths, r.URL.Path)
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	var rep reply
	switch {
	case f.respond != nil:
		rep = f.respond(req)
	case len(f.script) > 0:
		rep = f.script[min(i, len(f.script)-1)]
	default:
		rep = reply{status: http.StatusInternalServerError}
	}
	f.mu.Unlock()

	if rep.hang {
		select {
		case <-r.Context().Done():
		case <-f.done:
		}
		return
	}
	for k, v := range rep.header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	if rep.status != 0 && rep.status != http.StatusOK {
		w.WriteHeader(rep.status)
		body := rep.body
		if body == "" {
			body = fmt.Sprintf(`{"error": {"message": "scripted %d", "type": "server_error"}}`, rep.status)
		}
		fmt.Fprint(w, body)
		return
	}
	if rep.body != "" {
		fmt.Fprint(w, rep.body)
		return
	}
	usage := rep.usage
	if usage.TotalTokens == 0 {
		usage = openai.Usage{PromptTokens: 900, CompletionTokens: 100, TotalTokens: 1000}
	}
	_ = json.NewEncoder(w).Encode(openai.ChatCompletionResponse{
		ID: "chatcmpl-fake", Object: "chat.completion", Model: "fake-model",
		Choices: []openai.ChatCompletionChoice{{
			Message:      openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: rep.content},
			FinishReason: openai.FinishReasonStop,
		}},
		Usage: usage,
	})
}

// Hits is how many requests the fake has received.
func (f *fakeLLM) Hits() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits
}

// Request returns the i-th request received.
func (f *fakeLLM) Request(t *testing.T, i int) openai.ChatCompletionRequest {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if i >= len(f.reqs) {
		t.Fatalf("request %d not received (%d received)", i, len(f.reqs))
	}
	return f.reqs[i]
}

// ok is a 200 reply with content.
func ok(content string) reply { return reply{content: content} }

// jsonOf marshals v for a scripted reply.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// seedArticle returns the project's example article with its local brief.
func seedArticle(tb testing.TB) (*article.Article, *summarize.Brief) {
	tb.Helper()
	raw, err := os.ReadFile("../../examples/crimea-talks.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return articleOf(tb, string(raw))
}

func articleOf(tb testing.TB, text string) (*article.Article, *summarize.Brief) {
	tb.Helper()
	a := &article.Article{Text: text, Title: "US open to recognising Russian control of Crimea"}
	b, err := summarize.Summarize(summarize.Input{Text: a.Text, Source: summarize.Source{Title: a.Title}}, summarize.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return a, b
}

// memBudgets is an in-memory store.Budgets.
type memBudgets struct {
	mu       sync.Mutex
	next     int64
	usage    map[int64]store.Usage
	reserved []store.Reservation
	settled  map[int64]int
	fail     error
}

func newBudgets() *memBudgets {
	return &memBudgets{usage: map[int64]store.Usage{}, settled: map[int64]int{}}
}

func (m *memBudgets) AddUsage(_ context.Context, u store.Usage) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if u.At.IsZero() {
		u.At = time.Now()
	}
	m.next++
	m.usage[m.next] = u
	return nil
}

func (m *memBudgets) UsageSince(_ context.Context, guildID, userID string, since time.Time) (int, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sums(guildID, userID, since)
}

func (m *memBudgets) sums(guildID, userID string, since time.Time) (guild, user int, err error) {
	for _, u := range m.usage {
		if u.GuildID != guildID || u.At.Before(since) {
			continue
		}
		guild += u.Tokens
		if u.UserID == userID {
			user += u.Tokens
		}
	}
	return guild, user, nil
}

func (m *memBudgets) ReserveTokens(_ context.Context, r store.Reservation) (store.Grant, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return store.Grant{}, m.fail
	}
	m.reserved = append(m.reserved, r)
	g, u, _ := m.sums(r.GuildID, r.UserID, r.Since)
	grant := store.Grant{GuildUsed: g, UserUsed: u}
	if r.GuildLimit > 0 && g+r.Tokens > r.GuildLimit || r.UserLimit > 0 && u+r.Tokens > r.UserLimit {
		return grant, nil
	}
	at := r.At
	if at.IsZero() {
		at = time.Now()
	}
	m.next++
	m.usage[m.next] = store.Usage{GuildID: r.GuildID, UserID: r.UserID, Tokens: r.Tokens, At: at}
	grant.OK, grant.ID = true, m.next
	return grant, nil
}

func (m *memBudgets) SettleTokens(_ context.Context, id int64, tokens int) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	u, ok := m.usage[id]
	if !ok {
		return store.ErrNotFound
	}
	u.Tokens = tokens
	m.usage[id] = u
	m.settled[id] = tokens
	return nil
}

// total is what a guild spent in all.
func (m *memBudgets) total(guildID string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	g, _, _ := m.sums(guildID, "", time.Time{})
	return g
}
