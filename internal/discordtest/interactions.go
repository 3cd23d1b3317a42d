package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// defaultAppPermissions are the bot's permissions in a channel: view, send,
// send in threads, create threads, embed links, attach files, read history,
// add reactions (no MENTION_EVERYONE, no administrator).
const defaultAppPermissions = "395137117248"

// InteractionSpec describes an interaction a user makes, for SendInteraction.
// The helpers SlashCommand, MessageCommand, Autocomplete, ButtonClick and
// ModalSubmit fill it; fields left empty take the server's defaults.
type InteractionSpec struct {
	// Type is the interaction type (application command, component,
	// autocomplete, modal submit).
	Type discordgo.InteractionType
	// CommandName and CommandType name the invoked command (type 1 chat
	// input by default); its ID is the one the bot registered, if it did.
	CommandName string
	CommandType discordgo.ApplicationCommandType
	// Options are the command's options as the user filled them.
	Options []CommandOption
	// Target is the message of a message command; it is stored if the server
	// does not know it yet.
	Target *discordgo.Message
	// TargetUser is the user of a user command.
	TargetUser *discordgo.User
	// Message is the message whose component was used (button clicks).
	Message *discordgo.Message
	// CustomID and ComponentType identify the component used (a button by
	// default); Values are a select menu's choices. For a modal submit,
	// CustomID is the modal's and Fields its text inputs by custom_id.
	CustomID      string
	ComponentType discordgo.ComponentType
	Values        []string
	Fields        map[string]string
	// ChannelID defaults to the channel of Message or Target, else the
	// guild's default channel; DM sends the interaction from the DM channel.
	ChannelID string
	DM        bool
	// User is the invoking user (default DefaultUser); Locale defaults to "en-US".
	User   *discordgo.User
	Locale string
	// MemberPermissions, when not zero, are the member's permissions in
	// the guild (default: a member without Manage Server).
	MemberPermissions int64
}

// CommandOption is an option of a slash command as the user filled it.
type CommandOption struct {
	Name  string
	Type  discordgo.ApplicationCommandOptionType
	Value any
	// Focused marks the option being typed, for autocomplete.
	Focused bool
	// Options are a subcommand's options.
	Options []CommandOption
	// Attachment is the file of an attachment option.
	Attachment *Attachment
}

// StringOption is a string option.
func StringOption(name, value string) CommandOption {
	return CommandOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

// IntegerOption is an integer option.
func IntegerOption(name string, value int64) CommandOption {
	return CommandOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: value}
}

// BoolOption is a boolean option.
func BoolOption(name string, value bool) CommandOption {
	return CommandOption{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: value}
}

// AttachmentOption is an attachment option; the file is served by the
// server at the URL the payload's resolved attachment carries.
func AttachmentOption(name string, a Attachment) CommandOption {
	return CommandOption{Name: name, Type: discordgo.ApplicationCommandOptionAttachment, Attachment: &a}
}

// SubcommandOption is a subcommand with its options.
func SubcommandOption(name string, options ...CommandOption) CommandOption {
	return CommandOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: options}
}

// Focus returns the option marked as the one being typed, for Autocomplete.
func (o CommandOption) Focus() CommandOption {
	o.Focused = true
	return o
}

// SlashCommand is a chat input command with options.
func SlashCommand(name string, options ...CommandOption) InteractionSpec {
	return InteractionSpec{Type: discordgo.InteractionApplicationCommand, CommandName: name, CommandType: discordgo.ChatApplicationCommand, Options: options}
}

// MessageCommand is a message context menu command on target (for example
// a message from SendMessage or SeedMessage, or one built by the test).
func MessageCommand(name string, target *discordgo.Message) InteractionSpec {
	return InteractionSpec{Type: discordgo.InteractionApplicationCommand, CommandName: name, CommandType: discordgo.MessageApplicationCommand, Target: target}
}

// Autocomplete is an autocomplete request for a chat input command; one
// option should be Focus()ed.
func Autocomplete(name string, options ...CommandOption) InteractionSpec {
	return InteractionSpec{Type: discordgo.InteractionApplicationCommandAutocomplete, CommandName: name, CommandType: discordgo.ChatApplicationCommand, Options: options}
}

// ButtonClick is a click on the button with customID of msg (typically the
// bot's message, from Interaction.Original or Server.Message).
func ButtonClick(msg *discordgo.Message, customID string) InteractionSpec {
	return InteractionSpec{Type: discordgo.InteractionMessageComponent, Message: msg, CustomID: customID, ComponentType: discordgo.ButtonComponent}
}

