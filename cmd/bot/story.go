package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/llm"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
	"github.com/parley-bot/parley/internal/story"
	"github.com/parley-bot/parley/internal/story/track"
	"github.com/parley-bot/parley/internal/summarize"
)

const storyUsage = `Usage:
  bot story add [--server NAME] [--format text|json] FILE|URL|-          brief an article and join it to a story
  bot story list [--server NAME] [--format text|json]                    the server's stories, the latest first
  bot story show [--server NAME] [--format text|json] [--llm] ID         a story's briefs and what each one changed
  bot story timeline [--server NAME] [--format text|json] [--llm] ID     a story's events in date order

Stories are kept in the store (PARLEY_DB_PATH or DATABASE_URL), per server
(--server, default "local"; a Discord server's stories are under its id).
--llm adds the LLM's paragraph on where things stand, written from the
story's latest briefs and checked against them (needs OPENAI_API_KEY or
OPENAI_BASE_URL); when the LLM fails or writes what the briefs do not
hold, the rest is printed as without it, and one line on standard error
says why.
`

// storyJSON is a story as `bot story add` prints it.
type storyJSON struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Briefs int    `json:"briefs"`
}

// addJSON is what `bot story add --format json` prints.
type addJSON struct {
	Story   storyJSON      `json:"story"`
	Joined  bool           `json:"joined"`
	Changes []story.Change `json:"changes"`
}

// cmdStory is `bot story add|list|show|timeline`.
func cmdStory(ctx context.Context, cfg *config.Config, h hooks, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, storyUsage)
		return 2
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("story "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	server := fs.String("server", "local", "the server whose stories these are")
	format := fs.String("format", "text", "output format: text or json")
	useLLM := fs.Bool("llm", false, "show and timeline: add the LLM's paragraph on where things stand")
	fs.Usage = func() { fmt.Fprint(stderr, storyUsage) }
	pos, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "bot story: unknown format %q: use text or json\n", *format)
		return 2
	}
	if strings.TrimSpace(*server) == "" {
		fmt.Fprintln(stderr, "bot story: --server is empty")
		return 2
	}
	want := map[string]int{"add": 1, "list": 0, "show": 1, "timeline": 1}
	n, ok := want[sub]
	if !ok {
		fmt.Fprintf(stderr, "bot story: unknown subcommand %q\n\n%s", sub, storyUsage)
		return 2
	}
	if len(pos) != n {
		fs.Usage()
		return 2
	}
	if *useLLM && sub != "show" && sub != "timeline" {
		fmt.Fprintf(stderr, "bot story %s: --llm is for show and timeline\n", sub)
		return 2
	}
	if *useLLM && !cfg.LLMEnabled() {
		fmt.Fprintf(stderr, "bot story %s: --llm needs OPENAI_API_KEY or OPENAI_BASE_URL (see .env.example)\n", sub)
		return 1
	}
	if !cfg.StoreConfigured() {
		fmt.Fprintln(stderr, "bot story: stories live in the store: set PARLEY_DB_PATH (a SQLite file) or DATABASE_URL")
		return 2
	}
	var id int64
	if sub == "show" || sub == "timeline" {
		id, err = strconv.ParseInt(pos[0], 10, 64)
		if err != nil || id <= 0 {
			fmt.Fprintf(stderr, "bot story %s: %q is not a story id (see bot story list)\n", sub, pos[0])
			return 2
		}
	}
	if sub == "add" {
		return storyAdd(ctx, cfg, h, *server, *format == "json", pos[0], stdin, stdout, stderr)
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "bot story %s: %s\n", sub, store.Why(err))
		return 1
	}
	defer st.Close()
	tr := &track.Tracker{Stories: st, Load: track.BriefLoader(st)}
	var para paragrapher
	if *useLLM {
		log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
		c, err := newLLM(cfg, st, log, nil)
		if err != nil {
			fmt.Fprintf(stderr, "bot story %s: %v\n", sub, err)
			return 1
		}
		para = llmParagraph(c, tr, *server, "bot story "+sub, stderr)
	}
	switch sub {
	case "list":
		err = storyList(ctx, tr, *server, *format == "json", stdout)
	case "show":
		err = storyShow(ctx, tr, *server, id, *format == "json", para, stdout)
	case "timeline":
		err = storyTimeline(ctx, tr, *server, id, *format == "json", para, stdout)
	}
	if errors.Is(err, store.ErrNotFound) {
		fmt.Fprintf(stderr, "bot story %s: server %q has no story %d (see bot story list)\n", sub, *server, id)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "bot story %s: %v\n", sub, err)
		return 1
	}
	return 0
}

