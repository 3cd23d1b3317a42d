package bot

import (
	"context"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// handleSummarize is /summarize url|text|file [length] [llm] [private].
func (b *Bot) handleSummarize(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	opts := data.Options
	var in pipeline.Input
	n := 0
	if u := stringOption(opts, "url"); u != "" {
		in.URL = strings.TrimSpace(u)
		n++
	}
	if id := stringOption(opts, "file"); id != "" {
		att := data.Resolved.Attachments[id]
		if att == nil {
			return errNotInMessage
		}
		body, err := b.downloadAttachment(ctx, att)
		if err != nil {
			return err
		}
		in.File, in.FileName, in.ContentType = body, att.Filename, att.ContentType
		n++
	}
	if t := stringOption(opts, "text"); strings.TrimSpace(t) != "" {
		in.Text = t
		n++
	}
	if n == 0 {
		return pipeline.ErrNoInput
	}
	if n > 1 {
		return errTwoInputs
	}
	length, _ := summarize.ParseLength(stringOption(opts, "length"))
	useLLM := boolOption(opts, "llm")
	return b.briefAndShow(ctx, i, in, length, useLLM)
}

// urlRE finds links in a message.
var urlRE = regexp.MustCompile(`https?://[^\s<>()"'\x60]+`)

// minMessageWords is the least a message must hold to be summarized as text.
const minMessageWords = 30

// handleMessageSummarize is the "Summarize" message command: a link in the
// message, else an attached article, else the message's own text.
func (b *Bot) handleMessageSummarize(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	var target *discordgo.Message
	if data.Resolved != nil {
		target = data.Resolved.Messages[data.TargetID]
	}
	if target == nil {
		return errNotInMessage
	}
	var in pipeline.Input
	switch {
	case urlRE.MatchString(target.Content):
		in.URL = strings.TrimRight(urlRE.FindString(target.Content), ".,;:!?")
	case readableAttachment(target.Attachments) != nil:
		att := readableAttachment(target.Attachments)
		body, err := b.downloadAttachment(ctx, att)
		if err != nil {
			return err
		}
		in.File, in.FileName, in.ContentType = body, att.Filename, att.ContentType
	case len(strings.Fields(target.Content)) >= minMessageWords:
		in.Text = target.Content
	default:
		return errNotInMessage
	}
	return b.briefAndShow(ctx, i, in, summarize.Standard, false)
}

// readableAttachment returns the first attachment Parley can read.
func readableAttachment(atts []*discordgo.MessageAttachment) *discordgo.MessageAttachment {
	for _, a := range atts {
		switch strings.ToLower(path.Ext(a.Filename)) {
		case ".txt", ".md", ".markdown", ".html", ".htm", ".text":
			return a
		}
		if strings.HasPrefix(a.ContentType, "text/") {
			return a
		}
	}
	return nil
}

// downloadAttachment reads an attachment within the size limit.
func (b *Bot) downloadAttachment(ctx context.Context, att *discordgo.MessageAttachment) ([]byte, error) {
	if int64(att.Size) > b.opts.MaxFileBytes {
		return nil, errFileTooLarge
	}
	body, err := download(ctx, b.opts.AttachmentClient, att.URL, b.opts.MaxFileBytes)
	if errors.Is(err, errTooLarge) {
		return nil, errFileTooLarge
	}
	return body, err
}

// briefAndShow makes the brief of an input, edits the deferred response to
// show it with its buttons, and remembers which message shows which article.
func (b *Bot) briefAndShow(ctx context.Context, i *discordgo.Interaction, in pipeline.Input, length summarize.Length, useLLM bool) error {
	guild, user := i.GuildID, userID(i)
	if useLLM {
		useLLM = b.llmAllowed(ctx, guild)
	}
	res, err := b.opts.Pipeline.Brief(ctx, in, pipeline.Options{Length: length, UseLLM: useLLM, GuildID: guild, UserID: user})
	if err != nil {
		return err
	}
	br := res.Brief
	embed := renderBrief(br, page{kind: 'o'})
	edit := &discordgo.WebhookEdit{Embeds: &[]*discordgo.MessageEmbed{embed}}
	if res.ArticleID != 0 {
		comps := briefButtons(br, res.ArticleID, br.Summary.Engine, page{kind: 'o'}, false)
		edit.Components = &comps
	}
	msg, err := b.resp.editOriginal(ctx, i, edit)
	if err != nil {
		return err
	}
	if res.ArticleID != 0 && b.opts.Store != nil && msg != nil {
		if err := b.opts.Store.Bind(ctx, store.Binding{GuildID: guild, ChannelID: i.ChannelID, MessageID: msg.ID, ArticleID: res.ArticleID, UserID: user}); err != nil {
			b.log.Warn("store: bind the brief's message", "err", err)
		}
	}
	b.followStory(ctx, i, res, msg)
	return nil
}

// llmAllowed reports whether the LLM may be used in a guild.
func (b *Bot) llmAllowed(ctx context.Context, guild string) bool {
	if !b.opts.LLMConfigured {
		return false
	}
	if b.opts.Store == nil || guild == "" {
		return true
	}
	s, ok := b.guildSettings(ctx, guild)
	return ok && s.LLMEnabled
}

// handleButton handles the brief's buttons: pages, quotes, ask in thread.
func (b *Bot) handleButton(ctx context.Context, i *discordgo.Interaction, data discordgo.MessageComponentInteractionData) error {
	action, articleID, engine, p, ok := parseCustomID(data.CustomID)
	if !ok {
		return fmt.Errorf("unknown button %q", data.CustomID)
	}
	_, br, err := b.opts.Pipeline.Load(ctx, articleID, engine)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return errNoArticle
		}
		return err
	}
	switch action {
	case actPage, actQuotes:
		inThread := i.Message != nil && i.Message.Thread != nil
		embed := renderBrief(br, p)
		comps := briefButtons(br, articleID, engine, p, inThread)
		_, err := b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Embeds: &[]*discordgo.MessageEmbed{embed}, Components: &comps})
		return err
	case actThread:
		return b.startAskThread(ctx, i, articleID, br)
	}
	return fmt.Errorf("unknown button action %q", action)
}

