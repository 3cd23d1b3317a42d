package nlp

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
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
	fold      int  // which fifth (k%5 == 4-fold)
	docPass   bool // train the second, document-level pass
	minSeen   int
	lowerAug  int  // add lower-cased copies: every UNER document and every lowerAug-th GUM one (0: none)
	noTags    bool // ablation: no tag features (development only)
	noClus    bool // ablation: no cluster features (development only)
	jackknife bool // tag GUM train with taggers that did not see it
	// gumTags, when set, caches the jackknifed GUM tags across runs
	// (development only).
	gumTags *[][2][]string
	// viterbi trains a first-order structured perceptron, decoded by
	// Viterbi, instead of a greedy tagger.
	viterbi bool
	// lexicon, when set, caches the lexicon across runs (development only).
	lexicon *[]byte
}

func defaultNERConfig() nerConfig {
	return nerConfig{epochs: 8, unerTimes: 5, docPass: false, minSeen: 8, jackknife: true, lowerAug: 4, viterbi: true}
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
	tagger  *Tagger
	// gum holds the GUM train sentences; the first nGum training documents
	// are GUM's.
	gum  []TreeSentence
	nGum int
}

// nerTagger loads the tagger the recognizer trains on (its predicted tags
// are features).
func nerTagger(opt TrainOptions) (*Tagger, error) {
	b := opt.Models["tagger"]
	if len(b) == 0 {
		return nil, errors.New("ner: training needs the tagger model (TrainOptions.Models[\"tagger\"]); train the tagger first")
	}
	c, err := ParseContainer(b)
	if err != nil {
		return nil, fmt.Errorf("ner: tagger model: %w", err)
	}
	return LoadTagger(c)
}

