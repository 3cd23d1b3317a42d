package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// responder is everything handlers say to Discord. Every message it sends
// or edits carries allowed_mentions with an empty parse list, so no article
// text can ping anyone; the implementation enforces it, not the callers.
type responder interface {
	respond(ctx context.Context, i *discordgo.Interaction, r *discordgo.InteractionResponse) error
	editOriginal(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) (*discordgo.Message, error)
	deleteOriginal(ctx context.Context, i *discordgo.Interaction) error
	followup(ctx context.Context, i *discordgo.Interaction, p *discordgo.WebhookParams) (*discordgo.Message, error)
	send(ctx context.Context, channelID string, m *discordgo.MessageSend) (*discordgo.Message, error)
	startThread(ctx context.Context, channelID, messageID, name string) (*discordgo.Channel, error)
}

// sessionResponder is the responder over a discordgo Session.
type sessionResponder struct {
	s *discordgo.Session
}

func (r sessionResponder) respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult && (resp.Data == nil || len(resp.Data.Choices) == 0) {
		// discordgo drops an empty choices list (omitempty), which Discord
		// requires: "no match" is sent as an explicit empty list.
		endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
		body := map[string]any{"type": resp.Type, "data": map[string]any{"choices": []any{}}}
		if _, err := r.s.RequestWithBucketID("POST", endpoint, body, endpoint, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("respond to autocomplete %s: %w", i.ID, err)
		}
		return nil
	}
	if resp.Data != nil {
		resp.Data.AllowedMentions = noMentions()
	}
	if err := r.s.InteractionRespond(i, resp, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("respond to interaction %s: %w", i.ID, err)
	}
	return nil
}

func (r sessionResponder) editOriginal(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) (*discordgo.Message, error) {
	e.AllowedMentions = noMentions()
	m, err := r.s.InteractionResponseEdit(i, e, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("edit response to interaction %s: %w", i.ID, err)
	}
	return m, nil
}

func (r sessionResponder) deleteOriginal(ctx context.Context, i *discordgo.Interaction) error {
	if err := r.s.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
		return fmt.Errorf("delete response to interaction %s: %w", i.ID, err)
	}
	return nil
}

func (r sessionResponder) followup(ctx context.Context, i *discordgo.Interaction, p *discordgo.WebhookParams) (*discordgo.Message, error) {
	p.AllowedMentions = noMentions()
	m, err := r.s.FollowupMessageCreate(i, true, p, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("follow up interaction %s: %w", i.ID, err)
	}
	return m, nil
}

func (r sessionResponder) send(ctx context.Context, channelID string, m *discordgo.MessageSend) (*discordgo.Message, error) {
	am := noMentions()
	m.AllowedMentions = am
	msg, err := r.s.ChannelMessageSendComplex(channelID, m, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("send message to %s: %w", channelID, err)
	}
	return msg, nil
}

func (r sessionResponder) startThread(ctx context.Context, channelID, messageID, name string) (*discordgo.Channel, error) {
	ch, err := r.s.MessageThreadStartComplex(channelID, messageID, &discordgo.ThreadStart{Name: name, AutoArchiveDuration: 1440}, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("start thread on message %s: %w", messageID, err)
	}
	return ch, nil
}

// discordCode returns the Discord error code of a REST error, or 0.
func discordCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}

// errTooLarge is returned by download for a file over the limit.
var errTooLarge = errors.New("file too large")

// download reads an attachment from Discord's CDN (its URL comes from
// Discord, not from a user), at most max bytes.
func download(ctx context.Context, c *http.Client, url string, max int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("download attachment: %w", err)
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("download attachment: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download attachment: status %d", resp.StatusCode)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("download attachment: %w", err)
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}
