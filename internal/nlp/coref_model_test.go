//go:build trainmodels

package nlp

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestTrainCorefModel trains the coreference model and writes
// models/coref.bin (go test -tags trainmodels -run TestTrainCorefModel).
func TestTrainCorefModel(t *testing.T) {
	corpora := filepath.Join("..", "..", "..", "shared", "corpora")
	t0 := time.Now()
	b, err := Train("coref", TrainOptions{Corpora: corpora, Log: os.Stderr, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s, %d bytes", time.Since(t0), len(b))
	if err := os.WriteFile(filepath.Join("models", "coref.bin"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCorefGUMTest scores the embedded model on GUM test, once, for the
// report (go test -tags trainmodels -run TestCorefGUMTest -v).
func TestCorefGUMTest(t *testing.T) {
	r := crTestResolver(t)
	sents, err := ReadCorpus(filepath.Join("..", "..", "..", "shared", "corpora"), "gum/gum-test.conllu.gz")
	if err != nil {
		t.Skip("no corpora:", err)
	}
	t.Logf("GUM test: %s", ScoreCoref(r, sents))
}