// ModalSubmit is the submission of a modal with text inputs by custom_id.
func ModalSubmit(customID string, fields map[string]string) InteractionSpec {
	return InteractionSpec{Type: discordgo.InteractionModalSubmit, CustomID: customID, Fields: fields}
}

// Callback is one POST to an interaction's callback route.
type Callback struct {
	Type discordgo.InteractionResponseType
	// Data is the callback's raw data object.
	Data json.RawMessage
	At   time.Time
	// Latency is the time from the event's dispatch to the callback's arrival.
	Latency time.Duration
	// Status is the HTTP status the server answered.
	Status int
	// Accepted is true for the callback that acknowledged the interaction.
	Accepted bool
}

// Edit is one PATCH or DELETE of an interaction's original response or
// follow-up.
type Edit struct {
	// MessageID is "@original" or a follow-up's ID, as in the route.
	MessageID string
	Method    string
	Body      json.RawMessage
	At        time.Time
	Status    int
}

// Interaction is an interaction sent to the bot, and what the bot did with
// it. Its methods are safe for concurrent use.
type Interaction struct {
	srv            *Server
	id             string
	token          string
	typ            discordgo.InteractionType
	label          string
	commandName    string
	channelID      string
	guildID        string
	componentMsgID string
	payload        json.RawMessage

	// guarded by srv.mu
	createdAt    time.Time
	dispatchedAt time.Time
	callbacks    []Callback
	ack          *Callback
	originalID   string
	edits        []Edit
	followUps    []string
	completed    bool
}

// ID is the interaction's ID.
func (i *Interaction) ID() string { return i.id }

// Token is the interaction's token.
func (i *Interaction) Token() string { return i.token }

// Type is the interaction's type.
func (i *Interaction) Type() discordgo.InteractionType { return i.typ }

// ChannelID is the channel the interaction came from.
func (i *Interaction) ChannelID() string { return i.channelID }

// Payload is the INTERACTION_CREATE event's data, as dispatched.
func (i *Interaction) Payload() json.RawMessage { return slices.Clone(i.payload) }

// Event is the payload decoded the way discordgo decodes it.
func (i *Interaction) Event() *discordgo.Interaction {
	var ev discordgo.Interaction
	if err := json.Unmarshal(i.payload, &ev); err != nil {
		return nil
	}
	return &ev
}

// DispatchedAt is when the event was last written to the bot's websocket
// (zero if not yet). A replay after RESUME moves it, and the 3 s deadline
// with it, as long as the interaction is unacknowledged.
func (i *Interaction) DispatchedAt() time.Time {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	return i.dispatchedAt
}

// Callbacks returns every callback the bot posted, accepted or not.
func (i *Interaction) Callbacks() []Callback {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	return slices.Clone(i.callbacks)
}

// Acked returns the callback that acknowledged the interaction.
func (i *Interaction) Acked() (Callback, bool) {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	if i.ack == nil {
		return Callback{}, false
	}
	return *i.ack, true
}

// AckLatency is the time from dispatch to the accepted callback.
func (i *Interaction) AckLatency() (time.Duration, bool) {
	cb, ok := i.Acked()
	return cb.Latency, ok
}

// Original returns the original response as it is now: the message of a
// type 4 or 5 callback, or the component's message after type 6 or 7;
// nil if there is none.
func (i *Interaction) Original() *discordgo.Message {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	m, ok := i.srv.messages[i.originalID]
	if !ok || m.Deleted {
		return nil
	}
	return i.srv.messageLocked(m)
}

// FollowUps returns the follow-up messages as they are now, oldest first.
func (i *Interaction) FollowUps() []*discordgo.Message {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	var out []*discordgo.Message
	for _, id := range i.followUps {
		if m, ok := i.srv.messages[id]; ok && !m.Deleted {
			out = append(out, i.srv.messageLocked(m))
		}
	}
	return out
}

// Edits returns the edits and deletions of the original response and the
// follow-ups, accepted or not.
func (i *Interaction) Edits() []Edit {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	return slices.Clone(i.edits)
}

// Choices returns the choices of an accepted autocomplete result.
func (i *Interaction) Choices() []*discordgo.ApplicationCommandOptionChoice {
	cb, ok := i.Acked()
	if !ok || cb.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return nil
	}
	var d struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	}
	_ = json.Unmarshal(cb.Data, &d)
	return d.Choices
}

