// Command train builds the analysis layer's model files from the open
// corpora in ../shared/corpora and writes them to internal/nlp/models, where
// the bot embeds them. The same corpora and seed give the same bytes, so
// anyone can check that the committed models are what this command makes:
//
//	go run ./cmd/train                     # every stage
//	go run ./cmd/train -stages tagger,ner  # some of them
//	go run ./cmd/train -check              # retrain in memory, compare with the committed files
package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-bot/parley/internal/nlp"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpora := fs.String("corpora", filepath.Join("..", "shared", "corpora"), "folder of the corpora (ud-english-ewt/, gum/, uner-english-ewt/)")
	out := fs.String("out", filepath.Join("internal", "nlp", "models"), "folder the model files are written to")
	stages := fs.String("stages", strings.Join(nlp.StageNames(), ","), "stages to train, comma-separated")
	seed := fs.Uint64("seed", 1, "seed for shuffling the training data")
	check := fs.Bool("check", false, "do not write: compare what is trained with the files in -out")
	verbose := fs.Bool("v", false, "print training progress")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := os.Stat(filepath.Join(*corpora, "README.md")); err != nil {
		fmt.Fprintf(stderr, "train: no corpora at %s (use -corpora DIR)\n", *corpora)
		return 2
	}
	known := map[string]bool{}
	for _, s := range nlp.StageNames() {
		known[s] = true
	}
	var todo []string
	for _, s := range strings.Split(*stages, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !known[s] {
			fmt.Fprintf(stderr, "train: unknown stage %q (stages: %s)\n", s, strings.Join(nlp.StageNames(), ", "))
			return 2
		}
		todo = append(todo, s)
	}
	logw := io.Discard
	if *verbose {
		logw = stderr
	}
	// Stages train on the predictions of earlier ones: start from the
	// files on disk and replace each as it is retrained.
	models := map[string][]byte{}
	for _, s := range nlp.StageNames() {
		if b, err := os.ReadFile(filepath.Join(*out, s+".bin")); err == nil && len(b) > 0 {
			models[s] = b
		}
	}
	differ := 0
	start := time.Now()
	for _, s := range todo {
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "train: interrupted")
			return 1
		}
		t0 := time.Now()
		b, err := nlp.Train(s, nlp.TrainOptions{Corpora: *corpora, Log: logw, Seed: *seed, Models: models})
		if err != nil {
			fmt.Fprintf(stderr, "train: %s: %v\n", s, err)
			return 1
		}
		models[s] = b
		path := filepath.Join(*out, s+".bin")
		sum := sha256.Sum256(b)
		status := "written"
		if *check {
			old, err := os.ReadFile(path)
			switch {
			case err != nil:
				status = "MISSING"
				differ++
			case bytes.Equal(old, b):
				status = "identical"
			default:
				status = "DIFFERENT"
				differ++
			}
		} else if err := os.WriteFile(path, b, 0o644); err != nil {
			fmt.Fprintf(stderr, "train: write %s: %v\n", path, err)
			return 1
		}
		fmt.Fprintf(stdout, "%-7s %8.2f MB  %6.1f s  sha256 %x  %s %s\n", s, float64(len(b))/(1<<20), time.Since(t0).Seconds(), sum[:8], status, path)
	}
	fmt.Fprintf(stdout, "total %.1f s\n", time.Since(start).Seconds())
	if differ > 0 {
		fmt.Fprintf(stderr, "train: %d model files differ from what training makes\n", differ)
		return 1
	}
	return 0
}
