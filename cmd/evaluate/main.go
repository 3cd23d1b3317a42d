// Command evaluate measures Parley on the shared benchmarks: main-text
// extraction on 181 real web pages, the brief engine on the news bench and
// the seed article, and follow-up answers on the project's own question
// set. It prints the metrics and, with -floors, fails when one falls below
// the project's floor. Without the benchmarks it says so and exits 0.
//
// The project's own stories come in batches (news.StoryBatches), each
// with two answer sets and two who-said-what halves whose floors are in
// floors.go (setFloors) and storyfloors.go (storyFloors). A set's first
// run is recorded once, when its batch arrives, with -record SET=FILE
// (repeatable) and -commit.
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

	"github.com/parley-bot/parley/internal/eval/analysis"
	"github.com/parley-bot/parley/internal/eval/extract"
	"github.com/parley-bot/parley/internal/eval/news"
	"github.com/parley-bot/parley/internal/nlp"
	"github.com/parley-bot/parley/internal/summarize"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the command with its arguments and output: 0 when it ran (and,
// with -floors, every figure met its floor), 1 when it failed or a figure
// fell below its floor, 2 when the arguments are wrong.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := fs.String("shared", defaultShared(), "path of the shared folder (holds bench/)")
	floors := fs.Bool("floors", false, "exit non-zero when a metric is below its floor")
	misses := fs.Bool("misses", false, "list missed and misattributed gold quotes and wrong answers")
	predictions := fs.String("predictions", filepath.Join(os.TempDir(), "parley-extraction-predictions.json"), "where to write the extraction predictions (score.py's input)")
	briefs := fs.String("briefs", "", "keep the who-said-what briefs in this folder (default: a temporary folder, removed)")
	record := newRecordFlag()
	fs.Var(record, "record", "`SET=FILE`: write answer set SET's run to FILE as its first run (once, when its batch arrives; with -commit); repeat for more sets (dev4, dev5, blind2 and the stories' sets)")
	commit := fs.String("commit", "", "the commit a recorded first run was made at")
	only := fs.String("only", "", "comma-separated sections to run (extraction, analysis, engine, who, answers, story; answers-dev: the answer sets without the blind ones); empty runs all")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	want := sections(*only)
	an, err := nlp.New()
	if err != nil {
		fmt.Fprintf(stderr, "evaluate: %v\n", err)
		return 1
	}
	opts := summarize.Options{Analyzer: an}
	bench := filepath.Join(*shared, "bench")
	if _, err := os.Stat(filepath.Join(bench, "news", "articles.jsonl")); err != nil {
		fmt.Fprintf(stdout, "evaluate: no benchmarks at %s; skipping\n", bench)
		return 0
	}
	var fails []string

	// Extraction first: its peak memory is the process's.
	if want["extraction"] {
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
	}

	corpora := filepath.Join(*shared, "corpora")
	if !want["analysis"] {
		// skipped by -only
	} else if _, err := os.Stat(filepath.Join(corpora, "README.md")); err == nil {
		fmt.Fprintln(stdout, "\n== Analysis layer (shared/corpora test splits, never trained or tuned on)")
		ar, err := analysis.Run(corpora, an)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: analysis layer: %v\n", err)
			return 1
		}
		ar.Print(stdout)
		fails = append(fails, analysisFloors(ar)...)
	} else {
		fmt.Fprintf(stdout, "\n== Analysis layer: no corpora at %s; skipped\n", corpora)
	}

	var res *news.Result
	if want["engine"] || want["who"] {
		fmt.Fprintln(stdout, "\n== Brief engine (shared/bench/news and the seed)")
		res, err = news.Run(bench, opts)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 1
		}
		res.Print(stdout)
		fails = append(fails, newsFloors(res)...)
	}

	if want["who"] {
		fmt.Fprintln(stdout, "\n== Who said what (shared/bench/attribution; the news bench scored strictly; parties)")
		fails = append(fails, whoSaidWhat(ctx, stdout, stderr, bench, *briefs, opts, res, *misses)...)
		fails = append(fails, negotiation(stdout, stderr, res, *misses)...)
	}

	answers := answerRun{bench: bench, opts: opts, record: record, commit: *commit, misses: *misses}
	if want["answers"] || want["answers-dev"] {
		fmt.Fprintln(stdout, "\n== Follow-up answers")
		below, err := devAnswers(stdout, answers)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 1
		}
		fails = append(fails, below...)
	}
	if want["answers"] {
		below, err := blindAnswers(stdout, answers)
		if err != nil {
			fmt.Fprintf(stderr, "evaluate: %v\n", err)
			return 1
		}
		fails = append(fails, below...)
	}

	if want["story"] {
		fmt.Fprintln(stdout, "\n== Stories: following a negotiation across articles (shared/bench/news; our gold of changes)")
		fails = append(fails, stories(ctx, stdout, stderr, bench, opts, *misses)...)
	}

	if *misses && res != nil {
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

// sections reads -only: the set of sections to run, every one when empty.
func sections(only string) map[string]bool {
	all := []string{"extraction", "analysis", "engine", "who", "answers", "story"}
	want := map[string]bool{}
	for _, s := range strings.Split(only, ",") {
		if s = strings.TrimSpace(s); s != "" {
			want[s] = true
		}
	}
	if len(want) == 0 {
		for _, s := range all {
			want[s] = true
		}
	}
	return want
}

// defaultShared is the shared folder when -shared is not given:
// $PARLEY_SHARED, else ../shared.
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
