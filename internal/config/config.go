// Package config turns Parley's environment into a typed, validated
// Config. Every variable it reads is listed in .env.example. A bad value
// gives one clear error naming the variable; all of them are reported at
// once.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Config is everything Parley can be told from its environment.
type Config struct {
	// Discord.
	DiscordToken  string
	GuildID       string // register commands in this guild only (development)
	DiscordAPIURL string // base of the REST API, e.g. https://discord.com/api/v10/
	ShardID       int    // this process's shard, with ShardCount
	ShardCount    int    // 0: one connection
	AutoShards    bool   // SHARD_COUNT=auto: all the shards Discord recommends, in this process
	// Bot behaviour.
	MaxConcurrent int           // interactions worked on at once
	UserCooldown  time.Duration // between two briefs of one user
	// Store.
	DBPath        string        // SQLite file as set; see StorePath
	DatabaseURL   string        // PostgreSQL URL; when set, used instead of DBPath
	CacheTTL      time.Duration // a URL fetched within this time is served from the store
	RetentionDays int           // data older than this is deleted; 0 keeps everything
	// Fetching and input.
	FetchTimeout        time.Duration
	FetchConnectTimeout time.Duration
	FetchMaxBytes       int64
	FetchMaxRedirects   int
	MaxTextBytes        int
	// LLM.
	OpenAIKey         string
	OpenAIBaseURL     string
	OpenAIModel       string
	LLMTimeout        time.Duration
	LLMMaxInputTokens int
	LLMGuildDaily     int // tokens a server may spend a day; 0: no limit
	LLMUserDaily      int // tokens a user may spend a day; 0: no limit
	// Operations.
	LogLevel    slog.Level
	LogFormat   string // text or json
	MetricsAddr string // host:port of /healthz and /metrics; empty: off
	// MemoryLimit is the Go runtime's soft memory limit in bytes
	// (debug.SetMemoryLimit), a backstop under the per-request caps; 0: off.
	MemoryLimit int64

	defaultDBPath string
}

// StoreConfigured reports whether a store was set explicitly: the command
// line uses one only then, the bot always.
func (c *Config) StoreConfigured() bool { return c.DBPath != "" || c.DatabaseURL != "" }

// StorePath is the SQLite file to use: PARLEY_DB_PATH, or the default.
func (c *Config) StorePath() string {
	if c.DBPath != "" {
		return c.DBPath
	}
	return c.defaultDBPath
}

// LLMEnabled reports whether an LLM endpoint is configured.
func (c *Config) LLMEnabled() bool { return c.OpenAIKey != "" || c.OpenAIBaseURL != "" }

// Defaults.
const (
	DefaultDiscordAPIURL = "https://discord.com/api/v9/"
	DefaultOpenAIModel   = "gpt-4o-mini"
)

// DefaultMemoryLimit is the soft memory limit when PARLEY_MEMORY_LIMIT is
// not set: 1 GiB, well above what the per-request caps let a process reach
// (under 400 MB with 8 hostile inputs at once), so that it only acts when
// something else goes wrong.
const DefaultMemoryLimit = 1 << 30

// DefaultDBPath is where the SQLite store lives when PARLEY_DB_PATH is not
// set: the user's data directory, or ./parley.db.
func DefaultDBPath(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "parley", "parley.db")
	}
	if h := getenv("HOME"); h != "" && h != "/" {
		return filepath.Join(h, ".local", "share", "parley", "parley.db")
	}
	return "parley.db"
}

