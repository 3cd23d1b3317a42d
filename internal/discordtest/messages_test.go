package discordtest

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// rows returns n action rows of k buttons each, with unique custom_ids.
func rows(n, k int) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	for r := range n {
		var buttons []discordgo.MessageComponent
		for b := range k {
			buttons = append(buttons, discordgo.Button{Label: "b", CustomID: fmt.Sprintf("r%d-b%d", r, b)})
		}
		out = append(out, discordgo.ActionsRow{Components: buttons})
	}
	return out
}

// fields returns n embed fields.
func fields(n int) []*discordgo.MessageEmbedField {
	out := make([]*discordgo.MessageEmbedField, n)
	for k := range out {
		out[k] = &discordgo.MessageEmbedField{Name: "name", Value: "value"}
	}
	return out
}

func TestChannelMessageLimits(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, []Option{quiet()})
	x := strings.Repeat
	tests := []struct {
		name     string
		msg      discordgo.MessageSend
		wantCode int    // 0: accepted
		wantPath string // in the breach
	}{
		{"content at 2000", discordgo.MessageSend{Content: x("é", 2000)}, 0, ""},
		{"content over 2000", discordgo.MessageSend{Content: x("a", 2001)}, codeInvalidFormBody, "content: Must be 2000 or fewer"},
		{"10 embeds", discordgo.MessageSend{Embeds: make10(func(int) *discordgo.MessageEmbed { return &discordgo.MessageEmbed{Title: "t"} }, 10)}, 0, ""},
		{"11 embeds", discordgo.MessageSend{Embeds: make10(func(int) *discordgo.MessageEmbed { return &discordgo.MessageEmbed{Title: "t"} }, 11)}, codeInvalidFormBody, "embeds: Must be 10 or fewer"},
		{"title over 256", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Title: x("t", 257)}}}, codeInvalidFormBody, "embeds.0.title"},
		{"description at 4096", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Description: x("d", 4096)}}}, 0, ""},
		{"description over 4096", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Description: x("d", 4097)}}}, codeInvalidFormBody, "embeds.0.description"},
		{"25 fields", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Fields: fields(25)}}}, 0, ""},
		{"26 fields", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Fields: fields(26)}}}, codeInvalidFormBody, "embeds.0.fields: Must be 25 or fewer"},
		{"field name over 256", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{{Name: x("n", 257), Value: "v"}}}}}, codeInvalidFormBody, "embeds.0.fields.0.name"},
		{"field value over 1024", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{{Name: "n", Value: x("v", 1025)}}}}}, codeInvalidFormBody, "embeds.0.fields.0.value"},
		{"empty field value", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Fields: []*discordgo.MessageEmbedField{{Name: "n"}}}}}, codeInvalidFormBody, "embeds.0.fields.0.value: This field is required"},
		{"footer over 2048", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Footer: &discordgo.MessageEmbedFooter{Text: x("f", 2049)}}}}, codeInvalidFormBody, "embeds.0.footer.text"},
		{"author name over 256", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Author: &discordgo.MessageEmbedAuthor{Name: x("a", 257)}}}}, codeInvalidFormBody, "embeds.0.author.name"},
		{"6000 characters in all", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Description: x("d", 4000)}, {Description: x("d", 2000)}}}, 0, ""},
		{"6001 characters in all", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{Description: x("d", 4000)}, {Description: x("d", 2000), Title: "t"}}}, codeInvalidFormBody, "Embed size exceeds maximum size of 6000"},
		{"5 rows of 5 buttons", discordgo.MessageSend{Content: "c", Components: rows(5, 5)}, 0, ""},
		{"6 rows", discordgo.MessageSend{Content: "c", Components: rows(6, 1)}, codeInvalidFormBody, "components: Must be 5 or fewer"},
		{"6 buttons in a row", discordgo.MessageSend{Content: "c", Components: rows(1, 6)}, codeInvalidFormBody, "components.0.components: Must be 5 or fewer"},
		{"custom_id over 100", discordgo.MessageSend{Content: "c", Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "b", CustomID: x("c", 101)}}}}}, codeInvalidFormBody, "components.0.components.0.custom_id"},
		{"label over 80", discordgo.MessageSend{Content: "c", Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: x("l", 81), CustomID: "c"}}}}}, codeInvalidFormBody, "components.0.components.0.label"},
		{"duplicate custom_id", discordgo.MessageSend{Content: "c", Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "a", CustomID: "c"}, discordgo.Button{Label: "b", CustomID: "c"}}}}}, codeInvalidFormBody, "duplicated"},
		{"link button", discordgo.MessageSend{Content: "c", Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "source", Style: discordgo.LinkButton, URL: "https://example.com"}}}}}, 0, ""},
		{"empty message", discordgo.MessageSend{}, codeEmptyMessage, "empty message"},
		{"4 stickers", discordgo.MessageSend{Content: "c", StickerIDs: []string{"1", "2", "3", "4"}}, -2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Violations())
			msg := tt.msg
			msg.AllowedMentions = none()
			got, err := s.ChannelMessageSendComplex(srv.ChannelID(), &msg)
			switch {
			case tt.wantCode == -2:
				if err == nil || restCode(err) != -1 {
					t.Errorf("err = %v, want discordgo to refuse before sending", err)
				}
				return
			case tt.wantCode == 0 && err != nil:
				t.Fatalf("err = %v, want accepted; violations %q", err, srv.Violations()[before:])
			case tt.wantCode != 0 && restCode(err) != tt.wantCode:
				t.Fatalf("err = %v, want code %d", err, tt.wantCode)
			}
			after := srv.Violations()[before:]
			if tt.wantCode == 0 {
				if got == nil || got.ID == "" || len(after) > 0 {
					t.Errorf("message %+v, violations %q", got, after)
				}
				return
			}
			if len(after) != 1 || !strings.Contains(after[0], tt.wantPath) {
				t.Errorf("violations = %q, want one mentioning %q", after, tt.wantPath)
			}
		})
	}
}

