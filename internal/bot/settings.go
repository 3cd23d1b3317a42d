package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/store"
)

// settingsCommand is /settings, for server managers only.
func settingsCommand() *discordgo.ApplicationCommand {
	perm := int64(discordgo.PermissionManageGuild)
	dm := false
	min0 := 0.0
	return &discordgo.ApplicationCommand{
		Name:                     cmdSettings,
		Description:              "Parley's settings for this server (managers only); no options shows them",
		DefaultMemberPermissions: &perm,
		DMPermission:             &dm,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionBoolean, Name: "llm", Description: "Allow the LLM in this server"},
			{Type: discordgo.ApplicationCommandOptionString, Name: "model", Description: "LLM model for this server (empty: the default)", MaxLength: 200},
			{Type: discordgo.ApplicationCommandOptionString, Name: "channels", Description: "Channels Parley answers in: channel mentions, or \"all\""},
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "cooldown", Description: "Seconds between two briefs of one user", MinValue: &min0, MaxValue: 3600},
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "daily_tokens", Description: "LLM tokens the server may use a day (0: no limit)", MinValue: &min0},
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "user_daily_tokens", Description: "LLM tokens one user may use a day (0: no limit)", MinValue: &min0},
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "retention_days", Description: "Forget this server's threads and questions after so many days (0: the default)", MinValue: &min0, MaxValue: 3650},
		},
	}
}

var channelRE = regexp.MustCompile(`\d{5,}`)

// handleSettings shows or changes the server's settings.
func (b *Bot) handleSettings(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	if i.GuildID == "" || b.opts.Store == nil {
		return errNoArticle
	}
	if i.Member == nil || i.Member.Permissions&discordgo.PermissionManageGuild == 0 {
		return errNotManager
	}
	s, err := b.opts.Store.GuildSettings(ctx, i.GuildID)
	if err != nil {
		return err
	}
	changed := false
	for _, o := range data.Options {
		changed = true
		switch o.Name {
		case "llm":
			s.LLMEnabled = o.BoolValue()
		case "model":
			s.Model = strings.TrimSpace(o.StringValue())
		case "channels":
			v := strings.TrimSpace(o.StringValue())
			if strings.EqualFold(v, "all") || v == "" {
				s.Channels = nil
			} else {
				s.Channels = channelRE.FindAllString(v, -1)
			}
		case "cooldown":
			s.CooldownSeconds = int(o.IntValue())
		case "daily_tokens":
			s.DailyLLMTokens = int(o.IntValue())
		case "user_daily_tokens":
			s.UserDailyLLMTokens = int(o.IntValue())
		case "retention_days":
			s.RetentionDays = int(o.IntValue())
		}
	}
	if changed {
		if err := b.opts.Store.PutGuildSettings(ctx, i.GuildID, s); err != nil {
			return err
		}
		b.forgetSettings(i.GuildID)
	}
	content := settingsText(s, b.opts.LLMConfigured, changed)
	_, err = b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Content: &content})
	return err
}

// settingsText shows settings to a manager.
func settingsText(s store.Settings, llmConfigured, changed bool) string {
	var b strings.Builder
	if changed {
		b.WriteString("Settings saved.\n")
	}
	llm := "off"
	if s.LLMEnabled {
		llm = "on"
	}
	if !llmConfigured {
		llm += " (no LLM is configured for this bot, so briefs are local)"
	}
	model := s.Model
	if model == "" {
		model = "default"
	}
	channels := "all"
	if len(s.Channels) > 0 {
		var cs []string
		for _, c := range s.Channels {
			cs = append(cs, "<#"+c+">")
		}
		channels = strings.Join(cs, " ")
	}
	limit := func(n int) string {
		if n == 0 {
			return "no limit"
		}
		return fmt.Sprintf("%d tokens", n)
	}
	retention := "the default"
	if s.RetentionDays > 0 {
		retention = fmt.Sprintf("%d days", s.RetentionDays)
	}
	fmt.Fprintf(&b, "**LLM**: %s · **model**: %s\n**Channels**: %s\n**Cooldown**: %d s\n**Daily LLM budget**: %s for the server, %s a user\n**Retention**: %s",
		llm, model, channels, s.CooldownSeconds, limit(s.DailyLLMTokens), limit(s.UserDailyLLMTokens), retention)
	return b.String()
}
