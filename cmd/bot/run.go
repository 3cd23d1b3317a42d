package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"runtime/debug"
	"time"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/bot"
	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/llm"
	"github.com/parley-bot/parley/internal/metrics"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
)

// hooks are what tests may change in the wiring of "bot run"; the program
// itself passes the zero value. They cannot be set from configuration.
type hooks struct {
	// fetchAllow lets the fetcher reach these ranges (test servers on
	// loopback); nil keeps the address guard whole.
	fetchAllow []netip.Prefix
	// shutdownGrace overrides the 10 s grace for in-flight work.
	shutdownGrace time.Duration
	// onBot is called with the bot before it runs.
	onBot func(*bot.Bot)
	// onMetrics is called with the address of /healthz and /metrics.
	onMetrics func(addr string)
	// wrapStore wraps the store (to inject faults).
	wrapStore func(store.Store) store.Store
}

// cmdRun runs the Discord bot until interrupted.
func cmdRun(ctx context.Context, cfg *config.Config, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "bot run: unexpected arguments %q\n", args)
		return 2
	}
	return serve(ctx, cfg, stderr, hooks{})
}

// newLogger is the program's logger: text or JSON on standard error.
func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// storeDefaults are the settings of a server that has set none, from the
// configuration.
func storeDefaults(cfg *config.Config) store.Settings {
	s := store.DefaultSettings()
	s.CooldownSeconds = int(cfg.UserCooldown / time.Second)
	s.DailyLLMTokens = cfg.LLMGuildDaily
	s.UserDailyLLMTokens = cfg.LLMUserDaily
	return s
}

// serve wires the bot from the configuration and runs it.
func serve(ctx context.Context, cfg *config.Config, stderr io.Writer, h hooks) int {
	if err := cfg.RequireDiscord(); err != nil {
		fmt.Fprintf(stderr, "bot run: %v\n", err)
		return 2
	}
	log := newLogger(cfg, stderr)
	defaults := storeDefaults(cfg)
	var st store.Store
	opened, err := store.OpenURL(ctx, cfg.DatabaseURL, cfg.StorePath(), store.Options{DefaultSettings: &defaults, Logger: log})
	if err != nil {
		// Keep answering with what works without memory: briefs, but no
		// threads, buttons or /ask.
		log.Error("the store cannot be opened; running without memory (no threads, buttons or /ask) until it is fixed", "err", err)
	} else {
		defer opened.Close()
		st = opened
		log.Info("store opened", "store", storeName(cfg))
		if h.wrapStore != nil {
			st = h.wrapStore(st)
		}
	}
	fo := fetchOptions(cfg)
	fo.Logger = log
	fo.AllowPrefixesForTesting = h.fetchAllow
	m := metrics.New(st)
	p := &pipeline.Pipeline{
		Fetcher:      article.NewFetcher(fo),
		Store:        st,
		CacheTTL:     cfg.CacheTTL,
		MaxTextBytes: cfg.MaxTextBytes,
		Log:          log,
		Observer:     m,
	}
	if cfg.LLMEnabled() {
		client, err := newLLM(cfg, st, log, m.LLMTokens)
		if err != nil {
			fmt.Fprintf(stderr, "bot run: %v\n", err)
			return 2
		}
		p.LLM = client
		log.Info("llm configured", "model", client.Model())
	}
	b, err := bot.New(bot.Options{
		Token:         cfg.DiscordToken,
		APIURL:        cfg.DiscordAPIURL,
		GuildID:       cfg.GuildID,
		ShardID:       cfg.ShardID,
		ShardCount:    cfg.ShardCount,
		AutoShards:    cfg.AutoShards,
		Pipeline:      p,
		Store:         st,
		MaxConcurrent: cfg.MaxConcurrent,
		UserCooldown:  cfg.UserCooldown,
		ShutdownGrace: h.shutdownGrace,
		LLMConfigured: cfg.LLMEnabled() && p.LLM != nil,
		MaxFileBytes:  int64(cfg.MaxTextBytes),
		Log:           log,
		Observer:      m,
	})
	if err != nil {
		fmt.Fprintf(stderr, "bot run: %v\n", err)
		return 1
	}
	if h.onBot != nil {
		h.onBot(b)
	}
	if cfg.MetricsAddr != "" {
		addr, err := metrics.Serve(ctx, cfg.MetricsAddr, m.Handler(b.Healthy), log)
		if err != nil {
			fmt.Fprintf(stderr, "bot run: %v\n", err)
			return 1
		}
		log.Info("serving /healthz and /metrics", "addr", addr.String())
		if h.onMetrics != nil {
			h.onMetrics(addr.String())
		}
	}
	if st != nil {
		go retention(ctx, st, cfg.RetentionDays, log)
	}
	log.Info("starting", "config", cfg)
	if err := b.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "bot run: %v\n", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// newLLM builds the LLM client from the configuration, with budgets kept
// in the store and each server's own limits and model from its settings.
func newLLM(cfg *config.Config, st store.Store, log *slog.Logger, onUsage func(op string, tokens int)) (*llm.Client, error) {
	o := llm.Options{
		APIKey:         cfg.OpenAIKey,
		BaseURL:        cfg.OpenAIBaseURL,
		Model:          cfg.OpenAIModel,
		Timeout:        cfg.LLMTimeout,
		MaxInputTokens: cfg.LLMMaxInputTokens,
		GuildDaily:     cfg.LLMGuildDaily,
		UserDaily:      cfg.LLMUserDaily,
		Logger:         log,
		OnUsage:        onUsage,
	}
	if st != nil {
		o.Budgets = st
		o.Policy = func(ctx context.Context, guildID string) (llm.Policy, error) {
			s, err := st.GuildSettings(ctx, guildID)
			if err != nil {
				return llm.Policy{}, err
			}
			return llm.Policy{GuildDaily: s.DailyLLMTokens, UserDaily: s.UserDailyLLMTokens, Model: s.Model}, nil
		}
	}
	c, err := llm.New(o)
	if err != nil {
		return nil, fmt.Errorf("configure the LLM: %w", err)
	}
	return c, nil
}

// retention deletes data older than the retention period, at start and
// every hour, until ctx is done.
func retention(ctx context.Context, st store.Store, days int, log *slog.Logger) {
	if days <= 0 {
		return
	}
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		stats, err := st.Purge(ctx, time.Now().Add(-time.Duration(days)*24*time.Hour))
		if err != nil && ctx.Err() == nil {
			log.Warn("retention: purge failed", "err", err)
		} else if stats.Articles+stats.Turns+stats.Bindings > 0 {
			log.Info("retention: purged", "articles", stats.Articles, "turns", stats.Turns, "bindings", stats.Bindings)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// applyMemoryLimit sets the Go runtime's soft memory limit from
// PARLEY_MEMORY_LIMIT, a backstop under the per-request caps: near the
// limit the garbage collector works harder instead of letting the heap
// grow. GOMEMLIMIT, when set, wins (the runtime has read it already).
func applyMemoryLimit(cfg *config.Config) {
	if os.Getenv("GOMEMLIMIT") != "" || cfg.MemoryLimit <= 0 {
		return
	}
	debug.SetMemoryLimit(cfg.MemoryLimit)
}
