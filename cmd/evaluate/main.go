// Command evaluate measures Parley on the shared benchmarks: the brief
// engine on the news bench and the seed article, and article extraction on
// the extraction bench. It prints the metrics and, with -floors, fails when
// a metric falls below the project's floors.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/parley-bot/parley/internal/eval/news"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := fs.String("shared", defaultShared(), "path of the shared folder (holds bench/)")
	floors := fs.Bool("floors", false, "exit non-zero when a metric is below its floor")
	misses := fs.Bool("misses", false, "list missed and misattributed gold quotes")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	bench := filepath.Join(*shared, "bench")
	if _, err := os.Stat(filepath.Join(bench, "news", "articles.jsonl")); err != nil {
		fmt.Fprintf(stdout, "evaluate: no benchmarks at %s; skipping\n", bench)
		return 0
	}
	res, err := news.Run(bench)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	res.Print(stdout)
	askRes, err := news.RunAsk(bench)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout)
	askRes.Print(stdout)
	if *misses {
		for _, f := range askRes.Failures {
			fmt.Fprintf(stdout, "  wrong: %s\n", f)
		}
		fmt.Fprintln(stdout, "\nMissed or misattributed gold quotes (@0.3):")
		for _, m := range res.Misses {
			fmt.Fprintf(stdout, "  [%s] gold %q (%s) -> %q (%s)\n", m.Article, m.Gold, m.GoldSpeaker, m.Predicted, m.PredictedSpeaker)
		}
	}
	_ = ctx
	if *floors {
		fails := checkFloors(res)
		if askRes.Accuracy() < 0.9 {
			fails = append(fails, fmt.Sprintf("answer accuracy %.2f < 0.90", askRes.Accuracy()))
		}
		if len(fails) > 0 {
			for _, f := range fails {
				fmt.Fprintf(stderr, "evaluate: below floor: %s\n", f)
			}
			return 1
		}
		fmt.Fprintln(stdout, "\nAll floors met.")
	}
	return 0
}

func defaultShared() string {
	if s := os.Getenv("PARLEY_SHARED"); s != "" {
		return s
	}
	return filepath.Join("..", "shared")
}

// checkFloors returns the metrics below the project's floors.
func checkFloors(r *news.Result) []string {
	var out []string
	q := r.Quotes[0]
	if q.F1() < 0.90 {
		out = append(out, fmt.Sprintf("direct-quote F1 @0.3 %.3f < 0.90", q.F1()))
	}
	if q.SpeakerAcc() < 0.90 {
		out = append(out, fmt.Sprintf("speaker accuracy %.3f < 0.90", q.SpeakerAcc()))
	}
	if r.Seed.QuotesFound < r.Seed.Quotes || r.Seed.SpeakersRight < r.Seed.Quotes {
		out = append(out, fmt.Sprintf("seed quotes %d/%d found, %d right speakers", r.Seed.QuotesFound, r.Seed.Quotes, r.Seed.SpeakersRight))
	}
	if r.Seed.FactsInTop5 < 5 {
		out = append(out, fmt.Sprintf("seed key facts %d/6 < 5", r.Seed.FactsInTop5))
	}
	if g := r.Top3Gain(); g < 2 {
		out = append(out, fmt.Sprintf("top-3 key points beat Lead-3 by %.1f ROUGE-1 points < 2", g))
	}
	return out
}
