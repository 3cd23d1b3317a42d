// Package store owns Parley's memory: articles by canonical URL, the briefs
// made of them, the bindings of Discord threads and messages to articles, the
// question-and-answer turns of follow-ups, per-server settings and the LLM
// token usage that budgets are checked against.
//
// Store is the interface the rest of the bot depends on. SQLite, opened with
// Open, implements it on one embedded file through the pure-Go driver
// modernc.org/sqlite: WAL mode, a busy timeout, one writer connection and a
// pool of readers, schema migrations embedded in the binary and applied at
// start. Postgres, opened with OpenPostgres, implements it on a PostgreSQL
// database through github.com/jackc/pgx, for a bot that runs as several
// processes sharing budgets, the URL cache and thread bindings. OpenURL
// picks one from the configuration. The conformance suite in
// store/storetest checks any implementation.
//
// Times are kept to the microsecond and returned in UTC. Identifiers that come
// from Discord (guilds, channels, threads, messages, users) are strings.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/summarize"
)

// ErrNotFound is returned (wrapped) when a looked-up row does not exist, or
// exists but is older than the age the caller accepts.
var ErrNotFound = errors.New("not found")

// ErrInvalid is returned (wrapped) when an argument cannot be stored: a
// binding without thread or message, negative tokens, bad settings.
var ErrInvalid = errors.New("invalid argument")

// Store is everything Parley remembers. Implementations are safe for
// concurrent use by many goroutines, and by several processes sharing one
// database where the implementation allows it.
type Store interface {
	Articles
	Threads
	Guilds
	Budgets
	Stories
	Maintenance
	// Close releases the database. Calling it again returns nil.
	Close() error
}

// Articles stores articles and the briefs made of them.
type Articles interface {
	// PutArticle saves a under Key(a), replacing an earlier article of that
	// key (its id is kept), and records a.URL as another address of it. When
	// the text changed, the briefs stored for the earlier text are dropped.
	// A zero a.FetchedAt is stored as the current time. It returns the id.
	PutArticle(ctx context.Context, a *article.Article) (int64, error)
	// ArticleByURL returns the article stored under url, which is a canonical
	// URL, an address a user gave (article.URL) or a Key, with its id. An
	// article fetched more than maxAge ago is reported as ErrNotFound, so
	// that the caller fetches it again; maxAge <= 0 accepts any age.
	ArticleByURL(ctx context.Context, url string, maxAge time.Duration) (*article.Article, int64, error)
	// Article returns the article with this id, or ErrNotFound.
	Article(ctx context.Context, id int64) (*article.Article, error)
	// PutBrief saves the brief an engine made of an article, replacing the
	// brief that engine made before. Engine is free text such as
	// summarize.EngineLocal or "llm:model". ErrNotFound when the article is
	// gone.
	PutBrief(ctx context.Context, articleID int64, engine string, b *summarize.Brief) error
	// Brief returns the brief the engine made of the article, with its
	// Sentences, or ErrNotFound.
	Brief(ctx context.Context, articleID int64, engine string) (*summarize.Brief, error)
}

// Threads stores which article a Discord thread or message is about, and the
// follow-up questions asked there.
type Threads interface {
	// Bind records that a thread and/or message is about an article. It
	// replaces any binding of the same thread or the same message. At least
	// one of ThreadID and MessageID is required (ErrInvalid); ErrNotFound
	// when the article is gone.
	Bind(ctx context.Context, b Binding) error
	// BindingByThread returns the binding of a thread, or ErrNotFound.
	BindingByThread(ctx context.Context, threadID string) (Binding, error)
	// BindingByMessage returns the binding of a message, or ErrNotFound.
	BindingByMessage(ctx context.Context, messageID string) (Binding, error)
	// RecentArticles returns up to limit articles bound in a guild, the most
	// recently used first (for /ask autocomplete).
	RecentArticles(ctx context.Context, guildID string, limit int) ([]ArticleRef, error)
	// ForgetThread deletes the bindings of a thread (and of the message it
	// was started from, which has the same id) and all its turns. A pasted
	// text article that nothing refers to any more is deleted too. Forgetting
	// an unknown thread is not an error.
	ForgetThread(ctx context.Context, threadID string) error
	// AddTurn saves one question and its answer and returns the turn's id.
	// A zero t.At is stored as the current time. ErrNotFound when the
	// article is gone.
	AddTurn(ctx context.Context, t Turn) (int64, error)
	// Turns returns the last limit turns of a thread (all when limit <= 0),
	// the oldest first.
	Turns(ctx context.Context, threadID string, limit int) ([]Turn, error)
}

