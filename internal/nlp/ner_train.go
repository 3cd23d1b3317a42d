package nlp

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// nerTrainDoc is one training document: words, sentence spans and gold
// BILOU label indexes.
type nerTrainDoc struct {
	id     string
	words  []string
	sents  [][2]int
	gold   []int
	repeat int // how many times it is seen per epoch
}

// nerConfig sets up a training run.
type nerConfig struct {
	epochs    int
	unerTimes int  // UNER documents are seen this many times per epoch
	holdOut   bool // keep every fifth UNER document out (for tuning)
	docPass   bool // train the second, document-level pass
	minSeen   int
}

func defaultNERConfig() nerConfig {
	return nerConfig{epochs: 8, unerTimes: 3, docPass: false, minSeen: 3}
}

func trainRecognizer(opt TrainOptions) ([]byte, error) {
	b, _, err := trainNER(opt, defaultNERConfig())
	return b, err
}

// nerData is the training and tuning data.
type nerData struct {
	train   []nerTrainDoc
	heldOut []IOBSentence // UNER documents kept out
	gumDev  []nerTrainDoc
}

func loadNERData(opt TrainOptions, cfg nerConfig) (*nerData, error) {
	labels := nerLabelNames()
	index := nerGoldIndex(labels)
	gum, err := ReadCorpus(opt.Corpora, "gum/gum-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	dev, err := ReadCorpus(opt.Corpora, "gum/gum-dev.conllu.gz")
	if err != nil {
		return nil, err
	}
	uner, err := readIOBFile(filepath.Join(opt.Corpora, "uner-english-ewt/en_ewt-ud-dev.iob2.gz"))
	if err != nil {
		return nil, err
	}
	d := &nerData{}
	d.train = gumDocs(gum, index)
	d.gumDev = gumDocs(dev, index)
	for k, doc := range iobDocs(uner) {
		if cfg.holdOut && k%5 == 4 {
			d.heldOut = append(d.heldOut, doc...)
			continue
		}
		td := iobTrainDoc(doc, index)
		td.repeat = cfg.unerTimes
		d.train = append(d.train, td)
	}
	return d, nil
}

func readIOBFile(path string) ([]IOBSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer zr.Close()
	return ReadIOB2(zr)
}

// iobDocs groups sentences by document, in order.
func iobDocs(s []IOBSentence) [][]IOBSentence {
	var out [][]IOBSentence
	for i, x := range s {
		if i == 0 || x.DocID != s[i-1].DocID {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], x)
	}
	return out
}

func iobTrainDoc(doc []IOBSentence, index map[string]int) nerTrainDoc {
	td := nerTrainDoc{id: doc[0].DocID, repeat: 1}
	for _, s := range doc {
		off := len(td.words)
		td.words = append(td.words, s.Words...)
		td.sents = append(td.sents, [2]int{off, len(td.words)})
		gold := make([]string, len(s.Words))
		for i := range gold {
			gold[i] = "O"
		}
		for _, sp := range iobSpans(s.Tags, 0, nil) {
			typ := map[string]string{"PER": PERSON, "ORG": ORG, "LOC": "PLACE"}[sp.typ]
			if typ == "" {
				continue
			}
			setBILOU(gold, sp.first, sp.last, typ)
		}
		markNORP(s.Words, gold)
		for _, g := range gold {
			td.gold = append(td.gold, index[g])
		}
	}
	return td
}

func setBILOU(gold []string, first, last int, typ string) {
	if last-first == 1 {
		gold[first] = "U-" + typ
		return
	}
	for i := first; i < last; i++ {
		p := "I-"
		if i == first {
			p = "B-"
		} else if i == last-1 {
			p = "L-"
		}
		gold[i] = p + typ
	}
}

// markNORP labels capitalised demonyms outside entities as NORP (neither
// corpus annotates them).
func markNORP(words, gold []string) {
	dem := nerDemonymSet()
	for i, w := range words {
		if gold[i] != "O" || w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if dem[strings.ToLower(w)] {
			gold[i] = "U-NORP"
		}
	}
}

func nerDemonymSet() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(gazDemonyms()) {
		if !strings.Contains(w, "-") {
			m[w] = true
		}
	}
	return m
}

// gumMention is one Entity= mention of a GUM sentence (word positions).
type gumMention struct {
	first, last int // [first, last)
	etype       string
	heads       []int // minspan, 0-based positions in the sentence
	identity    string
}

