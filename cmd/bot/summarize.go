package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/parley-bot/parley/internal/article"
	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/summarize"
)

// cmdSummarize prints the brief of an article.
func cmdSummarize(ctx context.Context, cfg *config.Config, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, markdown or json")
	length := fs.String("length", "standard", "brief length: short, standard or detailed")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: bot summarize [--format text|markdown|json] [--length short|standard|detailed] FILE|URL|-")
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
	a, err := loadArticle(ctx, cfg, pos[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: %s\n", article.Message(err))
		return 1
	}
	b, err := summarize.Summarize(inputOf(a), summarize.Options{Length: l})
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: %v\n", err)
		return 1
	}
	b.Warnings = append(a.Warnings, b.Warnings...)
	if b.Warnings == nil {
		b.Warnings = []string{}
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(b)
	case "markdown":
		err = summarize.WriteMarkdown(stdout, b, l)
	default:
		err = summarize.WriteText(stdout, b, l)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bot summarize: write the brief: %v\n", err)
		return 1
	}
	return 0
}

// inputOf is the engine's input for an article.
func inputOf(a *article.Article) summarize.Input {
	u := a.CanonicalURL
	if u == "" {
		u = a.URL
	}
	return summarize.Input{Text: a.Text, Source: summarize.Source{
		URL: u, Title: a.Title, Site: a.Site, Byline: a.Byline, Published: a.Published,
	}}
}

// loadArticle reads the article named by arg: a URL, "-" for standard
// input, or a file.
func loadArticle(ctx context.Context, cfg *config.Config, arg string, stdin io.Reader) (*article.Article, error) {
	switch {
	case isURL(arg):
		f := article.NewFetcher(fetchOptions(cfg))
		return f.Fetch(ctx, arg)
	case arg == "-":
		b, err := io.ReadAll(io.LimitReader(stdin, int64(cfg.MaxTextBytes)+1))
		if err != nil {
			return nil, &article.Error{Kind: article.KindIO, Msg: "standard input could not be read", Err: err}
		}
		return article.FromText(b, cfg.MaxTextBytes)
	}
	return article.ReadFile(ctx, arg, cfg.MaxTextBytes)
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

// fetchOptions are the fetcher's limits from the configuration.
func fetchOptions(cfg *config.Config) article.FetchOptions {
	return article.FetchOptions{
		MaxRedirects:   cfg.FetchMaxRedirects,
		ConnectTimeout: cfg.FetchConnectTimeout,
		Timeout:        cfg.FetchTimeout,
		MaxBodyBytes:   cfg.FetchMaxBytes,
	}
}
