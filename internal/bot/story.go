package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

// Story command names.
const (
	cmdStory    = "story"
	cmdTimeline = "timeline"
)

// Lines of a story page: Discord allows 4096 characters in a description;
// a page keeps well within it.
const (
	storyPageRunes   = 3800
	storiesPerPage   = 10
	maxChangeLine    = 400
	maxStoriesListed = 250
)

// storyCommands are /story (list, merge, split) and /timeline.
func storyCommands() []*discordgo.ApplicationCommand {
	dm := false
	one := 1.0
	return []*discordgo.ApplicationCommand{
		{
			Name:         cmdStory,
			Description:  "The negotiations this server follows: each a story of briefs",
			DMPermission: &dm,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "list", Description: "The server's stories, the latest first",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionInteger, Name: "page", Description: "Which page", MinValue: &one},
					}},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "merge", Description: "Merge one story into another (server managers)",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionInteger, Name: "from", Description: "The story that goes (its number in /story list)", Required: true, MinValue: &one},
						{Type: discordgo.ApplicationCommandOptionInteger, Name: "into", Description: "The story that stays", Required: true, MinValue: &one},
					}},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "split", Description: "Move briefs out of a story into a new one (server managers)",
					Options: []*discordgo.ApplicationCommandOption{
						{Type: discordgo.ApplicationCommandOptionInteger, Name: "story", Description: "The story to split", Required: true, MinValue: &one},
						{Type: discordgo.ApplicationCommandOptionString, Name: "briefs", Description: "Article numbers to move (from /timeline), e.g. 12 15", Required: true, MaxLength: 200},
					}},
			},
		},
		{
			Name:         cmdTimeline,
			Description:  "A story's meetings, proposals, rejections, deals and deadlines, dated",
			DMPermission: &dm,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "story", Description: "The story's number in /story list", Required: true, MinValue: &one},
				{Type: discordgo.ApplicationCommandOptionInteger, Name: "page", Description: "Which page", MinValue: &one},
			},
		},
	}
}

// tracker is the bot's story tracker over its store.
func (b *Bot) tracker() *track.Tracker {
	return &track.Tracker{Stories: b.opts.Store, Load: func(ctx context.Context, id int64, engine string) (*summarize.Brief, error) {
		_, br, err := b.opts.Pipeline.Load(ctx, id, engine)
		return br, err
	}}
}

// say replaces the deferred response with a plain line.
func (b *Bot) say(ctx context.Context, i *discordgo.Interaction, msg string) error {
	msg = truncate(msg, maxContent)
	_, err := b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Content: &msg, Embeds: &[]*discordgo.MessageEmbed{}})
	return err
}

// handleStory is /story list|merge|split.
func (b *Bot) handleStory(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	if i.GuildID == "" || b.opts.Store == nil {
		return b.say(ctx, i, "Stories are kept per server: use /story in a server where Parley keeps briefs.")
	}
	if len(data.Options) == 0 {
		return fmt.Errorf("story: no subcommand")
	}
	sub := data.Options[0]
	tr := b.tracker()
	switch sub.Name {
	case "list":
		ss, err := tr.List(ctx, i.GuildID, maxStoriesListed)
		if err != nil {
			return err
		}
		embed := renderStoryList(ss, int(intOption(sub.Options, "page", 1)))
		_, err = b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Embeds: &[]*discordgo.MessageEmbed{embed}})
		return err
	case "merge", "split":
		if i.Member == nil || i.Member.Permissions&discordgo.PermissionManageGuild == 0 {
			return b.say(ctx, i, "Only server managers (Manage Server) can merge or split stories.")
		}
	}
	switch sub.Name {
	case "merge":
		from, into := intOption(sub.Options, "from", 0), intOption(sub.Options, "into", 0)
		if from == into {
			return b.say(ctx, i, "Pick two different stories to merge.")
		}
		s, err := tr.Merge(ctx, i.GuildID, into, from)
		if errors.Is(err, store.ErrNotFound) {
			return b.say(ctx, i, fmt.Sprintf("This server has no story %d or %d: see /story list.", from, into))
		}
		if err != nil {
			return err
		}
		return b.say(ctx, i, fmt.Sprintf("Merged story %d into story %d, %s (%d briefs).", from, s.ID, esc(s.Name), s.Briefs))
	case "split":
		id := intOption(sub.Options, "story", 0)
		var arts []int64
		for _, f := range strings.FieldsFunc(stringOption(sub.Options, "briefs"), func(r rune) bool { return r == ' ' || r == ',' }) {
			var n int64
			if _, err := fmt.Sscan(f, &n); err != nil || n <= 0 {
				return b.say(ctx, i, fmt.Sprintf("%q is not an article number: give the numbers /timeline shows, e.g. `12 15`.", truncate(f, 40)))
			}
			arts = append(arts, n)
		}
		s, err := tr.Split(ctx, i.GuildID, id, arts)
		switch {
		case errors.Is(err, store.ErrNotFound):
			return b.say(ctx, i, fmt.Sprintf("Story %d has no such briefs here: see /timeline story:%d.", id, id))
		case errors.Is(err, store.ErrInvalid):
			return b.say(ctx, i, "Name some of the story's briefs, not all of them.")
		case err != nil:
			return err
		}
		return b.say(ctx, i, fmt.Sprintf("Moved %d briefs out of story %d into a new story %d, %s.", len(arts), id, s.ID, esc(s.Name)))
	}
	return fmt.Errorf("story: unknown subcommand %q", sub.Name)
}

