package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// deferThenEdit is a bot handler that defers and then edits the original
// response with an embed built from the command's first option.
func deferThenEdit(e *errs) func(*discordgo.Session, *discordgo.InteractionCreate) {
	return func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic.Type != discordgo.InteractionApplicationCommand {
			return
		}
		err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
		if err != nil {
			e.add(fmt.Errorf("defer: %w", err))
			return
		}
		desc := "no options"
		if d := ic.ApplicationCommandData(); len(d.Options) > 0 {
			desc = fmt.Sprint(d.Options[0].Value)
		}
		_, err = s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{
			Embeds:          &[]*discordgo.MessageEmbed{{Title: "Brief", Description: desc}},
			AllowedMentions: none(),
		})
		e.add(err)
	}
}

func TestSlashCommandDeferredThenEdited(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, nil, deferThenEdit(&e))
	i := srv.SendInteraction(SlashCommand("summarize", StringOption("url", "https://example.com/talks")))
	msg, err := i.WaitFinal(ctxT(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(msg.Embeds) != 1 || msg.Embeds[0].Title != "Brief" || msg.Embeds[0].Description != "https://example.com/talks" {
		t.Errorf("original = %+v, want the Brief embed with the option value", msg.Embeds)
	}
	if msg.Flags&discordgo.MessageFlagsLoading != 0 {
		t.Errorf("flags = %d, still loading after the edit", msg.Flags)
	}
	if msg.Type != discordgo.MessageTypeChatInputCommand || msg.WebhookID != srv.ApplicationID() || msg.InteractionMetadata == nil {
		t.Errorf("original = type %d webhook %q metadata %+v, want an interaction response", msg.Type, msg.WebhookID, msg.InteractionMetadata)
	}
	cb, ok := i.Acked()
	if !ok || cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || cb.Status != http.StatusNoContent {
		t.Errorf("ack = %+v, want type 5 answered 204", cb)
	}
	if lat, _ := i.AckLatency(); lat <= 0 || lat > time.Second {
		t.Errorf("ack latency = %v", lat)
	}
	if n := len(i.Callbacks()); n != 1 {
		t.Errorf("%d callbacks, want 1", n)
	}
	if ed := i.Edits(); len(ed) != 1 || ed[0].MessageID != "@original" || ed[0].Status != http.StatusOK {
		t.Errorf("edits = %+v, want one accepted PATCH of @original", ed)
	}
	if got := e.get(); len(got) > 0 {
		t.Errorf("bot errors: %v", got)
	}
	wantNoViolations(t, srv)
}

func TestInteractionPayloadShape(t *testing.T) {
	t.Parallel()
	got := make(chan *discordgo.InteractionCreate, 1)
	srv, _ := connect(t, []Option{WithoutFinalChecks()}, func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { got <- ic })
	i := srv.SendInteraction(SlashCommand("summarize",
		StringOption("text", "talks resumed"),
		AttachmentOption("file", Attachment{Filename: "talks.txt", ContentType: "text/plain", Data: []byte("the text")}),
		BoolOption("private", true),
	))
	var ic *discordgo.InteractionCreate
	select {
	case ic = <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("no INTERACTION_CREATE")
	}
	if ic.ID != i.ID() || ic.Token != i.Token() || ic.AppID != srv.ApplicationID() || ic.GuildID != srv.GuildID() || ic.ChannelID != srv.ChannelID() {
		t.Errorf("interaction = %+v", ic.Interaction)
	}
	if ic.Member == nil || ic.Member.User == nil || ic.Member.User.ID != srv.DefaultUser().ID || ic.User != nil {
		t.Errorf("member = %+v, user = %+v; want the default user as a guild member", ic.Member, ic.User)
	}
	if ic.AppPermissions == 0 || ic.Locale != discordgo.EnglishUS || ic.Version != 1 {
		t.Errorf("app_permissions %d locale %q version %d", ic.AppPermissions, ic.Locale, ic.Version)
	}
	d := ic.ApplicationCommandData()
	if d.Name != "summarize" || d.ID == "" || d.CommandType != discordgo.ChatApplicationCommand || len(d.Options) != 3 {
		t.Fatalf("data = %+v", d)
	}
	if v := d.GetOption("text").StringValue(); v != "talks resumed" {
		t.Errorf("text = %q", v)
	}
	if !d.GetOption("private").BoolValue() {
		t.Error("private = false")
	}
	attID, _ := d.GetOption("file").Value.(string)
	att := d.Resolved.Attachments[attID]
	if att == nil || att.Filename != "talks.txt" || att.Size != 8 || att.ContentType != "text/plain" {
		t.Fatalf("resolved attachment %q = %+v", attID, att)
	}
	resp, err := http.Get(att.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || string(body) != "the text" || resp.Header.Get("Content-Type") != "text/plain" {
		t.Errorf("GET attachment = %d %q %q", resp.StatusCode, body, resp.Header.Get("Content-Type"))
	}
}

func TestMessageCommandTargetCarriesContent(t *testing.T) {
	t.Parallel()
	got := make(chan *discordgo.Message, 1)
	srv, _ := connect(t, nil, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		d := ic.ApplicationCommandData()
		got <- d.Resolved.Messages[d.TargetID]
		_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "summary", Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: none()},
		})
	})
	target := srv.SeedMessage(MessageSpec{
		Content:     "Negotiators agreed on a truce. @everyone",
		Attachments: []Attachment{{Filename: "article.html", ContentType: "text/html", Data: []byte("<p>x</p>")}},
	})
	i := srv.SendInteraction(MessageCommand("Summarize", target))
	var m *discordgo.Message
	select {
	case m = <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("no interaction")
	}
	if m == nil || m.Content != target.Content || len(m.Attachments) != 1 || m.Attachments[0].Filename != "article.html" {
		t.Errorf("resolved target = %+v, want its content and attachment", m)
	}
	msg, err := i.WaitFinal(ctxT(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if msg.Flags&discordgo.MessageFlagsEphemeral == 0 || msg.Type != discordgo.MessageTypeContextMenuCommand {
		t.Errorf("reply flags %d type %d, want ephemeral context menu response", msg.Flags, msg.Type)
	}
	if got := srv.Messages(srv.ChannelID()); len(got) != 1 {
		t.Errorf("channel has %d messages, want the target only (the reply is ephemeral)", len(got))
	}
	wantNoViolations(t, srv)
}

func TestButtonClickUpdatesMessage(t *testing.T) {
	t.Parallel()
	srv, _ := connect(t, nil, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		switch ic.Type {
		case discordgo.InteractionApplicationCommand:
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{
					Content: "brief",
					Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
						discordgo.Button{Label: "Quotes", CustomID: "quotes"},
						discordgo.Button{Label: "More", CustomID: "more", Style: discordgo.SecondaryButton},
					}}},
					AllowedMentions: none(),
				},
			})
		case discordgo.InteractionMessageComponent:
			if ic.MessageComponentData().CustomID != "quotes" || ic.Message == nil {
				return
			}
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseUpdateMessage,
				Data: &discordgo.InteractionResponseData{Content: "quotes of " + ic.Message.ID, AllowedMentions: none()},
			})
		}
	})
	ctx := ctxT(t, 5*time.Second)
	brief, err := srv.SendInteraction(SlashCommand("summarize")).WaitFinal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	click := srv.SendInteraction(ButtonClick(brief, "quotes"))
	msg, err := click.WaitFinal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if msg.ID != brief.ID || msg.Content != "quotes of "+brief.ID || len(msg.Components) != 1 {
		t.Errorf("updated message = %q (id %s, %d rows), want the brief updated in place", msg.Content, msg.ID, len(msg.Components))
	}
	wantNoViolations(t, srv)
}

