package metrics

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-bot/parley/internal/store"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(b)
}

func TestMetricsAndHealth(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "m.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m := New(st)
	m.Handled("command:summarize", "ok", 3*time.Millisecond, 40*time.Millisecond)
	m.Handled("command:summarize", "error:fetch_refused", time.Millisecond, 2*time.Millisecond)
	m.BriefMade("local", false)
	m.FetchFailed("timeout")
	m.LLMCall("brief", "timeout", 0)
	m.LLMTokens("brief", 1234)
	var nilMetrics *Metrics
	nilMetrics.Handled("x", "y", 0, 0) // a nil *Metrics observes nothing

	healthy := error(nil)
	h := m.Handler(func(context.Context) error { return healthy })
	if code, body := get(t, h, "/healthz"); code != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz = %d %q", code, body)
	}
	healthy = errors.New("not connected to the Discord gateway")
	if code, body := get(t, h, "/healthz"); code != 503 || !strings.Contains(body, "not connected") {
		t.Errorf("/healthz when unhealthy = %d %q", code, body)
	}
	_, body := get(t, h, "/metrics")
	for _, want := range []string{
		`parley_interactions_total{kind="command:summarize",outcome="ok"} 1`,
		`parley_interactions_total{kind="command:summarize",outcome="error:fetch_refused"} 1`,
		`parley_ack_seconds_count{kind="command:summarize"} 2`,
		`parley_handle_seconds_bucket{kind="command:summarize",le="0.05"} 2`,
		`parley_briefs_total{cached="false",engine="local"} 1`,
		`parley_fetch_failures_total{kind="timeout"} 1`,
		`parley_llm_calls_total{op="brief",outcome="timeout"} 1`,
		`parley_llm_tokens_total{op="brief"} 1234`,
		`parley_store_rows{table="articles"} 0`,
		`parley_store_size_bytes`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestServeAndCheckHealth(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	m := New(nil)
	addr, err := Serve(ctx, "127.0.0.1:0", m.Handler(nil), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckHealth(context.Background(), addr.String()); err != nil {
		t.Errorf("CheckHealth: %v", err)
	}
	cancel()
	time.Sleep(100 * time.Millisecond)
	if err := CheckHealth(context.Background(), addr.String()); err == nil {
		t.Error("health check passes after the server stopped")
	}
	if _, err := Serve(context.Background(), "256.0.0.1:x", m.Handler(nil), slog.New(slog.DiscardHandler)); err == nil {
		t.Error("a bad address was accepted")
	}
}
