// Command bot is Parley: a Discord bot that turns negotiation news into
// briefs, and the same engine on the command line.
//
//	bot [run]                       run the Discord bot (needs DISCORD_TOKEN)
//	bot summarize [flags] FILE|URL|-  print the brief of an article
//	bot extract [flags] URL|FILE|-    print the text and metadata read from a page
//	bot ask [flags] FILE|URL|- "Q"    answer a question from the article, citing it
//	bot analyze [flags] FILE|URL|-    print the analysis layer's view (CoNLL-U or JSON)
//	bot check                       check the configuration and the store
//	bot healthcheck                 ask a running bot's /healthz
//	bot version                     print the version
//
// main is a thin wrapper around run, which tests call with buffers.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/parley-bot/parley/internal/config"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// env is how run reads the environment: the process environment, after a
// .env file in the working directory (if there is one) filled in what the
// environment does not set.
type env struct {
	getenv func(string) string
	// hooks are what tests change in the command line's wiring; the
	// program leaves them zero.
	hooks hooks
}

// loadEnv reads .env (when present) without overriding the environment.
func loadEnv() (env, error) {
	vals := map[string]string{}
	if _, err := os.Stat(".env"); err == nil {
		m, err := config.ReadEnvFile(".env")
		if err != nil {
			return env{}, err // names the file, line and variable, never a value
		}
		vals = m
	}
	return env{getenv: func(k string) string {
		if v, ok := os.LookupEnv(k); ok {
			return v
		}
		return vals[k]
	}}, nil
}

const usage = `Parley turns negotiation news into briefs.

Usage:
  bot [run]                          run the Discord bot (needs DISCORD_TOKEN)
  bot summarize [flags] FILE|URL|-   print the brief of an article
  bot extract [flags] URL|FILE|-     print the text and metadata read from a page
  bot ask [flags] FILE|URL|- "QUESTION"  answer a question from the article, citing it
  bot analyze [flags] FILE|URL|-     print tokens, tags, trees, entities and coreference (CoNLL-U or JSON)
  bot story add|list|show|timeline   follow a negotiation across articles (needs a store)
  bot check                          check the configuration and the store, without Discord
  bot healthcheck                    ask the running bot's /healthz (Docker HEALTHCHECK)
  bot version                        print the version

Run "bot COMMAND -h" for the flags of a command.
`

// run is the whole program: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e, err := loadEnv()
	if err != nil {
		fmt.Fprintf(stderr, "bot: %v\n", err)
		return 1
	}
	return runWith(ctx, e, args, stdin, stdout, stderr)
}

func runWith(ctx context.Context, e env, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := ""
	if len(args) > 0 {
		cmd, args = args[0], args[1:]
	}
	if cmd == "" {
		if e.getenv("DISCORD_TOKEN") == "" {
			fmt.Fprint(stderr, usage)
			fmt.Fprintln(stderr, "\nbot: DISCORD_TOKEN is not set, so there is no bot to run; try: bot summarize FILE")
			return 2
		}
		cmd = "run"
	}
	cfg, err := config.Load(e.getenv)
	if err != nil && cmd != "help" && cmd != "version" {
		fmt.Fprintf(stderr, "bot: configuration: %s\n", strings.ReplaceAll(err.Error(), "\n", "; "))
		return 2
	}
	if cfg != nil {
		applyMemoryLimit(cfg)
	}
	switch cmd {
	case "run":
		return cmdRun(ctx, cfg, args, stdout, stderr)
	case "summarize":
		return cmdSummarize(ctx, cfg, e.hooks, args, stdin, stdout, stderr)
	case "extract":
		return cmdExtract(ctx, cfg, e.hooks, args, stdin, stdout, stderr)
	case "ask":
		return cmdAsk(ctx, cfg, e.hooks, args, stdin, stdout, stderr)
	case "analyze":
		return cmdAnalyze(ctx, cfg, e.hooks, args, stdin, stdout, stderr)
	case "story":
		return cmdStory(ctx, cfg, e.hooks, args, stdin, stdout, stderr)
	case "check":
		return cmdCheck(ctx, cfg, args, stdout, stderr)
	case "healthcheck":
		return cmdHealthcheck(ctx, cfg, stderr)
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "parley %s\n", version)
		return 0
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "bot: unknown command %q\n\n%s", cmd, usage)
	return 2
}

// writeJSON prints v as indented JSON, HTML characters as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// parseFlags parses a subcommand's flags, allowing flags after the
// positional argument ("bot summarize FILE --format json").
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
