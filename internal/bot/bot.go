package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
)

// Options are what the bot is built from; cmd/bot wires them.
type Options struct {
	Token   string
	APIURL  string // DISCORD_API_URL; empty: Discord's own
	GuildID string // register the commands in this guild only (development)
	// ShardID and ShardCount select one gateway shard for this process;
	// ShardCount 0 means a single connection, and AutoShards runs all the
	// shards Discord recommends (GET /gateway/bot) in this process.
	ShardID, ShardCount int
	AutoShards          bool

	Pipeline *pipeline.Pipeline
	Store    store.Store // bindings, turns, settings; also the pipeline's

	MaxConcurrent int           // work in progress at once (default 8)
	MaxWait       time.Duration // how long work waits for a slot (default 2 min)
	UserCooldown  time.Duration // between two briefs of one user
	ShutdownGrace time.Duration // in-flight work finishes within this (default 10 s)
	// LLMConfigured says an LLM endpoint is set (servers may still turn it off).
	LLMConfigured bool
	// AttachmentClient downloads attachments from Discord's CDN (default:
	// a client with a timeout). Their URLs come from Discord's payloads.
	AttachmentClient *http.Client
	MaxFileBytes     int64 // largest attachment read (default 5 MB)

	Log      *slog.Logger
	Now      func() time.Time
	Observer Observer // optional: metrics
}

// Observer is told about every interaction and message handled, for
// metrics. Implementations must be safe for concurrent use.
type Observer interface {
	Handled(kind, outcome string, ack, total time.Duration)
}

// Bot is Parley on Discord.
type Bot struct {
	opts     Options
	log      *slog.Logger
	session  *discordgo.Session   // the first shard's; REST goes through it
	sessions []*discordgo.Session // one per shard run here
	resp     responder
	sem      chan struct{}

	mu        sync.Mutex
	closing   bool
	inflight  sync.WaitGroup
	cooldowns map[string]time.Time
	settings  map[string]cachedSettings // guild -> settings, read through
	appID     string
	botID     string

	ready     chan struct{}
	connected atomic.Int32 // shards connected

	paragraphs paragraphCache // the LLM's story paragraphs (story.go)
	joins      guildLocks     // one story join at a time per server (story.go)
}

// New builds the bot and its Discord session; Run connects it.
func New(o Options) (*Bot, error) {
	if o.Token == "" {
		return nil, errors.New("new bot: no token")
	}
	if o.Pipeline == nil {
		return nil, errors.New("new bot: no pipeline")
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = 8
	}
	if o.MaxWait <= 0 {
		o.MaxWait = 2 * time.Minute
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = 10 * time.Second
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = 5 << 20
	}
	if o.AttachmentClient == nil {
		o.AttachmentClient = &http.Client{Timeout: 30 * time.Second}
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	s, err := newSession(o.Token, o.APIURL)
	if err != nil {
		return nil, err
	}
	if o.ShardCount > 0 {
		s.ShardID, s.ShardCount = o.ShardID, o.ShardCount
	}
	b := &Bot{
		opts:      o,
		log:       o.Log,
		session:   s,
		resp:      sessionResponder{s: s},
		sem:       make(chan struct{}, o.MaxConcurrent),
		cooldowns: map[string]time.Time{},
		settings:  map[string]cachedSettings{},
		ready:     make(chan struct{}),
	}
	return b, nil
}

// newSession makes a discordgo session with Parley's client and intents.
func newSession(token, apiURL string) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("new discord session: %w", err)
	}
	s.Client = newAPIClient(apiURL)
	s.UserAgent = "DiscordBot (https://github.com/parley-bot/parley, 1.0) Parley"
	// No privileged intents: MESSAGE_CONTENT in particular is never asked
	// for. Follow-ups come as mentions, replies to the bot, and commands.
	s.Identify.Intents = discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages
	s.StateEnabled = true
	s.LogLevel = discordgo.LogError
	return s, nil
}