// gumMentions parses the Entity= annotation of one sentence.
func gumMentions(s TreeSentence) []gumMention {
	var out []gumMention
	type open struct {
		grp string
		m   gumMention
		min string
	}
	var stack []open
	for i, w := range s.Words {
		v := MiscValue(w.Misc, "Entity")
		for p := 0; p < len(v); {
			if v[p] == '(' {
				q := p + 1
				for q < len(v) && v[q] != '(' && v[q] != ')' {
					q++
				}
				f := strings.SplitN(v[p+1:q], "-", 8)
				o := open{}
				if len(f) >= 7 {
					o.grp = f[0]
					o.m = gumMention{first: i, etype: f[1]}
					o.min = f[5]
					if len(f) == 8 {
						o.m.identity = f[7]
					}
				}
				if q < len(v) && v[q] == ')' {
					o.m.last = i + 1
					out = append(out, finishMention(o.m, o.min))
					q++
				} else {
					stack = append(stack, o)
				}
				p = q
				continue
			}
			q := p
			for q < len(v) && v[q] != ')' && v[q] != '(' {
				q++
			}
			grp := v[p:q]
			if q < len(v) && v[q] == ')' {
				q++
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].grp == grp {
						m := stack[k].m
						m.last = i + 1
						out = append(out, finishMention(m, stack[k].min))
						stack = append(stack[:k], stack[k+1:]...)
						break
					}
				}
			}
			if q == p {
				q++
			}
			p = q
		}
	}
	return out
}

func finishMention(m gumMention, min string) gumMention {
	for _, x := range strings.Split(min, ",") {
		if n, err := strconv.Atoi(x); err == nil && n >= 1 && m.first+n-1 < m.last {
			m.heads = append(m.heads, m.first+n-1)
		}
	}
	return m
}

// gumNamedSpan returns the name inside a named mention: the run of proper
// nouns around its first proper-noun head (joined across "of", "the",
// "and", "&", "de" when a proper noun follows), or ok false.
func gumNamedSpan(s TreeSentence, m gumMention) (first, last int, ok bool) {
	propn := func(i int) bool { return s.Words[i].UPOS == "PROPN" }
	h := -1
	for _, x := range m.heads {
		if propn(x) {
			h = x
			break
		}
	}
	if h < 0 {
		if m.identity == "" {
			return 0, 0, false
		}
		for i := m.first; i < m.last; i++ {
			if propn(i) {
				h = i
				break
			}
		}
	}
	if h < 0 {
		return 0, 0, false
	}
	first, last = h, h+1
	for first > m.first && propn(first-1) {
		first--
	}
	for {
		if last < m.last && propn(last) {
			last++
			continue
		}
		if last+1 < m.last && propn(last+1) {
			switch strings.ToLower(s.Words[last].Form) {
			case "of", "the", "and", "&", "de", "for", "on":
				last++
				continue
			}
		}
		break
	}
	return first, last, true
}

func gumDocs(sents []TreeSentence, index map[string]int) []nerTrainDoc {
	titles := map[string]bool{}
	for _, w := range strings.Fields(gazTitles()) {
		titles[strings.ReplaceAll(w, "-", " ")] = true
	}
	var out []nerTrainDoc
	for i, s := range sents {
		if i == 0 || s.DocID != sents[i-1].DocID {
			out = append(out, nerTrainDoc{id: s.DocID, repeat: 1})
		}
		td := &out[len(out)-1]
		off := len(td.words)
		words := make([]string, len(s.Words))
		gold := make([]string, len(s.Words))
		for k, w := range s.Words {
			words[k] = w.Form
			gold[k] = "O"
		}
		type cand struct {
			first, last int
			typ         string
		}
		var cands []cand
		for _, m := range gumMentions(s) {
			typ := map[string]string{"person": PERSON, "organization": ORG, "place": "PLACE"}[m.etype]
			if typ == "" {
				continue
			}
			f, l, ok := gumNamedSpan(s, m)
			if !ok {
				continue
			}
			for l-f > 1 {
				w := strings.ToLower(s.Words[f].Form)
				if w != "the" && !(typ == PERSON && titles[w]) {
					break
				}
				f++
			}
			cands = append(cands, cand{f, l, typ})
		}
		sort.SliceStable(cands, func(a, b int) bool {
			return cands[a].last-cands[a].first > cands[b].last-cands[b].first
		})
		for _, c := range cands {
			free := true
			for k := c.first; k < c.last; k++ {
				if gold[k] != "O" {
					free = false
				}
			}
			if free {
				setBILOU(gold, c.first, c.last, c.typ)
			}
		}
		markNORP(words, gold)
		td.words = append(td.words, words...)
		td.sents = append(td.sents, [2]int{off, len(td.words)})
		for _, g := range gold {
			td.gold = append(td.gold, index[g])
		}
	}
	return out
}