// finalLocked reports whether the user sees an answer: a message, an update,
// choices or a modal; or, after a deferral, an edit or a follow-up.
func (i *Interaction) finalLocked() bool {
	if i.ack == nil {
		return false
	}
	switch i.ack.Type {
	case discordgo.InteractionResponseDeferredChannelMessageWithSource, discordgo.InteractionResponseDeferredMessageUpdate:
		return i.completed
	}
	return true
}

// WaitDispatched waits until the event has been written to the websocket.
func (i *Interaction) WaitDispatched(ctx context.Context) error {
	return i.srv.waitLocked(ctx, func() bool { return !i.dispatchedAt.IsZero() })
}

// WaitAcked waits for the accepted callback.
func (i *Interaction) WaitAcked(ctx context.Context) (Callback, error) {
	if err := i.srv.waitLocked(ctx, func() bool { return i.ack != nil }); err != nil {
		return Callback{}, fmt.Errorf("interaction %s (%s) not acknowledged: %w", i.id, i.label, err)
	}
	cb, _ := i.Acked()
	return cb, nil
}

// WaitFinal waits until the user sees an answer (see Done) and returns the
// original response as it is then (nil for autocomplete and modals).
func (i *Interaction) WaitFinal(ctx context.Context) (*discordgo.Message, error) {
	if err := i.srv.waitLocked(ctx, i.finalLocked); err != nil {
		return nil, fmt.Errorf("interaction %s (%s) not answered: %w", i.id, i.label, err)
	}
	return i.Original(), nil
}

// Done reports whether the user sees an answer: a callback with a message,
// an update, choices or a modal; or, after a deferral (type 5 or 6), an edit
// of the original or a follow-up.
func (i *Interaction) Done() bool {
	i.srv.mu.Lock()
	defer i.srv.mu.Unlock()
	return i.finalLocked()
}

// onWrittenLocked records the (re)delivery of the event.
func (i *Interaction) onWrittenLocked(at time.Time) {
	if i.ack == nil {
		i.dispatchedAt = at
	}
}

// SendInteraction dispatches INTERACTION_CREATE, shaped like Discord's
// payloads, to the bot (or queues it until the bot is connected) and returns
// the interaction for observation.
func (s *Server) SendInteraction(spec InteractionSpec) *Interaction {
	defer s.flushReports()
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.newInteractionLocked(spec)
	s.interacts = append(s.interacts, i)
	s.byID[i.id] = i
	s.byToken[i.token] = i
	s.dispatchLocked("INTERACTION_CREATE", json.RawMessage(i.payload), i.onWrittenLocked)
	s.notifyLocked()
	return i
}

// newInteractionLocked builds an interaction and its payload from a spec.
func (s *Server) newInteractionLocked(spec InteractionSpec) *Interaction {
	if spec.Type == 0 {
		s.t.Errorf("discordtest: SendInteraction: the spec has no Type; sending an application command")
		spec.Type = discordgo.InteractionApplicationCommand
	}
	userID := s.userID
	if spec.User != nil && spec.User.ID != "" {
		userID = spec.User.ID
		if _, ok := s.users[userID]; !ok {
			u := *spec.User
			s.users[userID] = &u
		}
	}
	chID := spec.ChannelID
	switch {
	case chID != "":
	case spec.DM:
		chID = s.dmChannelID
	case spec.Message != nil && spec.Message.ChannelID != "":
		chID = spec.Message.ChannelID
	case spec.Target != nil && spec.Target.ChannelID != "":
		chID = spec.Target.ChannelID
	default:
		chID = s.channelID
	}
	ch := s.ensureChannelLocked(chID)
	i := &Interaction{
		srv: s, id: s.ids.next(), token: randomToken(), typ: spec.Type,
		channelID: ch.ID, guildID: ch.GuildID, createdAt: time.Now(), commandName: spec.CommandName,
	}
	data := s.interactionDataLocked(spec, ch, i)
	locale := spec.Locale
	if locale == "" {
		locale = "en-US"
	}
	p := map[string]any{
		"id": i.id, "application_id": s.appID, "type": spec.Type, "data": data, "token": i.token,
		"version": 1, "locale": locale, "app_permissions": defaultAppPermissions,
		"entitlements": []any{}, "attachment_size_limit": attachmentSizeLimit,
		"channel_id": ch.ID, "channel": s.channelJSONLocked(ch),
	}
	if ch.GuildID != "" {
		p["guild_id"] = ch.GuildID
		p["guild_locale"] = "en-US"
		p["guild"] = map[string]any{"id": ch.GuildID, "locale": "en-US", "features": []any{}}
		member := s.memberJSONLocked(userID, true)
		if spec.MemberPermissions != 0 {
			member["permissions"] = strconv.FormatInt(spec.MemberPermissions, 10)
		}
		p["member"] = member
		p["context"] = discordgo.InteractionContextGuild
		p["authorizing_integration_owners"] = map[string]any{"0": ch.GuildID}
	} else {
		p["user"] = s.userJSONLocked(userID)
		p["context"] = discordgo.InteractionContextBotDM
		p["authorizing_integration_owners"] = map[string]any{"0": "0"}
	}
	if m, ok := s.messages[i.componentMsgID]; ok {
		p["message"] = s.messageJSONLocked(m, false, false, 0)
	}
	i.payload = mustJSON(p)
	return i
}

