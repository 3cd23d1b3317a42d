//go:build nerdev

package nlp

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestNERDev trains with a held-out fifth of UNER dev and scores it and
// GUM dev: go test -tags nerdev -run TestNERDev -v ./internal/nlp
func TestNERDev(t *testing.T) {
	cfg := defaultNERConfig()
	cfg.holdOut = true
	if v := os.Getenv("NER_EPOCHS"); v != "" {
		cfg.epochs, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("NER_UNER"); v != "" {
		cfg.unerTimes, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("NER_DOC"); v != "" {
		cfg.docPass = v == "1"
	}
	if v := os.Getenv("NER_MINSEEN"); v != "" {
		cfg.minSeen, _ = strconv.Atoi(v)
	}
	cfg.noTags = os.Getenv("NER_NOTAGS") == "1"
	if v := os.Getenv("NER_LOWER"); v != "" {
		cfg.lowerAug, _ = strconv.Atoi(v)
	}
	cfg.noClus = os.Getenv("NER_NOCLUS") == "1"
	if v := os.Getenv("NER_JK"); v != "" {
		cfg.jackknife = v == "1"
	}
	cfg.viterbi = cfg.viterbi || os.Getenv("NER_VITERBI") == "1"
	if os.Getenv("NER_VITERBI") == "0" {
		cfg.viterbi = false
	}
	if v := os.Getenv("NER_FOLD"); v != "" {
		cfg.fold, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("NER_FOLDS"); v != "" {
		nerCV(t, cfg)
		return
	}
	t.Logf("config %+v", cfg)
	start := time.Now()
	b, data, err := trainNER(TrainOptions{Corpora: "../../../shared/corpora", Log: os.Stderr, Seed: 1, Models: devModels(t)}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %v, %d bytes", time.Since(start), len(b))
	_ = os.WriteFile("/tmp/ner_dev_model.bin", b, 0o644)
	c, err := ParseContainer(b)
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRecognizer(c)
	if err != nil {
		t.Fatal(err)
	}
	a := FromTreebank(IOBToTree(data.heldOut))
	data.tagger.Tag(a)
	r.Recognize(a)
	p, rc, f, by := ScoreNER(data.heldOut, a)
	t.Logf("UNER dev held out: P %.1f R %.1f F1 %.1f %v", p, rc, f, by)
	if os.Getenv("NERDUMP") != "" {
		dumpNERErrors(t, data.heldOut, a)
	}
	gp, gr, gf, gby := scoreGUMDev(r, data.tagger, data.gumDev)
	t.Logf("GUM dev: P %.1f R %.1f F1 %.1f %v", gp, gr, gf, gby)
}

func dumpNERErrors(t *testing.T, gold []IOBSentence, a *Analysis) {
	off := 0
	n := 0
	for si, s := range gold {
		g := iobSpans(s.Tags, off, nil)
		var p []spanKey
		for _, e := range a.Entities {
			if e.First >= off && e.Last <= off+len(s.Words) {
				if ty := unerType(e.Type); ty != "" {
					p = append(p, spanKey{e.First, e.Last, ty})
				}
			}
		}
		show := func(ks []spanKey) string {
			out := ""
			for _, k := range ks {
				out += "[" + a.Span(k.first, k.last) + "/" + k.typ + "] "
			}
			return out
		}
		gs, ps := show(g), show(p)
		if gs != ps && n < 400 {
			n++
			t.Logf("%d %s\n   gold: %s\n   pred: %s", si, s.Text, gs, ps)
		}
		off += len(s.Words)
	}
}

// TestNERTest scores the committed model on UNER EWT test (run once, at
// the end): go test -tags nerdev -run TestNERTest -v ./internal/nlp
func TestNERTest(t *testing.T) {
	gold, err := readIOBFile("../../../shared/corpora/uner-english-ewt/en_ewt-ud-test.iob2.gz")
	if err != nil {
		t.Skip(err)
	}
	r := loadTestRecognizer(t)
	a := FromTreebank(IOBToTree(gold))
	tc, err := ReadContainer(taggerModel)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := LoadTagger(tc)
	if err != nil {
		t.Fatal(err)
	}
	tg.Tag(a)
	r.Recognize(a)
	p, rc, f, by := ScoreNER(gold, a)
	t.Logf("UNER test: P %.1f R %.1f F1 %.1f %v", p, rc, f, by)
}

// devModels returns the tagger model for development runs: the committed
// one (as cmd/train passes it).
func devModels(t *testing.T) map[string][]byte {
	b, err := os.ReadFile("models/tagger.bin")
	if err != nil || len(b) == 0 {
		t.Skip("no tagger model in models/tagger.bin")
	}
	return map[string][]byte{"tagger": b}
}

// nerCV trains five models, each without one fifth of UNER dev, and
// averages the held-out scores (and the GUM dev scores).
func nerCV(t *testing.T, cfg nerConfig) {
	models := devModels(t)
	var tags [][2][]string
	var lexicon []byte
	cfg.gumTags = &tags
	cfg.lexicon = &lexicon
	if cfg.jackknife && !cfg.noTags {
		_, _, err := trainNER(TrainOptions{Corpora: "../../../shared/corpora", Log: io.Discard, Seed: 1, Models: models}, nerConfig{epochs: 0, jackknife: true, gumTags: &tags, lexicon: &lexicon, minSeen: 3, noClus: cfg.noClus})
		if err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var allGold, allGot []spanKey
	goff := 0
	type res struct{ f, per, org, loc, gum float64 }
	out := make([]res, 5)
	var wg sync.WaitGroup
	sem := make(chan bool, 2)
	for fold := 0; fold < 5; fold++ {
		wg.Add(1)
		go func(fold int) {
			defer wg.Done()
			sem <- true
			defer func() { <-sem }()
			c := cfg
			c.fold = fold
			b, data, err := trainNER(TrainOptions{Corpora: "../../../shared/corpora", Log: io.Discard, Seed: 1, Models: models}, c)
			if err != nil {
				t.Error(err)
				return
			}
			_ = os.WriteFile(fmt.Sprintf("/tmp/ner_cv_fold%d.bin", fold), b, 0o644)
			ct, _ := ParseContainer(b)
			r, err := LoadRecognizer(ct)
			if err != nil {
				t.Error(err)
				return
			}
			a := FromTreebank(IOBToTree(data.heldOut))
			tg := data.tagger
			if c.noTags {
				tg = nil
			} else {
				tg.Tag(a)
			}
			r.Recognize(a)
			_, _, f, by := ScoreNER(data.heldOut, a)
			mu.Lock()
			off := 0
			for _, s := range data.heldOut {
				allGold = iobSpans(s.Tags, goff+off, allGold)
				off += len(s.Words)
			}
			for _, e := range a.Entities {
				if ty := unerType(e.Type); ty != "" {
					allGot = append(allGot, spanKey{goff + e.First, goff + e.Last, ty})
				}
			}
			goff += off
			mu.Unlock()
			res := res{f: f, per: by["PER"][2], org: by["ORG"][2], loc: by["LOC"][2]}
			if fold == 0 {
				_, _, res.gum, _ = scoreGUMDev(r, tg, data.gumDev)
				fmt.Fprintf(os.Stderr, "model %d bytes\n", len(b))
			}
			out[fold] = res
			fmt.Fprintf(os.Stderr, "fold %d: %+v\n", fold, res)
		}(fold)
	}
	wg.Wait()
	var m res
	for _, r := range out {
		m.f += r.f / 5
		m.per += r.per / 5
		m.org += r.org / 5
		m.loc += r.loc / 5
	}
	mp, mr, mf, mby := scoreSpans(allGold, allGot)
	t.Logf("CV micro: P %.2f R %.2f F1 %.2f PER %.1f ORG %.1f LOC %.1f", mp, mr, mf, mby["PER"][2], mby["ORG"][2], mby["LOC"][2])
	t.Logf("CV %+v: F1 %.2f PER %.1f ORG %.1f LOC %.1f | GUM dev (fold 0) %.2f", cfg, m.f, m.per, m.org, m.loc, out[0].gum)
}

// TestNERCPU measures Recognize's CPU time (getrusage) per 1,000 words on
// the benchmark text: go test -tags nerdev -run TestNERCPU -v ./internal/nlp
func TestNERCPU(t *testing.T) {
	r := loadTestRecognizer(t)
	if p := os.Getenv("NER_MODEL"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := ParseContainer(b)
		if r, err = LoadRecognizer(c); err != nil {
			t.Fatal(err)
		}
	}
	if v := os.Getenv("NER_BEAM"); v != "" {
		r.beam, _ = strconv.Atoi(v)
	}
	a := Tokenize(strings.Repeat(nerBenchText, 5))
	tagForNER(t, a)
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	const n = 2000
	c0 := cpu()
	for i := 0; i < n; i++ {
		r.Recognize(a)
	}
	d := cpu() - c0
	t.Logf("CPU %.3f ms per 1000 words (%d words)", float64(d.Nanoseconds())/n/float64(len(a.Tokens))*1000/1e6, len(a.Tokens))
}

// TestNERShow prints the tags a model gives a text: NER_TEXT="..." and
// NER_MODEL=/tmp/ner_dev_model.bin (default: the committed model).
func TestNERShow(t *testing.T) {
	text := os.Getenv("NER_TEXT")
	if text == "" {
		t.Skip("NER_TEXT not set")
	}
	r := loadTestRecognizer(t)
	if p := os.Getenv("NER_MODEL"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := ParseContainer(b)
		if r, err = LoadRecognizer(c); err != nil {
			t.Fatal(err)
		}
	}
	a := Tokenize(text)
	tagForNER(t, a)
	r.Recognize(a)
	var b strings.Builder
	for _, tk := range a.Tokens {
		fmt.Fprintf(&b, "%s/%s/%s ", tk.Text, tk.XPOS, tk.NER)
	}
	t.Log(b.String())
	for _, e := range a.Entities {
		t.Logf("%s %q", e.Type, e.Text)
	}
}

// TestNERCVEval scores the fold models the last cross-validation saved in
// /tmp, with the decoder settings of this build (NER_BEAM overrides the
// beam): go test -tags nerdev -run TestNERCVEval -v ./internal/nlp
func TestNERCVEval(t *testing.T) {
	models := devModels(t)
	tg, err := nerTagger(TrainOptions{Models: models})
	if err != nil {
		t.Fatal(err)
	}
	var allGold, allGot []spanKey
	goff := 0
	for fold := 0; fold < 5; fold++ {
		path := fmt.Sprintf("/tmp/ner_cv_fold%d.bin", fold)
		if d := os.Getenv("NER_CVDIR"); d != "" {
			path = fmt.Sprintf("%s/ner_cv_fold%d.bin", d, fold)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Skip(err)
		}
		cfg := defaultNERConfig()
		cfg.holdOut, cfg.fold = true, fold
		data, err := loadNERData(TrainOptions{Corpora: "../../../shared/corpora"}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		ct, _ := ParseContainer(b)
		r, err := LoadRecognizer(ct)
		if err != nil {
			t.Fatal(err)
		}
		if v := os.Getenv("NER_BEAM"); v != "" {
			r.beam, _ = strconv.Atoi(v)
		}
		if v := os.Getenv("NER_DOCRULES"); v != "" {
			r.docRules, _ = strconv.Atoi(v)
		}
		a := FromTreebank(IOBToTree(data.heldOut))
		tg.Tag(a)
		r.Recognize(a)
		off := 0
		for _, s := range data.heldOut {
			allGold = iobSpans(s.Tags, goff+off, allGold)
			off += len(s.Words)
		}
		for _, e := range a.Entities {
			if ty := unerType(e.Type); ty != "" {
				allGot = append(allGot, spanKey{goff + e.First, goff + e.Last, ty})
			}
		}
		goff += off
		if fold == 0 && os.Getenv("NER_GUM") == "1" {
			_, _, gf, _ := scoreGUMDev(r, tg, data.gumDev)
			t.Logf("GUM dev (fold 0 model) F1 %.2f", gf)
		}
	}
	mp, mr, mf, mby := scoreSpans(allGold, allGot)
	t.Logf("CV micro: P %.2f R %.2f F1 %.2f PER %.1f ORG %.1f LOC %.1f", mp, mr, mf, mby["PER"][2], mby["ORG"][2], mby["LOC"][2])
}