// Load reads the configuration through getenv (os.Getenv in the program).
func Load(getenv func(string) string) (*Config, error) {
	p := parser{getenv: getenv}
	c := &Config{
		DiscordToken:        strings.TrimSpace(getenv("DISCORD_TOKEN")),
		GuildID:             p.snowflake("DISCORD_GUILD_ID"),
		DiscordAPIURL:       p.url("DISCORD_API_URL", DefaultDiscordAPIURL, true),
		ShardID:             p.int("SHARD_ID", -1, -1, 1<<20),
		ShardCount:          p.shardCount("SHARD_COUNT"),
		MaxConcurrent:       p.int("BOT_MAX_CONCURRENT", 8, 1, 1024),
		UserCooldown:        p.duration("BOT_USER_COOLDOWN", 5*time.Second, 0, 24*time.Hour),
		DBPath:              p.str("PARLEY_DB_PATH", ""),
		DatabaseURL:         strings.TrimSpace(getenv("DATABASE_URL")),
		CacheTTL:            p.duration("PARLEY_CACHE_TTL", 24*time.Hour, 0, 366*24*time.Hour),
		RetentionDays:       p.int("PARLEY_RETENTION_DAYS", 30, 0, 36500),
		FetchTimeout:        p.duration("FETCH_TIMEOUT", 20*time.Second, time.Second, 10*time.Minute),
		FetchConnectTimeout: p.duration("FETCH_CONNECT_TIMEOUT", 5*time.Second, 100*time.Millisecond, 5*time.Minute),
		FetchMaxBytes:       int64(p.int("FETCH_MAX_BYTES", 5<<20, 1<<10, 1<<30)),
		FetchMaxRedirects:   p.int("FETCH_MAX_REDIRECTS", 5, 0, 20),
		MaxTextBytes:        p.int("PARLEY_MAX_TEXT_BYTES", 5<<20, 1<<10, 1<<30),
		OpenAIKey:           strings.TrimSpace(getenv("OPENAI_API_KEY")),
		OpenAIBaseURL:       p.url("OPENAI_BASE_URL", "", false),
		OpenAIModel:         p.str("OPENAI_MODEL", DefaultOpenAIModel),
		LLMTimeout:          p.duration("LLM_TIMEOUT", 30*time.Second, time.Second, time.Hour),
		LLMMaxInputTokens:   p.int("LLM_MAX_INPUT_TOKENS", 6000, 500, 1<<20),
		LLMGuildDaily:       p.int("LLM_DAILY_TOKENS_PER_SERVER", 200000, 0, 1<<30),
		LLMUserDaily:        p.int("LLM_DAILY_TOKENS_PER_USER", 20000, 0, 1<<30),
		LogLevel:            p.level("LOG_LEVEL"),
		LogFormat:           p.oneOf("LOG_FORMAT", "text", "text", "json"),
		MetricsAddr:         p.addr("METRICS_ADDR"),
		MemoryLimit:         p.memoryLimit("PARLEY_MEMORY_LIMIT", DefaultMemoryLimit),
		defaultDBPath:       DefaultDBPath(getenv),
	}
	if c.FetchMaxRedirects == 0 {
		c.FetchMaxRedirects = -1 // the fetcher reads 0 as "default"; here it means none
	}
	if c.ShardCount < 0 {
		c.ShardCount, c.AutoShards = 0, true
		if c.ShardID >= 0 {
			p.errs = append(p.errs, errors.New("SHARD_ID is set with SHARD_COUNT=auto: leave SHARD_ID empty to run all shards here"))
		}
	} else if c.ShardCount > 0 && (c.ShardID < 0 || c.ShardID >= c.ShardCount) {
		p.errs = append(p.errs, fmt.Errorf("SHARD_ID must be between 0 and SHARD_COUNT-1 (%d) when SHARD_COUNT is set", c.ShardCount-1))
	}
	if c.ShardCount == 0 && !c.AutoShards && c.ShardID >= 0 {
		p.errs = append(p.errs, errors.New("SHARD_ID is set without SHARD_COUNT"))
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		p.errs = append(p.errs, errors.New("DATABASE_URL must be a postgres:// or postgresql:// URL"))
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return c, nil
}

// RequireDiscord checks what running the bot needs beyond Load.
func (c *Config) RequireDiscord() error {
	if c.DiscordToken == "" {
		return errors.New("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications and put its token in .env")
	}
	if strings.ContainsAny(c.DiscordToken, " \t\n") {
		return errors.New("DISCORD_TOKEN contains white space: paste the token alone")
	}
	return nil
}

// String describes the configuration without its secrets.
func (c *Config) String() string {
	return fmt.Sprintf("discord_api=%s guild=%q token=%s shards=%d/%d db=%q database_url=%s llm=%v model=%q openai_base_url=%s openai_key=%s log=%s/%s metrics=%q memory_limit=%s",
		RedactURL(c.DiscordAPIURL), c.GuildID, redact(c.DiscordToken), c.ShardID, c.ShardCount, c.StorePath(), RedactURL(c.DatabaseURL),
		c.LLMEnabled(), c.OpenAIModel, RedactURL(c.OpenAIBaseURL), redact(c.OpenAIKey), c.LogLevel, c.LogFormat, c.MetricsAddr, formatBytes(c.MemoryLimit))
}

// LogValue keeps secrets out of structured logs.
func (c *Config) LogValue() slog.Value { return slog.StringValue(c.String()) }

func redact(s string) string {
	if s == "" {
		return "unset"
	}
	return "set"
}

// RedactURL returns a URL fit to print or log: without its user name and
// password (and, for a value that does not parse, "set" rather than the
// value); "unset" for "".
func RedactURL(s string) string {
	if s == "" {
		return "unset"
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" {
		return "set" // "user:password@host" parses as an opaque URL
	}
	u.User = nil
	return u.Redacted()
}

// parser collects one error per bad variable.
type parser struct {
	getenv func(string) string
	errs   []error
}

func (p *parser) raw(name string) (string, bool) {
	v := strings.TrimSpace(p.getenv(name))
	return v, v != ""
}

func (p *parser) str(name, def string) string {
	if v, ok := p.raw(name); ok {
		return v
	}
	return def
}

func (p *parser) int(name string, def, lo, hi int) int {
	v, ok := p.raw(name)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		p.errs = append(p.errs, fmt.Errorf("%s=%q is not a whole number", name, v))
		return def
	}
	if n < lo || n > hi {
		p.errs = append(p.errs, fmt.Errorf("%s=%d is out of range: use %d to %d", name, n, lo, hi))
		return def
	}
	return n
}

