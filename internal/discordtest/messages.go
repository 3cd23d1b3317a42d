package discordtest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// timestampLayout is the ISO 8601 layout of Discord's timestamps.
const timestampLayout = "2006-01-02T15:04:05.000000+00:00"

// ts formats a time as Discord does.
func ts(t time.Time) string { return t.UTC().Format(timestampLayout) }

// channel is a guild text channel, a thread, or a DM.
type channel struct {
	ID                  string
	Type                discordgo.ChannelType
	GuildID             string
	Name                string
	ParentID            string
	OwnerID             string
	Recipients          []string
	AutoArchiveDuration int
	RateLimitPerUser    int
	CreatedAt           time.Time
	messageCount        int
	lastMessageID       string
}

// isThread reports the thread channel types.
func (c *channel) isThread() bool {
	return c.Type == discordgo.ChannelTypeGuildPublicThread || c.Type == discordgo.ChannelTypeGuildPrivateThread || c.Type == discordgo.ChannelTypeGuildNewsThread
}

// message is a stored message.
type message struct {
	ID              string
	ChannelID       string
	GuildID         string
	AuthorID        string
	Type            discordgo.MessageType
	Content         string
	Embeds          []json.RawMessage
	Components      json.RawMessage
	Attachments     []map[string]any
	Flags           int
	TTS             bool
	Mentions        []string
	MentionRoles    []string
	MentionEveryone bool
	Reference       map[string]any
	ReferencedID    string
	WebhookID       string
	ApplicationID   string
	InteractionMeta map[string]any
	ThreadID        string
	Timestamp       time.Time
	Edited          *time.Time
	Deleted         bool
	Ephemeral       bool
	Reactions       []string
	// AllowedMentions is the raw allowed_mentions of the last create or edit.
	AllowedMentions json.RawMessage
}

// storedFile is an attachment's bytes, served under /attachments/.
type storedFile struct {
	channelID   string
	filename    string
	contentType string
	data        []byte
}

// Attachment is a file on a message or in a slash command option.
type Attachment struct {
	Filename    string
	ContentType string
	Data        []byte
	// URL, if set, is used as the attachment's url instead of serving Data
	// from this server.
	URL         string
	Description string
}

// addChannelLocked stores a channel and returns its ID.
func (s *Server) addChannelLocked(c *channel) string {
	if c.ID == "" {
		c.ID = s.ids.next()
	}
	if c.CreatedAt.IsZero() {
		c.CreatedAt = time.Now()
	}
	s.channels[c.ID] = c
	return c.ID
}

// NewChannel adds a text channel to the guild and returns its ID.
func (s *Server) NewChannel(name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addChannelLocked(&channel{Type: discordgo.ChannelTypeGuildText, GuildID: s.guildID, Name: name})
}

// ensureChannelLocked returns the channel with id, creating a guild text
// channel if a test names one that does not exist yet.
func (s *Server) ensureChannelLocked(id string) *channel {
	if c, ok := s.channels[id]; ok {
		return c
	}
	c := &channel{ID: id, Type: discordgo.ChannelTypeGuildText, GuildID: s.guildID, Name: "channel-" + id}
	s.addChannelLocked(c)
	return c
}

// channelJSONLocked renders a channel as Discord does.
func (s *Server) channelJSONLocked(c *channel) map[string]any {
	out := map[string]any{
		"id": c.ID, "type": c.Type, "name": c.Name, "flags": 0,
		"last_message_id": nilIfEmpty(c.lastMessageID), "rate_limit_per_user": c.RateLimitPerUser,
	}
	if c.GuildID != "" {
		out["guild_id"] = c.GuildID
		out["nsfw"] = false
		out["position"] = 0
		out["permission_overwrites"] = []any{}
	}
	if c.ParentID != "" {
		out["parent_id"] = c.ParentID
	}
	if c.Type == discordgo.ChannelTypeDM {
		rs := []any{}
		for _, r := range c.Recipients {
			rs = append(rs, s.userJSONLocked(r))
		}
		out["recipients"] = rs
		delete(out, "name")
	}
	if c.isThread() {
		out["owner_id"] = c.OwnerID
		out["message_count"] = c.messageCount
		out["total_message_sent"] = c.messageCount
		out["member_count"] = 1
		out["thread_metadata"] = map[string]any{
			"archived": false, "auto_archive_duration": c.AutoArchiveDuration,
			"archive_timestamp": ts(c.CreatedAt), "locked": false, "create_timestamp": ts(c.CreatedAt),
			"invitable": c.Type == discordgo.ChannelTypeGuildPrivateThread,
		}
	}
	return out
}

// nilIfEmpty turns "" into JSON null.
func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// userJSONLocked renders a user as Discord does.
func (s *Server) userJSONLocked(id string) map[string]any {
	u := s.userLocked(id)
	out := map[string]any{
		"id": u.ID, "username": u.Username, "discriminator": "0", "avatar": nil,
		"global_name": nilIfEmpty(u.GlobalName), "public_flags": 0,
	}
	if u.Bot {
		out["bot"] = true
	}
	return out
}

