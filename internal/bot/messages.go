package bot

import (
	"context"
	"errors"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/store"
)

// mentionRE matches a user mention: <@id> or <@!id>.
var mentionRE = regexp.MustCompile(`<@!?(\d+)>`)

// onMessage answers follow-up questions: messages that mention the bot or
// reply to one of its messages, in a brief's thread (or replying to a
// brief), and direct messages. Without the MESSAGE_CONTENT intent these are
// the only messages whose content the bot receives.
func (b *Bot) onMessage(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	m := mc.Message
	bot := b.botUserID()
	if m.Author == nil || m.Author.Bot || m.Author.ID == bot || bot == "" {
		return
	}
	addressed := m.GuildID == "" // a DM
	for _, u := range m.Mentions {
		if u.ID == bot {
			addressed = true
		}
	}
	if m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil && m.ReferencedMessage.Author.ID == bot {
		addressed = true
	}
	if !addressed {
		return
	}
	start := b.opts.Now()
	if !b.begin() {
		return
	}
	go func() {
		defer b.inflight.Done()
		ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
		defer cancel()
		err := b.runWork(ctx, func(ctx context.Context) error { return b.answerMessage(ctx, m, bot) })
		if err != nil {
			b.log.Info("message", "outcome", "error:"+errorKind(err), "err", err)
			if _, rerr := b.resp.send(ctx, m.ChannelID, reply(m, userError(err))); rerr != nil {
				b.log.Warn("reply with an error", "err", rerr)
			}
		}
		b.finish("message", start, 0, err)
	}()
}

// answerMessage answers a question asked in a message.
func (b *Bot) answerMessage(ctx context.Context, m *discordgo.Message, bot string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("panic answering a message", "panic", r, "stack", string(debug.Stack()))
			err = errPanic
		}
	}()
	if b.opts.Store == nil {
		return errNoArticle
	}
	articleID, conv, err := b.messageTarget(ctx, m)
	if err != nil {
		return err
	}
	question := strings.TrimSpace(mentionRE.ReplaceAllStringFunc(m.Content, func(s string) string {
		if strings.Trim(s, "<@!>") == bot {
			return ""
		}
		return s
	}))
	if question == "" {
		_, err := b.resp.send(ctx, m.ChannelID, reply(m, "Ask me a question about the article, for example: who proposed the ceasefire?"))
		return err
	}
	r, err := b.answer(ctx, articleID, conv, m.GuildID, m.Author.ID, question, false)
	if err != nil {
		return err
	}
	_, err = b.resp.send(ctx, m.ChannelID, reply(m, renderAnswer(r)))
	return err
}

// messageTarget finds the article a message asks about: its thread's, or
// the brief it replies to.
func (b *Bot) messageTarget(ctx context.Context, m *discordgo.Message) (int64, string, error) {
	bind, err := b.opts.Store.BindingByThread(ctx, m.ChannelID)
	if err == nil {
		return bind.ArticleID, m.ChannelID, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return 0, "", err
	}
	if m.MessageReference != nil && m.MessageReference.MessageID != "" {
		bind, err := b.opts.Store.BindingByMessage(ctx, m.MessageReference.MessageID)
		if err == nil {
			return bind.ArticleID, "msg:" + m.MessageReference.MessageID, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return 0, "", err
		}
	}
	return 0, "", errNoArticle
}

// reply is a message answering m, quoting it without pinging its author.
func reply(m *discordgo.Message, content string) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Content:   truncate(content, maxContent),
		Reference: &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: ptrFalse()},
	}
}

func ptrFalse() *bool { f := false; return &f }
