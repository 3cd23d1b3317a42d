package discordtest

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// parleyCommands is a command table like the bot's.
func parleyCommands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{
		{Name: "summarize", Description: "Brief a negotiation article", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "url", Description: "Article link"},
			{Type: discordgo.ApplicationCommandOptionString, Name: "text", Description: "Article text", MaxLength: 6000},
			{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file", Description: "Article file"},
		}},
		{Name: "ask", Description: "Ask about an article", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question", Required: true},
			{Type: discordgo.ApplicationCommandOptionString, Name: "article", Description: "Which article", Autocomplete: true},
		}},
		{Name: "Summarize", Type: discordgo.MessageApplicationCommand},
	}
}

func TestCommandOverwrite(t *testing.T) {
	t.Parallel()
	got := make(chan *discordgo.InteractionCreate, 1)
	srv, s := connect(t, []Option{WithoutFinalChecks()}, func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { got <- ic })
	created, err := s.ApplicationCommandBulkOverwrite(srv.ApplicationID(), "", parleyCommands())
	if err != nil {
		t.Fatal(err)
	}
	if len(created) != 3 || created[0].ID == "" || created[0].ApplicationID != srv.ApplicationID() || created[2].Type != discordgo.MessageApplicationCommand {
		t.Fatalf("created = %+v", created)
	}
	// Overwriting again keeps the IDs of commands with the same name and type.
	again, err := s.ApplicationCommandBulkOverwrite(srv.ApplicationID(), "", parleyCommands()[:2])
	if err != nil {
		t.Fatal(err)
	}
	if again[0].ID != created[0].ID || len(srv.Commands("")) != 2 {
		t.Errorf("IDs %s -> %s, %d commands; want the ID kept and 2 commands", created[0].ID, again[0].ID, len(srv.Commands("")))
	}
	guild, err := s.ApplicationCommandBulkOverwrite(srv.ApplicationID(), srv.GuildID(), parleyCommands()[2:])
	if err != nil || len(guild) != 1 || guild[0].GuildID != srv.GuildID() {
		t.Fatalf("guild overwrite = %+v, %v", guild, err)
	}
	list, err := s.ApplicationCommands(srv.ApplicationID(), srv.GuildID())
	if err != nil || len(list) != 1 {
		t.Errorf("list guild commands = %+v, %v", list, err)
	}
	// Interactions carry the registered command's ID.
	srv.SendInteraction(SlashCommand("ask", StringOption("question", "who?")))
	select {
	case ic := <-got:
		if id := ic.ApplicationCommandData().ID; id != created[1].ID {
			t.Errorf("command ID %s, want %s", id, created[1].ID)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no interaction")
	}
	wantNoViolations(t, srv)
}

func TestCommandOverwriteRejectsBadCommands(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, []Option{quiet()})
	tests := []struct {
		name string
		app  string
		cmds []*discordgo.ApplicationCommand
		code int
		want string
	}{
		{"uppercase name", srv.ApplicationID(), []*discordgo.ApplicationCommand{{Name: "Ask", Description: "d"}}, codeInvalidFormBody, "0.name"},
		{"long description", srv.ApplicationID(), []*discordgo.ApplicationCommand{{Name: "ask", Description: strings.Repeat("d", 101)}}, codeInvalidFormBody, "0.description"},
		{"duplicate names", srv.ApplicationID(), []*discordgo.ApplicationCommand{{Name: "ask", Description: "d"}, {Name: "ask", Description: "e"}}, codeInvalidFormBody, "unique"},
		{"someone else's application", "42", parleyCommands(), codeMissingAccess, "not the bot's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Violations())
			_, err := s.ApplicationCommandBulkOverwrite(tt.app, "", tt.cmds)
			if code := restCode(err); code != tt.code {
				t.Fatalf("code %d (%v), want %d", code, err, tt.code)
			}
			if v := srv.Violations()[before:]; len(v) != 1 || !strings.Contains(v[0], tt.want) {
				t.Errorf("violations = %q, want one with %q", v, tt.want)
			}
		})
	}
}

func TestCommandCreateAndDelete(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, nil)
	c, err := s.ApplicationCommandCreate(srv.ApplicationID(), srv.GuildID(), parleyCommands()[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ApplicationCommandDelete(srv.ApplicationID(), srv.GuildID(), c.ID); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Commands(srv.GuildID())); n != 0 {
		t.Errorf("%d commands left", n)
	}
	wantNoViolations(t, srv)
}

func TestRESTBasics(t *testing.T) {
	t.Parallel()
	srv, s := connect(t, nil)
	me, err := s.User("@me")
	if err != nil || me.ID != srv.ApplicationID() || !me.Bot {
		t.Errorf("GET /users/@me = %+v, %v", me, err)
	}
	gb, err := s.GatewayBot()
	if err != nil || !strings.HasPrefix(gb.URL, srv.GatewayURL()) || gb.Shards != 1 {
		t.Errorf("GET /gateway/bot = %+v, %v", gb, err)
	}
	app, err := s.Application("@me")
	if err != nil || app.ID != srv.ApplicationID() {
		t.Errorf("GET application = %+v, %v", app, err)
	}
	if err := s.ChannelTyping(srv.ChannelID()); err != nil {
		t.Errorf("typing: %v", err)
	}
	m, err := s.ChannelMessageSendComplex(srv.ChannelID(), &discordgo.MessageSend{Content: "v1", AllowedMentions: none()})
	if err != nil {
		t.Fatal(err)
	}
	edited, err := s.ChannelMessageEditComplex(&discordgo.MessageEdit{Channel: srv.ChannelID(), ID: m.ID, Content: ptr("v2"), AllowedMentions: none()})
	if err != nil || edited.Content != "v2" || edited.EditedTimestamp == nil {
		t.Errorf("edit = %+v, %v", edited, err)
	}
	if err := s.MessageReactionAdd(srv.ChannelID(), m.ID, "👀"); err != nil {
		t.Errorf("reaction: %v", err)
	}
	if err := s.ChannelMessageDelete(srv.ChannelID(), m.ID); err != nil {
		t.Errorf("delete: %v", err)
	}
	if _, ok := srv.Message(m.ID); ok {
		t.Error("deleted message still there")
	}
	wantNoViolations(t, srv)
}