// memberJSONLocked renders a guild member; withUser adds the user object
// (interactions carry it, MESSAGE_CREATE's member does not).
func (s *Server) memberJSONLocked(id string, withUser bool) map[string]any {
	out := map[string]any{
		"roles": []any{}, "joined_at": ts(s.startedAt), "premium_since": nil, "deaf": false, "mute": false,
		"flags": 0, "pending": false, "nick": nil, "avatar": nil, "banner": nil,
		"communication_disabled_until": nil, "permissions": "2248473465835073",
	}
	if withUser {
		out["user"] = s.userJSONLocked(id)
	}
	return out
}

// guildJSONLocked renders the guild for GUILD_CREATE.
func (s *Server) guildJSONLocked() map[string]any {
	channels := []any{}
	threads := []any{}
	for _, id := range sortedKeys(s.channels) {
		c := s.channels[id]
		switch {
		case c.GuildID != s.guildID:
		case c.isThread():
			threads = append(threads, s.channelJSONLocked(c))
		default:
			channels = append(channels, s.channelJSONLocked(c))
		}
	}
	return map[string]any{
		"id": s.guildID, "name": "Negotiation Desk", "icon": nil, "owner_id": s.userID,
		"unavailable": false, "large": false, "member_count": 2, "joined_at": ts(s.startedAt),
		"preferred_locale": "en-US", "features": []any{}, "verification_level": 0,
		"roles": []any{map[string]any{
			"id": s.guildID, "name": "@everyone", "permissions": "2248473465835073",
			"position": 0, "color": 0, "hoist": false, "managed": false, "mentionable": false,
		}},
		"channels": channels, "threads": threads, "members": []any{}, "voice_states": []any{},
		"presences": []any{}, "emojis": []any{}, "stickers": []any{}, "stage_instances": []any{},
		"guild_scheduled_events": []any{},
	}
}

// storeMessageLocked adds a message to its channel.
func (s *Server) storeMessageLocked(m *message) {
	if m.ID == "" {
		m.ID = s.ids.next()
	}
	if m.Timestamp.IsZero() {
		m.Timestamp = time.Now()
	}
	s.messages[m.ID] = m
	s.channelMsgs[m.ChannelID] = append(s.channelMsgs[m.ChannelID], m.ID)
	if c, ok := s.channels[m.ChannelID]; ok && !m.Ephemeral {
		c.lastMessageID = m.ID
		if c.isThread() {
			c.messageCount++
		}
	}
	s.notifyLocked()
}

// storeFileLocked keeps an attachment's bytes and returns its attachment
// object.
func (s *Server) storeFileLocked(channelID string, a Attachment) map[string]any {
	id := s.ids.next()
	u := a.URL
	if u == "" {
		s.files[id] = &storedFile{channelID: channelID, filename: a.Filename, contentType: a.ContentType, data: a.Data}
		// Discord's CDN URLs carry signature parameters; so do these.
		u = s.hs.URL + "/attachments/" + channelID + "/" + id + "/" + url.PathEscape(a.Filename) +
			"?ex=" + strconv.FormatInt(time.Now().Add(24*time.Hour).Unix(), 16) + "&is=" + strconv.FormatInt(time.Now().Unix(), 16) + "&hm=" + randomHex(32) + "&"
	}
	out := map[string]any{
		"id": id, "filename": a.Filename, "size": len(a.Data), "url": u, "proxy_url": u,
	}
	if a.ContentType != "" {
		out["content_type"] = a.ContentType
	}
	if a.Description != "" {
		out["description"] = a.Description
	}
	return out
}

// contentVisibleLocked reports whether the bot may see a message's content:
// with MESSAGE_CONTENT always; without it only for its own messages, DMs,
// messages that mention it, and replies to its messages.
func (s *Server) contentVisibleLocked(m *message) bool {
	if intents, _ := s.intentsLocked(); intents&discordgo.IntentMessageContent != 0 {
		return true
	}
	if m.AuthorID == s.appID || slices.Contains(m.Mentions, s.appID) {
		return true
	}
	if c, ok := s.channels[m.ChannelID]; ok && c.Type == discordgo.ChannelTypeDM {
		return true
	}
	if ref, ok := s.messages[m.ReferencedID]; ok && ref.AuthorID == s.appID {
		return true
	}
	return false
}

