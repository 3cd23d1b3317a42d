package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/pipeline"
)

// recorder is a responder that records what handlers say.
type recorder struct {
	mu        sync.Mutex
	responses []*discordgo.InteractionResponse
	edits     []*discordgo.WebhookEdit
	followups []*discordgo.WebhookParams
	deleted   int
	sent      []*discordgo.MessageSend
}

func (r *recorder) respond(_ context.Context, _ *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.responses = append(r.responses, resp)
	return nil
}

func (r *recorder) editOriginal(_ context.Context, _ *discordgo.Interaction, e *discordgo.WebhookEdit) (*discordgo.Message, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.edits = append(r.edits, e)
	return &discordgo.Message{ID: "1"}, nil
}

func (r *recorder) deleteOriginal(context.Context, *discordgo.Interaction) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.deleted++
	return nil
}

func (r *recorder) followup(_ context.Context, _ *discordgo.Interaction, p *discordgo.WebhookParams) (*discordgo.Message, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.followups = append(r.followups, p)
	return &discordgo.Message{ID: "2"}, nil
}

func (r *recorder) send(_ context.Context, _ string, m *discordgo.MessageSend) (*discordgo.Message, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, m)
	return &discordgo.Message{ID: "3"}, nil
}

func (r *recorder) startThread(context.Context, string, string, string) (*discordgo.Channel, error) {
	return &discordgo.Channel{ID: "4"}, nil
}

// testBot is a bot whose handlers talk to a recorder.
func testBot(t *testing.T, o Options) (*Bot, *recorder) {
	t.Helper()
	o.Token = "x"
	o.Pipeline = &pipeline.Pipeline{}
	b, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	b.resp = rec
	return b, rec
}

func command(name string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "10", Type: discordgo.InteractionApplicationCommand, Token: "tok", ChannelID: "20",
		Member: &discordgo.Member{User: &discordgo.User{ID: "30"}},
		Data:   discordgo.ApplicationCommandInteractionData{Name: name},
	}
}

// waitDone waits for the bot's in-flight work.
func waitDone(t *testing.T, b *Bot) {
	t.Helper()
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("work did not finish")
	}
}

func TestPanicBecomesAnError(t *testing.T) {
	b, rec := testBot(t, Options{})
	i := command(cmdAsk)
	b.begin()
	b.deferThenWork(i, "test", time.Now(), deferMessage(false), false, func(context.Context) error { panic("boom") })
	b.inflight.Done()
	waitDone(t, b)
	if len(rec.responses) != 1 || rec.responses[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("responses = %+v, want one deferral", rec.responses)
	}
	if rec.deleted != 1 || len(rec.followups) != 1 {
		t.Fatalf("deleted %d, follow-ups %d: want the public deferral replaced by an ephemeral error", rec.deleted, len(rec.followups))
	}
	f := rec.followups[0]
	if f.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(f.Content, "went wrong") {
		t.Errorf("error follow-up = %+v", f)
	}
}

func TestBusyWhenNoSlotFrees(t *testing.T) {
	b, rec := testBot(t, Options{MaxConcurrent: 1, MaxWait: 50 * time.Millisecond})
	b.sem <- struct{}{} // the only slot is taken
	i := command(cmdAsk)
	b.begin()
	b.deferThenWork(i, "test", time.Now(), deferMessage(true), true, func(context.Context) error { return nil })
	b.inflight.Done()
	waitDone(t, b)
	if len(rec.edits) != 1 || !strings.Contains(*rec.edits[0].Content, "busy") {
		t.Fatalf("edits = %+v, want a busy message", rec.edits)
	}
}

func TestCooldown(t *testing.T) {
	now := time.Unix(1000, 0)
	b, _ := testBot(t, Options{Now: func() time.Time { return now }})
	if left := b.cooldownLeft("u", 5*time.Second); left != 0 {
		t.Fatalf("first request waits %v", left)
	}
	now = now.Add(2 * time.Second)
	if left := b.cooldownLeft("u", 5*time.Second); left != 3*time.Second {
		t.Errorf("second request 2 s later waits %v, want 3s", left)
	}
	if left := b.cooldownLeft("other", 5*time.Second); left != 0 {
		t.Errorf("another user waits %v", left)
	}
	now = now.Add(4 * time.Second)
	if left := b.cooldownLeft("u", 5*time.Second); left != 0 {
		t.Errorf("after the cooldown the user waits %v", left)
	}
}

func TestShutdownRefusesNewWork(t *testing.T) {
	b, rec := testBot(t, Options{ShutdownGrace: time.Second})
	b.shutdown()
	b.onInteraction(nil, &discordgo.InteractionCreate{Interaction: command(cmdAsk)})
	if len(rec.responses) != 1 || !strings.Contains(rec.responses[0].Data.Content, "restarting") {
		t.Fatalf("responses = %+v, want a restart notice", rec.responses)
	}
}

func TestUserErrors(t *testing.T) {
	for _, err := range []error{errBusy, errNoArticle, errNotInMessage, errFileTooLarge, errTwoInputs, errNotManager, pipeline.ErrNoInput, context.DeadlineExceeded, errors.New("x")} {
		msg := userError(err)
		if msg == "" || strings.Contains(msg, "\n") || len(msg) > 200 {
			t.Errorf("userError(%v) = %q: want one short line", err, msg)
		}
	}
}

func TestSettingsNeedManageServer(t *testing.T) {
	b, rec := testBot(t, Options{})
	b.opts.Store = nil
	i := command(cmdSettings)
	i.GuildID = "1"
	i.Member.Permissions = discordgo.PermissionSendMessages
	err := b.handleSettings(context.Background(), i, discordgo.ApplicationCommandInteractionData{Name: cmdSettings})
	if err == nil {
		t.Fatal("settings changed without a store or the permission")
	}
	_ = rec
}
