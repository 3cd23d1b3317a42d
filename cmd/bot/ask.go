package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/parley-bot/parley/internal/ask"
	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/pipeline"
	"github.com/parley-bot/parley/internal/store"
)

// cmdAsk answers a question about an article, citing its sentences. With
// a store configured, the article is remembered (a second question about
// the same link is not fetched again) and so is the conversation, so that
// "and what did he say about sanctions?" follows the previous question.
func cmdAsk(ctx context.Context, cfg *config.Config, h hooks, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	conv := fs.String("conversation", "", "conversation name for follow-ups (with a store; default: one per article)")
	fresh := fs.Bool("new", false, "start the conversation afresh")
	useLLM := fs.Bool("llm", false, "let the LLM answer, citing sentences checked against the article")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: bot ask [--format text|json] [--conversation NAME] [--new] [--llm] FILE|URL|- "question"`)
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 2 || strings.TrimSpace(pos[1]) == "" {
		fs.Usage()
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "bot ask: unknown format %q: use text or json\n", *format)
		return 2
	}
	p, in, closeStore, err := prepare(ctx, cfg, h, pos[0], stdin, stderr, *useLLM)
	if err != nil {
		fmt.Fprintf(stderr, "bot ask: %s\n", userMessage(err))
		return 1
	}
	defer closeStore()
	res, err := p.Brief(ctx, in, pipeline.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "bot ask: %s\n", userMessage(err))
		return 1
	}
	question := pos[1]
	key := *conv
	if key == "" {
		key = "cli:" + strconv.FormatInt(res.ArticleID, 10)
	} else {
		key = "cli:" + key
	}
	var history []ask.Turn
	if p.Store != nil && res.ArticleID != 0 {
		if *fresh {
			if err := p.Store.ForgetThread(ctx, key); err != nil {
				fmt.Fprintf(stderr, "bot ask: forget the conversation: %v\n", err)
			}
		}
		turns, err := p.Store.Turns(ctx, key, 6)
		if err != nil {
			fmt.Fprintf(stderr, "bot ask: read the conversation: %v\n", err)
		}
		for _, t := range turns {
			if t.ArticleID == res.ArticleID {
				history = append(history, ask.Turn{Question: t.Question, Answer: t.Answer})
			}
		}
	}
	r, note := p.AnswerWithNote(ctx, res.Article, res.Brief, pipeline.Question{Text: question, History: history, UseLLM: *useLLM})
	if note != "" {
		fmt.Fprintf(stderr, "bot ask: %s\n", note)
	}
	notSaved := res.NotSaved
	if p.Store != nil && res.ArticleID != 0 {
		cites := make([]int, 0, len(r.Citations))
		for _, c := range r.Citations {
			cites = append(cites, c.Sentence)
		}
		if _, err := p.Store.AddTurn(ctx, store.Turn{ThreadID: key, ArticleID: res.ArticleID, Question: question, Answer: r.Answer, Engine: engineOf(*useLLM), Citations: cites}); err != nil {
			notSaved = err
		}
	}
	if notSaved != nil {
		defer fmt.Fprintf(stderr, "bot ask: the answer was not saved: %s\n", store.Why(notSaved))
	}
	if *format == "json" {
		if err := writeJSON(stdout, r); err != nil {
			fmt.Fprintf(stderr, "bot ask: write: %v\n", err)
			return 1
		}
		return 0
	}
	var b strings.Builder
	b.WriteString(r.Answer)
	b.WriteString("\n")
	if len(r.Citations) > 0 {
		b.WriteString("\nSources in the article:\n")
		for _, c := range r.Citations {
			fmt.Fprintf(&b, "  [%d] %s\n", c.Sentence, c.Text)
		}
	}
	if _, err := io.WriteString(stdout, b.String()); err != nil {
		fmt.Fprintf(stderr, "bot ask: write: %v\n", err)
		return 1
	}
	return 0
}

func engineOf(useLLM bool) string {
	if useLLM {
		return "llm"
	}
	return "local"
}
