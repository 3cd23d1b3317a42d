package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Discord's documented limits for interactions.
const (
	// DefaultAckDeadline is how long Discord waits for the first response to an
	// interaction before it invalidates the token.
	DefaultAckDeadline = 3 * time.Second
	// DefaultTokenLifetime is how long an interaction token can be used for
	// edits and follow-ups.
	DefaultTokenLifetime = 15 * time.Minute
	// DefaultHeartbeatInterval is the heartbeat interval announced in HELLO
	// (Discord's is about 41 s). discordgo heartbeats once on connect anyway;
	// a longer interval makes its Close, which sleeps 1 s, less likely to
	// meet a heartbeat and start reconnecting.
	DefaultHeartbeatInterval = 5 * time.Second
	// attachmentSizeLimit is the upload limit of a guild without boosts.
	attachmentSizeLimit = 10 << 20
)

// Option configures a Server.
type Option func(*config)

// config holds what Options set.
type config struct {
	ackDeadline   time.Duration
	tokenLifetime time.Duration
	heartbeat     time.Duration
	botToken      string
	appID         string
	resume        bool
	breach        func(string)
	logger        *slog.Logger
	finalChecks   bool
	selfEvents    bool
}

// WithAckDeadline sets how long after dispatch an interaction may be
// acknowledged (Discord: 3 s). Tests of late callbacks use a short one.
func WithAckDeadline(d time.Duration) Option { return func(c *config) { c.ackDeadline = d } }

// WithTokenLifetime sets how long after creation an interaction token may be
// used (Discord: 15 min), so expiry can be tested without waiting.
func WithTokenLifetime(d time.Duration) Option { return func(c *config) { c.tokenLifetime = d } }

// WithHeartbeatInterval sets the heartbeat interval announced in HELLO.
func WithHeartbeatInterval(d time.Duration) Option { return func(c *config) { c.heartbeat = d } }

// WithBotToken makes the server accept only this bot token (without the
// "Bot " prefix) in REST Authorization headers and in IDENTIFY/RESUME.
// Without it any non-empty "Bot ..." token is accepted.
func WithBotToken(token string) Option { return func(c *config) { c.botToken = token } }

// WithApplicationID fixes the application ID (which is also the bot user's
// ID); by default a fresh snowflake is used.
func WithApplicationID(id string) Option { return func(c *config) { c.appID = id } }

// WithoutResume makes the gateway refuse RESUME with op 9 (invalid session,
// not resumable): the client must IDENTIFY again, and events written to the
// lost connection are lost, as on Discord. Events never written are kept.
func WithoutResume() Option { return func(c *config) { c.resume = false } }

// WithBreachHandler sends each breach of Discord's rules to f instead of
// t.Errorf. Breaches are still recorded for Violations. f runs on the
// goroutine that answered the offending request; it must not block.
func WithBreachHandler(f func(string)) Option { return func(c *config) { c.breach = f } }

// WithLogger sets a logger for requests, gateway traffic and breaches; by
// default nothing is logged.
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.logger = l } }

// WithoutFinalChecks turns off the checks made when the test ends: that every
// dispatched interaction was acknowledged and every deferred one completed.
func WithoutFinalChecks() Option { return func(c *config) { c.finalChecks = false } }

// WithoutSelfEvents stops the MESSAGE_CREATE events Discord sends the bot for
// the messages it creates itself.
func WithoutSelfEvents() Option { return func(c *config) { c.selfEvents = false } }

// Server is a fake Discord: REST API and gateway on one httptest server.
// All methods are safe for concurrent use.
type Server struct {
	t   testing.TB
	cfg config
	log *slog.Logger
	ids snowflakes
	hs  *httptest.Server
	wg  sync.WaitGroup // gateway writer goroutines

	appID       string
	guildID     string
	channelID   string
	dmChannelID string
	userID      string
	startedAt   time.Time

	mu          sync.Mutex
	changed     chan struct{}
	stopping    bool // Close has begun: no new gateway connections
	closed      bool // Close has ended: no more reports to t
	users       map[string]*discordgo.User
	channels    map[string]*channel
	messages    map[string]*message
	channelMsgs map[string][]string
	files       map[string]*storedFile
	interacts   []*Interaction
	byID        map[string]*Interaction
	byToken     map[string]*Interaction
	commands    map[string][]*command // by guild ID, "" for global
	faults      []*RateLimit
	violations  []string
	delivered   int // violations already handed to t or the handler
	notes       []string
	requests    []Request
	gw          gatewayState
}