// Guilds stores per-server settings.
type Guilds interface {
	// GuildSettings returns a guild's settings; fields the guild never set
	// have the store's defaults.
	GuildSettings(ctx context.Context, guildID string) (Settings, error)
	// PutGuildSettings saves a guild's settings after s.Validate.
	PutGuildSettings(ctx context.Context, guildID string, s Settings) error
}

// Budgets stores LLM token usage and checks budgets against it.
type Budgets interface {
	// AddUsage records tokens spent. A zero u.At is the current time.
	AddUsage(ctx context.Context, u Usage) error
	// UsageSince sums the tokens a guild, and one user in it, spent at or
	// after since.
	UsageSince(ctx context.Context, guildID, userID string, since time.Time) (guildTokens, userTokens int, err error)
	// ReserveTokens atomically checks that r.Tokens more tokens keep the
	// guild and the user within their limits since r.Since and, when they
	// do, records them as usage. Concurrent reservations, from this process
	// or another one on the same database, never overspend.
	ReserveTokens(ctx context.Context, r Reservation) (Grant, error)
	// SettleTokens replaces the tokens of a reservation by what the call
	// really used. ErrNotFound when the reservation is gone.
	SettleTokens(ctx context.Context, reservationID int64, tokens int) error
}

// Maintenance is retention, metrics and health.
type Maintenance interface {
	// Purge deletes what was last used before olderThan: turns, bindings,
	// usage, and articles with their briefs, bindings, turns and places in
	// stories. Guilds whose settings set RetentionDays also lose their own
	// turns, bindings, usage and story briefs older than that many days;
	// articles, shared between guilds, follow olderThan only. A story left
	// without a brief is deleted.
	Purge(ctx context.Context, olderThan time.Time) (PurgeStats, error)
	// Stats counts what is stored, for metrics.
	Stats(ctx context.Context) (Stats, error)
	// Check verifies the database's integrity and returns an error
	// describing any problem.
	Check(ctx context.Context) error
}

// Binding ties a Discord thread and/or message to the article it is about.
type Binding struct {
	GuildID   string // empty in direct messages
	ChannelID string
	ThreadID  string // the thread of follow-ups, when there is one
	MessageID string // the message holding the brief, when there is one
	ArticleID int64
	UserID    string    // who asked for the brief
	At        time.Time // when bound; zero means now
}

// Turn is one follow-up question and its answer.
type Turn struct {
	ID int64 // set by the store
	// ThreadID is the conversation: a thread id, or another key the caller
	// chooses for conversations outside threads.
	ThreadID  string
	GuildID   string
	ArticleID int64
	UserID    string
	Question  string
	Answer    string
	Engine    string    // what answered: "local", "llm"...
	Citations []int     // sentence numbers the answer rests on; nil when none
	At        time.Time // when asked; zero means now
}

// ArticleRef names an article for a picker such as /ask autocomplete.
type ArticleRef struct {
	ID    int64
	Title string
	URL   string    // empty for pasted text
	At    time.Time // last bound or asked about in the guild
}

// Usage is tokens spent on an LLM call.
type Usage struct {
	GuildID string
	UserID  string
	Tokens  int
	At      time.Time // zero means now
}

// Reservation asks to spend Tokens within budgets. A limit <= 0 is no limit.
type Reservation struct {
	GuildID    string
	UserID     string
	Tokens     int
	Since      time.Time // start of the budget window, such as the start of the day
	GuildLimit int       // tokens the guild may spend since Since
	UserLimit  int       // tokens the user may spend in the guild since Since
	At         time.Time // when; zero means now
}

// Grant is the answer to a Reservation.
type Grant struct {
	// OK is true when the tokens fit the budgets and were recorded.
	OK bool
	// ID identifies the recorded usage for SettleTokens; 0 when not OK.
	ID int64
	// GuildUsed and UserUsed are the tokens spent in the window before this
	// reservation, for telling the user what is left.
	GuildUsed, UserUsed int
}

