package main

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

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