func TestAutocompleteChoices(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		choices int
		wantErr bool
	}{
		{"25 choices", 25, false},
		{"26 choices", 26, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var e errs
			srv, _ := connect(t, []Option{quiet()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
				var choices []*discordgo.ApplicationCommandOptionChoice
				for n := range tt.choices {
					choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: fmt.Sprintf("article %d", n), Value: fmt.Sprint(n)})
				}
				e.add(s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
					Type: discordgo.InteractionApplicationCommandAutocompleteResult,
					Data: &discordgo.InteractionResponseData{Choices: choices},
				}))
			})
			i := srv.SendInteraction(Autocomplete("ask", StringOption("article", "cease").Focus()))
			if !tt.wantErr {
				if _, err := i.WaitFinal(ctxT(t, 5*time.Second)); err != nil {
					t.Fatal(err)
				}
				if n := len(i.Choices()); n != tt.choices {
					t.Errorf("%d choices, want %d", n, tt.choices)
				}
				wantNoViolations(t, srv)
				return
			}
			if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(e.get()) > 0 }); err != nil {
				t.Fatal(err)
			}
			if code := restCode(e.get()[0]); code != codeInvalidFormBody {
				t.Errorf("error code %d, want 50035", code)
			}
			wantViolation(t, srv, "data.choices", "25 or fewer")
		})
	}
}

