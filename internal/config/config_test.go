package config

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestDefaults(t *testing.T) {
	c, err := Load(env(map[string]string{"HOME": "/home/u"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.DiscordAPIURL != DefaultDiscordAPIURL || c.CacheTTL != 24*time.Hour || c.RetentionDays != 30 || c.MaxConcurrent != 8 {
		t.Errorf("defaults = %+v", c)
	}
	if c.StoreConfigured() || c.StorePath() != "/home/u/.local/share/parley/parley.db" {
		t.Errorf("store: configured %v path %q", c.StoreConfigured(), c.StorePath())
	}
	if c.LLMEnabled() {
		t.Error("LLM enabled with no key and no base URL")
	}
}

// TestBadValues: each bad value gives one clear error naming its variable.
func TestBadValues(t *testing.T) {
	tests := []struct{ name, key, value, want string }{
		{"not a number", "BOT_MAX_CONCURRENT", "many", "not a whole number"},
		{"negative limit", "PARLEY_RETENTION_DAYS", "-1", "out of range"},
		{"negative bytes", "FETCH_MAX_BYTES", "-5", "out of range"},
		{"bad duration", "FETCH_TIMEOUT", "soon", "not a duration"},
		{"too short", "LLM_TIMEOUT", "10ms", "too short"},
		{"malformed URL", "DISCORD_API_URL", "discord.com/api", "not an http(s) URL"},
		{"malformed base URL", "OPENAI_BASE_URL", "ftp://x", "not an http(s) URL"},
		{"bad guild id", "DISCORD_GUILD_ID", "my-server", "not a Discord ID"},
		{"bad log level", "LOG_LEVEL", "loud", "use debug"},
		{"bad log format", "LOG_FORMAT", "xml", "use one of"},
		{"bad metrics address", "METRICS_ADDR", "localhost", "host:port"},
		{"bad database URL", "DATABASE_URL", "mysql://x", "postgres://"},
		{"shard without count", "SHARD_ID", "1", "without SHARD_COUNT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(env(map[string]string{tt.key: tt.value}))
			if err == nil {
				t.Fatalf("%s=%q accepted", tt.key, tt.value)
			}
			if !strings.Contains(err.Error(), tt.key) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name %s and say %q", err, tt.key, tt.want)
			}
			if n := strings.Count(err.Error(), "\n") + 1; n != 1 {
				t.Errorf("%d errors for one bad value: %q", n, err)
			}
		})
	}
}

func TestAllBadValuesReportedAtOnce(t *testing.T) {
	_, err := Load(env(map[string]string{"FETCH_TIMEOUT": "x", "BOT_MAX_CONCURRENT": "0", "LOG_FORMAT": "yaml"}))
	if err == nil || strings.Count(err.Error(), "\n") != 2 {
		t.Errorf("want three errors, got %v", err)
	}
}

func TestShards(t *testing.T) {
	c, err := Load(env(map[string]string{"SHARD_ID": "1", "SHARD_COUNT": "4"}))
	if err != nil || c.ShardID != 1 || c.ShardCount != 4 {
		t.Fatalf("shards: %v %+v", err, c)
	}
	if _, err := Load(env(map[string]string{"SHARD_ID": "4", "SHARD_COUNT": "4"})); err == nil {
		t.Error("SHARD_ID 4 of 4 accepted")
	}
}

// TestSecretsNeverShown: the token, the API key and the database password
// appear in no description of the configuration, text or log.
func TestSecretsNeverShown(t *testing.T) {
	c, err := Load(env(map[string]string{
		"DISCORD_TOKEN":  "MTIz.secret-token",
		"OPENAI_API_KEY": "sk-secret-key",
		"DATABASE_URL":   "postgres://parley:db-secret@db:5432/parley",
	}))
	if err != nil {
		t.Fatal(err)
	}
	var logged strings.Builder
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("starting", "config", c)
	slog.New(slog.NewTextHandler(&logged, nil)).Info("starting", "config", c)
	for _, s := range []string{c.String(), fmt.Sprint(c), fmt.Sprintf("%v %+v", c, c), logged.String()} {
		for _, secret := range []string{"secret-token", "sk-secret-key", "db-secret"} {
			if strings.Contains(s, secret) {
				t.Errorf("secret %q shown in %q", secret, s)
			}
		}
	}
}

func TestAutoShards(t *testing.T) {
	c, err := Load(env(map[string]string{"SHARD_COUNT": "auto"}))
	if err != nil || !c.AutoShards || c.ShardCount != 0 {
		t.Fatalf("SHARD_COUNT=auto: %v %+v", err, c)
	}
	if _, err := Load(env(map[string]string{"SHARD_COUNT": "auto", "SHARD_ID": "1"})); err == nil {
		t.Error("SHARD_ID with SHARD_COUNT=auto accepted")
	}
}
