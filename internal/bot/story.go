package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/llm"
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

// handleTimeline is /timeline story:ID [page]. With the LLM configured
// and allowed in the server, its first page also carries the LLM's "where
// things stand" paragraph: from memory when the story has not changed
// since it was written; otherwise the local timeline is shown at once and
// the paragraph added when it comes and passes the checks. An LLM that
// fails, is slow or writes what the briefs do not hold leaves the local
// timeline as it is, with nothing shown of the failure.
func (b *Bot) handleTimeline(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	if i.GuildID == "" || b.opts.Store == nil {
		return b.say(ctx, i, "Stories are kept per server: use /timeline in a server where Parley keeps briefs.")
	}
	id := intOption(data.Options, "story", 0)
	tr := b.tracker()
	d, ms, err := tr.Timeline(ctx, i.GuildID, id)
	if errors.Is(err, store.ErrNotFound) {
		return b.say(ctx, i, fmt.Sprintf("This server has no story %d: see /story list.", id))
	}
	if err != nil {
		return err
	}
	w, useLLM := b.storyWriter(ctx, i.GuildID)
	room := 0
	if useLLM {
		room = paragraphRoom // kept on every page, so that pages do not move
	}
	embed, page := renderTimeline(i.GuildID, d, ms, int(intOption(data.Options, "page", 1)), room)
	if !useLLM || page != 1 {
		return b.showTimeline(ctx, i, embed, nil)
	}
	key := i.GuildID + "/" + d.Revision()
	para, ask := b.paragraphs.lookup(key, b.opts.Now())
	if err := b.showTimeline(ctx, i, embed, para); err != nil || !ask {
		if ask {
			b.paragraphs.settle(key, nil, nil, b.opts.Now())
		}
		return err
	}
	shown := time.Now()
	para = b.writeParagraph(ctx, w, tr, i, d, key)
	if para == nil {
		return nil // the local timeline stands
	}
	// The bot edits a message at most once a second.
	if wait := time.Second - time.Since(shown); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
	return b.showTimeline(ctx, i, embed, para)
}

// showTimeline replaces the deferred response with a page of the
// timeline, under the LLM's paragraph when there is one.
func (b *Bot) showTimeline(ctx context.Context, i *discordgo.Interaction, timeline *discordgo.MessageEmbed, para *llm.StoryParagraph) error {
	embeds := []*discordgo.MessageEmbed{timeline}
	if para != nil {
		embeds = []*discordgo.MessageEmbed{renderParagraph(*para), timeline}
	}
	_, err := b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Embeds: &embeds})
	return err
}

// storyWriter returns the LLM that writes stories' paragraphs, when one is
// configured and the server allows the LLM.
func (b *Bot) storyWriter(ctx context.Context, guild string) (storyWriter, bool) {
	if b.opts.Pipeline == nil || b.opts.Pipeline.LLM == nil {
		return nil, false
	}
	w, ok := b.opts.Pipeline.LLM.(storyWriter)
	if !ok || !b.llmAllowed(ctx, guild) {
		return nil, false
	}
	return w, true
}

// writeParagraph asks the LLM for a story's paragraph and keeps the
// outcome under key; nil when there is none to show. Failures are logged
// and counted, never shown.
func (b *Bot) writeParagraph(ctx context.Context, w storyWriter, tr *track.Tracker, i *discordgo.Interaction, d track.Detail, key string) (para *llm.StoryParagraph) {
	var err error
	defer func() {
		b.paragraphs.settle(key, para, err, b.opts.Now())
		if err != nil {
			b.log.Info("story: no LLM paragraph; the local timeline stands", "story", d.ID, "err", err)
		}
	}()
	srcs, err := tr.Sources(ctx, d, llm.StoryBriefs)
	if err != nil {
		return nil
	}
	req := llm.StoryRequest{Name: d.Name, GuildID: i.GuildID, UserID: userID(i)}
	for _, s := range srcs {
		req.Briefs = append(req.Briefs, llm.StoryBrief{Title: s.Title, Date: s.Date, Brief: s.Brief})
	}
	p, err := w.Story(ctx, req)
	b.opts.Pipeline.ObserveLLM("story", err)
	if err != nil {
		return nil
	}
	return &p
}

// renderParagraph is the LLM's "where things stand", marked as the LLM's.
func renderParagraph(p llm.StoryParagraph) *discordgo.MessageEmbed {
	model := p.Model
	if model == "" {
		model = "unnamed model"
	}
	footer := truncate(fmt.Sprintf("Written by the LLM (%s) from the story's latest %d brief%s and checked against them · the timeline below is Parley's own",
		model, p.Briefs, plural(p.Briefs)), 300)
	const title = "Where things stand"
	desc := truncate(esc(llm.StripMentions(p.Text)), paragraphRoom-runes(title)-runes(footer))
	return &discordgo.MessageEmbed{Title: title, Description: desc, Color: paragraphColor, Footer: &discordgo.MessageEmbedFooter{Text: footer}}
}

// storyWriter writes a story's "where things stand"; internal/llm's
// Client is one.
type storyWriter interface {
	Story(ctx context.Context, req llm.StoryRequest) (llm.StoryParagraph, error)
}

