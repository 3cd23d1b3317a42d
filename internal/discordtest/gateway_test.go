package discordtest

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestConnectReadyHeartbeat(t *testing.T) {
	t.Parallel()
	ready := make(chan *discordgo.Ready, 1)
	srv := New(t, WithHeartbeatInterval(100*time.Millisecond))
	s := newSession(t, srv, botIntents, func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r })
	openSession(t, srv, s)

	var r *discordgo.Ready
	select {
	case r = <-ready:
	case <-time.After(5 * time.Second):
		t.Fatal("no READY event")
	}
	if r.User == nil || r.User.ID != srv.ApplicationID() || !r.User.Bot {
		t.Errorf("READY user = %+v, want bot %s", r.User, srv.ApplicationID())
	}
	if r.Application == nil || r.Application.ID != srv.ApplicationID() {
		t.Errorf("READY application = %+v, want %s", r.Application, srv.ApplicationID())
	}
	st := srv.GatewayStats()
	if r.SessionID == "" || r.SessionID != st.SessionID {
		t.Errorf("READY session_id = %q, server session %q", r.SessionID, st.SessionID)
	}
	if st.Identifies != 1 || st.Intents != botIntents || !st.Ready {
		t.Errorf("stats = %+v, want 1 identify with intents %d, ready", st, botIntents)
	}
	var id map[string]any
	if err := json.Unmarshal([]byte(st.Identify), &id); err != nil || id["token"] != "[redacted]" {
		t.Errorf("recorded IDENTIFY = %s, want the token redacted", st.Identify)
	}

	// discordgo heartbeats on connect and then every interval; each gets an ACK.
	sent := time.Now()
	err := srv.WaitFor(ctxT(t, 3*time.Second), func() bool {
		s.RLock()
		defer s.RUnlock()
		return srv.GatewayStats().Heartbeats >= 3 && s.LastHeartbeatAck.After(sent)
	})
	if err != nil {
		t.Fatalf("heartbeats and ACKs: %v (stats %+v)", err, srv.GatewayStats())
	}
	wantNoViolations(t, srv)
}

func TestPrivilegedIntentsAreBreaches(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		intent discordgo.Intent
		want   string
	}{
		{"message content", discordgo.IntentMessageContent, "MESSAGE_CONTENT"},
		{"guild members", discordgo.IntentGuildMembers, "GUILD_MEMBERS"},
		{"guild presences", discordgo.IntentGuildPresences, "GUILD_PRESENCES"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := New(t, quiet())
			openSession(t, srv, newSession(t, srv, botIntents|tt.intent))
			wantViolation(t, srv, "privileged intent", tt.want)
		})
	}
}

func TestDroppedWebsocketResumesAndReplays(t *testing.T) {
	t.Parallel()
	var resumed atomic.Int32
	srv, _ := connect(t, nil,
		func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "pong", AllowedMentions: none()},
			})
		},
		func(*discordgo.Session, *discordgo.Resumed) { resumed.Add(1) },
	)
	if !srv.DropWebsocket() {
		t.Fatal("DropWebsocket found no connection")
	}
	// Sent while the bot is disconnected: replayed after RESUME.
	i := srv.SendInteraction(SlashCommand("ping"))
	ctx := ctxT(t, 10*time.Second)
	msg, err := i.WaitFinal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Content != "pong" {
		t.Errorf("reply = %q, want pong", msg.Content)
	}
	st := srv.GatewayStats()
	if st.Connections != 2 || st.Identifies != 1 || st.Resumes != 1 {
		t.Errorf("stats = %+v, want 2 connections, 1 identify, 1 resume", st)
	}
	if err := srv.WaitFor(ctx, func() bool { return resumed.Load() == 1 }); err != nil {
		t.Errorf("RESUMED event: %v", err)
	}
	// After the resume, live dispatch works too.
	if _, err := srv.SendInteraction(SlashCommand("ping")).WaitFinal(ctx); err != nil {
		t.Fatal(err)
	}
	wantNoViolations(t, srv)
}