// messageJSONLocked renders a message as Discord does. Without hide the
// content fields are filled as stored; with hide they are emptied the way
// Discord empties them for a bot without MESSAGE_CONTENT (callers decide
// with contentVisibleLocked). withGuild adds guild_id (gateway events).
func (s *Server) messageJSONLocked(m *message, hide, withGuild bool, depth int) map[string]any {
	mentions := []any{}
	for _, id := range m.Mentions {
		mentions = append(mentions, s.userJSONLocked(id))
	}
	embeds := []any{}
	for _, e := range m.Embeds {
		embeds = append(embeds, e)
	}
	attachments := []any{}
	for _, a := range m.Attachments {
		attachments = append(attachments, a)
	}
	var components any = []any{}
	if !isNull(m.Components) {
		components = m.Components
	}
	out := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "type": m.Type, "content": m.Content,
		"author": s.userJSONLocked(m.AuthorID), "embeds": embeds, "attachments": attachments,
		"components": components, "mentions": mentions, "mention_roles": orEmpty(m.MentionRoles),
		"mention_everyone": m.MentionEveryone, "pinned": false, "tts": m.TTS,
		"timestamp": ts(m.Timestamp), "edited_timestamp": nil, "flags": m.Flags,
	}
	if m.Edited != nil {
		out["edited_timestamp"] = ts(*m.Edited)
	}
	if hide {
		out["content"] = ""
		out["embeds"] = []any{}
		out["attachments"] = []any{}
		out["components"] = []any{}
	}
	if withGuild && m.GuildID != "" {
		out["guild_id"] = m.GuildID
	}
	if m.WebhookID != "" {
		out["webhook_id"] = m.WebhookID
	}
	if m.ApplicationID != "" {
		out["application_id"] = m.ApplicationID
	}
	if m.InteractionMeta != nil {
		out["interaction_metadata"] = m.InteractionMeta
	}
	if len(m.Reactions) > 0 {
		rs := []any{}
		for _, e := range m.Reactions {
			rs = append(rs, map[string]any{"count": 1, "me": true, "emoji": map[string]any{"id": nil, "name": e}})
		}
		out["reactions"] = rs
	}
	if m.Reference != nil {
		out["message_reference"] = m.Reference
		if depth == 0 && m.Type == discordgo.MessageTypeReply {
			if ref, ok := s.messages[m.ReferencedID]; ok && !ref.Deleted {
				out["referenced_message"] = s.messageJSONLocked(ref, !s.contentVisibleLocked(ref), false, 1)
			} else {
				out["referenced_message"] = nil
			}
		}
	}
	if m.ThreadID != "" {
		if c, ok := s.channels[m.ThreadID]; ok {
			out["thread"] = s.channelJSONLocked(c)
		}
	}
	return out
}

// orEmpty renders a nil slice as [].
func orEmpty(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

// messageLocked converts a stored message, as stored, to discordgo's type.
func (s *Server) messageLocked(m *message) *discordgo.Message {
	return toDiscordgo[discordgo.Message](s, s.messageJSONLocked(m, false, true, 0))
}

// Message returns the message with id as stored (full content), if it exists
// and was not deleted.
func (s *Server) Message(id string) (*discordgo.Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[id]
	if !ok || m.Deleted {
		return nil, false
	}
	return s.messageLocked(m), true
}

// Messages returns the messages of a channel or thread, oldest first, with
// full content; ephemeral and deleted messages are left out.
func (s *Server) Messages(channelID string) []*discordgo.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*discordgo.Message
	for _, id := range s.channelMsgs[channelID] {
		if m := s.messages[id]; !m.Deleted && !m.Ephemeral {
			out = append(out, s.messageLocked(m))
		}
	}
	return out
}

// BotMessages returns every message the bot created (channel messages,
// interaction responses and follow-ups, ephemeral ones included), oldest
// first, as they are now.
func (s *Server) BotMessages() []*discordgo.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var all []*message
	for _, m := range s.messages {
		if m.AuthorID == s.appID && !m.Deleted {
			all = append(all, m)
		}
	}
	slices.SortFunc(all, func(a, b *message) int { return compareIDs(a.ID, b.ID) })
	out := make([]*discordgo.Message, len(all))
	for i, m := range all {
		out[i] = s.messageLocked(m)
	}
	return out
}

// AllowedMentions returns the raw allowed_mentions the bot sent with the
// last create or edit of a message.
func (s *Server) AllowedMentions(messageID string) json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m, ok := s.messages[messageID]; ok {
		return slices.Clone(m.AllowedMentions)
	}
	return nil
}