// handleTimeline is /timeline story:ID [page].
func (b *Bot) handleTimeline(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	if i.GuildID == "" || b.opts.Store == nil {
		return b.say(ctx, i, "Stories are kept per server: use /timeline in a server where Parley keeps briefs.")
	}
	id := intOption(data.Options, "story", 0)
	d, ms, err := b.tracker().Timeline(ctx, i.GuildID, id)
	if errors.Is(err, store.ErrNotFound) {
		return b.say(ctx, i, fmt.Sprintf("This server has no story %d: see /story list.", id))
	}
	if err != nil {
		return err
	}
	embed := renderTimeline(i.GuildID, d, ms, int(intOption(data.Options, "page", 1)))
	_, err = b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Embeds: &[]*discordgo.MessageEmbed{embed}})
	return err
}

// intOption returns an integer option's value (def when absent).
func intOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string, def int64) int64 {
	for _, o := range opts {
		if o.Name == name {
			switch v := o.Value.(type) {
			case float64:
				return int64(v)
			case int64:
				return v
			case int:
				return int64(v)
			}
		}
	}
	return def
}

// paginate splits lines into pages of at most storyPageRunes, and returns
// page p (1-based, clamped) and how many there are.
func paginate(lines []string, p int) ([]string, int, int) {
	var pages [][]string
	var cur []string
	size := 0
	for _, l := range lines {
		l = truncate(l, storyPageRunes)
		if size+runes(l)+1 > storyPageRunes && len(cur) > 0 {
			pages = append(pages, cur)
			cur, size = nil, 0
		}
		cur = append(cur, l)
		size += runes(l) + 1
	}
	if len(cur) > 0 {
		pages = append(pages, cur)
	}
	if len(pages) == 0 {
		return nil, 1, 1
	}
	p = min(max(p, 1), len(pages))
	return pages[p-1], p, len(pages)
}

// renderStoryList is a page of /story list.
func renderStoryList(ss []track.Summary, p int) *discordgo.MessageEmbed {
	eb := newEmbed("Stories followed here", "")
	if len(ss) == 0 {
		eb.description("No stories yet: every brief made here with /summarize joins a story, or starts one.", 0)
		return eb.e
	}
	var lines []string
	for idx, s := range ss {
		line := fmt.Sprintf("**%d** · %s\n%s · %d brief%s · updated <t:%d:R>", s.ID, esc(truncate(s.Name, 200)),
			esc(truncate(strings.Join(s.Parties, ", "), 300)), s.Briefs, plural(s.Briefs), s.Updated.Unix())
		lines = append(lines, line)
		if (idx+1)%storiesPerPage == 0 && idx+1 < len(ss) {
			lines = append(lines, "\x00") // page break
		}
	}
	pages := splitAt(lines)
	p = min(max(p, 1), len(pages))
	page, _, _ := paginate(pages[p-1], 1)
	footer := "/timeline story:N shows a story's events"
	if len(pages) > 1 {
		footer = fmt.Sprintf("Page %d of %d (page option) · ", p, len(pages)) + footer
	}
	eb.description(strings.Join(page, "\n\n"), runes(footer))
	eb.footer(footer)
	return eb.e
}

