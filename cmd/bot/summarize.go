package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"strings"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/summarize"
)

// cmdSummarize prints the brief of an article.
func cmdSummarize(ctx context.Context, cfg *config.Config, h hooks, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, markdown or json")
	length := fs.String("length", "standard", "brief length: short, standard or detailed")
	useLLM := fs.Bool("llm", false, "add an LLM summary checked against the article (needs OPENAI_API_KEY or OPENAI_BASE_URL)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: bot summarize [--format text|markdown|json] [--length short|standard|detailed] [--llm] FILE|URL|-")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	l, err := summarize.ParseLength(*length)
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: %v\n", err)
		return 2
	}
	switch *format {
	case "text", "markdown", "json":
	default:
		fmt.Fprintf(stderr, "bot summarize: unknown format %q: use text, markdown or json\n", *format)
		return 2
	}
	p, in, closeStore, err := prepare(ctx, cfg, h, pos[0], stdin, stderr, *useLLM)
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: %s\n", userMessage(err))
		return 1
	}
	defer closeStore()
	res, err := p.Brief(ctx, in, pipeline.Options{Length: l, UseLLM: *useLLM})
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: %s\n", userMessage(err))
		return 1
	}
	b := res.Brief
	switch *format {
	case "json":
		err = writeJSON(stdout, b)
	case "markdown":
		err = summarize.WriteMarkdown(stdout, b, l)
	default:
		err = summarize.WriteText(stdout, b, l)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: write the brief: %v\n", err)
		return 1
	}
	if res.NotSaved != nil {
		fmt.Fprintf(stderr, "bot summarize: the brief was not saved: %s\n", store.Why(res.NotSaved))
	}
	return 0
}

// userMessage is the one line a user reads for an error.
func userMessage(err error) string {
	if article.KindOf(err) != "" {
		return article.Message(err)
	}
	return err.Error()
}

// newPipeline builds the pipeline of a command-line run: the safe fetcher,
// the store when one is configured, and the LLM when asked for.
func newPipeline(ctx context.Context, cfg *config.Config, h hooks, stderr io.Writer, useLLM bool) (*pipeline.Pipeline, func(), error) {
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	p := &pipeline.Pipeline{
		Fetcher:      article.NewFetcher(fetchOptions(cfg)),
		CacheTTL:     cfg.CacheTTL,
		MaxTextBytes: cfg.MaxTextBytes,
		Log:          log,
	}
	if h.fetchAllow != nil {
		p.Fetcher = article.NewFetcher(article.FetchOptions{
			MaxRedirects: cfg.FetchMaxRedirects, ConnectTimeout: cfg.FetchConnectTimeout, Timeout: cfg.FetchTimeout,
			MaxBodyBytes: cfg.FetchMaxBytes, AllowPrefixesForTesting: h.fetchAllow,
		})
	}
	closeStore := func() {}
	if cfg.StoreConfigured() {
		st, err := openStore(ctx, cfg)
		if err != nil {
			// The store is memory, not a gate (a full disk, a bad path):
			// the brief or answer is still shown, and one line says so.
			fmt.Fprintf(stderr, "bot: nothing will be saved: the store could not be opened: %s\n", store.Why(err))
		} else {
			p.Store = st
			if h.wrapStore != nil {
				p.Store = h.wrapStore(st)
			}
			closeStore = func() { st.Close() }
		}
	}
	if useLLM {
		if !cfg.LLMEnabled() {
			closeStore()
			return nil, nil, errors.New("--llm needs OPENAI_API_KEY or OPENAI_BASE_URL (see .env.example)")
		}
		c, err := newLLM(cfg, p.Store, log, nil)
		if err != nil {
			closeStore()
			return nil, nil, err
		}
		p.LLM = c
	}
	return p, closeStore, nil
}

// openStore opens the configured store.
func openStore(ctx context.Context, cfg *config.Config) (store.Store, error) {
	st, err := store.OpenURL(ctx, cfg.DatabaseURL, cfg.StorePath(), store.Options{})
	if err != nil {
		return nil, fmt.Errorf("open the store: %w", err)
	}
	return st, nil
}

// prepare builds the pipeline of a command and reads its input argument.
func prepare(ctx context.Context, cfg *config.Config, h hooks, arg string, stdin io.Reader, stderr io.Writer, useLLM bool) (*pipeline.Pipeline, pipeline.Input, func(), error) {
	in, err := readInput(cfg, arg, stdin)
	if err != nil {
		return nil, pipeline.Input{}, nil, err
	}
	p, closeStore, err := newPipeline(ctx, cfg, h, stderr, useLLM)
	if err != nil {
		return nil, pipeline.Input{}, nil, err
	}
	return p, in, closeStore, nil
}

// readInput turns a command-line argument into a pipeline input: a URL,
// "-" for standard input, or a file. A link without a scheme
// ("example.org/x") is read as a link when no file has that name.
func readInput(cfg *config.Config, arg string, stdin io.Reader) (pipeline.Input, error) {
	switch {
	case isURL(arg), looksLikeLink(arg):
		return pipeline.Input{URL: arg}, nil
	case arg == "-":
		b, err := io.ReadAll(io.LimitReader(stdin, int64(cfg.MaxTextBytes)+1))
		if err != nil {
			return pipeline.Input{}, &article.Error{Kind: article.KindIO, Msg: "standard input could not be read", Err: err}
		}
		if len(b) == 0 {
			return pipeline.Input{}, &article.Error{Kind: article.KindEmpty, Msg: "there is no text to summarize"}
		}
		return pipeline.Input{File: b, FileName: "stdin.txt"}, nil
	}
	return pipeline.Input{Path: arg}, nil
}

// isURL reports whether s is a link rather than a file name: it has a
// scheme ("https://", and "ftp://" too, which the fetcher then refuses).
func isURL(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	for _, r := range s[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// looksLikeLink reports whether arg, which has no scheme, is meant as a
// link: no file of that name exists, and it starts with a host name with a
// dot and a letter after its last dot ("example.org/x", "www.bbc.co.uk").
func looksLikeLink(arg string) bool {
	if arg == "" || arg == "-" || strings.ContainsAny(arg, " \t\\") || strings.HasPrefix(arg, ".") || strings.HasPrefix(arg, "/") {
		return false
	}
	if _, err := os.Stat(arg); err == nil || !errors.Is(err, fs.ErrNotExist) {
		return false
	}
	host, _, _ := strings.Cut(arg, "/")
	host, _, _ = strings.Cut(host, "?")
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	i := strings.LastIndexByte(host, '.')
	if i <= 0 || i == len(host)-1 {
		return false
	}
	tld := host[i+1:]
	for _, r := range tld {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	// "notes.txt" and "article.html" are file names, not sites.
	switch strings.ToLower(tld) {
	case "txt", "md", "markdown", "html", "htm", "xhtml", "text", "pdf", "json", "csv", "doc", "docx", "rtf", "xml":
		return false
	}
	return len(tld) >= 2
}

// fetchOptions are the fetcher's limits from the configuration.
func fetchOptions(cfg *config.Config) article.FetchOptions {
	return article.FetchOptions{
		MaxRedirects:   cfg.FetchMaxRedirects,
		ConnectTimeout: cfg.FetchConnectTimeout,
		Timeout:        cfg.FetchTimeout,
		MaxBodyBytes:   cfg.FetchMaxBytes,
	}
}