// interactionDataLocked builds the data object of an interaction and its
// label for reports.
func (s *Server) interactionDataLocked(spec InteractionSpec, ch *channel, i *Interaction) map[string]any {
	switch spec.Type {
	case discordgo.InteractionMessageComponent:
		if spec.Message == nil {
			s.t.Errorf("discordtest: SendInteraction: a component interaction needs the Message the component is on")
			spec.Message = &discordgo.Message{ID: s.ids.next()}
		}
		m := s.registerMessageLocked(spec.Message, ch.ID)
		i.componentMsgID = m.ID
		if !strings.Contains(string(m.Components), `"custom_id":`+string(mustJSON(spec.CustomID))) {
			s.t.Errorf("discordtest: SendInteraction: message %s has no component with custom_id %q", m.ID, spec.CustomID)
		}
		ct := spec.ComponentType
		if ct == 0 {
			ct = discordgo.ButtonComponent
		}
		i.label = fmt.Sprintf("component %q", spec.CustomID)
		d := map[string]any{"custom_id": spec.CustomID, "component_type": ct}
		if spec.Values != nil || isSelect(int(ct)) {
			d["values"] = orEmpty(spec.Values)
		}
		return d
	case discordgo.InteractionModalSubmit:
		i.label = fmt.Sprintf("modal %q", spec.CustomID)
		rows := []any{}
		for _, k := range sortedKeys(spec.Fields) {
			rows = append(rows, map[string]any{"type": componentActionRow, "components": []any{
				map[string]any{"type": componentTextInput, "custom_id": k, "value": spec.Fields[k]},
			}})
		}
		if spec.Message != nil {
			i.componentMsgID = s.registerMessageLocked(spec.Message, ch.ID).ID
		}
		return map[string]any{"custom_id": spec.CustomID, "components": rows}
	}
	ctype := spec.CommandType
	if ctype == 0 {
		ctype = discordgo.ChatApplicationCommand
	}
	cmdID, cmdGuild := s.commandIDLocked(spec.CommandName, ctype, ch.GuildID)
	d := map[string]any{"id": cmdID, "name": spec.CommandName, "type": ctype}
	if cmdGuild != "" {
		d["guild_id"] = cmdGuild
	}
	resolved := map[string]map[string]any{}
	switch ctype {
	case discordgo.MessageApplicationCommand:
		i.label = fmt.Sprintf("message command %q", spec.CommandName)
		if spec.Target == nil {
			s.t.Errorf("discordtest: SendInteraction: message command %q needs a Target message", spec.CommandName)
			spec.Target = &discordgo.Message{ID: s.ids.next(), Content: ""}
		}
		m := s.registerMessageLocked(spec.Target, ch.ID)
		d["target_id"] = m.ID
		// The target of a message command carries its content even without
		// the MESSAGE_CONTENT intent.
		resolved["messages"] = map[string]any{m.ID: s.messageJSONLocked(m, false, false, 0)}
	case discordgo.UserApplicationCommand:
		i.label = fmt.Sprintf("user command %q", spec.CommandName)
		if spec.TargetUser == nil {
			s.t.Errorf("discordtest: SendInteraction: user command %q needs a TargetUser", spec.CommandName)
			spec.TargetUser = s.userLocked(s.userID)
		}
		if _, ok := s.users[spec.TargetUser.ID]; !ok {
			u := *spec.TargetUser
			s.users[u.ID] = &u
		}
		d["target_id"] = spec.TargetUser.ID
		resolved["users"] = map[string]any{spec.TargetUser.ID: s.userJSONLocked(spec.TargetUser.ID)}
		if ch.GuildID != "" {
			resolved["members"] = map[string]any{spec.TargetUser.ID: s.memberJSONLocked(spec.TargetUser.ID, false)}
		}
	default:
		i.label = "/" + spec.CommandName
		if spec.Type == discordgo.InteractionApplicationCommandAutocomplete {
			i.label = "autocomplete of /" + spec.CommandName
			if !hasFocused(spec.Options) {
				s.t.Errorf("discordtest: SendInteraction: autocomplete of %q has no focused option", spec.CommandName)
			}
		}
		if len(spec.Options) > 0 {
			d["options"] = s.optionsJSONLocked(spec.Options, ch, resolved)
		}
	}
	if len(resolved) > 0 {
		d["resolved"] = resolved
	}
	return d
}

