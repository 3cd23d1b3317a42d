//go:build nerdev

package nlp

import (
	"os"
	"strconv"
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
	t.Logf("config %+v", cfg)
	start := time.Now()
	b, data, err := trainNER(TrainOptions{Corpora: "../../../shared/corpora", Log: os.Stderr, Seed: 1}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %v, %d bytes", time.Since(start), len(b))
	c, err := ParseContainer(b)
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRecognizer(c)
	if err != nil {
		t.Fatal(err)
	}
	a := FromTreebank(IOBToTree(data.heldOut))
	r.Recognize(a)
	p, rc, f, by := ScoreNER(data.heldOut, a)
	t.Logf("UNER dev held out: P %.1f R %.1f F1 %.1f %v", p, rc, f, by)
	if os.Getenv("NERDUMP") != "" {
		dumpNERErrors(t, data.heldOut, a)
	}
	gp, gr, gf, gby := scoreGUMDev(r, data.gumDev)
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
		if gs != ps && n < 150 {
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
	r.Recognize(a)
	p, rc, f, by := ScoreNER(gold, a)
	t.Logf("UNER test: P %.1f R %.1f F1 %.1f %v", p, rc, f, by)
}