// compareIDs orders snowflakes numerically.
func compareIDs(a, b string) int {
	x, _ := strconv.ParseUint(a, 10, 64)
	y, _ := strconv.ParseUint(b, 10, 64)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// Channel returns a channel or thread by ID.
func (s *Server) Channel(id string) (*discordgo.Channel, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channels[id]
	if !ok {
		return nil, false
	}
	return toDiscordgo[discordgo.Channel](s, s.channelJSONLocked(c)), true
}

// Threads returns the threads created so far, oldest first.
func (s *Server) Threads() []*discordgo.Channel {
	s.mu.Lock()
	defer s.mu.Unlock()
	var list []*channel
	for _, c := range s.channels {
		if c.isThread() {
			list = append(list, c)
		}
	}
	slices.SortFunc(list, func(a, b *channel) int { return a.CreatedAt.Compare(b.CreatedAt) })
	out := make([]*discordgo.Channel, len(list))
	for i, c := range list {
		out[i] = toDiscordgo[discordgo.Channel](s, s.channelJSONLocked(c))
	}
	return out
}

// MessageSpec describes a message a user sends, for SendMessage.
type MessageSpec struct {
	// ChannelID is where it is sent: a channel or a thread. Default: the
	// guild's default channel (or the DM channel with DM).
	ChannelID string
	// DM sends it in the DM channel between the author and the bot.
	DM bool
	// Author defaults to DefaultUser.
	Author *discordgo.User
	// Content may mention users as <@ID> (see BotMention), roles as <@&ID>,
	// and @everyone.
	Content     string
	Embeds      []*discordgo.MessageEmbed
	Attachments []Attachment
	// ReplyTo is the ID of the message this one replies to.
	ReplyTo string
	// NoReplyPing turns off the mention of the replied-to author that a reply
	// carries by default.
	NoReplyPing bool
}

// SendMessage stores a user's message and dispatches MESSAGE_CREATE, with
// the content fields emptied as Discord empties them for a bot without the
// MESSAGE_CONTENT intent (or not dispatched at all without GUILD_MESSAGES or
// DIRECT_MESSAGES). It returns the message as stored, with full content.
func (s *Server) SendMessage(spec MessageSpec) *discordgo.Message {
	defer s.flushReports()
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.userMessageLocked(spec)
	s.dispatchMessageLocked(m)
	return s.messageLocked(m)
}

// SeedMessage stores a user's message without dispatching it, as history
// that existed before the test; it returns the stored message.
func (s *Server) SeedMessage(spec MessageSpec) *discordgo.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messageLocked(s.userMessageLocked(spec))
}

// userMessageLocked builds and stores a user's message from a spec.
func (s *Server) userMessageLocked(spec MessageSpec) *message {
	author := s.userID
	if spec.Author != nil && spec.Author.ID != "" {
		author = spec.Author.ID
		if _, ok := s.users[author]; !ok {
			u := *spec.Author
			s.users[author] = &u
		}
	}
	chID := spec.ChannelID
	switch {
	case chID == "" && spec.DM:
		chID = s.dmChannelID
	case chID == "":
		chID = s.channelID
	}
	ch := s.ensureChannelLocked(chID)
	m := &message{ChannelID: ch.ID, GuildID: ch.GuildID, AuthorID: author, Type: discordgo.MessageTypeDefault, Content: spec.Content}
	for _, e := range spec.Embeds {
		m.Embeds = append(m.Embeds, mustJSON(e))
	}
	for _, a := range spec.Attachments {
		m.Attachments = append(m.Attachments, s.storeFileLocked(ch.ID, a))
	}
	replied := ""
	if spec.ReplyTo != "" {
		m.Type = discordgo.MessageTypeReply
		m.ReferencedID = spec.ReplyTo
		m.Reference = map[string]any{"type": 0, "message_id": spec.ReplyTo, "channel_id": ch.ID}
		if ch.GuildID != "" {
			m.Reference["guild_id"] = ch.GuildID
		}
		if ref, ok := s.messages[spec.ReplyTo]; ok && !spec.NoReplyPing {
			replied = ref.AuthorID
		}
	}
	users, roles, everyone := effectiveMentions(spec.Content, allowedMentions{}, replied)
	m.Mentions, m.MentionRoles, m.MentionEveryone = users, roles, everyone
	s.storeMessageLocked(m)
	return m
}

// registerMessageLocked stores a message a test built itself (the target
// of a message command, the message of a button) if it is not stored yet,
// and returns the stored one.
func (s *Server) registerMessageLocked(dm *discordgo.Message, defaultChannel string) *message {
	if dm.ID != "" {
		if m, ok := s.messages[dm.ID]; ok {
			return m
		}
	}
	ch := dm.ChannelID
	if ch == "" {
		ch = defaultChannel
	}
	c := s.ensureChannelLocked(ch)
	m := &message{ID: dm.ID, ChannelID: c.ID, GuildID: c.GuildID, Type: dm.Type, Content: dm.Content, Flags: int(dm.Flags)}
	m.AuthorID = s.userID
	if dm.Author != nil && dm.Author.ID != "" {
		m.AuthorID = dm.Author.ID
		if _, ok := s.users[m.AuthorID]; !ok {
			u := *dm.Author
			s.users[m.AuthorID] = &u
		}
	}
	for _, e := range dm.Embeds {
		m.Embeds = append(m.Embeds, mustJSON(e))
	}
	for _, a := range dm.Attachments {
		m.Attachments = append(m.Attachments, map[string]any{
			"id": a.ID, "filename": a.Filename, "size": a.Size, "url": a.URL, "proxy_url": a.ProxyURL, "content_type": a.ContentType,
		})
	}
	if len(dm.Components) > 0 {
		m.Components = mustJSON(dm.Components)
	}
	for _, u := range dm.Mentions {
		m.Mentions = append(m.Mentions, u.ID)
	}
	if !dm.Timestamp.IsZero() {
		m.Timestamp = dm.Timestamp
	}
	s.storeMessageLocked(m)
	return m
}

