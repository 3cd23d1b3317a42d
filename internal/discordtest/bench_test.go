package discordtest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// BenchmarkAckLatency measures the time from an INTERACTION_CREATE being
// written to the gateway to the deferral callback reaching the server, with
// 200 interactions in flight at once against a real discordgo session.
func BenchmarkAckLatency(b *testing.B) {
	const inFlight = 200
	srv := New(b)
	s := newSession(b, srv, botIntents, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
			return
		}
		_, _ = s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{Content: ptr("done"), AllowedMentions: none()})
	})
	openSession(b, srv, s)
	b.ReportAllocs()
	for b.Loop() {
		list := make([]*Interaction, inFlight)
		var wg sync.WaitGroup
		for k := range inFlight {
			wg.Go(func() { list[k] = srv.SendInteraction(SlashCommand("summarize")) })
		}
		wg.Wait()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		for _, i := range list {
			if _, err := i.WaitFinal(ctx); err != nil {
				cancel()
				b.Fatal(err)
			}
		}
		cancel()
	}
	lat := srv.AckLatencies()
	b.ReportMetric(float64(Percentile(lat, 50).Microseconds())/1000, "p50-ack-ms")
	b.ReportMetric(float64(Percentile(lat, 99).Microseconds())/1000, "p99-ack-ms")
}