// threadInvite is the bot's first message in a brief's thread.
const threadInvite = "Ask me anything about this article: mention me or reply to one of my messages here, or use `/ask`. Answers quote the article and cite its sentence numbers."

// startAskThread starts a thread from the brief's message, binds it to the
// article and invites questions there.
func (b *Bot) startAskThread(ctx context.Context, i *discordgo.Interaction, articleID int64, br *summarize.Brief) error {
	if i.Message == nil {
		return errNoArticle
	}
	name := truncate(strings.TrimSpace(headline(br)), maxThreadName)
	if name == "" {
		name = "Questions"
	}
	th, err := b.resp.startThread(ctx, i.ChannelID, i.Message.ID, name)
	threadID := ""
	switch {
	case err == nil:
		threadID = th.ID
	case discordCode(err) == discordgo.ErrCodeThreadAlreadyCreatedForThisMessage:
		threadID = i.Message.ID // a thread started from a message has its id
	default:
		return err
	}
	if b.opts.Store != nil {
		// The thread alone: the brief's message keeps its own binding (made
		// when the brief was posted, possibly just after this one).
		if err := b.opts.Store.Bind(ctx, store.Binding{GuildID: i.GuildID, ChannelID: i.ChannelID, ThreadID: threadID, ArticleID: articleID, UserID: userID(i)}); err != nil {
			return fmt.Errorf("bind thread: %w", err)
		}
	}
	if err == nil {
		if _, err := b.resp.send(ctx, threadID, &discordgo.MessageSend{Content: threadInvite}); err != nil {
			return err
		}
	}
	_, ferr := b.resp.followup(ctx, i, &discordgo.WebhookParams{Content: "Questions about this article go in <#" + threadID + ">.", Flags: discordgo.MessageFlagsEphemeral})
	return ferr
}

// handleAsk is /ask question [article] [llm].
func (b *Bot) handleAsk(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) error {
	question := strings.TrimSpace(stringOption(data.Options, "question"))
	articleID, conv, err := b.askTarget(ctx, i, stringOption(data.Options, "article"))
	if err != nil {
		return err
	}
	r, err := b.answer(ctx, articleID, conv, i.GuildID, userID(i), question, boolOption(data.Options, "llm"))
	if err != nil {
		return err
	}
	content := renderAnswer(r)
	_, err = b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Content: &content})
	return err
}

// askTarget finds the article an /ask is about and the conversation it
// belongs to: the chosen article, else this thread's, else the latest in
// the server.
func (b *Bot) askTarget(ctx context.Context, i *discordgo.Interaction, chosen string) (int64, string, error) {
	if b.opts.Store == nil {
		return 0, "", errNoArticle
	}
	if bind, err := b.opts.Store.BindingByThread(ctx, i.ChannelID); err == nil {
		if id, perr := strconv.ParseInt(chosen, 10, 64); chosen == "" || perr == nil && id == bind.ArticleID {
			return bind.ArticleID, i.ChannelID, nil
		}
	} else if !errors.Is(err, store.ErrNotFound) {
		return 0, "", err
	}
	conv := "ask:" + i.ChannelID + ":" + userID(i)
	if chosen != "" {
		id, err := strconv.ParseInt(chosen, 10, 64)
		if err != nil || id <= 0 {
			return 0, "", errNoArticle
		}
		return id, conv, nil
	}
	refs, err := b.opts.Store.RecentArticles(ctx, i.GuildID, 1)
	if err != nil {
		return 0, "", err
	}
	if len(refs) == 0 {
		return 0, "", errNoArticle
	}
	return refs[0].ID, conv, nil
}