func TestWithoutResumeReidentifies(t *testing.T) {
	t.Parallel()
	srv, _ := connect(t, []Option{WithoutResume()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "pong", AllowedMentions: none()},
		})
	})
	srv.DropWebsocket()
	i := srv.SendInteraction(SlashCommand("ping"))
	if _, err := i.WaitFinal(ctxT(t, 10*time.Second)); err != nil {
		t.Fatalf("%v; stats %+v; notes %q", err, srv.GatewayStats(), srv.Notes())
	}
	st := srv.GatewayStats()
	if st.InvalidSessions != 1 || st.Identifies != 2 || st.Resumes != 0 {
		t.Errorf("stats = %+v, want 1 invalid session, 2 identifies", st)
	}
	wantNoViolations(t, srv)
}

func TestRequestReconnect(t *testing.T) {
	t.Parallel()
	srv, _ := connect(t, nil)
	if !srv.RequestReconnect() {
		t.Fatal("no connection")
	}
	err := srv.WaitFor(ctxT(t, 10*time.Second), func() bool {
		st := srv.GatewayStats()
		return st.Resumes == 1 && st.Ready
	})
	if err != nil {
		t.Fatalf("resume after op 7: %v (stats %+v)", err, srv.GatewayStats())
	}
}

func TestMessageContentHiddenWithoutIntent(t *testing.T) {
	t.Parallel()
	got := make(chan *discordgo.MessageCreate, 10)
	srv, _ := connect(t, nil, func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m })
	other := srv.SendMessage(MessageSpec{Content: "the ceasefire talks resume"})
	mention := srv.SendMessage(MessageSpec{Content: srv.BotMention() + " summarize this"})
	dm := srv.SendMessage(MessageSpec{DM: true, Content: "hello bot"})
	tests := []struct {
		name string
		id   string
		want string
	}{
		{"plain guild message", other.ID, ""},
		{"mentions the bot", mention.ID, srv.BotMention() + " summarize this"},
		{"DM", dm.ID, "hello bot"},
	}
	seen := map[string]*discordgo.MessageCreate{}
	deadline := time.After(5 * time.Second)
	for len(seen) < len(tests) {
		select {
		case m := <-got:
			seen[m.ID] = m
		case <-deadline:
			t.Fatalf("got %d MESSAGE_CREATE events, want %d", len(seen), len(tests))
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := seen[tt.id]
			if m.Content != tt.want {
				t.Errorf("content = %q, want %q", m.Content, tt.want)
			}
		})
	}
	if m := seen[mention.ID]; len(m.Mentions) != 1 || m.Mentions[0].ID != srv.ApplicationID() {
		t.Errorf("mentions = %+v, want the bot", m.Mentions)
	}
	// The stored message keeps its content.
	if stored, _ := srv.Message(other.ID); stored.Content != "the ceasefire talks resume" {
		t.Errorf("stored content = %q", stored.Content)
	}
}

func TestMessageCreateNeedsIntent(t *testing.T) {
	t.Parallel()
	got := make(chan string, 1)
	srv := New(t)
	openSession(t, srv, newSession(t, srv, discordgo.IntentGuilds, func(_ *discordgo.Session, m *discordgo.MessageCreate) { got <- m.ID }))
	srv.SendMessage(MessageSpec{Content: srv.BotMention() + " hi"})
	select {
	case id := <-got:
		t.Errorf("MESSAGE_CREATE %s delivered without GUILD_MESSAGES", id)
	case <-time.After(200 * time.Millisecond):
	}
	if n := srv.Notes(); len(n) == 0 {
		t.Error("no note about the undelivered message")
	}
}

func TestWaitReadyTimesOut(t *testing.T) {
	t.Parallel()
	srv := New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := srv.WaitReady(ctx); err == nil {
		t.Error("WaitReady without a bot returned nil")
	}
}