// addHandlers wires a shard's session to the bot; ready is closed when all
// shards have had their READY.
func (b *Bot) addHandlers(s *discordgo.Session, pending *atomic.Int32) {
	var once sync.Once
	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		b.mu.Lock()
		if r.Application != nil && b.appID == "" {
			b.appID = r.Application.ID
		}
		if r.User != nil {
			b.botID = r.User.ID
			if b.appID == "" {
				b.appID = r.User.ID
			}
		}
		b.mu.Unlock()
		once.Do(func() {
			b.connected.Add(1)
			if pending.Add(-1) == 0 {
				close(b.ready)
			}
		})
	})
	var up atomic.Bool
	up.Store(true)
	s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) {
		if up.CompareAndSwap(false, true) {
			b.connected.Add(1)
		}
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Ready) {
		if up.CompareAndSwap(false, true) {
			b.connected.Add(1)
		}
	})
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		if up.CompareAndSwap(true, false) {
			b.connected.Add(-1)
		}
	})
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
}

// Run connects to Discord, registers the commands and serves until ctx is
// done; then it stops taking new work and lets in-flight replies finish
// within the shutdown grace before closing the connection.
func (b *Bot) Run(ctx context.Context) error {
	b.sessions = []*discordgo.Session{b.session}
	if b.opts.AutoShards {
		gb, err := b.session.GatewayBot(discordgo.WithContext(ctx))
		if err != nil {
			return fmt.Errorf("ask discord for the recommended shard count: %w", err)
		}
		n := max(gb.Shards, 1)
		b.log.Info("sharding", "shards", n)
		if n > 1 {
			b.session.ShardID, b.session.ShardCount = 0, n
			for id := 1; id < n; id++ {
				s, err := newSession(b.opts.Token, b.opts.APIURL)
				if err != nil {
					return err
				}
				s.ShardID, s.ShardCount = id, n
				b.sessions = append(b.sessions, s)
			}
		}
	}
	var pending atomic.Int32
	pending.Store(int32(len(b.sessions)))
	for _, s := range b.sessions {
		b.addHandlers(s, &pending)
	}
	for _, s := range b.sessions {
		if err := s.Open(); err != nil {
			b.close()
			return fmt.Errorf("connect to discord (shard %d of %d): %w", s.ShardID, max(s.ShardCount, 1), err)
		}
	}
	defer b.close()
	select {
	case <-b.ready:
	case <-ctx.Done():
		return nil
	case <-time.After(60 * time.Second):
		return errors.New("connect to discord: no READY within 60 s")
	}
	if b.session.ShardID == 0 {
		// One registration per application: the process running shard 0.
		if err := b.registerCommands(ctx); err != nil {
			if ctx.Err() != nil {
				// Asked to stop while registering (SIGTERM in the first
				// second): a clean stop, with the work in flight finished.
				b.shutdown()
				return nil
			}
			return err
		}
	}
	b.log.Info("parley is running", "app", b.appID, "guild", b.opts.GuildID, "shards", len(b.sessions))
	<-ctx.Done()
	b.shutdown()
	return nil
}

// registerCommands overwrites the application's commands in one request:
// in the development guild when one is set, globally otherwise.
func (b *Bot) registerCommands(ctx context.Context) error {
	b.mu.Lock()
	app := b.appID
	b.mu.Unlock()
	cmds, err := b.session.ApplicationCommandBulkOverwrite(app, b.opts.GuildID, commands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	b.log.Info("commands registered", "count", len(cmds), "guild", b.opts.GuildID)
	return nil
}

// Healthy reports whether the bot can work: connected to the gateway, not
// shutting down, and its store answering.
func (b *Bot) Healthy(ctx context.Context) error {
	b.mu.Lock()
	closing := b.closing
	b.mu.Unlock()
	switch {
	case closing:
		return errors.New("shutting down")
	case int(b.connected.Load()) < max(len(b.sessions), 1):
		return fmt.Errorf("%d of %d gateway shards connected", b.connected.Load(), max(len(b.sessions), 1))
	}
	if b.opts.Store != nil {
		if _, err := b.opts.Store.BindingByThread(ctx, "0"); err != nil && !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("store: %w", err)
		}
	}
	return nil
}