// The LLM's paragraph in /timeline.
const (
	// paragraphRoom is what its embed may take of a message's 6000
	// characters; the timeline's pages are smaller by as much.
	paragraphRoom = 1700
	// paragraphColor sets it apart from Parley's own embeds.
	paragraphColor = 0x8E6CC4
	// paragraphRetry is how long after a failed call (a timeout, an error)
	// the LLM is not asked again for the same story; a paragraph that did
	// not verify is not asked again until the story changes.
	paragraphRetry = 2 * time.Minute
	// paragraphsKept bounds the paragraphs kept in memory.
	paragraphsKept = 2000
)

// paragraphCache keeps the LLM's paragraphs per server and story
// revision, so that an unchanged story never costs a second call. Its
// zero value is ready; it is safe for concurrent use.
type paragraphCache struct {
	mu sync.Mutex
	m  map[string]paragraphEntry
}

// paragraphEntry is what is known of one story revision's paragraph.
type paragraphEntry struct {
	para    *llm.StoryParagraph
	pending bool      // a call is under way
	retry   time.Time // failed: not asked again before (zero: until the story changes)
	failed  bool
	at      time.Time
}

// lookup returns the paragraph kept under key, or nil; ask is true when
// the caller is to ask the LLM for it (and then to settle it), false when
// a paragraph is kept, another call is under way, or one failed lately.
func (c *paragraphCache) lookup(key string, now time.Time) (para *llm.StoryParagraph, ask bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	switch {
	case ok && e.para != nil:
		return e.para, false
	case ok && e.pending:
		return nil, false
	case ok && e.failed && (e.retry.IsZero() || now.Before(e.retry)):
		return nil, false
	}
	if c.m == nil {
		c.m = map[string]paragraphEntry{}
	}
	if len(c.m) >= paragraphsKept {
		c.evict()
	}
	c.m[key] = paragraphEntry{pending: true, at: now}
	return nil, true
}

// settle records the outcome of a call lookup asked for. A paragraph
// that did not verify, or was malformed, is not asked for again until the
// story changes; other failures after paragraphRetry; a call cut short
// (para and err nil) at the next lookup.
func (c *paragraphCache) settle(key string, para *llm.StoryParagraph, err error, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		return
	}
	switch {
	case para != nil:
		c.m[key] = paragraphEntry{para: para, at: now}
	case err == nil:
		delete(c.m, key)
	case errors.Is(err, llm.ErrUnverified), errors.Is(err, llm.ErrMalformed):
		c.m[key] = paragraphEntry{failed: true, at: now}
	default:
		c.m[key] = paragraphEntry{failed: true, retry: now.Add(paragraphRetry), at: now}
	}
}

// evict drops the older half of the entries that are not pending.
func (c *paragraphCache) evict() {
	var ats []time.Time
	for _, e := range c.m {
		if !e.pending {
			ats = append(ats, e.at)
		}
	}
	if len(ats) == 0 {
		return
	}
	slices.SortFunc(ats, func(a, b time.Time) int { return a.Compare(b) })
	cutoff := ats[len(ats)/2]
	for k, e := range c.m {
		if !e.pending && !e.at.After(cutoff) {
			delete(c.m, k)
		}
	}
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
	return paginateIn(lines, p, storyPageRunes)
}

// paginateIn is paginate with pages of at most size runes.
func paginateIn(lines []string, p, size int) ([]string, int, int) {
	var pages [][]string
	var cur []string
	used := 0
	for _, l := range lines {
		l = truncate(l, size)
		if used+runes(l)+1 > size && len(cur) > 0 {
			pages = append(pages, cur)
			cur, used = nil, 0
		}
		cur = append(cur, l)
		used += runes(l) + 1
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

// renderTimeline is a page of /timeline, and the page it is (p clamped).
// Other embeds of the message take up to used of its characters: the
// pages are as much smaller.
func renderTimeline(guild string, d track.Detail, ms []story.Moment, p, used int) (*discordgo.MessageEmbed, int) {
	links := map[int64]string{}
	for _, m := range d.Members {
		links[m.ArticleID] = briefLink(guild, m)
	}
	eb := newEmbed(truncate("Timeline: "+esc(d.Name), maxTitle), "")
	eb.total += used
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
	page, p, n := paginateIn(lines, p, storyPageRunes-used)
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
	return eb.e, p
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
	// Two briefs posted at once would each miss the other's story and
	// start two: this instance joins one brief at a time per server.
	unlock := b.joins.lock(i.GuildID)
	j, err := tr.Join(ctx, track.Brief{GuildID: i.GuildID, ArticleID: res.ArticleID, Engine: br.Summary.Engine, Title: headline(br), URL: sourceURL(br), Brief: br, At: b.opts.Now()})
	if err != nil {
		unlock()
		b.log.Warn("story: join the brief to a story", "err", err)
		return
	}
	err = b.opts.Store.SetStoryBriefMessage(ctx, i.GuildID, res.ArticleID, i.ChannelID, msg.ID)
	unlock()
	if err != nil {
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