// trainNER trains the recognizer and returns the model file and the tuning
// data (for scoring).
func trainNER(opt TrainOptions, cfg nerConfig) ([]byte, *nerData, error) {
	start := time.Now()
	data, err := loadNERData(opt, cfg)
	if err != nil {
		return nil, nil, err
	}
	names := nerLabelNames()
	labels, _ := parseNERLabels(names)
	gazBytes := BuildStrMap(gazetteerEntries())
	gaz, err := LoadStrMap(gazBytes)
	if err != nil {
		return nil, nil, err
	}
	lexBytes, err := buildNERLexicon(opt)
	if err != nil {
		return nil, nil, err
	}
	lex, err := LoadStrMap(lexBytes)
	if err != nil {
		return nil, nil, err
	}
	docs := make([]*nerDoc, len(data.train))
	for i, d := range data.train {
		docs[i] = newNERDoc(d.words, d.sents, gaz, lex)
	}
	r := rng(opt.Seed)
	p1 := nerTrainPass(data.train, docs, labels, cfg, &r, nil)
	fmt.Fprintf(opt.Log, "ner: pass 1 trained (%d features) in %v\n", p1.Features(), time.Since(start).Round(time.Millisecond))
	b := NewContainer()
	b.AddLabels("ner.labels", names)
	b.Add("ner.gaz", gazBytes)
	b.Add("ner.lex", lexBytes)
	w1 := p1.Compile(cfg.minSeen)
	b.Add("ner.weights", w1)
	if cfg.docPass {
		// Document labels for the second pass come from first-pass models
		// that did not see the document (two folds), so that the second
		// pass learns how far to trust them.
		docLabs := make([][]uint8, len(data.train))
		for fold := 0; fold < 2; fold++ {
			var tr []nerTrainDoc
			var trd []*nerDoc
			for i := range data.train {
				if i%2 != fold {
					tr = append(tr, data.train[i])
					trd = append(trd, docs[i])
				}
			}
			fr := rng(opt.Seed + uint64(fold) + 1)
			pf := nerTrainPass(tr, trd, labels, cfg, &fr, nil)
			t, err := LoadTable(pf.Compile(cfg.minSeen))
			if err != nil {
				return nil, nil, err
			}
			rec := &Recognizer{w: t, gaz: gaz, lex: lex, labels: labels}
			for i := range data.train {
				if i%2 == fold {
					pred := make([]int, len(data.train[i].words))
					rec.decode(docs[i], t, nil, pred, nil, make([]int32, len(labels)))
					docs[i].setDocLabels(pred, labels)
					docLabs[i] = append([]uint8(nil), docs[i].docLab...)
				}
			}
		}
		r2 := rng(opt.Seed + 7)
		p2 := nerTrainPass(data.train, docs, labels, cfg, &r2, docLabs)
		b.Add("ner.weights2", p2.Compile(cfg.minSeen))
		fmt.Fprintf(opt.Log, "ner: pass 2 trained (%d features) in %v\n", p2.Features(), time.Since(start).Round(time.Millisecond))
	}
	return b.Bytes(), data, nil
}

// nerTrainPass trains one averaged perceptron (greedy, on its own
// predicted history) and averages it.
func nerTrainPass(train []nerTrainDoc, docs []*nerDoc, labels []nerLabel, cfg nerConfig, r *rng, docLabs [][]uint8) *Perceptron {
	p := NewPerceptron(len(labels))
	type ref struct{ d, s int }
	var order []ref
	for di, d := range train {
		for k := 0; k < d.repeat; k++ {
			for si := range d.sents {
				order = append(order, ref{di, si})
			}
		}
	}
	idx := make([]int, len(order))
	feats := make([]uint64, 0, 128)
	scores := make([]float32, len(labels))
	for ep := 0; ep < cfg.epochs; ep++ {
		for i := range idx {
			idx[i] = i
		}
		r.shuffle(idx)
		for _, k := range idx {
			o := order[k]
			d, x := train[o.d], docs[o.d]
			var dl []uint8
			if docLabs != nil {
				dl = docLabs[o.d]
			}
			s := d.sents[o.s]
			p1, p2 := 0, 0
			for i := s[0]; i < s[1]; i++ {
				feats = x.features(feats[:0], i, s[0], s[1], p1, p2, dl)
				for c := range scores {
					scores[c] = 0
				}
				p.Score(feats, scores)
				guess := -1
				var bs float32
				for c, v := range scores {
					if !nerAllowed(labels, p1, c, i == s[1]-1) {
						continue
					}
					if guess < 0 || v > bs {
						guess, bs = c, v
					}
				}
				p.Update(feats, d.gold[i], guess, 1)
				p.Tick()
				p2, p1 = p1, guess
			}
		}
	}
	p.Average()
	return p
}