// dispatchMessageLocked sends MESSAGE_CREATE for a message if the bot's
// intents let it receive it.
func (s *Server) dispatchMessageLocked(m *message) {
	if m.Ephemeral {
		return
	}
	if m.AuthorID == s.appID && !s.cfg.selfEvents {
		return
	}
	intents, known := s.intentsLocked()
	c := s.channels[m.ChannelID]
	dm := c != nil && c.Type == discordgo.ChannelTypeDM
	switch {
	case known && dm && intents&discordgo.IntentDirectMessages == 0:
		s.noteLocked("MESSAGE_CREATE %s not dispatched: intents lack DIRECT_MESSAGES", m.ID)
		return
	case known && !dm && intents&discordgo.IntentGuildMessages == 0:
		s.noteLocked("MESSAGE_CREATE %s not dispatched: intents lack GUILD_MESSAGES", m.ID)
		return
	}
	payload := s.messageJSONLocked(m, !s.contentVisibleLocked(m), true, 0)
	if m.GuildID != "" && m.WebhookID == "" {
		payload["member"] = s.memberJSONLocked(m.AuthorID, false)
	}
	s.dispatchLocked("MESSAGE_CREATE", payload, nil)
}

// channelForBotLocked finds a channel the bot addresses, answering 404
// Unknown Channel (a breach) when there is none.
func (s *Server) channelForBotLocked(q *apiReq) (*channel, bool) {
	c, ok := s.channels[q.r.PathValue("channel")]
	if !ok {
		q.fail(http.StatusNotFound, codeUnknownChannel, "Unknown Channel", nil)
		s.breachLocked("%s: unknown channel %s", q.route, q.r.PathValue("channel"))
		return nil, false
	}
	return c, true
}

// messageInChannelLocked finds a message of a channel, answering 404
// Unknown Message (a breach) when there is none.
func (s *Server) messageInChannelLocked(q *apiReq, c *channel) (*message, bool) {
	m, ok := s.messages[q.r.PathValue("message")]
	if !ok || m.Deleted || m.ChannelID != c.ID || m.Ephemeral {
		q.fail(http.StatusNotFound, codeUnknownMessage, "Unknown Message", nil)
		s.breachLocked("%s: unknown message %s in channel %s", q.route, q.r.PathValue("message"), c.ID)
		return nil, false
	}
	return m, true
}

// handleGetChannel answers GET /channels/{channel}.
func (s *Server) handleGetChannel(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.channelForBotLocked(q); ok {
		q.reply(http.StatusOK, s.channelJSONLocked(c))
	}
}

// handleTyping answers POST /channels/{channel}/typing.
func (s *Server) handleTyping(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.channelForBotLocked(q); ok {
		q.noContent()
	}
}

// handleListMessages answers GET /channels/{channel}/messages: newest first,
// limit 1..100 (default 50), before/after/around, content hidden as for
// MESSAGE_CREATE.
func (s *Server) handleListMessages(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	v := q.r.URL.Query()
	limit := 50
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 100 {
			q.failForm([]fieldError{{[]string{"limit"}, "NUMBER_TYPE_MAX", "int value should be between 1 and 100."}})
			s.breachLocked("%s: limit %q out of 1..100", q.route, l)
			return
		}
		limit = n
	}
	var list []*message
	for _, id := range s.channelMsgs[c.ID] {
		if m := s.messages[id]; !m.Deleted && !m.Ephemeral {
			list = append(list, m)
		}
	}
	slices.SortFunc(list, func(a, b *message) int { return compareIDs(b.ID, a.ID) })
	before, after, around := v.Get("before"), v.Get("after"), v.Get("around")
	list = slices.DeleteFunc(list, func(m *message) bool {
		return before != "" && compareIDs(m.ID, before) >= 0 || after != "" && compareIDs(m.ID, after) <= 0
	})
	switch {
	case around != "":
		idx := slices.IndexFunc(list, func(m *message) bool { return compareIDs(m.ID, around) <= 0 })
		if idx < 0 {
			idx = len(list)
		}
		lo := max(0, idx-limit/2)
		list = list[lo:min(len(list), lo+limit)]
	case after != "" && len(list) > limit:
		list = list[len(list)-limit:] // the first messages after the ID
	case len(list) > limit:
		list = list[:limit]
	}
	out := make([]any, 0, len(list))
	for _, m := range list {
		out = append(out, s.messageJSONLocked(m, !s.contentVisibleLocked(m), false, 0))
	}
	q.reply(http.StatusOK, out)
}

