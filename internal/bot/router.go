package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"
)

// ackTimeout bounds the acknowledgement of an interaction: Discord allows
// 3 s from dispatch.
const ackTimeout = 2500 * time.Millisecond

// workTimeout bounds the work behind an interaction: its token lives 15 min.
const workTimeout = 14 * time.Minute

// errPanic reports a recovered panic.
var errPanic = errors.New("internal error")

// onInteraction routes an interaction: it acknowledges it at once (defer
// first), then does the work on a worker slot and edits the response.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	i := ic.Interaction
	start := b.opts.Now()
	kind := interactionKind(i)
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("panic acknowledging interaction", "kind", kind, "panic", r, "stack", string(debug.Stack()))
		}
	}()
	if !b.begin() {
		b.ackError(i, "Parley is restarting; try again in a minute.")
		b.observe(kind, "refused:shutdown", b.opts.Now().Sub(start), 0)
		return
	}
	defer b.inflight.Done()

	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		// Autocomplete is answered directly, never deferred.
		ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
		defer cancel()
		err := b.autocomplete(ctx, i)
		b.finish(kind, start, b.opts.Now().Sub(start), err)
		return
	case discordgo.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		switch data.Name {
		case cmdHelp:
			ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
			defer cancel()
			err := b.resp.respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: helpMessage()})
			b.finish(kind, start, b.opts.Now().Sub(start), err)
			return
		}
		if data.Name != cmdSettings {
			sctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
			gs, ok := b.guildSettings(sctx, i.GuildID)
			cancel()
			if ok && !b.channelAllowed(gs, i.ChannelID) {
				b.ackError(i, "Parley is not enabled in this channel; a server manager can change that with /settings.")
				b.observe(kind, "refused:channel", b.opts.Now().Sub(start), 0)
				return
			}
			cooldown := b.opts.UserCooldown
			if ok {
				cooldown = time.Duration(gs.CooldownSeconds) * time.Second
			}
			if data.Name == cmdAsk {
				cooldown = 0 // answers are cheap
			}
			if left := b.cooldownLeft(userID(i), cooldown); left > 0 {
				b.ackError(i, fmt.Sprintf("You're going fast: try again in %d s.", int(left.Seconds()+0.999)))
				b.observe(kind, "refused:cooldown", b.opts.Now().Sub(start), 0)
				return
			}
		}
		ephemeral := data.Name == cmdSummarize && boolOption(data.Options, "private") || data.Name == cmdSettings || data.Name == cmdStory
		b.deferThenWork(i, kind, start, deferMessage(ephemeral), ephemeral, func(ctx context.Context) error {
			switch data.Name {
			case cmdSummarize:
				return b.handleSummarize(ctx, i, data)
			case cmdMessageSummarize:
				return b.handleMessageSummarize(ctx, i, data)
			case cmdAsk:
				return b.handleAsk(ctx, i, data)
			case cmdSettings:
				return b.handleSettings(ctx, i, data)
			case cmdStory:
				return b.handleStory(ctx, i, data)
			case cmdTimeline:
				return b.handleTimeline(ctx, i, data)
			}
			return fmt.Errorf("unknown command %q", data.Name)
		})
	case discordgo.InteractionMessageComponent:
		data := i.MessageComponentData()
		b.deferThenWork(i, kind, start, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}, true, func(ctx context.Context) error {
			return b.handleButton(ctx, i, data)
		})
	default:
		b.ackError(i, "Parley doesn't handle this kind of interaction.")
	}
}

