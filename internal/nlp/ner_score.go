package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// IOBSentence is one sentence of an IOB2 file (Universal NER): its words
// and their tags ("B-PER", "I-LOC", "O").
type IOBSentence struct {
	// DocID is the id of the last "# newdoc id =" seen; NewDoc is true on
	// the sentence that carries it.
	DocID  string
	NewDoc bool
	// ID and Text are the "# sent_id" and "# text" comments.
	ID, Text string
	Words    []string
	Tags     []string
}

// ReadIOB2 reads an IOB2 file: comment lines, then one line per word
// ("ID FORM TAG ..." tab-separated), a blank line after each sentence.
func ReadIOB2(r io.Reader) ([]IOBSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []IOBSentence
	var cur IOBSentence
	doc := ""
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.DocID = doc
			out = append(out, cur)
		}
		cur = IOBSentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(l, "#"))
			if k, v, ok := strings.Cut(c, "="); ok {
				switch strings.TrimSpace(k) {
				case "newdoc id":
					doc, cur.NewDoc = strings.TrimSpace(v), true
				case "sent_id":
					cur.ID = strings.TrimSpace(v)
				case "text":
					cur.Text = strings.TrimSpace(v)
				}
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("iob2 line %d: %d columns, want at least 3", line, len(f))
		}
		tag := f[2]
		if tag != "O" && (len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
			return nil, fmt.Errorf("iob2 line %d: bad tag %q", line, tag)
		}
		cur.Words = append(cur.Words, f[1])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read iob2: %w", err)
	}
	flush()
	return out, nil
}

// IOBToTree turns IOB sentences into treebank sentences holding only words
// (and their spacing, recovered from the "# text" comment when there is
// one), so that they can go through FromTreebank.
func IOBToTree(sents []IOBSentence) []TreeSentence {
	out := make([]TreeSentence, len(sents))
	for si, s := range sents {
		t := TreeSentence{DocID: s.DocID, NewDoc: s.NewDoc, NewPar: s.NewDoc, ID: s.ID, Text: s.Text}
		t.Words = make([]Word, len(s.Words))
		pos := 0
		for i, w := range s.Words {
			space := true
			if s.Text != "" {
				if k := strings.Index(s.Text[pos:], w); k >= 0 {
					pos += k + len(w)
					space = pos >= len(s.Text) || s.Text[pos] == ' '
				}
			}
			t.Words[i] = Word{ID: i + 1, Form: w, Lemma: "_", UPOS: "_", XPOS: "_", Feats: "_", Head: -1, Rel: "_", Deps: "_", Misc: "_", SpaceAfter: space}
		}
		out[si] = t
	}
	return out
}

// uner maps an entity type of the analysis to the Universal NER type it is
// scored as ("" for types UNER does not annotate, such as NORP and DATE).
func unerType(t string) string {
	switch t {
	case PERSON, "PER":
		return "PER"
	case ORG:
		return "ORG"
	case GPE, LOC, "PLACE":
		return "LOC"
	}
	return ""
}

type spanKey struct {
	first, last int
	typ         string
}

// iobSpans reads the entities of IOB2 tags (offset added to positions). An
// I- tag that does not continue an entity of its type starts one.
func iobSpans(tags []string, offset int, out []spanKey) []spanKey {
	start, typ := -1, ""
	closeSpan := func(end int) {
		if start >= 0 {
			out = append(out, spanKey{offset + start, offset + end, typ})
		}
		start, typ = -1, ""
	}
	for i, t := range tags {
		switch {
		case t == "O" || len(t) < 3:
			closeSpan(i)
		case t[0] == 'B' || t[2:] != typ || start < 0:
			closeSpan(i)
			start, typ = i, t[2:]
		}
	}
	closeSpan(len(tags))
	return out
}

// ScoreNER scores the entities of pred against gold IOB2 sentences, the way
// CoNLL does: a predicted entity counts when its span and type are exactly
// a gold entity's. pred must hold the gold words in order (an Analysis
// made by FromTreebank(IOBToTree(gold))). Types are compared as UNER types:
// PERSON as PER, ORG as ORG, GPE and LOC as LOC; other types (NORP, the
// values) are left out. byType holds precision, recall and F1 per type; all
// figures are percentages.
func ScoreNER(goldIOB []IOBSentence, pred *Analysis) (p, r, f1 float64, byType map[string][3]float64) {
	var gold []spanKey
	off := 0
	for _, s := range goldIOB {
		gold = iobSpans(s.Tags, off, gold)
		off += len(s.Words)
	}
	var got []spanKey
	for _, e := range pred.Entities {
		if t := unerType(e.Type); t != "" {
			got = append(got, spanKey{e.First, e.Last, t})
		}
	}
	return scoreSpans(gold, got)
}

func scoreSpans(gold, got []spanKey) (p, r, f1 float64, byType map[string][3]float64) {
	type c3 struct{ tp, np, ng int }
	counts := map[string]*c3{}
	get := func(t string) *c3 {
		if counts[t] == nil {
			counts[t] = &c3{}
		}
		return counts[t]
	}
	goldSet := make(map[spanKey]bool, len(gold))
	for _, g := range gold {
		goldSet[g] = true
		get(g.typ).ng++
	}
	for _, g := range got {
		c := get(g.typ)
		c.np++
		if goldSet[g] {
			c.tp++
		}
	}
	prf := func(tp, np, ng int) [3]float64 {
		var x [3]float64
		if np > 0 {
			x[0] = 100 * float64(tp) / float64(np)
		}
		if ng > 0 {
			x[1] = 100 * float64(tp) / float64(ng)
		}
		if x[0]+x[1] > 0 {
			x[2] = 2 * x[0] * x[1] / (x[0] + x[1])
		}
		return x
	}
	byType = map[string][3]float64{}
	var tp, np, ng int
	for t, c := range counts {
		byType[t] = prf(c.tp, c.np, c.ng)
		tp, np, ng = tp+c.tp, np+c.np, ng+c.ng
	}
	all := prf(tp, np, ng)
	return all[0], all[1], all[2], byType
}
