// Command evaluate measures Parley on the shared benchmarks: main-text
// extraction on 181 real web pages, the brief engine on the news bench and
// the seed article, and follow-up answers on the project's own question
// set. It prints the metrics and, with -floors, fails when one falls below
// the project's floor. Without the benchmarks it says so and exits 0.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/parley-bot/parley/internal/eval/extract"
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
	misses := fs.Bool("misses", false, "list missed and misattributed gold quotes and wrong answers")
	predictions := fs.String("predictions", filepath.Join(os.TempDir(), "parley-extraction-predictions.json"), "where to write the extraction predictions (score.py's input)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	bench := filepath.Join(*shared, "bench")
	if _, err := os.Stat(filepath.Join(bench, "news", "articles.jsonl")); err != nil {
		fmt.Fprintf(stdout, "evaluate: no benchmarks at %s; skipping\n", bench)
		return 0
	}
	var fails []string

	// Extraction first: its peak memory is the process's.
	fmt.Fprintln(stdout, "== Main-text extraction (shared/bench/extraction, 181 pages)")
	ex, err := extract.Run(ctx, filepath.Join(bench, "extraction"), *predictions)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: extraction: %v\n", err)
		return 1
	}
	if err := ex.Print(stdout); err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "predictions    %s\n", *predictions)
	scorerOutput(ctx, stdout, filepath.Join(bench, "extraction", "score.py"), *predictions)
	fails = append(fails, extractionFloors(ex)...)

	fmt.Fprintln(stdout, "\n== Brief engine (shared/bench/news and the seed)")
	res, err := news.Run(bench)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	res.Print(stdout)
	fails = append(fails, newsFloors(res)...)

	fmt.Fprintln(stdout, "\n== Follow-up answers")
	askRes, err := news.RunAsk(bench)
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	askRes.Print(stdout)
	if askRes.Accuracy() < 0.9 {
		fails = append(fails, fmt.Sprintf("answer accuracy %.2f < 0.90", askRes.Accuracy()))
	}

	if *misses {
		fmt.Fprintln(stdout, "\nWrong answers:")
		for _, f := range askRes.Failures {
			fmt.Fprintf(stdout, "  %s\n", f)
		}
		fmt.Fprintln(stdout, "\nMissed, misattributed or extra quotes (@0.3):")
		for _, m := range res.Misses {
			fmt.Fprintf(stdout, "  [%s] gold %q (%s) -> %q (%s)\n", m.Article, m.Gold, m.GoldSpeaker, m.Predicted, m.PredictedSpeaker)
		}
	}
	if *floors {
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

// scorerOutput runs the bench's own scorer on the predictions when python3
// is there, so the numbers can be checked against it.
func scorerOutput(ctx context.Context, w io.Writer, script, predictions string) {
	py, err := exec.LookPath("python3")
	if err != nil {
		fmt.Fprintln(w, "score.py       (python3 not found; the Go port's numbers above match it)")
		return
	}
	script, _ = filepath.Abs(script)
	predictions, _ = filepath.Abs(predictions)
	cmd := exec.CommandContext(ctx, py, script, predictions)
	out, err := cmd.CombinedOutput()
	if err != nil {
		fmt.Fprintf(w, "score.py       failed: %v\n", err)
		return
	}
	fmt.Fprintf(w, "score.py says  %s\n", strings.ReplaceAll(strings.TrimSpace(string(out)), "\n", "\n               "))
}

// extractionFloors returns the extraction metrics below their floors.
func extractionFloors(r extract.Result) []string {
	var out []string
	if r.F1 < 0.965 {
		out = append(out, fmt.Sprintf("extraction F1 %.3f < 0.965", r.F1))
	}
	if r.Precision < 0.945 {
		out = append(out, fmt.Sprintf("extraction precision %.3f < 0.945", r.Precision))
	}
	if r.MedianMs >= 10 {
		out = append(out, fmt.Sprintf("extraction median %.1f ms >= 10 ms", r.MedianMs))
	}
	if r.PeakRSSMB >= 100 {
		out = append(out, fmt.Sprintf("extraction peak RSS %.0f MB >= 100 MB", r.PeakRSSMB))
	}
	return out
}

// newsFloors returns the engine metrics below the project's floors.
func newsFloors(r *news.Result) []string {
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