// shutdown stops taking new work and waits for in-flight work, at most the
// shutdown grace.
func (b *Bot) shutdown() {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() {
		b.inflight.Wait()
		close(done)
	}()
	select {
	case <-done:
		b.log.Info("in-flight work finished")
	case <-time.After(b.opts.ShutdownGrace):
		b.log.Warn("shutdown grace over with work still in flight")
	}
}

// close closes the gateway connections. (discordgo reads
// ShouldReconnectOnError without a lock while it reconnects, so it is left
// alone: a reconnection racing the close ends when the process does.)
func (b *Bot) close() {
	for _, s := range b.sessions {
		if err := s.Close(); err != nil {
			b.log.Warn("close discord session", "shard", s.ShardID, "err", err)
		}
	}
}

// begin registers a piece of work unless the bot is shutting down.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return false
	}
	b.inflight.Add(1)
	return true
}

// acquire takes a work slot, waiting at most MaxWait.
func (b *Bot) acquire(ctx context.Context) bool {
	t := time.NewTimer(b.opts.MaxWait)
	defer t.Stop()
	select {
	case b.sem <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

func (b *Bot) release() { <-b.sem }

// cooldownLeft records a request of user and returns how long they must
// still wait, or 0.
func (b *Bot) cooldownLeft(user string, cooldown time.Duration) time.Duration {
	if cooldown <= 0 || user == "" {
		return 0
	}
	now := b.opts.Now()
	b.mu.Lock()
	defer b.mu.Unlock()
	if last, ok := b.cooldowns[user]; ok && now.Sub(last) < cooldown {
		return cooldown - now.Sub(last)
	}
	b.cooldowns[user] = now
	if len(b.cooldowns) > 10000 {
		for u, t := range b.cooldowns {
			if now.Sub(t) > time.Hour {
				delete(b.cooldowns, u)
			}
		}
	}
	return 0
}

// settingsTTL is how long a guild's settings are used from memory before
// they are read again (other processes may change them).
const settingsTTL = 30 * time.Second

// cachedSettings are a guild's settings as read at a time.
type cachedSettings struct {
	s  store.Settings
	at time.Time
}

// guildSettings returns a guild's settings, from memory when read within
// settingsTTL, so that acknowledging an interaction reads no database; ok
// is false outside a guild, without a store, or when the store fails (the
// defaults then apply).
func (b *Bot) guildSettings(ctx context.Context, guild string) (store.Settings, bool) {
	if guild == "" || b.opts.Store == nil {
		return store.Settings{}, false
	}
	now := b.opts.Now()
	b.mu.Lock()
	c, ok := b.settings[guild]
	b.mu.Unlock()
	if ok && now.Sub(c.at) < settingsTTL {
		return c.s, true
	}
	s, err := b.opts.Store.GuildSettings(ctx, guild)
	if err != nil {
		b.log.Warn("store: read guild settings", "err", err)
		return store.Settings{}, false
	}
	b.mu.Lock()
	if len(b.settings) > 10000 {
		clear(b.settings)
	}
	b.settings[guild] = cachedSettings{s: s, at: now}
	b.mu.Unlock()
	return s, true
}

// forgetSettings drops a guild's settings from memory after a change.
func (b *Bot) forgetSettings(guild string) {
	b.mu.Lock()
	delete(b.settings, guild)
	b.mu.Unlock()
}

// channelAllowed reports whether the bot answers in a channel, or in a
// thread of a brief posted in an allowed channel.
func (b *Bot) channelAllowed(s store.Settings, channelID string) bool {
	if len(s.Channels) == 0 || slices.Contains(s.Channels, channelID) {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	if bind, err := b.opts.Store.BindingByThread(ctx, channelID); err == nil {
		return slices.Contains(s.Channels, bind.ChannelID)
	}
	return false
}

func (b *Bot) botUserID() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.botID
}
