package nlp

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// TrainOptions configure a training run.
type TrainOptions struct {
	// Corpora is the folder holding ud-english-ewt/, gum/ and
	// uner-english-ewt/ (../shared/corpora).
	Corpora string
	// Log receives progress lines (dev scores per iteration).
	Log io.Writer
	// Seed fixes the shuffling of the training data.
	Seed uint64
	// Models holds the model files of the stages trained before this one
	// (by stage name, e.g. "tagger"), for a stage that trains on their
	// predictions. cmd/train fills it with what it has just trained, or
	// with the files on disk for stages it does not retrain.
	Models map[string][]byte
}

// StageNames lists the stages in the order cmd/train builds their model
// files (the parser trains on the tagger's predictions, so it comes after).
func StageNames() []string { return []string{"tagger", "lemma", "parser", "ner", "coref"} }

// Train trains one stage's model from the corpora and returns the model
// file's bytes. Training is deterministic: the same corpora and seed give
// the same bytes.
func Train(stage string, opt TrainOptions) ([]byte, error) {
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	switch stage {
	case "tagger":
		return trainTagger(opt)
	case "lemma":
		return trainLemmatizer(opt)
	case "parser":
		return trainParser(opt)
	case "ner":
		return trainRecognizer(opt)
	case "coref":
		return trainResolver(opt)
	}
	return nil, fmt.Errorf("train: unknown stage %q", stage)
}

// ReadCorpus reads a gzip-compressed CoNLL-U file of the corpora folder,
// e.g. ReadCorpus(dir, "ud-english-ewt/en_ewt-ud-train.conllu.gz").
func ReadCorpus(dir, name string) ([]TreeSentence, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read corpus %s: %w", name, err)
	}
	defer zr.Close()
	s, err := ReadCoNLLU(zr)
	if err != nil {
		return nil, fmt.Errorf("read corpus %s: %w", name, err)
	}
	return s, nil
}

// rng is a small deterministic generator (splitmix64) for shuffling.
type rng uint64

func (r *rng) next() uint64 {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// shuffle permutes idx deterministically.
func (r *rng) shuffle(idx []int) {
	for i := len(idx) - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		idx[i], idx[j] = idx[j], idx[i]
	}
}