func TestLateCallbackIsBreach(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, []Option{quiet(), WithAckDeadline(100 * time.Millisecond), WithoutFinalChecks()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		time.Sleep(250 * time.Millisecond)
		e.add(s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}))
	})
	i := srv.SendInteraction(SlashCommand("summarize"))
	if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(e.get()) == 1 }); err != nil {
		t.Fatal(err)
	}
	if code := restCode(e.get()[0]); code != codeUnknownInteraction {
		t.Errorf("late callback answered code %d, want 10062", code)
	}
	if _, ok := i.Acked(); ok {
		t.Error("a late callback acknowledged the interaction")
	}
	wantViolation(t, srv, "past the 100ms deadline")
}

func TestDoubleCallbackIsBreach(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, []Option{quiet(), WithoutFinalChecks()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		for range 2 {
			e.add(s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}))
		}
	})
	i := srv.SendInteraction(SlashCommand("summarize"))
	if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(i.Callbacks()) == 2 && len(e.get()) == 1 }); err != nil {
		t.Fatal(err)
	}
	got := e.get()
	if len(got) != 1 || restCode(got[0]) != codeAlreadyAcknowledged {
		t.Errorf("errors = %v, want one 40060", got)
	}
	wantViolation(t, srv, "already acknowledged")
}

func TestInvalidCallbackTypeIsBreach(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, []Option{quiet(), WithoutFinalChecks()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		// Autocomplete must be answered with type 8, never deferred.
		e.add(s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}))
	})
	srv.SendInteraction(Autocomplete("ask", StringOption("question", "wh").Focus()))
	if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(e.get()) == 1 }); err != nil {
		t.Fatal(err)
	}
	if code := restCode(e.get()[0]); code != codeInvalidFormBody {
		t.Errorf("code %d, want 50035", code)
	}
	wantViolation(t, srv, "not a valid response")
}

func TestTokenExpiry(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, []Option{quiet(), WithTokenLifetime(200 * time.Millisecond), WithoutFinalChecks()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
			e.add(err)
			return
		}
		time.Sleep(300 * time.Millisecond)
		_, err := s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{Content: ptr("late"), AllowedMentions: none()})
		e.add(err)
	})
	srv.SendInteraction(SlashCommand("summarize"))
	if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(e.get()) == 1 }); err != nil {
		t.Fatal(err)
	}
	if got := e.get(); len(got) != 1 || restCode(got[0]) != codeInvalidWebhookToken {
		t.Errorf("errors = %v, want 50027 Invalid Webhook Token", got)
	}
	wantViolation(t, srv, "past its 200ms lifetime")
}

func TestWebhookUseBeforeAck(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, []Option{quiet(), WithoutFinalChecks()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		_, err := s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{Content: ptr("too early"), AllowedMentions: none()})
		e.add(err)
	})
	srv.SendInteraction(SlashCommand("summarize"))
	if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(e.get()) == 1 }); err != nil {
		t.Fatal(err)
	}
	if code := restCode(e.get()[0]); code != codeUnknownWebhook {
		t.Errorf("code %d, want 10015", code)
	}
	wantViolation(t, srv, "before it was acknowledged")
}