// hasFocused reports whether an option (or a subcommand's) is focused.
func hasFocused(opts []CommandOption) bool {
	for _, o := range opts {
		if o.Focused || hasFocused(o.Options) {
			return true
		}
	}
	return false
}

// optionsJSONLocked renders command options, filling resolved data for
// attachments, users and channels.
func (s *Server) optionsJSONLocked(opts []CommandOption, ch *channel, resolved map[string]map[string]any) []any {
	out := []any{}
	add := func(kind, id string, v any) {
		if resolved[kind] == nil {
			resolved[kind] = map[string]any{}
		}
		resolved[kind][id] = v
	}
	for _, o := range opts {
		m := map[string]any{"name": o.Name, "type": o.Type}
		switch o.Type {
		case discordgo.ApplicationCommandOptionSubCommand, discordgo.ApplicationCommandOptionSubCommandGroup:
			m["options"] = s.optionsJSONLocked(o.Options, ch, resolved)
		case discordgo.ApplicationCommandOptionAttachment:
			a := Attachment{}
			if o.Attachment != nil {
				a = *o.Attachment
			}
			att := s.storeFileLocked(ch.ID, a)
			m["value"] = att["id"]
			add("attachments", att["id"].(string), att)
		case discordgo.ApplicationCommandOptionUser, discordgo.ApplicationCommandOptionMentionable:
			id := fmt.Sprint(o.Value)
			m["value"] = id
			add("users", id, s.userJSONLocked(id))
			if ch.GuildID != "" {
				add("members", id, s.memberJSONLocked(id, false))
			}
		case discordgo.ApplicationCommandOptionChannel:
			id := fmt.Sprint(o.Value)
			m["value"] = id
			c := s.ensureChannelLocked(id)
			add("channels", id, map[string]any{"id": c.ID, "name": c.Name, "type": c.Type, "permissions": defaultAppPermissions})
		default:
			m["value"] = o.Value
		}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

// allowedCallbacks returns the callback types valid for an interaction type.
func allowedCallbacks(t discordgo.InteractionType) []discordgo.InteractionResponseType {
	switch t {
	case discordgo.InteractionPing:
		return []discordgo.InteractionResponseType{discordgo.InteractionResponsePong}
	case discordgo.InteractionApplicationCommand:
		return []discordgo.InteractionResponseType{
			discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseDeferredChannelMessageWithSource,
			discordgo.InteractionResponseModal,
		}
	case discordgo.InteractionMessageComponent:
		return []discordgo.InteractionResponseType{
			discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseDeferredChannelMessageWithSource,
			discordgo.InteractionResponseDeferredMessageUpdate, discordgo.InteractionResponseUpdateMessage, discordgo.InteractionResponseModal,
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		return []discordgo.InteractionResponseType{discordgo.InteractionApplicationCommandAutocompleteResult}
	case discordgo.InteractionModalSubmit:
		return []discordgo.InteractionResponseType{
			discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseDeferredChannelMessageWithSource,
			discordgo.InteractionResponseDeferredMessageUpdate, discordgo.InteractionResponseUpdateMessage,
		}
	}
	return nil
}

// handleCallback answers POST /interactions/{id}/{token}/callback: the first
// response, within the deadline, once, of a type valid for the interaction,
// within Discord's limits.
func (s *Server) handleCallback(q *apiReq) {
	var body struct {
		Type *int            `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	bodyErr := json.Unmarshal(q.body, &body)
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.byID[q.r.PathValue("id")]
	if i == nil || i.token != q.r.PathValue("token") {
		q.fail(http.StatusNotFound, codeUnknownInteraction, "Unknown interaction", nil)
		s.breachLocked("callback for unknown interaction %s", q.r.PathValue("id"))
		return
	}
	cb := Callback{At: q.at, Data: slices.Clone(body.Data)}
	if !i.dispatchedAt.IsZero() {
		cb.Latency = q.at.Sub(i.dispatchedAt)
	}
	defer func() {
		cb.Status = q.status
		i.callbacks = append(i.callbacks, cb)
		if cb.Accepted {
			c := cb
			i.ack = &c
		}
		s.notifyLocked()
	}()
	if bodyErr != nil || body.Type == nil {
		errs := required([]string{"type"})
		q.failForm(errs)
		s.breachLocked("callback for interaction %s (%s): %s", i.id, i.label, describe(errs))
		return
	}
	cb.Type = discordgo.InteractionResponseType(*body.Type)
	what := fmt.Sprintf("callback type %d for interaction %s (%s)", cb.Type, i.id, i.label)
	if i.ack != nil {
		q.fail(http.StatusBadRequest, codeAlreadyAcknowledged, "Interaction has already been acknowledged.", nil)
		s.breachLocked("%s: the interaction was already acknowledged (type %d, %v after dispatch)", what, i.ack.Type, i.ack.Latency.Round(time.Millisecond))
		return
	}
	if deadline := i.dispatchedAt.Add(s.cfg.ackDeadline); q.at.After(deadline) {
		q.fail(http.StatusNotFound, codeUnknownInteraction, "Unknown interaction", nil)
		s.breachLocked("%s: acknowledged %v after dispatch, past the %v deadline", what, cb.Latency.Round(time.Millisecond), s.cfg.ackDeadline)
		return
	}
	if !slices.Contains(allowedCallbacks(i.typ), cb.Type) {
		errs := []fieldError{{[]string{"type"}, "BASE_TYPE_CHOICES", fmt.Sprintf("Value must be one of %v.", allowedCallbacks(i.typ))}}
		q.failForm(errs)
		s.breachLocked("%s: type %d is not a valid response to a %v interaction", what, cb.Type, i.typ)
		return
	}
	f := map[string]json.RawMessage{}
	if !isNull(body.Data) && json.Unmarshal(body.Data, &f) != nil {
		errs := wrongType([]string{"data"}, body.Data, "object")
		q.failForm(errs)
		s.breachLocked("%s: %s", what, describe(errs))
		return
	}
	data := []string{"data"}
	var resource map[string]any
	switch cb.Type {
	case discordgo.InteractionResponseChannelMessageWithSource:
		m, ok := s.newBotMessageLocked(q, s.channels[i.channelID], f, data, messageRules{flags: flagsCallbackMessage}, what)
		if !ok {
			return
		}
		s.markResponseLocked(i, m)
		i.originalID = m.ID
		s.dispatchMessageLocked(m)
		resource = s.messageJSONLocked(m, false, false, 0)
	case discordgo.InteractionResponseDeferredChannelMessageWithSource:
		if errs := validateMessage(map[string]json.RawMessage{"flags": f["flags"]}, data, messageRules{flags: flagsDeferred}); len(errs) > 0 {
			q.failForm(errs)
			s.breachLocked("%s: %s", what, describe(errs))
			return
		}
		var flags int
		_ = json.Unmarshal(f["flags"], &flags)
		c := s.channels[i.channelID]
		m := &message{ChannelID: c.ID, GuildID: c.GuildID, AuthorID: s.appID, Flags: flagLoading | flags&flagEphemeral, Ephemeral: flags&flagEphemeral != 0}
		s.markResponseLocked(i, m)
		s.storeMessageLocked(m)
		i.originalID = m.ID
		s.dispatchMessageLocked(m)
	case discordgo.InteractionResponseDeferredMessageUpdate:
		i.originalID = i.componentMsgID
	case discordgo.InteractionResponseUpdateMessage:
		m, ok := s.messages[i.componentMsgID]
		if !ok {
			q.fail(http.StatusNotFound, codeUnknownMessage, "Unknown Message", nil)
			s.breachLocked("%s: no message to update", what)
			return
		}
		if !s.editMessageAtLocked(q, m, f, data, what) {
			return
		}
		i.originalID = m.ID
		resource = s.messageJSONLocked(m, false, false, 0)
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		if errs := validateChoices(f, data); len(errs) > 0 {
			q.failForm(errs)
			s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
			return
		}
	case discordgo.InteractionResponseModal:
		if errs := validateModal(f, data); len(errs) > 0 {
			q.failForm(errs)
			s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
			return
		}
	}
	cb.Accepted = true
	if q.r.URL.Query().Get("with_response") != "true" {
		q.noContent()
		return
	}
	out := map[string]any{"interaction": map[string]any{"id": i.id, "type": i.typ, "response_message_id": nilIfEmpty(i.originalID)}}
	if resource != nil {
		out["resource"] = map[string]any{"type": cb.Type, "message": resource}
	}
	q.reply(http.StatusOK, out)
}

// markResponseLocked makes m look like an interaction response.
func (s *Server) markResponseLocked(i *Interaction, m *message) {
	m.WebhookID = s.appID
	m.ApplicationID = s.appID
	switch {
	case i.typ != discordgo.InteractionApplicationCommand:
		m.Type = discordgo.MessageTypeDefault
	case strings.HasPrefix(i.label, "/"):
		m.Type = discordgo.MessageTypeChatInputCommand
	default:
		m.Type = discordgo.MessageTypeContextMenuCommand
	}
	var ev struct {
		Member *struct {
			User json.RawMessage `json:"user"`
		} `json:"member"`
		User json.RawMessage `json:"user"`
	}
	_ = json.Unmarshal(i.payload, &ev)
	user := ev.User
	if ev.Member != nil {
		user = ev.Member.User
	}
	m.InteractionMeta = map[string]any{"id": i.id, "type": i.typ, "user": user, "authorizing_integration_owners": map[string]any{"0": guildOrZero(i.guildID)}}
	if i.commandName != "" {
		m.InteractionMeta["name"] = i.commandName
	}
	if i.componentMsgID != "" {
		m.InteractionMeta["interacted_message_id"] = i.componentMsgID
	}
}

// guildOrZero is the authorizing owner of a guild install: the guild, or
// "0" in a DM.
func guildOrZero(id string) string {
	if id == "" {
		return "0"
	}
	return id
}

// webhookLocked resolves /webhooks/{app}/{token} to an interaction whose
// token may be used now; otherwise it answers as Discord does and records
// the breach.
func (s *Server) webhookLocked(q *apiReq, what string) (*Interaction, bool) {
	i := s.byToken[q.r.PathValue("token")]
	if q.r.PathValue("app") != s.appID || i == nil {
		q.fail(http.StatusNotFound, codeUnknownWebhook, "Unknown Webhook", nil)
		s.breachLocked("%s: unknown application or interaction token", what)
		return nil, false
	}
	if age := q.at.Sub(i.createdAt); age > s.cfg.tokenLifetime {
		q.fail(http.StatusUnauthorized, codeInvalidWebhookToken, "Invalid Webhook Token", nil)
		s.breachLocked("%s: token of interaction %s (%s) used %v after it was created, past its %v lifetime", what, i.id, i.label, age.Round(time.Millisecond), s.cfg.tokenLifetime)
		return nil, false
	}
	if i.ack == nil {
		q.fail(http.StatusNotFound, codeUnknownWebhook, "Unknown Webhook", nil)
		if !i.dispatchedAt.IsZero() && q.at.After(i.dispatchedAt.Add(s.cfg.ackDeadline)) {
			s.breachLocked("%s: interaction %s (%s) was not acknowledged within %v, so its token is invalid", what, i.id, i.label, s.cfg.ackDeadline)
		} else {
			s.breachLocked("%s: interaction %s (%s) used before it was acknowledged", what, i.id, i.label)
		}
		return nil, false
	}
	return i, true
}

// webhookMessageLocked finds @original or a follow-up of i.
func (s *Server) webhookMessageLocked(q *apiReq, i *Interaction, what string) (*message, bool) {
	id := q.r.PathValue("message")
	if id == "@original" {
		id = i.originalID
	} else if id != i.originalID && !slices.Contains(i.followUps, id) {
		id = ""
	}
	m, ok := s.messages[id]
	if !ok || m.Deleted {
		q.fail(http.StatusNotFound, codeUnknownMessage, "Unknown Message", nil)
		s.breachLocked("%s: interaction %s (%s) has no message %s", what, i.id, i.label, q.r.PathValue("message"))
		return nil, false
	}
	return m, true
}

// handleGetWebhookMessage answers GET /webhooks/{app}/{token}/messages/{message}.
func (s *Server) handleGetWebhookMessage(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	what := "GET webhook message " + q.r.PathValue("message")
	i, ok := s.webhookLocked(q, what)
	if !ok {
		return
	}
	if m, ok := s.webhookMessageLocked(q, i, what); ok {
		q.reply(http.StatusOK, s.messageJSONLocked(m, false, false, 0))
	}
}

// handleEditWebhookMessage answers PATCH
// /webhooks/{app}/{token}/messages/{message}: edits of the original
// response and of follow-ups.
func (s *Server) handleEditWebhookMessage(q *apiReq) {
	f, ok := q.decodeOrFail()
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	what := "edit of " + q.r.PathValue("message")
	i, ok := s.webhookLocked(q, what)
	if !ok {
		return
	}
	what = fmt.Sprintf("edit of %s of interaction %s (%s)", q.r.PathValue("message"), i.id, i.label)
	defer s.recordEditLocked(i, q)
	m, ok := s.webhookMessageLocked(q, i, what)
	if !ok {
		return
	}
	if !s.editMessageAtLocked(q, m, f, nil, what) {
		return
	}
	i.completed = true
	q.reply(http.StatusOK, s.messageJSONLocked(m, false, false, 0))
}

// handleDeleteWebhookMessage answers DELETE
// /webhooks/{app}/{token}/messages/{message}.
func (s *Server) handleDeleteWebhookMessage(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	what := "delete of " + q.r.PathValue("message")
	i, ok := s.webhookLocked(q, what)
	if !ok {
		return
	}
	defer s.recordEditLocked(i, q)
	m, ok := s.webhookMessageLocked(q, i, what)
	if !ok {
		return
	}
	m.Deleted = true
	i.completed = true
	q.noContent()
}

// recordEditLocked appends an edit attempt to i.
func (s *Server) recordEditLocked(i *Interaction, q *apiReq) {
	i.edits = append(i.edits, Edit{MessageID: q.r.PathValue("message"), Method: q.r.Method, Body: slices.Clone(q.body), At: q.at, Status: q.status})
	s.notifyLocked()
}

// handleFollowUp answers POST /webhooks/{app}/{token}: a follow-up message;
// right after a deferral it edits the loading message instead, as Discord
// still does (deprecated).
func (s *Server) handleFollowUp(q *apiReq) {
	f, ok := q.decodeOrFail()
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, ok := s.webhookLocked(q, "follow-up")
	if !ok {
		return
	}
	what := fmt.Sprintf("follow-up of interaction %s (%s)", i.id, i.label)
	if i.typ == discordgo.InteractionApplicationCommandAutocomplete {
		q.fail(http.StatusBadRequest, codeUnknownWebhook, "Unknown Webhook", nil)
		s.breachLocked("%s: autocomplete interactions have no messages", what)
		return
	}
	// After the deferred response was deleted, a follow-up is a message of
	// its own (discord-api-docs#2739), with its own flags.
	if orig, ok := s.messages[i.originalID]; ok && !orig.Deleted && i.ack.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource && orig.Flags&flagLoading != 0 {
		s.noteLocked("%s edited the deferred response instead of creating a message (deprecated; use PATCH @original)", what)
		if errs := validateMessage(f, nil, messageRules{flags: flagsFollowUp}); len(errs) > 0 {
			q.failForm(errs)
			s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
			return
		}
		delete(f, "flags") // the loading message keeps its ephemeral state
		if !s.editMessageAtLocked(q, orig, f, nil, what) {
			return
		}
		i.completed = true
		q.reply(http.StatusOK, s.messageJSONLocked(orig, false, false, 0))
		return
	}
	m, ok := s.newBotMessageLocked(q, s.channels[i.channelID], f, nil, messageRules{flags: flagsFollowUp}, what)
	if !ok {
		return
	}
	s.markResponseLocked(i, m)
	m.Type = discordgo.MessageTypeDefault
	if i.originalID != "" {
		m.InteractionMeta["original_response_message_id"] = i.originalID
	}
	i.followUps = append(i.followUps, m.ID)
	i.completed = true
	s.dispatchMessageLocked(m)
	q.reply(http.StatusOK, s.messageJSONLocked(m, false, false, 0))
}