// handleGetMessage answers GET /channels/{channel}/messages/{message}.
func (s *Server) handleGetMessage(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	if m, ok := s.messageInChannelLocked(q, c); ok {
		q.reply(http.StatusOK, s.messageJSONLocked(m, !s.contentVisibleLocked(m), false, 0))
	}
}

// handleCreateMessage answers POST /channels/{channel}/messages.
func (s *Server) handleCreateMessage(q *apiReq) {
	f, ok := q.decodeOrFail()
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	m, ok := s.newBotMessageLocked(q, c, f, nil, messageRules{flags: flagsChannelMessage}, "")
	if !ok {
		return
	}
	s.dispatchMessageLocked(m)
	q.reply(http.StatusOK, s.messageJSONLocked(m, false, false, 0))
}

// handleEditMessage answers PATCH /channels/{channel}/messages/{message}.
func (s *Server) handleEditMessage(q *apiReq) {
	f, ok := q.decodeOrFail()
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	m, ok := s.messageInChannelLocked(q, c)
	if !ok {
		return
	}
	if m.AuthorID != s.appID {
		q.fail(http.StatusForbidden, codeCannotEditOthers, "Cannot edit a message authored by another user", nil)
		s.breachLocked("%s: edit of message %s, which another user wrote", q.route, m.ID)
		return
	}
	if s.editMessageAtLocked(q, m, f, nil, q.route) {
		q.reply(http.StatusOK, s.messageJSONLocked(m, false, false, 0))
	}
}

// handleDeleteMessage answers DELETE /channels/{channel}/messages/{message}.
func (s *Server) handleDeleteMessage(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	if m, ok := s.messageInChannelLocked(q, c); ok {
		m.Deleted = true
		s.notifyLocked()
		q.noContent()
	}
}

// handleAddReaction answers PUT .../reactions/{emoji}/@me.
func (s *Server) handleAddReaction(q *apiReq) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	if m, ok := s.messageInChannelLocked(q, c); ok {
		if e := q.r.PathValue("emoji"); !slices.Contains(m.Reactions, e) {
			m.Reactions = append(m.Reactions, e)
		}
		s.notifyLocked()
		q.noContent()
	}
}