// Request is one REST request the server answered.
type Request struct {
	Method string
	// Path is the path below the API version, e.g. "/channels/1/messages".
	Path string
	// Route is the matched route pattern, e.g. "POST /channels/{channel}/messages".
	Route  string
	Status int
	At     time.Time
	// Body is the JSON body, or the payload_json part of a multipart body.
	Body []byte
	// Files are the names of uploaded files.
	Files []string
	// RateLimited is true when the answer was an injected 429.
	RateLimited bool
}

// New starts a fake Discord for t and stops it when the test ends. The
// bot's discordgo Session must send its REST requests to APIURL.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	cfg := config{
		ackDeadline:   DefaultAckDeadline,
		tokenLifetime: DefaultTokenLifetime,
		heartbeat:     DefaultHeartbeatInterval,
		resume:        true,
		finalChecks:   true,
		selfEvents:    true,
	}
	for _, o := range opts {
		o(&cfg)
	}
	logger := cfg.logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		t:           t,
		cfg:         cfg,
		log:         logger,
		startedAt:   time.Now(),
		changed:     make(chan struct{}),
		users:       make(map[string]*discordgo.User),
		channels:    make(map[string]*channel),
		messages:    make(map[string]*message),
		channelMsgs: make(map[string][]string),
		files:       make(map[string]*storedFile),
		byID:        make(map[string]*Interaction),
		byToken:     make(map[string]*Interaction),
		commands:    make(map[string][]*command),
		gw:          gatewayState{conns: make(map[*gwConn]struct{})},
	}
	s.appID = cfg.appID
	if s.appID == "" {
		s.appID = s.ids.next()
	}
	s.guildID = s.ids.next()
	s.userID = s.ids.next()
	s.users[s.appID] = &discordgo.User{ID: s.appID, Username: "parley", GlobalName: "Parley", Discriminator: "0", Bot: true}
	s.users[s.userID] = &discordgo.User{ID: s.userID, Username: "negotiator", GlobalName: "Negotiator", Discriminator: "0"}
	s.channelID = s.addChannelLocked(&channel{Type: discordgo.ChannelTypeGuildText, GuildID: s.guildID, Name: "general"})
	s.dmChannelID = s.addChannelLocked(&channel{Type: discordgo.ChannelTypeDM, Recipients: []string{s.userID}})
	s.hs = httptest.NewServer(s.routes())
	t.Cleanup(s.Close)
	return s
}

// URL is the server's base URL, "http://127.0.0.1:PORT", which stands in for
// "https://discord.com".
func (s *Server) URL() string { return s.hs.URL }

// APIURL is the REST prefix that replaces "https://discord.com/api/v9/" (the
// prefix discordgo v0.29 uses; any /api/vN/ is served), with a trailing slash.
func (s *Server) APIURL() string { return s.hs.URL + "/api/v" + discordgo.APIVersion + "/" }

// GatewayURL is the websocket URL that GET /gateway hands out.
func (s *Server) GatewayURL() string { return "ws" + strings.TrimPrefix(s.hs.URL, "http") + "/gateway" }

// ApplicationID is the application's ID, which is also the bot user's ID.
func (s *Server) ApplicationID() string { return s.appID }

// BotUser is the bot's user, as READY announces it.
func (s *Server) BotUser() *discordgo.User { return s.User(s.appID) }

// BotMention is the mention of the bot for message content: "<@ID>".
func (s *Server) BotMention() string { return "<@" + s.appID + ">" }

// GuildID is the ID of the one guild the bot is in.
func (s *Server) GuildID() string { return s.guildID }

// ChannelID is the ID of the guild's default text channel, where
// interactions and messages happen unless a spec names another channel.
func (s *Server) ChannelID() string { return s.channelID }

// DMChannelID is the ID of the DM channel between the default user and the bot.
func (s *Server) DMChannelID() string { return s.dmChannelID }

// DefaultUser is the (non-bot) user who invokes interactions and sends
// messages unless a spec names another.
func (s *Server) DefaultUser() *discordgo.User { return s.User(s.userID) }

// User returns a copy of a known user, or a bare user with that ID.
func (s *Server) User(id string) *discordgo.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.userLocked(id)
}

// userLocked returns a copy of the user with id.
func (s *Server) userLocked(id string) *discordgo.User {
	if u, ok := s.users[id]; ok {
		c := *u
		return &c
	}
	return &discordgo.User{ID: id, Username: "user" + id, Discriminator: "0"}
}

// AddUser registers a user (for example a second member of the guild) so
// that payloads show its name; it returns the user with its ID filled in.
func (s *Server) AddUser(username string) *discordgo.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	u := &discordgo.User{ID: s.ids.next(), Username: username, GlobalName: username, Discriminator: "0"}
	s.users[u.ID] = u
	c := *u
	return &c
}

