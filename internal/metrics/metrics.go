// Package metrics owns Parley's operational view: Prometheus metrics
// (interactions by command and outcome, briefs by engine, fetch failures by
// kind, LLM calls, tokens and failures, latencies as histograms, store size)
// and the /healthz and /metrics HTTP endpoints, served only on the address
// the operator configures.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/parley-bot/parley/internal/store"
)

// Metrics holds Parley's metrics on its own registry. It implements the
// bot's and the pipeline's observers. Its methods are safe for concurrent
// use; a nil *Metrics observes nothing.
type Metrics struct {
	reg          *prometheus.Registry
	handled      *prometheus.CounterVec
	ackSeconds   *prometheus.HistogramVec
	totalSeconds *prometheus.HistogramVec
	briefs       *prometheus.CounterVec
	fetchFail    *prometheus.CounterVec
	llmCalls     *prometheus.CounterVec
	llmTokens    *prometheus.CounterVec
}

// New builds the metrics; st (optional) is measured for its size and rows
// at every scrape.
func New(st store.Store) *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.handled = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parley_interactions_total", Help: "Interactions and messages handled, by kind (command:summarize, button:pg, message...) and outcome (ok, error:<kind>, refused:<why>).",
	}, []string{"kind", "outcome"})
	buckets := []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}
	m.ackSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "parley_ack_seconds", Help: "Time from receiving an interaction to acknowledging it.", Buckets: buckets,
	}, []string{"kind"})
	m.totalSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "parley_handle_seconds", Help: "Time from receiving an interaction or message to the final reply.", Buckets: buckets,
	}, []string{"kind"})
	m.briefs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parley_briefs_total", Help: "Briefs made, by engine (local, llm) and whether the article came from the store.",
	}, []string{"engine", "cached"})
	m.fetchFail = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parley_fetch_failures_total", Help: "Articles that could not be read, by kind (refused, not_found, forbidden, timeout...).",
	}, []string{"kind"})
	m.llmCalls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parley_llm_calls_total", Help: "LLM calls by operation (brief, answer) and outcome (ok, or the failure).",
	}, []string{"op", "outcome"})
	m.llmTokens = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "parley_llm_tokens_total", Help: "LLM tokens used, by operation.",
	}, []string{"op"})
	m.reg.MustRegister(m.handled, m.ackSeconds, m.totalSeconds, m.briefs, m.fetchFail, m.llmCalls, m.llmTokens,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if st != nil {
		m.reg.MustRegister(&storeCollector{st: st,
			size: prometheus.NewDesc("parley_store_size_bytes", "Space the store takes.", nil, nil),
			rows: prometheus.NewDesc("parley_store_rows", "Rows stored, by table.", []string{"table"}, nil),
		})
	}
	return m
}

// Handled records an interaction or message (the bot's Observer).
func (m *Metrics) Handled(kind, outcome string, ack, total time.Duration) {
	if m == nil {
		return
	}
	m.handled.WithLabelValues(kind, outcome).Inc()
	if ack > 0 {
		m.ackSeconds.WithLabelValues(kind).Observe(ack.Seconds())
	}
	m.totalSeconds.WithLabelValues(kind).Observe(total.Seconds())
}

// BriefMade records a brief (the pipeline's Observer).
func (m *Metrics) BriefMade(engine string, cached bool) {
	if m == nil {
		return
	}
	m.briefs.WithLabelValues(engine, fmt.Sprint(cached)).Inc()
}

// FetchFailed records an article that could not be read.
func (m *Metrics) FetchFailed(kind string) {
	if m == nil {
		return
	}
	m.fetchFail.WithLabelValues(kind).Inc()
}

// LLMCall records an LLM call, its outcome and the tokens it used (when known).
func (m *Metrics) LLMCall(op, outcome string, tokens int) {
	if m == nil {
		return
	}
	m.llmCalls.WithLabelValues(op, outcome).Inc()
	m.LLMTokens(op, tokens)
}

// LLMTokens records tokens an LLM call used, as the endpoint reports them.
func (m *Metrics) LLMTokens(op string, tokens int) {
	if m == nil || tokens <= 0 {
		return
	}
	m.llmTokens.WithLabelValues(op).Add(float64(tokens))
}

// Registry is where the metrics are registered (for tests).
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// storeCollector reads the store's stats at scrape time.
type storeCollector struct {
	st         store.Store
	size, rows *prometheus.Desc
}

func (c *storeCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.size; ch <- c.rows }

func (c *storeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s, err := c.st.Stats(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.size, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.size, prometheus.GaugeValue, float64(s.SizeBytes))
	for _, r := range []struct {
		t string
		n int64
	}{{"articles", s.Articles}, {"briefs", s.Briefs}, {"bindings", s.Bindings}, {"turns", s.Turns}, {"usage", s.Usage},
		{"stories", s.Stories}, {"story_briefs", s.StoryBriefs}} {
		ch <- prometheus.MustNewConstMetric(c.rows, prometheus.GaugeValue, float64(r.n), r.t)
	}
}

// HealthFunc reports whether the bot is healthy: nil, or what is wrong.
type HealthFunc func(ctx context.Context) error

// Handler serves /healthz and /metrics.
func (m *Metrics) Handler(health HealthFunc) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if health != nil {
			if err := health(ctx); err != nil {
				w.WriteHeader(http.StatusServiceUnavailable)
				fmt.Fprintf(w, "unhealthy: %v\n", err)
				return
			}
		}
		fmt.Fprintln(w, "ok")
	})
	return mux
}

// Serve serves the handler on addr until ctx is done. It returns once the
// listener is up (or failed), serving in the background.
func Serve(ctx context.Context, addr string, h http.Handler, log *slog.Logger) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen for metrics on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server stopped", "err", err)
		}
	}()
	return ln.Addr(), nil
}

// CheckHealth asks a running Parley's /healthz at addr (host:port, or
// :port for this machine), for the container's HEALTHCHECK.
func CheckHealth(ctx context.Context, addr string) error {
	if strings.HasPrefix(addr, ":") {
		addr = "127.0.0.1" + addr
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/healthz", nil)
	if err != nil {
		return fmt.Errorf("health check: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("health check: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health check: status %d", resp.StatusCode)
	}
	return nil
}
