package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/metrics"
)

// cmdCheck validates the configuration and the store without connecting to
// Discord: one line per check, exit status 1 when one fails.
func cmdCheck(ctx context.Context, cfg *config.Config, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "bot check: unexpected arguments %q\n", args)
		return 2
	}
	failed := false
	report := func(name string, err error, ok string) {
		if err != nil {
			failed = true
			fmt.Fprintf(stdout, "FAIL  %-14s %v\n", name, err)
			return
		}
		fmt.Fprintf(stdout, "ok    %-14s %s\n", name, ok)
	}
	report("configuration", nil, cfg.String())
	if cfg.DiscordToken == "" {
		// Not a failure: the command line needs no token.
		fmt.Fprintf(stdout, "note  %-14s %s\n", "discord token", "not set: summarize, extract and ask work; bot run needs DISCORD_TOKEN (create a bot at https://discord.com/developers/applications and put its token in .env)")
	} else {
		report("discord token", cfg.RequireDiscord(), "set")
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		report("store", err, "")
	} else {
		defer st.Close()
		cctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if err := st.Check(cctx); err != nil {
			report("store", err, "")
		} else if s, err := st.Stats(cctx); err != nil {
			report("store", err, "")
		} else {
			report("store", nil, fmt.Sprintf("%s: %d articles, %d briefs, %d threads and messages, %d answers, %.1f MB",
				storeName(cfg), s.Articles, s.Briefs, s.Bindings, s.Turns, float64(s.SizeBytes)/(1<<20)))
		}
	}
	if cfg.LLMEnabled() {
		report("llm", nil, fmt.Sprintf("model %q at %s", cfg.OpenAIModel, orDefault(redactedURL(cfg.OpenAIBaseURL), "api.openai.com")))
	} else {
		report("llm", nil, "not configured: briefs and answers are local")
	}
	if failed {
		return 1
	}
	return 0
}

// cmdHealthcheck asks the running bot's /healthz (for Docker's HEALTHCHECK).
func cmdHealthcheck(ctx context.Context, cfg *config.Config, stderr io.Writer) int {
	if cfg.MetricsAddr == "" {
		fmt.Fprintln(stderr, "bot healthcheck: METRICS_ADDR is not set, so there is no /healthz to ask")
		return 1
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := metrics.CheckHealth(ctx, cfg.MetricsAddr); err != nil {
		fmt.Fprintf(stderr, "bot healthcheck: %v\n", err)
		return 1
	}
	return 0
}

func storeName(cfg *config.Config) string {
	if cfg.DatabaseURL != "" {
		return "PostgreSQL"
	}
	return cfg.StorePath()
}

// redactedURL is a URL without its user name and password; "" for "".
func redactedURL(s string) string {
	if s == "" {
		return ""
	}
	return config.RedactURL(s)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
