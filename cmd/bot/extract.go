package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/parley-bot/parley/internal/config"
)

// cmdExtract prints what was read from a page: its metadata and its text
// with paragraph breaks, so a user can see why a brief looks as it does.
func cmdExtract(ctx context.Context, cfg *config.Config, h hooks, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: bot extract [--format text|json] URL|FILE|-")
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
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "bot extract: unknown format %q: use text or json\n", *format)
		return 2
	}
	p, in, closeStore, err := prepare(ctx, cfg, h, pos[0], stdin, stderr, false)
	if err != nil {
		fmt.Fprintf(stderr, "bot extract: %s\n", userMessage(err))
		return 1
	}
	defer closeStore()
	a, _, err := p.Read(ctx, in)
	if err != nil {
		fmt.Fprintf(stderr, "bot extract: %s\n", userMessage(err))
		return 1
	}
	if *format == "json" {
		if err := writeJSON(stdout, a); err != nil {
			fmt.Fprintf(stderr, "bot extract: write: %v\n", err)
			return 1
		}
		return 0
	}
	var b strings.Builder
	for _, f := range []struct{ k, v string }{
		{"Title", a.Title}, {"Site", a.Site}, {"Byline", a.Byline}, {"Published", a.Published},
		{"URL", a.URL}, {"Canonical", a.CanonicalURL},
	} {
		if f.v != "" {
			fmt.Fprintf(&b, "%-10s %s\n", f.k+":", f.v)
		}
	}
	for _, w := range a.Warnings {
		fmt.Fprintf(&b, "Warning:   %s\n", w)
	}
	paras := strings.Count(a.Text, "\n\n") + 1
	fmt.Fprintf(&b, "%-10s %d words, %d paragraphs\n\n%s\n", "Text:", len(strings.Fields(a.Text)), paras, a.Text)
	if _, err := io.WriteString(stdout, b.String()); err != nil {
		fmt.Fprintf(stderr, "bot extract: write: %v\n", err)
		return 1
	}
	return 0
}