// deferMessage is the acknowledgement of a command: "Parley is thinking…".
func deferMessage(ephemeral bool) *discordgo.InteractionResponse {
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if ephemeral {
		r.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return r
}

// deferThenWork acknowledges i with ack, then runs work on a worker slot.
// An error from work reaches the user as one ephemeral line.
func (b *Bot) deferThenWork(i *discordgo.Interaction, kind string, start time.Time, ack *discordgo.InteractionResponse, ephemeral bool, work func(ctx context.Context) error) {
	actx, cancel := context.WithTimeout(context.Background(), ackTimeout)
	err := b.resp.respond(actx, i, ack)
	cancel()
	ackDur := b.opts.Now().Sub(start)
	if err != nil {
		b.finish(kind, start, ackDur, fmt.Errorf("acknowledge: %w", err))
		return
	}
	// The interaction already counts as in flight: the work joins it.
	b.inflight.Add(1)
	go func() {
		defer b.inflight.Done()
		ctx, cancel := context.WithTimeout(context.Background(), workTimeout)
		defer cancel()
		err := b.runWork(ctx, work)
		if err != nil {
			b.replyError(ctx, i, ephemeral, err)
		}
		b.finish(kind, start, ackDur, err)
	}()
}

// runWork runs work on a worker slot, turning a panic into an error.
func (b *Bot) runWork(ctx context.Context, work func(ctx context.Context) error) (err error) {
	if !b.acquire(ctx) {
		return errBusy
	}
	defer b.release()
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("panic in handler", "panic", r, "stack", string(debug.Stack()))
			err = errPanic
		}
	}()
	return work(ctx)
}

// ackError answers an interaction at once with one ephemeral line.
func (b *Bot) ackError(i *discordgo.Interaction, msg string) {
	ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
	defer cancel()
	typ := discordgo.InteractionResponseChannelMessageWithSource
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		if err := b.resp.respond(ctx, i, &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{}}}); err != nil {
			b.log.Warn("answer autocomplete", "err", err)
		}
		return
	}
	if err := b.resp.respond(ctx, i, &discordgo.InteractionResponse{Type: typ, Data: &discordgo.InteractionResponseData{Content: truncate(msg, maxContent), Flags: discordgo.MessageFlagsEphemeral}}); err != nil {
		b.log.Warn("answer interaction with an error", "err", err)
	}
}

// replyError tells the user what went wrong, as one ephemeral line: by
// editing an ephemeral response, or by replacing a public one with an
// ephemeral follow-up (errors are not for everyone to see).
func (b *Bot) replyError(ctx context.Context, i *discordgo.Interaction, ephemeral bool, err error) {
	msg := userError(err)
	if ephemeral && i.Type != discordgo.InteractionMessageComponent {
		if _, eerr := b.resp.editOriginal(ctx, i, &discordgo.WebhookEdit{Content: &msg, Embeds: &[]*discordgo.MessageEmbed{}, Components: &[]discordgo.MessageComponent{}}); eerr != nil {
			b.log.Warn("report error", "err", eerr)
		}
		return
	}
	if i.Type != discordgo.InteractionMessageComponent {
		if derr := b.resp.deleteOriginal(ctx, i); derr != nil {
			b.log.Warn("remove the deferred response", "err", derr)
		}
	}
	if _, ferr := b.resp.followup(ctx, i, &discordgo.WebhookParams{Content: msg, Flags: discordgo.MessageFlagsEphemeral}); ferr != nil {
		b.log.Warn("report error", "err", ferr)
	}
}

// finish logs one line per interaction with its outcome and timings.
func (b *Bot) finish(kind string, start time.Time, ack time.Duration, err error) {
	total := b.opts.Now().Sub(start)
	outcome := "ok"
	if err != nil {
		outcome = "error:" + errorKind(err)
		lvl := b.log.Info
		if outcome == "error:internal" {
			lvl = b.log.Error
		}
		lvl("interaction", "kind", kind, "outcome", outcome, "ack_ms", ack.Milliseconds(), "total_ms", total.Milliseconds(), "err", err)
	} else {
		b.log.Info("interaction", "kind", kind, "outcome", outcome, "ack_ms", ack.Milliseconds(), "total_ms", total.Milliseconds())
	}
	b.observe(kind, outcome, ack, total)
}

func (b *Bot) observe(kind, outcome string, ack, total time.Duration) {
	if b.opts.Observer != nil {
		b.opts.Observer.Handled(kind, outcome, ack, total)
	}
}

// interactionKind names an interaction for logs and metrics.
func interactionKind(i *discordgo.Interaction) string {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		return "command:" + i.ApplicationCommandData().Name
	case discordgo.InteractionApplicationCommandAutocomplete:
		return "autocomplete:" + i.ApplicationCommandData().Name
	case discordgo.InteractionMessageComponent:
		a, _, _, _, _ := parseCustomID(i.MessageComponentData().CustomID)
		return "button:" + a
	}
	return fmt.Sprintf("interaction:%d", i.Type)
}

// userID is the user behind an interaction, in a guild or a DM.
func userID(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}
