package main

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/parley-bot/parley/internal/config"
	"github.com/parley-bot/parley/internal/nlp"
)

// cmdAnalyze prints the analysis layer's view of a text: tokens, tags,
// lemmas, the dependency tree, entities and coreference clusters, as
// CoNLL-U or JSON. With --input conllu it keeps the given words and
// sentence breaks and predicts the rest, so the models can be scored
// against any treebank.
func cmdAnalyze(ctx context.Context, cfg *config.Config, h hooks, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	input := fs.String("input", "text", "what the input is: text (an article: file, link or -) or conllu (words and sentences kept)")
	format := fs.String("format", "conllu", "output format: conllu or json")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: bot analyze [--input text|conllu] [--format conllu|json] FILE|URL|-")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) != 1 {
		fs.Usage()
		return 2
	}
	if *format != "conllu" && *format != "json" {
		fmt.Fprintf(stderr, "bot analyze: unknown format %q: use conllu or json\n", *format)
		return 2
	}
	if *input != "text" && *input != "conllu" {
		fmt.Fprintf(stderr, "bot analyze: unknown input %q: use text or conllu\n", *input)
		return 2
	}
	an, err := nlp.New()
	if err != nil {
		fmt.Fprintf(stderr, "bot analyze: %v\n", err)
		return 1
	}
	var (
		a   *nlp.Analysis
		src []nlp.TreeSentence
	)
	if *input == "conllu" {
		src, err = readTreebank(cfg, pos[0], stdin)
		if err != nil {
			fmt.Fprintf(stderr, "bot analyze: %v\n", err)
			return 1
		}
		a = an.AnalyzeTreebank(src)
	} else {
		p, in, closeStore, err := prepare(ctx, cfg, h, pos[0], stdin, stderr, false)
		if err != nil {
			fmt.Fprintf(stderr, "bot analyze: %s\n", userMessage(err))
			return 1
		}
		defer closeStore()
		art, _, err := p.Read(ctx, in)
		if err != nil {
			fmt.Fprintf(stderr, "bot analyze: %s\n", userMessage(err))
			return 1
		}
		a = an.Analyze(art.Text)
	}
	w := bufio.NewWriter(stdout)
	if *format == "json" {
		err = writeJSON(w, analysisJSON(a))
	} else {
		err = nlp.WriteCoNLLU(w, a, src)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "bot analyze: write: %v\n", err)
		return 1
	}
	return 0
}

// readTreebank reads CoNLL-U from a file or standard input, within the
// configured size limit.
func readTreebank(cfg *config.Config, arg string, stdin io.Reader) ([]nlp.TreeSentence, error) {
	var r io.Reader = stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", arg, err)
		}
		defer f.Close()
		r = f
	}
	limit := int64(cfg.MaxTextBytes) * 4
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", arg, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s is over %d MB: split it", arg, limit>>20)
	}
	sents, err := nlp.ReadCoNLLU(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, fmt.Errorf("%s holds no CoNLL-U sentence", arg)
	}
	return sents, nil
}

type jsonToken struct {
	ID      int    `json:"id"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Lemma   string `json:"lemma"`
	UPOS    string `json:"upos"`
	XPOS    string `json:"xpos"`
	Head    int    `json:"head"`
	Deprel  string `json:"deprel"`
	NER     string `json:"ner"`
	Cluster *int   `json:"cluster,omitempty"`
}

type jsonSentence struct {
	Start  int         `json:"start"`
	End    int         `json:"end"`
	Tokens []jsonToken `json:"tokens"`
}

type jsonEntity struct {
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonMention struct {
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonCluster struct {
	ID       int           `json:"id"`
	Type     string        `json:"type,omitempty"`
	Name     string        `json:"name"`
	Mentions []jsonMention `json:"mentions"`
}

type jsonAnalysis struct {
	Sentences []jsonSentence `json:"sentences"`
	Entities  []jsonEntity   `json:"entities"`
	Clusters  []jsonCluster  `json:"clusters"`
}

// analysisJSON is the analysis as printed by --format json: heads are
// 1-based within the sentence (0 for the root), as in CoNLL-U; offsets are
// bytes into the text; clusters with one mention are left out.
func analysisJSON(a *nlp.Analysis) jsonAnalysis {
	out := jsonAnalysis{Sentences: []jsonSentence{}, Entities: []jsonEntity{}, Clusters: []jsonCluster{}}
	for _, s := range a.Sentences {
		js := jsonSentence{Start: s.Start, End: s.End}
		for i := s.First; i < s.Last; i++ {
			t := a.Tokens[i]
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.First + 1
			}
			jt := jsonToken{ID: i - s.First + 1, Text: t.Text, Start: t.Start, End: t.End, Lemma: t.Lemma,
				UPOS: t.UPOS, XPOS: t.XPOS, Head: head, Deprel: t.Rel, NER: t.NER}
			if t.Mention >= 0 && t.Mention < len(a.Mentions) {
				if c := a.Mentions[t.Mention].Cluster; c >= 0 && len(a.Clusters[c].Mentions) > 1 {
					jt.Cluster = &c
				}
			}
			js.Tokens = append(js.Tokens, jt)
		}
		out.Sentences = append(out.Sentences, js)
	}
	span := func(first, last int) (int, int) {
		return a.Tokens[first].Start, a.Tokens[last-1].End
	}
	for _, e := range a.Entities {
		st, en := span(e.First, e.Last)
		out.Entities = append(out.Entities, jsonEntity{Type: e.Type, Text: e.Text, Start: st, End: en})
	}
	for ci, c := range a.Clusters {
		if len(c.Mentions) < 2 {
			continue
		}
		jc := jsonCluster{ID: ci, Type: c.Type, Name: c.Name}
		for _, mi := range c.Mentions {
			m := a.Mentions[mi]
			st, en := span(m.First, m.Last)
			jc.Mentions = append(jc.Mentions, jsonMention{Text: a.Span(m.First, m.Last), Kind: m.Kind.String(), Start: st, End: en})
		}
		out.Clusters = append(out.Clusters, jc)
	}
	return out
}