// shardCount reads SHARD_COUNT: a number, or "auto" (returned as -1).
func (p *parser) shardCount(name string) int {
	if v, ok := p.raw(name); ok && strings.EqualFold(v, "auto") {
		return -1
	}
	return p.int(name, 0, 0, 1<<20)
}

// duration reads a duration between lo and hi: Go's syntax (30s, 5m, 24h)
// or a bare number of seconds. A number too large for a duration is an
// error, not a value wrapped around.
func (p *parser) duration(name string, def, lo, hi time.Duration) time.Duration {
	v, ok := p.raw(name)
	if !ok {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		// A bare number is seconds.
		if n, err2 := strconv.ParseInt(v, 10, 64); err2 == nil {
			if n > int64(hi/time.Second) || n < -int64(hi/time.Second) {
				p.errs = append(p.errs, fmt.Errorf("%s=%s is too long: at most %s (%d seconds)", name, v, hi, int64(hi/time.Second)))
				return def
			}
			d, err = time.Duration(n)*time.Second, nil
		} else if errors.Is(err2, strconv.ErrRange) {
			p.errs = append(p.errs, fmt.Errorf("%s=%s is too long: at most %s", name, v, hi))
			return def
		}
	}
	if err != nil {
		p.errs = append(p.errs, fmt.Errorf("%s=%q is not a duration (e.g. 30s, 5m, 24h; at most %s)", name, v, hi))
		return def
	}
	if d < lo {
		p.errs = append(p.errs, fmt.Errorf("%s=%s is too short: at least %s", name, d, lo))
		return def
	}
	if d > hi {
		p.errs = append(p.errs, fmt.Errorf("%s=%s is too long: at most %s", name, d, hi))
		return def
	}
	return d
}