// scoreGUMDev scores the recognizer on GUM documents (UNER types).
func scoreGUMDev(r *Recognizer, docs []nerTrainDoc) (p, rc, f1 float64, byType map[string][3]float64) {
	var gold, got []spanKey
	labels, _ := parseNERLabels(nerLabelNames())
	off := 0
	for _, d := range docs {
		a := &Analysis{}
		for si, s := range d.sents {
			a.Sentences = append(a.Sentences, Sentence{Start: -1, End: -1, First: s[0], Last: s[1]})
			for i := s[0]; i < s[1]; i++ {
				a.Tokens = append(a.Tokens, Token{Text: d.words[i], Start: -1, End: -1, Sent: si, Head: -1, Mention: -1})
			}
		}
		r.Recognize(a)
		for _, sp := range nerSpans(d.gold, labels, d.sents) {
			if t := unerType(sp.typ); t != "" {
				gold = append(gold, spanKey{off + sp.first, off + sp.last, t})
			}
		}
		for _, e := range a.Entities {
			if t := unerType(e.Type); t != "" {
				got = append(got, spanKey{off + e.First, off + e.Last, t})
			}
		}
		off += len(d.words)
	}
	return scoreSpans(gold, got)
}

// buildNERLexicon counts, over the EWT and GUM train treebanks, how often
// each word form is a proper noun, and how often each lower-case form is
// written with a capital inside a sentence. Forms seen fewer than twice,
// and lower-case forms never capitalised, are left out. Keys: the form as
// written, and "\x00" + the lower-case form.
func buildNERLexicon(opt TrainOptions) ([]byte, error) {
	type fc struct{ n, propn int }
	type lc struct{ n, caps int }
	forms := map[string]*fc{}
	lowers := map[string]*lc{}
	for _, name := range []string{"ud-english-ewt/en_ewt-ud-train.conllu.gz"} {
		sents, err := ReadCorpus(opt.Corpora, name)
		if err != nil {
			return nil, err
		}
		for _, s := range sents {
			for i, w := range s.Words {
				f := forms[w.Form]
				if f == nil {
					f = &fc{}
					forms[w.Form] = f
				}
				f.n++
				if w.UPOS == "PROPN" {
					f.propn++
				}
				if i == 0 {
					continue
				}
				l := strings.ToLower(w.Form)
				c := lowers[l]
				if c == nil {
					c = &lc{}
					lowers[l] = c
				}
				c.n++
				if w.Form[0] >= 'A' && w.Form[0] <= 'Z' {
					c.caps++
				}
			}
		}
	}
	bucket := func(k, n int) byte {
		switch r := float64(k) / float64(n); {
		case k == 0:
			return '0'
		case r < 0.2:
			return '1'
		case r < 0.5:
			return '2'
		case r < 0.9:
			return '3'
		}
		return '4'
	}
	freq := func(n int) byte {
		switch {
		case n < 3:
			return 'a'
		case n < 10:
			return 'b'
		}
		return 'c'
	}
	m := map[string]string{}
	for w, f := range forms {
		if f.propn == 0 && f.n < 2 {
			continue
		}
		m[w] = string([]byte{'p', bucket(f.propn, f.n), freq(f.n)})
	}
	for l, c := range lowers {
		if c.caps == 0 {
			continue
		}
		m["\x00"+l] = string([]byte{'c', bucket(c.caps, c.n), freq(c.n)})
	}
	return BuildStrMap(m), nil
}

// nerGoldIndex maps BILOU label names to class indexes; under BIO, L- is
// read as I- and U- as B-.
func nerGoldIndex(labels []string) map[string]int {
	index := map[string]int{}
	for i, l := range labels {
		index[l] = i
	}
	for _, t := range nerTypeNames {
		if _, ok := index["L-"+t]; !ok {
			index["L-"+t] = index["I-"+t]
			index["U-"+t] = index["B-"+t]
		}
	}
	return index
}