// answer answers a question about an article within a conversation and
// remembers the turn.
func (b *Bot) answer(ctx context.Context, articleID int64, conv, guild, user, question string, useLLM bool) (ask.Result, error) {
	a, br, err := b.opts.Pipeline.Load(ctx, articleID, "")
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return ask.Result{}, errNoArticle
		}
		return ask.Result{}, err
	}
	var history []ask.Turn
	turns, err := b.opts.Store.Turns(ctx, conv, 6)
	if err != nil {
		b.log.Warn("store: read turns", "err", err)
	}
	for _, t := range turns {
		if t.ArticleID == articleID {
			history = append(history, ask.Turn{Question: t.Question, Answer: t.Answer})
		}
	}
	if useLLM {
		useLLM = b.llmAllowed(ctx, guild)
	}
	r := b.opts.Pipeline.Answer(ctx, a, br, pipeline.Question{Text: question, History: history, UseLLM: useLLM, GuildID: guild, UserID: user})
	engine := summarize.EngineLocal
	if useLLM {
		engine = summarize.EngineLLM
	}
	cites := make([]int, 0, len(r.Citations))
	for _, c := range r.Citations {
		cites = append(cites, c.Sentence)
	}
	if _, err := b.opts.Store.AddTurn(ctx, store.Turn{ThreadID: conv, GuildID: guild, ArticleID: articleID, UserID: user, Question: question, Answer: r.Answer, Engine: engine, Citations: cites}); err != nil {
		b.log.Warn("store: remember the answer", "err", err)
	}
	return r, nil
}

// autocomplete offers the server's recent articles for /ask's article option.
func (b *Bot) autocomplete(ctx context.Context, i *discordgo.Interaction) error {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	data := i.ApplicationCommandData()
	typed := ""
	for _, o := range data.Options {
		if o.Focused {
			typed = strings.ToLower(fmt.Sprint(o.Value))
		}
	}
	if b.opts.Store != nil {
		refs, err := b.opts.Store.RecentArticles(ctx, i.GuildID, 100)
		if err != nil {
			b.log.Warn("store: recent articles", "err", err)
		}
		for _, r := range refs {
			label := r.Title
			if label == "" {
				label = r.URL
			}
			if label == "" {
				label = "Pasted article " + strconv.FormatInt(r.ID, 10)
			}
			if typed != "" && !strings.Contains(strings.ToLower(label), typed) {
				continue
			}
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(label, 100), Value: strconv.FormatInt(r.ID, 10)})
			if len(choices) == 25 {
				break
			}
		}
	}
	return b.resp.respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{Choices: choices}})
}

// helpMessage is /help.
func helpMessage() *discordgo.InteractionResponseData {
	e := &discordgo.MessageEmbed{
		Title: "Parley: briefs of negotiation news",
		Color: embedColor,
		Description: "**/summarize** `url`, `text` or `file` — a brief: key points, who said what (verbatim, with the speaker), positions, what's on the table and what happens next. `length` short/standard/detailed, `private` for only you.\n" +
			"**Summarize** (right-click a message → Apps) — brief the link, text or file in any message.\n" +
			"**Ask in thread** (button under a brief) — a thread where you mention me or reply to me with questions; answers cite the article.\n" +
			"**/ask** `question` — ask about this thread's article, or pick one with `article`.\n" +
			"**/story list** — the negotiations this server follows; each brief joins one and shows what is new since the last brief. **/timeline** `story` — its dated events.\n\n" +
			"Everything works without an LLM. Quotes always come from the article itself.",
	}
	return &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{e}, Flags: discordgo.MessageFlagsEphemeral}
}

// stringOption returns a string option's value ("" when absent); an
// attachment option's value is its attachment id.
func stringOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o.Name == name {
			if s, ok := o.Value.(string); ok {
				return s
			}
			return fmt.Sprint(o.Value)
		}
	}
	return ""
}

// boolOption returns a boolean option's value (false when absent).
func boolOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	for _, o := range opts {
		if o.Name == name {
			if v, ok := o.Value.(bool); ok {
				return v
			}
		}
	}
	return false
}