// splitAt cuts lines at the "\x00" page breaks.
func splitAt(lines []string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range lines {
		if l == "\x00" {
			out = append(out, cur)
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	return append(out, cur)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// briefLink is a link to where a story's brief can be read: its Discord
// message when it was posted here, else the article.
func briefLink(guild string, m track.Member) string {
	if m.ChannelID != "" && m.MessageID != "" && guild != "" {
		return "https://discord.com/channels/" + guild + "/" + m.ChannelID + "/" + m.MessageID
	}
	return m.URL
}

// linked is a Markdown link, or the text alone without a URL.
func linked(text, url string) string {
	text = esc(text)
	if url == "" || !strings.HasPrefix(url, "http") {
		return text
	}
	return "[" + strings.NewReplacer("[", "(", "]", ")").Replace(text) + "](" + strings.ReplaceAll(url, ")", "%29") + ")"
}

// renderTimeline is a page of /timeline.
func renderTimeline(guild string, d track.Detail, ms []story.Moment, p int) *discordgo.MessageEmbed {
	links := map[int64]string{}
	for _, m := range d.Members {
		links[m.ArticleID] = briefLink(guild, m)
	}
	eb := newEmbed(truncate("Timeline: "+esc(d.Name), maxTitle), "")
	var lines []string
	for _, m := range ms {
		when := m.Day
		if m.When != "" {
			when += " (" + esc(truncate(m.When, 60)) + ")"
		}
		state := ""
		if m.Due {
			state = ", due"
		}
		line := fmt.Sprintf("**%s** · %s%s · %s — %s", when, m.Kind, state, esc(truncate(m.Text, maxChangeLine)),
			linked(fmt.Sprintf("#%d %s", m.Brief.ArticleID, truncate(m.Brief.Title, 80)), links[m.Brief.ArticleID]))
		if len(m.Also) > 0 {
			line += fmt.Sprintf(" (+%d later brief%s)", len(m.Also), plural(len(m.Also)))
		}
		lines = append(lines, line)
	}
	var briefs []string
	for _, m := range d.Members {
		briefs = append(briefs, "• "+linked(fmt.Sprintf("#%d %s", m.ArticleID, truncate(m.Title, 100)), links[m.ArticleID]))
	}
	page, p, n := paginate(lines, p)
	footer := fmt.Sprintf("Story %d · %d brief%s", d.ID, len(d.Members), plural(len(d.Members)))
	if n > 1 {
		footer += fmt.Sprintf(" · page %d of %d (page option)", p, n)
	}
	if len(page) == 0 {
		page = []string{"No dated events yet: meetings, proposals, rejections, deals and deadlines appear here as briefs report them."}
	}
	eb.description(strings.Join(page, "\n"), runes(footer)+1100)
	eb.field("Briefs", briefs, false, runes(footer))
	eb.footer(footer)
	return eb.e
}

// followStory joins a posted brief to the server's stories and, when it
// joined a story that had briefs, posts what is new since the last one.
// Stories are a server's memory: private briefs and DMs join none. It
// never fails the brief: problems are logged.
func (b *Bot) followStory(ctx context.Context, i *discordgo.Interaction, res *pipeline.Result, msg *discordgo.Message) {
	if i.GuildID == "" || b.opts.Store == nil || res.ArticleID == 0 || res.NotSaved != nil || msg == nil {
		return
	}
	if i.Type == discordgo.InteractionApplicationCommand {
		if d := i.ApplicationCommandData(); d.Name == cmdSummarize && boolOption(d.Options, "private") {
			return
		}
	}
	br := res.Brief
	tr := b.tracker()
	j, err := tr.Join(ctx, track.Brief{GuildID: i.GuildID, ArticleID: res.ArticleID, Engine: br.Summary.Engine, Title: headline(br), URL: sourceURL(br), Brief: br, At: b.opts.Now()})
	if err != nil {
		b.log.Warn("story: join the brief to a story", "err", err)
		return
	}
	if err := b.opts.Store.SetStoryBriefMessage(ctx, i.GuildID, res.ArticleID, i.ChannelID, msg.ID); err != nil {
		b.log.Warn("story: record the brief's message", "err", err)
	}
	if !j.Joined {
		return
	}
	links := map[int64]string{}
	if d, err := tr.Show(ctx, i.GuildID, j.Story.ID); err == nil {
		for _, m := range d.Members {
			links[m.ArticleID] = briefLink(i.GuildID, m)
		}
	}
	embed := renderSince(j, links)
	if _, err := b.resp.followup(ctx, i, &discordgo.WebhookParams{Embeds: []*discordgo.MessageEmbed{embed}}); err != nil {
		b.log.Warn("story: post what is new since the last brief", "err", err)
	}
}

// renderSince is the "Since the last brief" section of a brief that joined
// a story: every change with the new article's sentence and a link to the
// earlier brief it was compared with.
func renderSince(j track.Result, links map[int64]string) *discordgo.MessageEmbed {
	eb := newEmbed(truncate("Since the last brief · "+esc(j.Story.Name), maxTitle), "")
	var lines []string
	for _, c := range j.Changes {
		text := esc(truncate(c.Text, maxChangeLine))
		if c.Kind == story.KindQuote {
			text = "“" + text + "”"
		}
		line := "**" + story.Label(c) + "**: " + text
		if c.Party != "" && c.Kind != story.KindParty {
			line += " — " + esc(truncate(c.Party, 100))
		}
		if c.Before != "" {
			line += " (before: " + esc(truncate(c.Before, 200)) + ")"
		}
		line += fmt.Sprintf(" · sentence %d", c.Sentence)
		if c.Earlier.ArticleID != 0 {
			line += " · vs " + linked(truncate(c.Earlier.Title, 80), links[c.Earlier.ArticleID])
		}
		lines = append(lines, line)
	}
	footer := fmt.Sprintf("Story %d · %d briefs · /timeline story:%d", j.Story.ID, j.Story.Briefs, j.Story.ID)
	if len(lines) == 0 {
		eb.description("Nothing new: the earlier briefs of this story already said all of it.", runes(footer))
		eb.footer(footer)
		return eb.e
	}
	page, _, n := paginate(lines, 1)
	desc := strings.Join(page, "\n")
	if n > 1 {
		desc += fmt.Sprintf("\n… and %d more: `bot story show %d` or /timeline.", len(lines)-len(page), j.Story.ID)
	}
	eb.description(desc, runes(footer))
	eb.footer(footer)
	return eb.e
}