// make10 builds n embeds.
func make10(f func(int) *discordgo.MessageEmbed, n int) []*discordgo.MessageEmbed {
	out := make([]*discordgo.MessageEmbed, n)
	for k := range out {
		out[k] = f(k)
	}
	return out
}

func TestCallbackLimitsAreUnderData(t *testing.T) {
	t.Parallel()
	var e errs
	srv, _ := connect(t, []Option{quiet(), WithoutFinalChecks()}, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		e.add(s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{{Title: strings.Repeat("t", 300)}}, AllowedMentions: none()},
		}))
	})
	srv.SendInteraction(SlashCommand("summarize"))
	if err := srv.WaitFor(ctxT(t, 5*time.Second), func() bool { return len(e.get()) == 1 }); err != nil {
		t.Fatal(err)
	}
	var re *discordgo.RESTError
	err := e.get()[0]
	if restCode(err) != codeInvalidFormBody || !strings.Contains(err.Error(), `"data":{"embeds":{"0":{"title":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"`) {
		t.Errorf("err = %v (%T), want 50035 with the error under data.embeds.0.title", err, re)
	}
	wantViolation(t, srv, "data.embeds.0.title")
}

func TestAllowedMentions(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, []Option{quiet()})
	role := "123456789012345678"
	tests := []struct {
		name     string
		am       *discordgo.MessageAllowedMentions
		want     string // breach fragment; "" for none
		everyone bool   // the message pings @everyone
		pinged   int    // users pinged
	}{
		{"parse empty list", none(), "", false, 0},
		{"missing", nil, "allowed_mentions is missing", true, 1},
		{"zero struct sends parse null", &discordgo.MessageAllowedMentions{}, "parse is null", false, 0},
		{"parse everyone", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeEveryone}}, `parse is ["everyone"]`, true, 0},
		{"parse users", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeUsers}}, `parse is ["users"]`, false, 1},
		{"roles listed", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, Roles: []string{role}}, "pings roles", false, 0},
		{"one user allowed explicitly", &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, Users: []string{srv.DefaultUser().ID}}, "", false, 1},
	}
	content := "Article: @everyone said <@" + srv.DefaultUser().ID + "> and <@&" + role + "> will sign."
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Violations())
			m, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: content, AllowedMentions: tt.am})
			if err != nil {
				t.Fatalf("send: %v (Discord accepts any allowed_mentions)", err)
			}
			after := srv.Violations()[before:]
			switch {
			case tt.want == "" && len(after) > 0:
				t.Errorf("violations = %q, want none", after)
			case tt.want != "" && (len(after) != 1 || !strings.Contains(after[0], tt.want)):
				t.Errorf("violations = %q, want one with %q", after, tt.want)
			}
			if m.MentionEveryone != tt.everyone || len(m.Mentions) != tt.pinged {
				t.Errorf("mention_everyone = %v, %d users pinged; want %v, %d", m.MentionEveryone, len(m.Mentions), tt.everyone, tt.pinged)
			}
		})
	}
}