// paragrapher returns the LLM's paragraph on where a story stands, or nil
// when there is none to print (it then says why on standard error).
type paragrapher func(ctx context.Context, d track.Detail) *llm.StoryParagraph

// llmParagraph asks c for a story's paragraph, from its latest briefs.
// Its failures are one line on w, prefixed with cmd; they fail nothing.
func llmParagraph(c *llm.Client, tr *track.Tracker, server, cmd string, w io.Writer) paragrapher {
	return func(ctx context.Context, d track.Detail) *llm.StoryParagraph {
		srcs, err := tr.Sources(ctx, d, llm.StoryBriefs)
		if err != nil {
			fmt.Fprintf(w, "%s: no paragraph from the LLM: %v\n", cmd, err)
			return nil
		}
		req := llm.StoryRequest{Name: d.Name, GuildID: server}
		for _, s := range srcs {
			req.Briefs = append(req.Briefs, llm.StoryBrief{Title: s.Title, Date: s.Date, Brief: s.Brief})
		}
		p, err := c.Story(ctx, req)
		if err != nil {
			why := err.Error()
			var le *llm.Error
			if errors.As(err, &le) {
				why = le.Msg
			}
			fmt.Fprintf(w, "%s: no paragraph from the LLM: %s\n", cmd, why)
			return nil
		}
		return &p
	}
}

// writeParagraph prints the LLM's paragraph under its heading.
func writeParagraph(w io.Writer, p *llm.StoryParagraph) {
	if p == nil {
		return
	}
	fmt.Fprintf(w, "\nWhere things stand (written by the LLM, %s, from the latest %d brief%s; checked against them):\n%s\n",
		p.Model, p.Briefs, pluralS(p.Briefs), p.Text)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// storyAdd briefs an article, joins it to a story and prints the result.
func storyAdd(ctx context.Context, cfg *config.Config, h hooks, server string, asJSON bool, arg string, stdin io.Reader, stdout, stderr io.Writer) int {
	p, in, closeStore, err := prepare(ctx, cfg, h, arg, stdin, stderr, false)
	if err != nil {
		fmt.Fprintf(stderr, "bot story add: %s\n", userMessage(err))
		return 1
	}
	defer closeStore()
	if p.Store == nil {
		return 1 // newPipeline said why
	}
	res, err := p.Brief(ctx, in, pipeline.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "bot story add: %s\n", userMessage(err))
		return 1
	}
	if res.ArticleID == 0 || res.NotSaved != nil {
		fmt.Fprintf(stderr, "bot story add: the brief was not saved, so it joins no story: %s\n", store.Why(res.NotSaved))
		return 1
	}
	tr := &track.Tracker{Stories: p.Store, Load: func(ctx context.Context, id int64, engine string) (*summarize.Brief, error) {
		_, b, err := p.Load(ctx, id, engine)
		return b, err
	}}
	b := res.Brief
	j, err := tr.Join(ctx, track.Brief{GuildID: server, ArticleID: res.ArticleID, Engine: b.Summary.Engine, Title: title(b), URL: b.Source.URL, Brief: b})
	if err != nil {
		fmt.Fprintf(stderr, "bot story add: %v\n", err)
		return 1
	}
	if asJSON {
		if err := writeJSON(stdout, addJSON{Story: storyJSON{ID: j.Story.ID, Name: j.Story.Name, Briefs: j.Story.Briefs}, Joined: j.Joined, Changes: j.Changes}); err != nil {
			fmt.Fprintf(stderr, "bot story add: %v\n", err)
			return 1
		}
		return 0
	}
	if j.Joined {
		fmt.Fprintf(stdout, "Joined story %d, %s (%d briefs).\n", j.Story.ID, j.Story.Name, j.Story.Briefs)
		if len(j.Changes) == 0 {
			fmt.Fprintln(stdout, "Nothing new since the last brief.")
		} else {
			fmt.Fprintln(stdout, "\nSince the last brief:")
			for _, c := range j.Changes {
				fmt.Fprintf(stdout, "  %s\n", changeLine(c))
			}
		}
	} else {
		fmt.Fprintf(stdout, "Started story %d, %s.\n", j.Story.ID, j.Story.Name)
	}
	return 0
}

