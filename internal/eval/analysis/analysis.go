// Package analysis scores the analysis layer (internal/nlp) on the test
// splits of the open corpora in shared/corpora: tokens and sentences, tags
// and dependency trees on UD English-EWT and GUM with gold words, lemmas,
// named entities on Universal NER English-EWT and pronoun and short-name
// resolution on GUM. Nothing here trains or tunes.
package analysis

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/parley-bot/parley/internal/nlp"
)

// Result holds the figures, in percent.
type Result struct {
	// Tokens and sentences: word and sentence boundary F1 of the tokenizer.
	EWTTokF1, EWTSentF1, GUMTokF1, GUMSentF1 float64
	// EWT and GUM: tags and trees with gold words, predicted tags.
	EWT, GUM nlp.SyntaxScores
	// Lemma accuracy on EWT test, given gold UPOS.
	Lemma float64
	// NER on UNER EWT test (PER, ORG, LOC incl. GPE; exact spans).
	NERP, NERR, NERF1 float64
	NERByType         map[string][3]float64
	// Coref on GUM test from gold words, tags, trees and names.
	Coref nlp.CorefScore
	// WordsPerMs is the speed of the whole layer on EWT test's words.
	WordsPerMs float64
}

// Run scores the layer on the corpora folder's test splits.
func Run(corpora string, an *nlp.Analyzer) (*Result, error) {
	ewt, err := nlp.ReadCorpus(corpora, "ud-english-ewt/en_ewt-ud-test.conllu.gz")
	if err != nil {
		return nil, err
	}
	gum, err := nlp.ReadCorpus(corpora, "gum/gum-test.conllu.gz")
	if err != nil {
		return nil, err
	}
	r := &Result{}
	r.EWTTokF1, r.EWTSentF1 = nlp.ScoreTokenizer(ewt)
	r.GUMTokF1, r.GUMSentF1 = nlp.ScoreTokenizer(gum)
	words := 0
	for _, s := range ewt {
		words += len(s.Words)
	}
	start := time.Now()
	pred := an.AnalyzeTreebank(ewt)
	if ms := float64(time.Since(start).Microseconds()) / 1000; ms > 0 {
		r.WordsPerMs = float64(words) / ms
	}
	r.EWT = nlp.ScoreSyntax(ewt, pred)
	r.GUM = nlp.ScoreSyntax(gum, an.AnalyzeTreebank(gum))
	r.Lemma = nlp.ScoreLemmas(ewt, an.Lemmatizer())
	f, err := os.Open(filepath.Join(corpora, "uner-english-ewt", "en_ewt-ud-test.iob2.gz"))
	if err != nil {
		return nil, fmt.Errorf("open UNER test: %w", err)
	}
	defer f.Close()
	iob, err := readIOB(f)
	if err != nil {
		return nil, err
	}
	r.NERP, r.NERR, r.NERF1, r.NERByType = nlp.ScoreNER(iob, an.AnalyzeTreebank(nlp.IOBToTree(iob)))
	r.Coref = nlp.ScoreCoref(an.Resolver(), gum)
	return r, nil
}

// Print writes the table.
func (r *Result) Print(w io.Writer) {
	fmt.Fprintf(w, "tokens / sentences (F1)   EWT test %.1f / %.1f   GUM test %.1f / %.1f\n", r.EWTTokF1, r.EWTSentF1, r.GUMTokF1, r.GUMSentF1)
	fmt.Fprintf(w, "UPOS, EWT test, gold words         %.1f   (UDPipe 1.2: 94.4)   XPOS %.1f\n", r.EWT.UPOS, r.EWT.XPOS)
	fmt.Fprintf(w, "UAS / LAS, EWT test, predicted tags %.1f / %.1f   (UDPipe 1.2: 84.5 / 81.2; LAS on universal relations %.1f)\n", r.EWT.UAS, r.EWT.LAS, r.EWT.LASUniversal)
	fmt.Fprintf(w, "GUM test (news, interviews, speeches…): UPOS %.1f, UAS / LAS %.1f / %.1f\n", r.GUM.UPOS, r.GUM.UAS, r.GUM.LAS)
	fmt.Fprintf(w, "lemmas, EWT test, gold UPOS         %.1f\n", r.Lemma)
	fmt.Fprintf(w, "NER, UNER EWT test, exact spans     P %.1f  R %.1f  F1 %.1f   (prose v3: about 26)", r.NERP, r.NERR, r.NERF1)
	for _, t := range []string{"PER", "ORG", "LOC"} {
		if v, ok := r.NERByType[t]; ok {
			fmt.Fprintf(w, "  %s %.1f", t, v[2])
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "coreference, GUM test: %s\n", r.Coref)
	fmt.Fprintf(w, "speed: %.0f words a millisecond (tags, lemmas, trees, entities, coreference; one run over EWT test)\n", r.WordsPerMs)
}

// readIOB reads a gzip-compressed IOB2 file.
func readIOB(r io.Reader) ([]nlp.IOBSentence, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read UNER test: %w", err)
	}
	defer zr.Close()
	s, err := nlp.ReadIOB2(zr)
	if err != nil {
		return nil, fmt.Errorf("read UNER test: %w", err)
	}
	return s, nil
}