func TestThreadFromMessageRepliesAndMentions(t *testing.T) {
	t.Parallel()
	var e errs
	threadCreated := make(chan *discordgo.ThreadCreate, 1)
	userMsgs := make(chan *discordgo.MessageCreate, 10)
	var srv *Server
	srv, _ = connect(t, nil,
		func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
			if err := s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
				e.add(err)
				return
			}
			msg, err := s.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{
				Embeds: &[]*discordgo.MessageEmbed{{Title: "Brief"}}, AllowedMentions: none(),
			})
			if err != nil {
				e.add(err)
				return
			}
			th, err := s.MessageThreadStartComplex(ic.ChannelID, msg.ID, &discordgo.ThreadStart{Name: "Talks: follow-ups", AutoArchiveDuration: 1440})
			if err != nil {
				e.add(err)
				return
			}
			_, err = s.ChannelMessageSendComplex(th.ID, &discordgo.MessageSend{Content: "Ask me about this article.", AllowedMentions: none()})
			e.add(err)
		},
		func(_ *discordgo.Session, tc *discordgo.ThreadCreate) { threadCreated <- tc },
		func(s *discordgo.Session, m *discordgo.MessageCreate) {
			if m.Author.ID == s.State.User.ID {
				return
			}
			userMsgs <- m
			if m.Content == "" {
				return // not addressed to the bot: no content without MESSAGE_CONTENT
			}
			_, err := s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
				Content:         "<@" + m.Author.ID + "> the next round is on Monday.",
				Reference:       m.Reference(),
				AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: true},
			})
			e.add(err)
		},
	)
	ctx := ctxT(t, 10*time.Second)
	i := srv.SendInteraction(SlashCommand("summarize"))
	if err := srv.WaitFor(ctx, func() bool {
		return len(srv.Threads()) == 1 && len(srv.Messages(srv.Threads()[0].ID)) == 1 || len(e.get()) > 0
	}); err != nil {
		t.Fatal(err)
	}
	if got := e.get(); len(got) > 0 {
		t.Fatalf("bot errors: %v", got)
	}
	th := srv.Threads()[0]
	orig := i.Original()
	if th.ID != orig.ID || th.ParentID != srv.ChannelID() || th.Type != discordgo.ChannelTypeGuildPublicThread || th.ThreadMetadata.AutoArchiveDuration != 1440 {
		t.Errorf("thread = %+v, want a public thread with the brief's ID %s under the channel", th, orig.ID)
	}
	if orig.Thread == nil || orig.Thread.ID != th.ID || orig.Flags&discordgo.MessageFlagsHasThread == 0 {
		t.Errorf("starter message thread = %+v flags %d", orig.Thread, orig.Flags)
	}
	select {
	case tc := <-threadCreated:
		if tc.ID != th.ID {
			t.Errorf("THREAD_CREATE for %s, want %s", tc.ID, th.ID)
		}
	case <-time.After(5 * time.Second):
		t.Error("no THREAD_CREATE")
	}

	// A follow-up question in the thread: without a mention the bot sees no
	// content; with one it answers, replying to the question.
	plain := srv.SendMessage(MessageSpec{ChannelID: th.ID, Content: "who said that?"})
	q := srv.SendMessage(MessageSpec{ChannelID: th.ID, Content: srv.BotMention() + " what happens next?"})
	if err := srv.WaitFor(ctx, func() bool { return len(srv.Messages(th.ID)) == 4 || len(e.get()) > 0 }); err != nil {
		t.Fatalf("%v; thread messages %d", err, len(srv.Messages(th.ID)))
	}
	if got := e.get(); len(got) > 0 {
		t.Fatalf("bot errors: %v", got)
	}
	// discordgo runs handlers on their own goroutines: events arrive in any order.
	for range 2 {
		m := <-userMsgs
		if m.ID == plain.ID && m.Content != "" || m.ChannelID != th.ID {
			t.Errorf("message %s reached the bot with content %q in %s", m.ID, m.Content, m.ChannelID)
		}
	}
	msgs := srv.Messages(th.ID)
	reply := msgs[len(msgs)-1]
	if reply.Type != discordgo.MessageTypeReply || reply.MessageReference == nil || reply.MessageReference.MessageID != q.ID {
		t.Errorf("reply = type %d reference %+v, want a reply to %s", reply.Type, reply.MessageReference, q.ID)
	}
	if reply.ReferencedMessage == nil || reply.ReferencedMessage.ID != q.ID {
		t.Errorf("referenced_message = %+v", reply.ReferencedMessage)
	}
	if len(reply.Mentions) != 1 || reply.Mentions[0].ID != srv.DefaultUser().ID || reply.MentionEveryone {
		t.Errorf("reply pings %+v (everyone %v), want only the asker (replied_user)", reply.Mentions, reply.MentionEveryone)
	}
	wantNoViolations(t, srv)
}