// Settings are one guild's choices, set with /settings.
type Settings struct {
	// LLMEnabled lets the guild use the LLM when one is configured.
	LLMEnabled bool `json:"llm_enabled"`
	// Model overrides the configured LLM model; empty uses the default.
	Model string `json:"model"`
	// Channels are the channel ids the bot answers in; empty means all.
	Channels []string `json:"channels"`
	// CooldownSeconds is the time a user waits between two requests.
	CooldownSeconds int `json:"cooldown_seconds"`
	// DailyLLMTokens is the guild's LLM budget per UTC day; 0 is no limit.
	DailyLLMTokens int `json:"daily_llm_tokens"`
	// UserDailyLLMTokens is each user's share of it per day; 0 is no limit.
	UserDailyLLMTokens int `json:"user_daily_llm_tokens"`
	// RetentionDays deletes the guild's bindings, turns and usage after
	// that many days, when shorter than the global retention; 0 keeps the
	// global retention.
	RetentionDays int `json:"retention_days"`
}

// DefaultSettings returns the settings of a guild that has set none, unless
// the store was opened with other defaults.
func DefaultSettings() Settings {
	return Settings{
		LLMEnabled:         true,
		CooldownSeconds:    10,
		DailyLLMTokens:     200_000,
		UserDailyLLMTokens: 50_000,
	}
}

// Validate reports the first field of s that cannot be stored.
func (s Settings) Validate() error {
	switch {
	case s.CooldownSeconds < 0:
		return fmt.Errorf("cooldown_seconds %d is negative: %w", s.CooldownSeconds, ErrInvalid)
	case s.DailyLLMTokens < 0:
		return fmt.Errorf("daily_llm_tokens %d is negative: %w", s.DailyLLMTokens, ErrInvalid)
	case s.UserDailyLLMTokens < 0:
		return fmt.Errorf("user_daily_llm_tokens %d is negative: %w", s.UserDailyLLMTokens, ErrInvalid)
	case s.RetentionDays < 0:
		return fmt.Errorf("retention_days %d is negative: %w", s.RetentionDays, ErrInvalid)
	case len(s.Model) > 200:
		return fmt.Errorf("model name is %d bytes long (at most 200): %w", len(s.Model), ErrInvalid)
	}
	for _, c := range s.Channels {
		if c == "" {
			return fmt.Errorf("empty channel id: %w", ErrInvalid)
		}
	}
	return nil
}

// PurgeStats counts what Purge deleted.
type PurgeStats struct {
	// Rows deleted, cascades included (StoryBriefs: briefs taken out of
	// stories; Stories: stories left without a brief, deleted).
	Articles, Briefs, Bindings, Turns, Usage, StoryBriefs, Stories int64
}

// Stats counts what is stored.
type Stats struct {
	// Rows stored (Usage: usage records).
	Articles, Briefs, Bindings, Turns, Usage, Stories, StoryBriefs int64
	// SizeBytes is the space the database takes on disk.
	SizeBytes int64
}

// textKeyPrefix starts the key of an article that has no URL.
const textKeyPrefix = "text:"

// Key returns the key an article is stored under: its canonical URL, else
// the URL it was asked for, else "text:" and the SHA-256 of its text in hex
// (pasted text and files).
func Key(a *article.Article) string {
	if a.CanonicalURL != "" {
		return a.CanonicalURL
	}
	if a.URL != "" {
		return a.URL
	}
	sum := sha256.Sum256([]byte(a.Text))
	return textKeyPrefix + hex.EncodeToString(sum[:])
}

// articleRow is an article as both stores write it.
type articleRow struct {
	key     string          // Key(a)
	article article.Article // a copy, FetchedAt set
	data    []byte          // its JSON
	textSHA string          // SHA-256 of its text, hex
	url     string          // canonical URL, else the URL given
}

// newArticleRow prepares an article for saving at now.
func newArticleRow(a *article.Article, now time.Time) (articleRow, error) {
	r := articleRow{key: Key(a), article: *a}
	if r.article.FetchedAt.IsZero() {
		r.article.FetchedAt = now
	}
	data, err := json.Marshal(&r.article)
	if err != nil {
		return articleRow{}, fmt.Errorf("save article %s: %w", r.key, err)
	}
	r.data = data
	sum := sha256.Sum256([]byte(r.article.Text))
	r.textSHA = hex.EncodeToString(sum[:])
	r.url = r.article.CanonicalURL
	if r.url == "" {
		r.url = r.article.URL
	}
	return r, nil
}