// memoryLimit reads a size in bytes with an optional unit (B, KB, MB, GB,
// KiB, MiB, GiB; KB means 1000) or "off" (0). Below 64 MiB the runtime
// would collect garbage without end, so smaller limits are refused.
func (p *parser) memoryLimit(name string, def int64) int64 {
	v, ok := p.raw(name)
	if !ok {
		return def
	}
	switch strings.ToLower(v) {
	case "off", "none", "0":
		return 0
	}
	n, err := parseBytes(v)
	if err != nil {
		p.errs = append(p.errs, fmt.Errorf("%s=%q is not a size: use e.g. 512MiB, 1GiB, or off", name, v))
		return def
	}
	if n < 64<<20 || n > 1<<50 {
		p.errs = append(p.errs, fmt.Errorf("%s=%s is out of range: use 64MiB to 1PiB, or off", name, v))
		return def
	}
	return n
}

// parseBytes reads "1073741824", "512MiB", "1GB", "800 MB".
func parseBytes(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	num, unit := s[:i], strings.ToLower(strings.TrimSpace(s[i:]))
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("size %q: bad number", s)
	}
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
		"m": 1 << 20, "mib": 1 << 20, "mb": 1e6,
		"g": 1 << 30, "gib": 1 << 30, "gb": 1e9,
		"t": 1 << 40, "tib": 1 << 40, "tb": 1e12,
	}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("size %q: unknown unit %q", s, unit)
	}
	f *= mult
	if f > 1<<62 {
		return 0, fmt.Errorf("size %q: too large", s)
	}
	return int64(f), nil
}

// formatBytes writes a memory limit for String.
func formatBytes(n int64) string {
	switch {
	case n <= 0:
		return "off"
	case n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + "GiB"
	case n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MiB"
	}
	return strconv.FormatInt(n, 10) + "B"
}

func (p *parser) url(name, def string, slash bool) string {
	v, ok := p.raw(name)
	if !ok {
		return def
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// The value may hold a password: show it only without one.
		p.errs = append(p.errs, fmt.Errorf("%s is not an http(s) URL (%s)", name, RedactURL(v)))
		return def
	}
	if slash && !strings.HasSuffix(v, "/") {
		v += "/"
	}
	return v
}

func (p *parser) snowflake(name string) string {
	v, ok := p.raw(name)
	if !ok {
		return ""
	}
	if _, err := strconv.ParseUint(v, 10, 64); err != nil {
		p.errs = append(p.errs, fmt.Errorf("%s=%q is not a Discord ID (digits only)", name, v))
		return ""
	}
	return v
}

func (p *parser) oneOf(name, def string, allowed ...string) string {
	v, ok := p.raw(name)
	if !ok {
		return def
	}
	v = strings.ToLower(v)
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.errs = append(p.errs, fmt.Errorf("%s=%q: use one of %s", name, v, strings.Join(allowed, ", ")))
	return def
}

func (p *parser) level(name string) slog.Level {
	v, ok := p.raw(name)
	if !ok {
		return slog.LevelInfo
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(v)); err != nil {
		p.errs = append(p.errs, fmt.Errorf("%s=%q: use debug, info, warn or error", name, v))
		return slog.LevelInfo
	}
	return l
}

func (p *parser) addr(name string) string {
	v, ok := p.raw(name)
	if !ok {
		return ""
	}
	i := strings.LastIndexByte(v, ':')
	if i < 0 {
		p.errs = append(p.errs, fmt.Errorf("%s=%q is not host:port (e.g. 127.0.0.1:9090 or :9090)", name, v))
		return ""
	}
	if port, err := strconv.Atoi(v[i+1:]); err != nil || port < 0 || port > 65535 {
		p.errs = append(p.errs, fmt.Errorf("%s=%q has no valid port", name, v))
		return ""
	}
	return v
}