func TestThreadRules(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, []Option{quiet()})
	m, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: "brief", AllowedMentions: none()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.MessageThreadStart(srv.ChannelID(), m.ID, "t", 60); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		call func() error
		code int
	}{
		{"second thread on a message", func() error { _, err := s.MessageThreadStart(srv.ChannelID(), m.ID, "t", 60); return err }, codeThreadAlreadyCreated},
		{"unknown message", func() error { _, err := s.MessageThreadStart(srv.ChannelID(), "42", "t", 60); return err }, codeUnknownMessage},
		{"bad archive duration", func() error {
			_, err := s.ThreadStart(srv.ChannelID(), "t", discordgo.ChannelTypeGuildPublicThread, 30)
			return err
		}, codeInvalidFormBody},
		{"name too long", func() error {
			_, err := s.ThreadStart(srv.ChannelID(), strings.Repeat("n", 101), discordgo.ChannelTypeGuildPublicThread, 60)
			return err
		}, codeInvalidFormBody},
		{"unknown channel", func() error { _, err := s.ChannelMessageSend("42", "hi"); return err }, codeUnknownChannel},
		{"thread in a thread", func() error {
			_, err := s.ThreadStart(m.ID, "t", discordgo.ChannelTypeGuildPublicThread, 60)
			return err
		}, codeWrongChannelType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code := restCode(tt.call()); code != tt.code {
				t.Errorf("code %d, want %d", code, tt.code)
			}
		})
	}
	th, err := s.ThreadStart(srv.ChannelID(), "standalone", discordgo.ChannelTypeGuildPublicThread, 60)
	if err != nil || th.ParentID != srv.ChannelID() || th.ID == "" {
		t.Fatalf("ThreadStart = %+v, %v", th, err)
	}
	if got, err := s.Channel(th.ID); err != nil || got.Name != "standalone" {
		t.Errorf("GET channel = %+v, %v", got, err)
	}
}

func TestHistoryHidesContentLikeDiscord(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, nil)
	srv.SeedMessage(MessageSpec{Content: "plain"})
	srv.SeedMessage(MessageSpec{Content: srv.BotMention() + " addressed"})
	if _, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: "mine", AllowedMentions: none()}); err != nil {
		t.Fatal(err)
	}
	got, err := s.ChannelMessages(srv.ChannelID(), 10, "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	var contents []string
	for _, m := range got {
		contents = append(contents, m.Content)
	}
	want := []string{"mine", srv.BotMention() + " addressed", ""}
	if strings.Join(contents, "|") != strings.Join(want, "|") {
		t.Errorf("history (newest first) = %q, want %q", contents, want)
	}
	if one, err := s.ChannelMessages(srv.ChannelID(), 1, "", "", ""); err != nil || len(one) != 1 || one[0].Content != "mine" {
		t.Errorf("limit 1 = %+v, %v", one, err)
	}
}

func TestUnknownRouteIsANote(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, nil)
	_, err := s.GuildBans(srv.GuildID(), 10, "", "")
	var re *discordgo.RESTError
	if code := restCode(err); code != 0 || !asREST(err, &re) || re.Response.StatusCode != http.StatusNotFound {
		t.Errorf("err = %v, want 404 with code 0", err)
	}
	if n := strings.Join(srv.Notes(), "\n"); !strings.Contains(n, "unknown route GET") {
		t.Errorf("notes = %q", n)
	}
	wantNoViolations(t, srv)
}