// Close stops the server: it closes websockets, waits for in-flight requests,
// runs the final checks and reports what is left. New registers it with
// t.Cleanup; calling it again does nothing.
func (s *Server) Close() {
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		return
	}
	s.stopping = true
	conns := make([]*gwConn, 0, len(s.gw.conns))
	for c := range s.gw.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.closeNow()
	}
	s.hs.Close()
	s.wg.Wait()
	s.mu.Lock()
	if s.cfg.finalChecks {
		s.finalChecksLocked(time.Now())
	}
	s.mu.Unlock()
	s.flushReports()
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}

// finalChecksLocked reports interactions left unanswered.
func (s *Server) finalChecksLocked(now time.Time) {
	for _, i := range s.interacts {
		switch {
		case i.dispatchedAt.IsZero():
			s.noteLocked("interaction %s (%s) was never delivered to the bot", i.id, i.label)
		case i.ack == nil && now.After(i.dispatchedAt.Add(s.cfg.ackDeadline)):
			s.breachLocked("interaction %s (%s) was never acknowledged", i.id, i.label)
		case i.ack == nil:
			s.noteLocked("interaction %s (%s) not acknowledged when the test ended", i.id, i.label)
		case i.ack.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource && !i.completed:
			s.breachLocked("interaction %s (%s) was deferred but never completed: no edit of @original and no follow-up", i.id, i.label)
		}
	}
}

// Violations returns the breaches of Discord's rules seen so far.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.violations)
}

// Notes returns things worth knowing that are not breaches: unknown routes,
// events the bot's intents filter out, deprecated behaviour it relied on.
func (s *Server) Notes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.notes)
}

// Requests returns every REST request answered so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.requests))
	for i, r := range s.requests {
		r.Body = slices.Clone(r.Body)
		r.Files = slices.Clone(r.Files)
		out[i] = r
	}
	return out
}

// breachLocked records a breach of Discord's rules; flushReports delivers it.
func (s *Server) breachLocked(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.violations = append(s.violations, msg)
	s.log.Warn("discord rule breached", "breach", msg)
	s.notifyLocked()
}

// noteLocked records a note.
func (s *Server) noteLocked(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.notes = append(s.notes, msg)
	s.log.Info("note", "note", msg)
}

// flushReports hands breaches not yet delivered to the breach handler, or to
// t.Errorf. It must be called without s.mu held; the handler may call the
// server's methods.
func (s *Server) flushReports() {
	s.mu.Lock()
	pending := slices.Clone(s.violations[s.delivered:])
	s.delivered = len(s.violations)
	closed := s.closed
	s.mu.Unlock()
	if closed {
		return
	}
	for _, v := range pending {
		if s.cfg.breach != nil {
			s.cfg.breach(v)
			continue
		}
		s.t.Errorf("discordtest: %s", v)
	}
}

// notifyLocked wakes everything waiting for a change of state.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// WaitFor waits until cond returns true, re-checking on every change of the
// server's state (and at least every 20 ms), or until ctx ends. cond runs
// without the server's lock and may call the server's methods.
func (s *Server) WaitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return nil
		}
		if err := s.sleep(ctx, ch); err != nil {
			return err
		}
	}
}

// waitLocked is WaitFor for conditions on internal state: cond runs with
// s.mu held.
func (s *Server) waitLocked(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		if err := s.sleep(ctx, ch); err != nil {
			return err
		}
	}
}

// sleep waits for ch, a short tick, or the end of ctx.
func (s *Server) sleep(ctx context.Context, ch <-chan struct{}) error {
	tick := time.NewTimer(20 * time.Millisecond)
	defer tick.Stop()
	select {
	case <-ch:
		return nil
	case <-tick.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("discordtest: wait: %w", ctx.Err())
	}
}

// AckLatencies returns, sorted, the time from dispatch to acknowledgement of
// every acknowledged interaction.
func (s *Server) AckLatencies() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []time.Duration
	for _, i := range s.interacts {
		if i.ack != nil {
			out = append(out, i.ack.Latency)
		}
	}
	slices.Sort(out)
	return out
}

// Percentile returns the p-th percentile (0 < p <= 100, nearest rank) of
// sorted durations, or 0 for none.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(p/100*float64(len(sorted))+0.999999) - 1
	rank = max(0, min(rank, len(sorted)-1))
	return sorted[rank]
}

// Interactions returns every interaction sent so far, oldest first.
func (s *Server) Interactions() []*Interaction {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.interacts)
}

// toDiscordgo converts a JSON-shaped value into a discordgo type, the way
// discordgo decodes Discord's JSON. A failure means this package built a
// payload discordgo cannot read: it fails the test.
func toDiscordgo[T any](s *Server, v any) *T {
	out := new(T)
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, out)
	}
	if err != nil {
		s.t.Errorf("discordtest: internal error: %T from %s: %v", out, truncate(string(b), 300), err)
	}
	return out
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