// nerJackknifeTags tags the GUM training documents with two taggers, each
// trained on EWT train and the other half of GUM train, so that the tags
// the recognizer learns from are as noisy as at run time.
func nerJackknifeTags(opt TrainOptions, data *nerData) ([][2][]string, error) {
	ewt, err := ReadCorpus(opt.Corpora, "ud-english-ewt/en_ewt-ud-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	docOf := make([]int, len(data.gum))
	for i, s := range data.gum {
		if i > 0 {
			docOf[i] = docOf[i-1]
			if s.DocID != data.gum[i-1].DocID {
				docOf[i]++
			}
		}
	}
	out := make([][2][]string, data.nGum)
	for fold := 0; fold < 2; fold++ {
		train := append([]TreeSentence(nil), ewt...)
		for i, s := range data.gum {
			if docOf[i]%2 != fold {
				train = append(train, s)
			}
		}
		o := opt
		o.Log = io.Discard
		b, err := trainTaggerOn(train, nil, defaultTaggerConfig(), o)
		if err != nil {
			return nil, err
		}
		c, err := ParseContainer(b)
		if err != nil {
			return nil, err
		}
		tg, err := LoadTagger(c)
		if err != nil {
			return nil, err
		}
		for k := fold; k < data.nGum; k += 2 {
			d := data.train[k]
			u, x := nerTagWords(tg, d.words, d.sents)
			out[k] = [2][]string{u, x}
		}
	}
	return out, nil
}

// nerTagWords tags a document's words and returns their UPOS and XPOS.
func nerTagWords(tg *Tagger, words []string, sents [][2]int) (upos, xpos []string) {
	a := &Analysis{}
	for si, s := range sents {
		a.Sentences = append(a.Sentences, Sentence{Start: -1, End: -1, First: s[0], Last: s[1]})
		for i := s[0]; i < s[1]; i++ {
			a.Tokens = append(a.Tokens, Token{Text: words[i], Start: -1, End: -1, Sent: si, Head: -1, Mention: -1})
		}
	}
	tg.tagRaw(a)
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	for i := range a.Tokens {
		upos[i], xpos[i] = a.Tokens[i].UPOS, a.Tokens[i].XPOS
	}
	return upos, xpos
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
	d.gum, d.nGum = gum, len(d.train)
	d.gumDev = gumDocs(dev, index)
	for k, doc := range iobDocs(uner) {
		if cfg.holdOut && k%5 == 4-cfg.fold {
			d.heldOut = append(d.heldOut, doc...)
			continue
		}
		td := iobTrainDoc(doc, index)
		td.repeat = cfg.unerTimes
		d.train = append(d.train, td)
	}
	if cfg.lowerAug > 0 {
		n := len(d.train)
		for i := 0; i < n; i++ {
			if i < d.nGum && i%cfg.lowerAug != 0 {
				continue
			}
			td := d.train[i]
			td.repeat = 1
			td.words = make([]string, len(td.words))
			for k, w := range d.train[i].words {
				td.words[k] = strings.ToLower(w)
			}
			d.train = append(d.train, td)
		}
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
		if !strings.ContainsAny(w, "-~") {
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

// properWord is true for a word of a name: a proper noun (PROPN), or any
// word the Penn tags call one (NNP, NNPS).
func properWord(w Word) bool {
	return w.UPOS == "PROPN" || w.XPOS == "NNP" || w.XPOS == "NNPS"
}

// gumNamedSpan returns the name inside a named mention: the run of proper
// nouns around its first proper-noun head (joined across "of", "the",
// "and", "&", "de" when a proper noun follows), or ok false.
func gumNamedSpan(s TreeSentence, m gumMention) (first, last int, ok bool) {
	// UD tags the adjectives and verbs of names by their own part of
	// speech ("United/VERB States/PROPN", "White/ADJ House"); their Penn
	// tag is still NNP.
	propn := func(i int) bool { return properWord(s.Words[i]) }
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
			case "of", "the", "&", "de", "for", "on":
				last++
				continue
			}
		}
		break
	}
	return first, last, true
}

// allNORP is true when every word of s in [first, last) is a nationality,
// religion or political group ("Jews", "Palestinian Arabs"): GUM calls
// such groups persons, the recognizer's scheme NORP (UNER leaves them out).
func allNORP(s TreeSentence, first, last int, dem map[string]bool) bool {
	for i := first; i < last; i++ {
		if !dem[strings.ToLower(s.Words[i].Form)] {
			return false
		}
	}
	return true
}

func gumDocs(sents []TreeSentence, index map[string]int) []nerTrainDoc {
	titles := map[string]bool{}
	for _, w := range strings.Fields(gazTitles()) {
		titles[strings.ReplaceAll(w, "-", " ")] = true
	}
	dem := nerDemonymSet()
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
			if allNORP(s, f, l, dem) {
				typ = NORP
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
	tg, err := nerTagger(opt)
	if err != nil {
		return nil, nil, err
	}
	data, err := loadNERData(opt, cfg)
	if err != nil {
		return nil, nil, err
	}
	data.tagger = tg
	names := nerLabelNames()
	labels, _ := parseNERLabels(names)
	gazBytes := BuildStrMap(gazetteerEntries())
	gaz, err := LoadStrMap(gazBytes)
	if err != nil {
		return nil, nil, err
	}
	var lexBytes []byte
	if cfg.lexicon != nil && *cfg.lexicon != nil {
		lexBytes = *cfg.lexicon
	} else {
		lexBytes, err = buildNERLexicon(opt, !cfg.noClus)
		if err != nil {
			return nil, nil, err
		}
		if cfg.lexicon != nil {
			*cfg.lexicon = lexBytes
		}
	}
	lex, err := LoadStrMap(lexBytes)
	if err != nil {
		return nil, nil, err
	}
	var gumTags [][2][]string
	if cfg.jackknife && !cfg.noTags {
		if cfg.gumTags != nil && *cfg.gumTags != nil {
			gumTags = *cfg.gumTags
		} else {
			gumTags, err = nerJackknifeTags(opt, data)
			if err != nil {
				return nil, nil, err
			}
			if cfg.gumTags != nil {
				*cfg.gumTags = gumTags
			}
		}
	}
	docs := make([]*nerDoc, len(data.train))
	for i, d := range data.train {
		docs[i] = newNERDoc(d.words, d.sents, gaz, lex)
		if cfg.noTags {
			continue
		}
		if i < len(gumTags) {
			docs[i].setTags(gumTags[i][0], gumTags[i][1])
		} else {
			docs[i].setTags(nerTagWords(tg, d.words, d.sents))
		}
	}

	fmt.Fprintf(opt.Log, "ner: data tagged in %v\n", time.Since(start).Round(time.Millisecond))
	r := rng(opt.Seed)
	p1 := nerTrainPass(data.train, docs, labels, cfg, &r, nil)
	fmt.Fprintf(opt.Log, "ner: pass 1 trained (%d features) in %v\n", p1.Features(), time.Since(start).Round(time.Millisecond))
	b := NewContainer()
	b.AddLabels("ner.labels", names)
	b.Add("ner.gaz", gazBytes)
	b.Add("ner.lex", lexBytes)
	w1 := p1.Compile(cfg.minSeen)
	b.Add("ner.weights", w1)
	if cfg.viterbi {
		b.Add("ner.viterbi", []byte{1})
	}
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
			rec := &Recognizer{w: t, gaz: gaz, lex: lex, labels: labels, viterbi: cfg.viterbi}
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
	if cfg.viterbi {
		var v nerViterbi
		var pred []int
		var gf, pf []uint64
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
				if len(pred) < len(d.words) {
					pred = make([]int, len(d.words))
				}
				v.decode(x, s[0], s[1], labels, dl, pred, false, 0, p.Score)
				for i := s[0]; i < s[1]; i++ {
					g, q := d.gold[i], pred[i]
					gp, qp := 0, 0
					if i > s[0] {
						gp, qp = d.gold[i-1], pred[i-1]
					}
					if g != q {
						feats = x.emission(feats[:0], i, s[0], s[1], dl)
						p.Update(feats, g, q, 1)
					}
					if g != q || gp != qp {
						gf = x.history(gf[:0], i, s[0], s[1], gp, dl, true)
						pf = x.history(pf[:0], i, s[0], s[1], qp, dl, true)
						p.Update(gf, g, -1, 1)
						p.Update(pf, q, -1, -1)
					}
					p.Tick()
				}
			}
		}
		p.Average()
		return p
	}
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

// scoreGUMDev scores the recognizer on GUM documents (UNER types), tagged
// by tg.
func scoreGUMDev(r *Recognizer, tg *Tagger, docs []nerTrainDoc) (p, rc, f1 float64, byType map[string][3]float64) {
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
		if tg != nil {
			tg.tagRaw(a)
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
func buildNERLexicon(opt TrainOptions, clusters bool) ([]byte, error) {
	type fc struct{ n, propn int }
	type lc struct{ n, caps int }
	forms := map[string]*fc{}
	lowers := map[string]*lc{}
	ewt, err := ReadCorpus(opt.Corpora, "ud-english-ewt/en_ewt-ud-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	gum, err := ReadCorpus(opt.Corpora, "gum/gum-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	for _, sents := range [][]TreeSentence{ewt} {
		for _, s := range sents {
			for i, w := range s.Words {
				f := forms[w.Form]
				if f == nil {
					f = &fc{}
					forms[w.Form] = f
				}
				f.n++
				if properWord(w) {
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
	if clusters {
		for w, c := range buildNERClusters(ewt, gum) {
			m["\x01"+w] = c
		}
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

// nerClusterConfig sizes the distributional word clusters.
const (
	nerClusterMinCount = 3   // words seen fewer times get no cluster
	nerClusterContext  = 600 // most frequent words used as contexts
	nerClusterFine     = 384 // fine clusters
	nerClusterCoarse   = 48  // coarse clusters
	nerClusterIters    = 8
)

// buildNERClusters groups the lower-case word types of the sentences by the
// words seen next to them (a cheap stand-in for Brown clusters): each type
// is a PPMI-weighted vector of its left and right neighbours (the most
// frequent words, other words by shape), and k-means (cosine) puts the
// vectors into a fine and a coarse set of clusters. The result maps each
// type to a three-byte code: the coarse cluster, then the fine one.
func buildNERClusters(corpora ...[]TreeSentence) map[string]string {
	norm := func(w string) string {
		l := strings.ToLower(w)
		b := []byte(l)
		dig := false
		for i, c := range b {
			if c >= '0' && c <= '9' {
				b[i] = '0'
				dig = true
			}
		}
		if dig {
			return string(b)
		}
		return l
	}
	count := map[string]int{}
	var seqs [][]string
	for _, sents := range corpora {
		for _, s := range sents {
			seq := make([]string, len(s.Words))
			for i, w := range s.Words {
				seq[i] = norm(w.Form)
				count[seq[i]]++
			}
			seqs = append(seqs, seq)
		}
	}
	types := make([]string, 0, len(count))
	for w, n := range count {
		if n >= nerClusterMinCount {
			types = append(types, w)
		}
	}
	sort.Slice(types, func(a, b int) bool {
		if count[types[a]] != count[types[b]] {
			return count[types[a]] > count[types[b]]
		}
		return types[a] < types[b]
	})
	typeIdx := make(map[string]int, len(types))
	for i, w := range types {
		typeIdx[w] = i
	}
	nctx := min(nerClusterContext, len(types))
	// Context ids: 0..nctx-1 frequent words, then shape classes and
	// sentence boundaries; right contexts are offset by half the space.
	const extra = 6
	half := nctx + extra
	ctxOf := func(seq []string, j int) int {
		if j < 0 {
			return nctx
		}
		if j >= len(seq) {
			return nctx + 1
		}
		if k, ok := typeIdx[seq[j]]; ok && k < nctx {
			return k
		}
		w := seq[j]
		switch c := w[0]; {
		case c >= 'a' && c <= 'z':
			return nctx + 2
		case c == '0':
			return nctx + 3
		case c >= 0x80:
			return nctx + 4
		}
		return nctx + 5
	}
	vecs := make([]map[int]float64, len(types))
	for i := range vecs {
		vecs[i] = map[int]float64{}
	}
	ctxTotal := make([]float64, 2*half)
	total := 0.0
	for _, seq := range seqs {
		for j, w := range seq {
			k, ok := typeIdx[w]
			if !ok {
				continue
			}
			l, r := ctxOf(seq, j-1), half+ctxOf(seq, j+1)
			vecs[k][l]++
			vecs[k][r]++
			ctxTotal[l]++
			ctxTotal[r]++
			total += 2
		}
	}
	type entry struct {
		d int
		v float32
	}
	sparse := make([][]entry, len(types))
	for k, m := range vecs {
		wn := 0.0
		for _, v := range m {
			wn += v
		}
		var row []entry
		for d, v := range m {
			pmi := math.Log(v * total / (wn * ctxTotal[d]))
			if pmi > 0 {
				row = append(row, entry{d, float32(pmi)})
			}
		}
		sort.Slice(row, func(a, b int) bool { return row[a].d < row[b].d })
		n := float32(0)
		for _, e := range row {
			n += e.v * e.v
		}
		if n > 0 {
			n = float32(1 / math.Sqrt(float64(n)))
			for i := range row {
				row[i].v *= n
			}
		}
		sparse[k] = row
	}
	dim := 2 * half
	kmeans := func(k int) []int {
		k = min(k, len(types))
		cent := make([]float32, k*dim)
		for c := 0; c < k; c++ {
			for _, e := range sparse[c*len(types)/k] {
				cent[c*dim+e.d] = e.v
			}
		}
		assign := make([]int, len(types))
		for it := 0; it < nerClusterIters; it++ {
			for w, row := range sparse {
				best, bs := 0, float32(-1)
				for c := 0; c < k; c++ {
					cv := cent[c*dim : (c+1)*dim]
					s := float32(0)
					for _, e := range row {
						s += cv[e.d] * e.v
					}
					if s > bs {
						best, bs = c, s
					}
				}
				assign[w] = best
			}
			for i := range cent {
				cent[i] = 0
			}
			for w, row := range sparse {
				cv := cent[assign[w]*dim:]
				for _, e := range row {
					cv[e.d] += e.v
				}
			}
			for c := 0; c < k; c++ {
				cv := cent[c*dim : (c+1)*dim]
				n := float32(0)
				for _, v := range cv {
					n += v * v
				}
				if n > 0 {
					n = float32(1 / math.Sqrt(float64(n)))
					for i := range cv {
						cv[i] *= n
					}
				}
			}
		}
		return assign
	}
	fine, coarse := kmeans(nerClusterFine), kmeans(nerClusterCoarse)
	out := make(map[string]string, len(types))
	for i, w := range types {
		out[w] = string([]byte{byte(coarse[i]), byte(fine[i] >> 8), byte(fine[i])})
	}
	return out
}
