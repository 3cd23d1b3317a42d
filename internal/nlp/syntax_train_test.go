//go:build trainmodels

package nlp

import (
	"os"
	"testing"
	"time"
)

// go test -tags trainmodels -run TestTrainSyntaxModels -timeout 30m ./internal/nlp
func TestTrainSyntaxModels(t *testing.T) {
	corpora := os.Getenv("CORPORA")
	if corpora == "" {
		corpora = "../../../shared/corpora"
	}
	opt := TrainOptions{Corpora: corpora, Log: os.Stderr, Seed: 1}
	stages := os.Getenv("STAGES")
	if stages == "" {
		stages = "tagger,parser"
	}
	for _, st := range []string{"tagger", "parser"} {
		if !syntaxStageListed(stages, st) {
			continue
		}
		start := time.Now()
		b, err := Train(st, opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes in %s", st, len(b), time.Since(start))
		if err := os.WriteFile("models/"+st+".bin", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func syntaxStageListed(list, s string) bool {
	for _, x := range syntaxSplitComma(list) {
		if x == s {
			return true
		}
	}
	return false
}

func syntaxSplitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// go test -tags trainmodels -run TestEvalSyntaxModels ./internal/nlp
// (EVAL=dev by default; EVAL=test for the final figure.)
func TestEvalSyntaxModels(t *testing.T) {
	corpora := os.Getenv("CORPORA")
	if corpora == "" {
		corpora = "../../../shared/corpora"
	}
	split := os.Getenv("EVAL")
	if split == "" {
		split = "dev"
	}
	load := func(name string) *Container {
		b, err := os.ReadFile("models/" + name + ".bin")
		if err != nil || len(b) == 0 {
			return nil
		}
		c, err := ParseContainer(b)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	var tg *Tagger
	var ps *Parser
	if c := load("tagger"); c != nil {
		var err error
		if tg, err = LoadTagger(c); err != nil {
			t.Fatal(err)
		}
	}
	if c := load("parser"); c != nil {
		var err error
		if ps, err = LoadParser(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"ud-english-ewt/en_ewt-ud-" + split + ".conllu.gz", "gum/gum-" + split + ".conllu.gz"} {
		gold, err := ReadCorpus(corpora, f)
		if err != nil {
			t.Fatal(err)
		}
		a := FromTreebank(gold)
		start := time.Now()
		if tg != nil {
			tg.Tag(a)
		}
		tagTime := time.Since(start)
		start = time.Now()
		if ps != nil {
			ps.Parse(a)
		}
		parseTime := time.Since(start)
		sc := ScoreSyntax(gold, a)
		t.Logf("%s: UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f LAS(univ) %.2f words %d; tag %.2f ms/1k words, parse %.2f ms/1k words",
			f, sc.UPOS, sc.XPOS, sc.UAS, sc.LAS, sc.LASUniversal, sc.Words,
			float64(tagTime.Microseconds())/float64(sc.Words), float64(parseTime.Microseconds())/float64(sc.Words))
	}
}