func TestRateLimitRetried(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		rl   RateLimit
	}{
		{"route limit", RateLimit{Count: 2, RetryAfter: 150 * time.Millisecond, Match: MatchPath("POST", "/messages")}},
		{"global limit", RateLimit{Count: 1, RetryAfter: 200 * time.Millisecond, Global: true}},
		{"shared limit", RateLimit{Count: 1, RetryAfter: 100 * time.Millisecond, Shared: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv, s := connect(t, nil)
			srv.InjectRateLimit(tt.rl)
			start := time.Now()
			m, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: "brief", AllowedMentions: none()})
			if err != nil {
				t.Fatalf("send after 429s: %v", err)
			}
			if took := time.Since(start); took < time.Duration(tt.rl.Count)*tt.rl.RetryAfter {
				t.Errorf("took %v, want discordgo to wait retry_after (%v) per 429", took, tt.rl.RetryAfter)
			}
			var limited, ok int
			for _, r := range srv.Requests() {
				switch {
				case r.RateLimited:
					limited++
				case r.Route == "POST /channels/{channel}/messages" && r.Status == http.StatusOK:
					ok++
				}
			}
			if limited != tt.rl.Count || ok != 1 {
				t.Errorf("%d rate limited, %d accepted; want %d and 1", limited, ok, tt.rl.Count)
			}
			if got := srv.Messages(srv.ChannelID()); len(got) != 1 || got[0].ID != m.ID {
				t.Errorf("channel holds %d messages, want exactly the one sent", len(got))
			}
			wantNoViolations(t, srv)
		})
	}
}

func TestBotTokenChecked(t *testing.T) {
	t.Parallel()
	srv := New(t, quiet(), WithBotToken("secret"))
	s := newSession(t, srv, botIntents)
	s.Token = "Bot wrong"
	if _, err := s.ChannelMessageSend(srv.ChannelID(), "hi"); restCode(err) != 0 {
		t.Errorf("wrong token: %v, want 401", err)
	}
	wantViolation(t, srv, "bot token")
	s.Token = "Bot secret"
	s.Identify.Token = "Bot secret"
	openSession(t, srv, s)
	if _, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: "hi", AllowedMentions: none()}); err != nil {
		t.Errorf("right token: %v", err)
	}
}

// asREST unwraps a discordgo REST error.
func asREST(err error, re **discordgo.RESTError) bool {
	r, ok := err.(*discordgo.RESTError)
	*re = r
	return ok
}

func TestFilesInCallbacksAndMessages(t *testing.T) {
	t.Parallel()
	var e errs
	srv, s := connect(t, nil, func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		e.add(s.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Content: "brief attached", AllowedMentions: none(),
				Files: []*discordgo.File{{Name: "brief.md", ContentType: "text/markdown", Reader: strings.NewReader("# Brief")}},
			},
		}))
	})
	msg, err := srv.SendInteraction(SlashCommand("summarize")).WaitFinal(ctxT(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(msg.Attachments) != 1 || msg.Attachments[0].Filename != "brief.md" || msg.Attachments[0].Size != 7 {
		t.Errorf("callback attachments = %+v", msg.Attachments)
	}
	posted, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{
		AllowedMentions: none(),
		Files:           []*discordgo.File{{Name: "quotes.json", Reader: strings.NewReader("[]")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(posted.Attachments) != 1 || posted.Attachments[0].ContentType != "application/octet-stream" {
		t.Errorf("message attachments = %+v", posted.Attachments)
	}
	var multipart int
	for _, r := range srv.Requests() {
		if len(r.Files) == 1 {
			multipart++
		}
	}
	if multipart != 2 {
		t.Errorf("%d multipart requests recorded, want 2", multipart)
	}
	if got := e.get(); len(got) > 0 {
		t.Errorf("bot errors: %v", got)
	}
	wantNoViolations(t, srv)
}

func TestHistoryPaging(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, nil)
	var ids []string
	for k := range 6 {
		m, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: fmt.Sprint(k), AllowedMentions: none()})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	tests := []struct {
		name                  string
		limit                 int
		before, after, around string
		want                  string // contents, newest first
	}{
		{"all", 0, "", "", "", "5 4 3 2 1 0"},
		{"limit", 2, "", "", "", "5 4"},
		{"before", 2, ids[3], "", "", "2 1"},
		{"after", 2, "", ids[1], "", "3 2"},
		{"around", 3, "", "", ids[2], "3 2 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.ChannelMessages(srv.ChannelID(), tt.limit, tt.before, tt.after, tt.around)
			if err != nil {
				t.Fatal(err)
			}
			var contents []string
			for _, m := range got {
				contents = append(contents, m.Content)
			}
			if strings.Join(contents, " ") != tt.want {
				t.Errorf("got %q, want %q", contents, tt.want)
			}
		})
	}
}