// title is a brief's title, or its parties when the article has none.
func title(b *summarize.Brief) string {
	if h := b.Headline(); h != "" {
		return h
	}
	return "Untitled article"
}

// changeLine is one change in text.
func changeLine(c story.Change) string {
	var b strings.Builder
	b.WriteString(story.Label(c))
	b.WriteString(": ")
	if c.Kind == story.KindQuote {
		b.WriteString("“" + c.Text + "”")
	} else {
		b.WriteString(c.Text)
	}
	if c.Party != "" && c.Kind != story.KindParty {
		b.WriteString(" — " + c.Party)
	}
	fmt.Fprintf(&b, " (sentence %d", c.Sentence)
	if c.Before != "" {
		fmt.Fprintf(&b, "; before: %s", c.Before)
	}
	if c.Earlier.Title != "" {
		fmt.Fprintf(&b, "; compared with %q", c.Earlier.Title)
	}
	b.WriteString(")")
	return b.String()
}

func storyList(ctx context.Context, tr *track.Tracker, server string, asJSON bool, stdout io.Writer) error {
	ss, err := tr.List(ctx, server, 0)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(stdout, map[string]any{"stories": ss})
	}
	if len(ss) == 0 {
		_, err := fmt.Fprintf(stdout, "Server %q has no stories yet: bot story add FILE|URL starts one.\n", server)
		return err
	}
	for _, s := range ss {
		if _, err := fmt.Fprintf(stdout, "%d  %s\n    parties: %s · %d briefs · updated %s\n", s.ID, s.Name,
			strings.Join(s.Parties, ", "), s.Briefs, s.Updated.Format(time.DateTime)); err != nil {
			return err
		}
	}
	return nil
}

func storyShow(ctx context.Context, tr *track.Tracker, server string, id int64, asJSON bool, para paragrapher, stdout io.Writer) error {
	d, err := tr.Show(ctx, server, id)
	if err != nil {
		return err
	}
	var p *llm.StoryParagraph
	if para != nil {
		p = para(ctx, d)
	}
	if asJSON {
		return writeJSON(stdout, struct {
			track.Detail
			WhereThingsStand *llm.StoryParagraph `json:"where_things_stand,omitempty"`
		}{d, p})
	}
	fmt.Fprintf(stdout, "Story %d: %s\nParties: %s\n", d.ID, d.Name, strings.Join(d.Parties, ", "))
	writeParagraph(stdout, p)
	for i, m := range d.Members {
		fmt.Fprintf(stdout, "\n%d. %s", i+1, m.Title)
		if m.URL != "" {
			fmt.Fprintf(stdout, " <%s>", m.URL)
		}
		fmt.Fprintf(stdout, " (article %d, %s)\n", m.ArticleID, m.Date)
		if i == 0 {
			continue
		}
		if len(m.Changes) == 0 {
			fmt.Fprintln(stdout, "   Nothing new since the brief before.")
		}
		for _, c := range m.Changes {
			fmt.Fprintf(stdout, "   %s\n", changeLine(c))
		}
	}
	return nil
}

func storyTimeline(ctx context.Context, tr *track.Tracker, server string, id int64, asJSON bool, para paragrapher, stdout io.Writer) error {
	d, ms, err := tr.Timeline(ctx, server, id)
	if err != nil {
		return err
	}
	var p *llm.StoryParagraph
	if para != nil {
		p = para(ctx, d)
	}
	if asJSON {
		out := map[string]any{"story": storyJSON{ID: d.ID, Name: d.Name, Briefs: d.Briefs}, "events": ms}
		if p != nil {
			out["where_things_stand"] = p
		}
		return writeJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "Story %d: %s\n", d.ID, d.Name)
	if p != nil {
		writeParagraph(stdout, p)
		fmt.Fprintln(stdout, "\nTimeline:")
	}
	fmt.Fprintln(stdout)
	if len(ms) == 0 {
		fmt.Fprintln(stdout, "No dated events yet.")
	}
	for _, m := range ms {
		when := m.Day
		if m.When != "" {
			when += " (" + m.When + ")"
		}
		fmt.Fprintf(stdout, "%s  %-9s %s  [%s]\n", when, m.Kind, m.Text, m.Brief.Title)
	}
	return nil
}
