package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/discordtest"
)

// BenchmarkAckLatency measures the acknowledgement latency (interaction
// dispatched on the gateway -> callback received by the fake Discord) with
// 200 interactions in flight, through the program's own wiring. It reports
// p50 and p99 in milliseconds; the target is p99 under 100 ms.
func BenchmarkAckLatency(b *testing.B) {
	srv := discordtest.New(b)
	startBotB(b, srv, filepath.Join(b.TempDir(), "parley.db"))
	text := seedArticleB(b)
	users := make([]string, 200)
	for i := range users {
		users[i] = srv.AddUser(fmt.Sprintf("bench%d", i)).ID
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var ins []*discordtest.Interaction
		for i := range 200 {
			spec := discordtest.SlashCommand("summarize", discordtest.StringOption("text", text))
			if i%2 == 1 {
				spec = discordtest.SlashCommand("ask", discordtest.StringOption("question", "when do talks resume?"))
			}
			spec.User = srv.User(users[i])
			ins = append(ins, srv.SendInteraction(spec))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		for _, in := range ins {
			if _, err := in.WaitFinal(ctx); err != nil {
				cancel()
				b.Fatal(err)
			}
		}
		cancel()
	}
	b.StopTimer()
	lat := srv.AckLatencies()
	b.ReportMetric(float64(discordtest.Percentile(lat, 50).Microseconds())/1000, "p50-ack-ms")
	b.ReportMetric(float64(discordtest.Percentile(lat, 99).Microseconds())/1000, "p99-ack-ms")
	b.ReportMetric(float64(len(lat)), "interactions")
}

// BenchmarkLoad sends 1,000 interactions through the fake Discord and the
// program's own wiring, with 10% of LLM calls failing and 5% of links
// failing to fetch. It fails unless every interaction is answered exactly
// once, and reports acknowledgement p50/p99 and the peak RSS of the whole
// test process (bot, fake Discord, fake site and fake LLM together).
// Interactions arrive at LOAD_RATE a second (default 200; 0 sends all
// 1,000 at once, where the fake Discord's own lock becomes the bottleneck).
// Run: go test ./cmd/bot -run X -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	rate := 200.0
	if v := os.Getenv("LOAD_RATE"); v != "" {
		fmt.Sscan(v, &rate)
	}
	text := seedArticleB(b)
	var llmCalls, llmFails atomic.Int32
	failing := regexp.MustCompile(`Case number \d*0\b`) // one LLM brief in ten fails for good
	llmSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		llmCalls.Add(1)
		body, _ := io.ReadAll(r.Body)
		if failing.Match(body) {
			llmFails.Add(1)
			http.Error(w, `{"error": {"message": "overloaded"}}`, http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"x","object":"chat.completion","model":"fake","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":%q}}],"usage":{"prompt_tokens":900,"completion_tokens":100,"total_tokens":1000}}`, goodBrief)
	}))
	defer llmSrv.Close()
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/gone") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(text))
	}))
	defer site.Close()
	srv := discordtest.New(b)
	r := launch(b, srv, filepath.Join(b.TempDir(), "parley.db"), map[string]string{
		"LOG_LEVEL": "error", "OPENAI_BASE_URL": llmSrv.URL + "/v1", "LLM_TIMEOUT": "5s",
		"LLM_DAILY_TOKENS_PER_SERVER": "0", "LLM_DAILY_TOKENS_PER_USER": "0", "PARLEY_CACHE_TTL": "0",
	}, nil)
	b.Cleanup(func() { r.stop(b) })
	const n = 1000
	users := make([]*discordgo.User, n)
	for i := range users {
		users[i] = srv.AddUser(fmt.Sprintf("load%d", i))
	}
	b.ReportAllocs()
	for b.Loop() {
		var ins []*discordtest.Interaction
		fetchFails, llmBriefs := 0, 0
		for i := range n {
			var spec discordtest.InteractionSpec
			switch {
			case i%20 == 0: // 5%: a link that fails
				spec = discordtest.SlashCommand("summarize", discordtest.StringOption("url", site.URL+"/gone"))
				fetchFails++
			case i%20 < 8: // 35%: pasted text with the LLM
				llmBriefs++
				spec = discordtest.SlashCommand("summarize", discordtest.StringOption("text", fmt.Sprintf("%s\n\nCase number %d.", text, llmBriefs)), discordtest.BoolOption("llm", true))
			case i%20 < 12: // 20%: a link
				spec = discordtest.SlashCommand("summarize", discordtest.StringOption("url", fmt.Sprintf("%s/story/%d", site.URL, i)))
			case i%20 < 18: // 30%: a question
				spec = discordtest.SlashCommand("ask", discordtest.StringOption("question", "who proposed the ceasefire?"))
			default: // 10%: help
				spec = discordtest.SlashCommand("help")
			}
			spec.User = users[i]
			ins = append(ins, srv.SendInteraction(spec))
			if rate > 0 {
				time.Sleep(time.Duration(float64(time.Second) / rate))
			}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		for _, in := range ins {
			if _, err := in.WaitFinal(ctx); err != nil {
				cancel()
				b.Fatal(err)
			}
		}
		cancel()
		for _, in := range ins {
			accepted := 0
			for _, c := range in.Callbacks() {
				if c.Accepted {
					accepted++
				}
			}
			if accepted != 1 || len(in.FollowUps()) > 1 {
				b.Fatalf("interaction %s: %d acknowledgements, %d follow-ups", in.ID(), accepted, len(in.FollowUps()))
			}
		}
		localFallbacks := 0
		for _, in := range ins {
			if m := in.Original(); m != nil && len(m.Embeds) == 1 && strings.Contains(embedText(m), "this is the local brief") {
				localFallbacks++
			}
		}
		b.ReportMetric(float64(fetchFails), "fetch-failures")
		b.ReportMetric(float64(llmBriefs), "llm-briefs")
		b.ReportMetric(float64(localFallbacks), "llm-failed-briefs")
	}
	b.StopTimer()
	if v := srv.Violations(); len(v) > 0 {
		b.Fatalf("Discord rules broken: %q", v)
	}
	lat := srv.AckLatencies()
	b.ReportMetric(float64(discordtest.Percentile(lat, 50).Microseconds())/1000, "p50-ack-ms")
	b.ReportMetric(float64(discordtest.Percentile(lat, 99).Microseconds())/1000, "p99-ack-ms")
	b.ReportMetric(float64(llmFails.Load()), "llm-failures")
	b.ReportMetric(float64(llmCalls.Load()), "llm-calls")
	b.ReportMetric(peakRSSMB(), "peak-RSS-MB")
	b.ReportMetric(rate, "per-second")
}

// peakRSSMB is the process's peak resident memory (VmHWM), in MB.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			var kb float64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "VmHWM:"), "kB")), &kb)
			return kb / 1024
		}
	}
	return 0
}