func TestFinalChecks(t *testing.T) {
	t.Parallel()
	srv := New(t, quiet(), WithAckDeadline(time.Second))
	s := newSession(t, srv, botIntents, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic.ApplicationCommandData().Name == "defer" {
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
		}
	})
	openSession(t, srv, s)
	ignored := srv.SendInteraction(SlashCommand("ignore"))
	deferred := srv.SendInteraction(SlashCommand("defer"))
	if _, err := deferred.WaitAcked(ctxT(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := ignored.WaitDispatched(ctxT(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Until(ignored.DispatchedAt().Add(time.Second + 50*time.Millisecond)))
	closeSession(s)
	srv.Close()
	wantViolation(t, srv, ignored.ID(), "never acknowledged")
	wantViolation(t, srv, deferred.ID(), "deferred but never completed")
}

func TestFollowUps(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, nil, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		if err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
			e.add(err)
			return
		}
		// Right after a deferral a follow-up edits the loading message
		// (deprecated behaviour Discord keeps).
		first, err := s.FollowupMessageCreate(ic.Interaction, true, &discordgo.WebhookParams{Content: "brief", AllowedMentions: none()})
		if err != nil {
			e.add(err)
			return
		}
		second, err := s.FollowupMessageCreate(ic.Interaction, true, &discordgo.WebhookParams{
			Content: "sources", AllowedMentions: none(),
			Files: []*discordgo.File{{Name: "sources.txt", ContentType: "text/plain", Reader: strings.NewReader("a\nb\n")}},
		})
		if err != nil {
			e.add(err)
			return
		}
		_, err = s.FollowupMessageEdit(ic.Interaction, second.ID, &discordgo.WebhookEdit{Content: ptr("sources (2)"), AllowedMentions: none()})
		e.add(err)
		if first.ID == second.ID {
			e.add(fmt.Errorf("follow-up %s reused the original", second.ID))
		}
	})
	i := srv.SendInteraction(SlashCommand("summarize"))
	ctx := ctxT(t, 5*time.Second)
	if err := srv.WaitFor(ctx, func() bool { return len(i.Edits()) == 1 || len(e.get()) > 0 }); err != nil {
		t.Fatal(err)
	}
	if got := e.get(); len(got) > 0 {
		t.Fatalf("bot errors: %v", got)
	}
	if orig := i.Original(); orig == nil || orig.Content != "brief" {
		t.Errorf("original = %+v, want the deferred message edited to brief", orig)
	}
	fu := i.FollowUps()
	if len(fu) != 1 || fu[0].Content != "sources (2)" || len(fu[0].Attachments) != 1 || fu[0].Attachments[0].Filename != "sources.txt" {
		t.Fatalf("follow-ups = %+v", fu)
	}
	resp, err := http.Get(fu[0].Attachments[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "a\nb\n" {
		t.Errorf("uploaded file = %q", b)
	}
	wantNoViolations(t, srv)
	if !strings.Contains(strings.Join(srv.Notes(), "\n"), "deprecated") {
		t.Errorf("notes = %q, want one about the deprecated follow-up after a deferral", srv.Notes())
	}
}

func TestConcurrentInteractions(t *testing.T) {
	t.Parallel()
	const n = 100
	var e errs
	srv, _ := connect(t, nil, deferThenEdit(&e))
	list := make([]*Interaction, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() { list[k] = srv.SendInteraction(SlashCommand("summarize", StringOption("url", fmt.Sprint(k)))) })
	}
	wg.Wait()
	ctx := ctxT(t, 20*time.Second)
	for k, i := range list {
		msg, err := i.WaitFinal(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(msg.Embeds) != 1 || msg.Embeds[0].Description != fmt.Sprint(k) {
			t.Errorf("interaction %d answered %+v", k, msg.Embeds)
		}
		if cbs := i.Callbacks(); len(cbs) != 1 || !cbs[0].Accepted || cbs[0].Latency > DefaultAckDeadline {
			t.Errorf("interaction %d callbacks = %+v, want one in time", k, cbs)
		}
		if ed := i.Edits(); len(ed) != 1 {
			t.Errorf("interaction %d has %d edits, want 1", k, len(ed))
		}
	}
	if got := e.get(); len(got) > 0 {
		t.Errorf("bot errors: %v", got)
	}
	lat := srv.AckLatencies()
	t.Logf("ack latency over %d: p50 %v p99 %v", len(lat), Percentile(lat, 50), Percentile(lat, 99))
	wantNoViolations(t, srv)
}

func TestInteractionWithResponse(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, []Option{WithoutFinalChecks()})
	i := srv.SendInteraction(SlashCommand("summarize"))
	if err := i.WaitDispatched(ctxT(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	body, err := s.RequestWithBucketID("POST", discordgo.EndpointInteractionResponse(i.ID(), i.Token())+"?with_response=true",
		map[string]any{"type": 4, "data": map[string]any{"content": "hi", "allowed_mentions": map[string]any{"parse": []string{}}}}, "x")
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Interaction struct {
			ID                string `json:"id"`
			ResponseMessageID string `json:"response_message_id"`
		} `json:"interaction"`
		Resource struct {
			Message discordgo.Message `json:"message"`
		} `json:"resource"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		t.Fatal(err)
	}
	if out.Interaction.ID != i.ID() || out.Resource.Message.Content != "hi" || out.Interaction.ResponseMessageID != out.Resource.Message.ID {
		t.Errorf("callback response = %s", body)
	}
}

func TestSendInteractionBeforeReady(t *testing.T) {
	t.Parallel()
	var e errs
	srv := New(t)
	i := srv.SendInteraction(SlashCommand("summarize"))
	s := newSession(t, srv, botIntents, deferThenEdit(&e))
	openSession(t, srv, s)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := i.WaitFinal(ctx); err != nil {
		t.Fatal(err)
	}
	wantNoViolations(t, srv)
}

func TestDMInteraction(t *testing.T) {
	t.Parallel()
	got := make(chan *discordgo.InteractionCreate, 1)
	srv, _ := connect(t, []Option{WithoutFinalChecks()}, func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { got <- ic })
	srv.SendInteraction(InteractionSpec{Type: discordgo.InteractionApplicationCommand, CommandName: "ask", DM: true, Locale: "fr"})
	select {
	case ic := <-got:
		if ic.GuildID != "" || ic.Member != nil || ic.User == nil || ic.User.ID != srv.DefaultUser().ID || ic.ChannelID != srv.DMChannelID() || ic.Locale != discordgo.French {
			t.Errorf("DM interaction = guild %q member %+v user %+v channel %s locale %q", ic.GuildID, ic.Member, ic.User, ic.ChannelID, ic.Locale)
		}
		if ic.Context != discordgo.InteractionContextBotDM {
			t.Errorf("context = %d, want BOT_DM", ic.Context)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no interaction")
	}
}

func TestModalRoundTrip(t *testing.T) {
	t.Parallel()
	answers := make(chan string, 1)
	srv, _ := connect(t, nil, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		switch ic.Type {
		case discordgo.InteractionApplicationCommand:
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseModal,
				Data: &discordgo.InteractionResponseData{CustomID: "ask", Title: "Ask about the article", Components: []discordgo.MessageComponent{
					discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{CustomID: "question", Label: "Question", Style: discordgo.TextInputShort}}},
				}},
			})
		case discordgo.InteractionModalSubmit:
			d := ic.ModalSubmitData()
			row := d.Components[0].(*discordgo.ActionsRow)
			answers <- d.CustomID + ":" + row.Components[0].(*discordgo.TextInput).Value
			_ = s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "answered", AllowedMentions: none()},
			})
		}
	})
	ctx := ctxT(t, 5*time.Second)
	if _, err := srv.SendInteraction(SlashCommand("ask")).WaitFinal(ctx); err != nil {
		t.Fatal(err)
	}
	msg, err := srv.SendInteraction(ModalSubmit("ask", map[string]string{"question": "who signs?"})).WaitFinal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := <-answers; got != "ask:who signs?" || msg.Content != "answered" {
		t.Errorf("modal data %q, reply %q", got, msg.Content)
	}
	wantNoViolations(t, srv)
}