// decodeOrFail decodes the body as an object or answers 400.
func (q *apiReq) decodeOrFail() (map[string]json.RawMessage, bool) {
	f, err := q.fields()
	if err != nil {
		q.fail(http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body", []fieldError{{nil, "MODEL_TYPE_CONVERT", "Body must be a JSON object."}})
		q.s.mu.Lock()
		q.s.breachLocked("%s: body is not a JSON object", q.route)
		q.s.mu.Unlock()
		return nil, false
	}
	return f, true
}

// newBotMessageLocked validates and creates a message the bot sends in a
// channel (channel messages, interaction responses, follow-ups). prefix is
// "data" for interaction callbacks. On a rule breach that Discord rejects
// it answers the request and returns false; breaches Discord accepts
// (allowed_mentions) are recorded and the message is created.
func (s *Server) newBotMessageLocked(q *apiReq, c *channel, f map[string]json.RawMessage, prefix []string, rules messageRules, what string) (*message, bool) {
	if what == "" {
		what = q.route
	}
	if errs := validateMessage(f, prefix, rules); len(errs) > 0 {
		q.failForm(errs)
		s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
		return nil, false
	}
	m := &message{ChannelID: c.ID, GuildID: c.GuildID, AuthorID: s.appID, Type: discordgo.MessageTypeDefault}
	var ref struct {
		MessageID       string `json:"message_id"`
		ChannelID       string `json:"channel_id"`
		FailIfNotExists *bool  `json:"fail_if_not_exists"`
	}
	if raw, ok := f["message_reference"]; ok && !isNull(raw) {
		if json.Unmarshal(raw, &ref) != nil || ref.MessageID == "" {
			errs := required(at(prefix, "message_reference", "message_id"))
			q.failForm(errs)
			s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
			return nil, false
		}
		target, ok := s.messages[ref.MessageID]
		if !ok || target.Deleted || target.ChannelID != c.ID && ref.ChannelID != target.ChannelID {
			if ref.FailIfNotExists == nil || *ref.FailIfNotExists {
				errs := []fieldError{{at(prefix, "message_reference"), "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message"}}
				q.failForm(errs)
				s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
				return nil, false
			}
		} else {
			m.Type = discordgo.MessageTypeReply
			m.ReferencedID = target.ID
			m.Reference = map[string]any{"type": 0, "message_id": target.ID, "channel_id": target.ChannelID}
			if target.GuildID != "" {
				m.Reference["guild_id"] = target.GuildID
			}
		}
	}
	applyMessageFields(m, f)
	for _, up := range q.files {
		m.Attachments = append(m.Attachments, s.storeFileLocked(c.ID, Attachment{Filename: up.filename, ContentType: up.contentType, Data: up.data}))
	}
	stickers := 0
	if raw, ok := f["sticker_ids"]; ok {
		var ids []json.RawMessage
		_ = json.Unmarshal(raw, &ids)
		stickers = len(ids)
	}
	_, poll := f["poll"]
	if messageEmpty(m.Content, len(m.Embeds), m.Components, len(m.Attachments), stickers, poll && !isNull(f["poll"])) {
		q.fail(http.StatusBadRequest, codeEmptyMessage, "Cannot send an empty message", nil)
		s.breachLocked("%s: empty message (no content, embeds, components or files)", what)
		return nil, false
	}
	s.checkMentionsLocked(m, f, what)
	m.Ephemeral = m.Flags&flagEphemeral != 0
	s.storeMessageLocked(m)
	return m, true
}

// editMessageAtLocked validates and applies an edit of a bot message (field
// errors under prefix); on failure it has answered the request.
func (s *Server) editMessageAtLocked(q *apiReq, m *message, f map[string]json.RawMessage, prefix []string, what string) bool {
	if errs := validateMessage(f, prefix, messageRules{flags: flagsEdit}); len(errs) > 0 {
		q.failForm(errs)
		s.breachLocked("%s: Invalid Form Body: %s", what, describe(errs))
		return false
	}
	next := *m
	next.Embeds = slices.Clone(m.Embeds)
	next.Attachments = slices.Clone(m.Attachments)
	applyMessageFields(&next, f)
	if raw, ok := f["attachments"]; ok {
		var keep []struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(raw, &keep)
		var kept []map[string]any
		for _, a := range next.Attachments {
			for _, k := range keep {
				if id, _ := a["id"].(string); id != "" && (string(k.ID) == `"`+id+`"` || string(k.ID) == id) {
					kept = append(kept, a)
				}
			}
		}
		next.Attachments = kept
	}
	for _, up := range q.files {
		next.Attachments = append(next.Attachments, s.storeFileLocked(m.ChannelID, Attachment{Filename: up.filename, ContentType: up.contentType, Data: up.data}))
	}
	if messageEmpty(next.Content, len(next.Embeds), next.Components, len(next.Attachments), 0, false) {
		q.fail(http.StatusBadRequest, codeEmptyMessage, "Cannot send an empty message", nil)
		s.breachLocked("%s: the edit leaves message %s empty", what, m.ID)
		return false
	}
	next.Flags &^= flagLoading
	now := time.Now()
	next.Edited = &now
	s.checkMentionsLocked(&next, f, what)
	*m = next
	s.notifyLocked()
	return true
}

// applyMessageFields copies the message fields present in a request body.
func applyMessageFields(m *message, f map[string]json.RawMessage) {
	if raw, ok := f["content"]; ok {
		m.Content = ""
		_ = json.Unmarshal(raw, &m.Content)
	}
	if raw, ok := f["embeds"]; ok {
		m.Embeds = nil
		var list []json.RawMessage
		_ = json.Unmarshal(raw, &list)
		m.Embeds = list
	}
	// Discord clears embeds given as null but keeps components given as null
	// (discordgo sends both as null when the slices are nil).
	if raw, ok := f["components"]; ok && !isNull(raw) {
		m.Components = slices.Clone(raw)
	}
	if raw, ok := f["tts"]; ok {
		_ = json.Unmarshal(raw, &m.TTS)
	}
	if raw, ok := f["flags"]; ok && !isNull(raw) {
		var flags int
		_ = json.Unmarshal(raw, &flags)
		m.Flags = m.Flags&^flagsEdit | flags
	}
}

// checkMentionsLocked records allowed_mentions breaches and sets who the
// message pings, as Discord would compute it.
func (s *Server) checkMentionsLocked(m *message, f map[string]json.RawMessage, what string) {
	for _, b := range mentionBreaches(f) {
		s.breachLocked("%s: %s", what, b)
	}
	if raw, ok := f["allowed_mentions"]; ok {
		m.AllowedMentions = slices.Clone(raw)
	}
	am, _ := parseAllowedMentions(m.AllowedMentions, nil)
	replied := ""
	if ref, ok := s.messages[m.ReferencedID]; ok {
		replied = ref.AuthorID
	}
	m.Mentions, m.MentionRoles, m.MentionEveryone = effectiveMentions(m.Content, am, replied)
}

// threadParams is the body of a thread creation.
type threadParams struct {
	Name                string          `json:"name"`
	AutoArchiveDuration int             `json:"auto_archive_duration"`
	Type                *int            `json:"type"`
	RateLimitPerUser    int             `json:"rate_limit_per_user"`
	Message             json.RawMessage `json:"message"`
}

// validateThread checks a thread's name and archive duration.
func validateThread(p threadParams) []fieldError {
	errs := badLength([]string{"name"}, p.Name, 1, 100)
	switch p.AutoArchiveDuration {
	case 0, 60, 1440, 4320, 10080:
	default:
		errs = append(errs, fieldError{[]string{"auto_archive_duration"}, "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}."})
	}
	if p.RateLimitPerUser < 0 || p.RateLimitPerUser > 21600 {
		errs = append(errs, fieldError{[]string{"rate_limit_per_user"}, "NUMBER_TYPE_MAX", "int value should be less than or equal to 21600."})
	}
	return errs
}

// handleStartThreadFromMessage answers POST
// /channels/{channel}/messages/{message}/threads: the thread gets the
// message's ID.
func (s *Server) handleStartThreadFromMessage(q *apiReq) {
	var p threadParams
	_ = json.Unmarshal(q.body, &p) // a bad body fails validation below
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	if c.isThread() || c.Type == discordgo.ChannelTypeDM {
		q.fail(http.StatusBadRequest, codeWrongChannelType, "Cannot execute action on this channel type", nil)
		s.breachLocked("%s: threads cannot be started in channel %s of type %d", q.route, c.ID, c.Type)
		return
	}
	m, ok := s.messageInChannelLocked(q, c)
	if !ok {
		return
	}
	if errs := validateThread(p); len(errs) > 0 {
		q.failForm(errs)
		s.breachLocked("%s: Invalid Form Body: %s", q.route, describe(errs))
		return
	}
	if m.ThreadID != "" {
		q.fail(http.StatusBadRequest, codeThreadAlreadyCreated, "A thread has already been created for this message", nil)
		s.breachLocked("%s: a thread already exists for message %s", q.route, m.ID)
		return
	}
	typ := discordgo.ChannelTypeGuildPublicThread
	if c.Type == discordgo.ChannelTypeGuildNews {
		typ = discordgo.ChannelTypeGuildNewsThread
	}
	th := s.newThreadLocked(m.ID, c, p, typ)
	m.ThreadID = th.ID
	m.Flags |= flagHasThread
	q.reply(http.StatusCreated, s.channelJSONLocked(th))
}

// handleStartThread answers POST /channels/{channel}/threads: a thread
// without a starter message (type required from API v10 on, private by
// default before).
func (s *Server) handleStartThread(q *apiReq) {
	var p threadParams
	_ = json.Unmarshal(q.body, &p) // a bad body fails validation below
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.channelForBotLocked(q)
	if !ok {
		return
	}
	if c.isThread() || c.Type == discordgo.ChannelTypeDM {
		q.fail(http.StatusBadRequest, codeWrongChannelType, "Cannot execute action on this channel type", nil)
		s.breachLocked("%s: threads cannot be started in channel %s of type %d", q.route, c.ID, c.Type)
		return
	}
	errs := validateThread(p)
	typ := discordgo.ChannelTypeGuildPrivateThread
	switch {
	case p.Type == nil && q.version >= 10:
		errs = append(errs, required([]string{"type"})...)
	case p.Type != nil:
		typ = discordgo.ChannelType(*p.Type)
		if typ != discordgo.ChannelTypeGuildPublicThread && typ != discordgo.ChannelTypeGuildPrivateThread && typ != discordgo.ChannelTypeGuildNewsThread {
			errs = append(errs, fieldError{[]string{"type"}, "BASE_TYPE_CHOICES", "Value must be one of {10, 11, 12}."})
		}
	}
	if len(errs) > 0 {
		q.failForm(errs)
		s.breachLocked("%s: Invalid Form Body: %s", q.route, describe(errs))
		return
	}
	th := s.newThreadLocked("", c, p, typ)
	if !isNull(p.Message) {
		var f map[string]json.RawMessage
		if json.Unmarshal(p.Message, &f) == nil {
			m, ok := s.newBotMessageLocked(q, th, f, []string{"message"}, messageRules{flags: flagsChannelMessage}, q.route+" (thread start message)")
			if !ok {
				delete(s.channels, th.ID)
				return
			}
			s.dispatchMessageLocked(m)
		}
	}
	q.reply(http.StatusCreated, s.channelJSONLocked(th))
}

// newThreadLocked creates a thread under parent and dispatches THREAD_CREATE.
func (s *Server) newThreadLocked(id string, parent *channel, p threadParams, typ discordgo.ChannelType) *channel {
	dur := p.AutoArchiveDuration
	if dur == 0 {
		dur = 4320
	}
	th := &channel{ID: id, Type: typ, GuildID: parent.GuildID, Name: p.Name, ParentID: parent.ID, OwnerID: s.appID, AutoArchiveDuration: dur, RateLimitPerUser: p.RateLimitPerUser}
	s.addChannelLocked(th)
	if intents, known := s.intentsLocked(); !known || intents&discordgo.IntentGuilds != 0 {
		payload := s.channelJSONLocked(th)
		payload["newly_created"] = true
		payload["member"] = map[string]any{"id": th.ID, "user_id": s.appID, "join_timestamp": ts(th.CreatedAt), "flags": 0}
		s.dispatchLocked("THREAD_CREATE", payload, nil)
	}
	s.notifyLocked()
	return th
}
