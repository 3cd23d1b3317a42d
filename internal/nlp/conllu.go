package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word line of a CoNLL-U file.
type Word struct {
	ID                             int
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int
	Rel, Deps, Misc                string
	SpaceAfter                     bool
}

// MultiToken is a CoNLL-U multiword token line ("1-2 don't").
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// TreeSentence is one sentence of a CoNLL-U file.
type TreeSentence struct {
	// DocID is the id of the last "# newdoc id =" seen, NewDoc true on the
	// sentence that carries it; NewPar likewise for "# newpar".
	DocID          string
	NewDoc, NewPar bool
	// ID and Text are the "# sent_id" and "# text" comments.
	ID, Text string
	// Comments are all comment lines, without the "# ".
	Comments []string
	Words    []Word
	Multi    []MultiToken
}

// MiscValue returns the value of key in a MISC column ("" when absent).
func MiscValue(misc, key string) string {
	if misc == "_" || misc == "" {
		return ""
	}
	for _, kv := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream. Empty nodes
// (decimal ids) are skipped.
func ReadCoNLLU(r io.Reader) ([]TreeSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []TreeSentence
	var cur TreeSentence
	doc := ""
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.DocID = doc
			out = append(out, cur)
		}
		cur = TreeSentence{}
	}
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if l == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			c := strings.TrimSpace(strings.TrimPrefix(l, "#"))
			cur.Comments = append(cur.Comments, c)
			if k, v, ok := strings.Cut(c, "="); ok {
				k, v = strings.TrimSpace(k), strings.TrimSpace(v)
				switch k {
				case "newdoc id":
					doc, cur.NewDoc, cur.NewPar = v, true, true
				case "sent_id":
					cur.ID = v
				case "text":
					cur.Text = v
				}
			}
			if c == "newdoc" {
				cur.NewDoc, cur.NewPar = true, true
			}
			if c == "newpar" || strings.HasPrefix(c, "newpar ") {
				cur.NewPar = true
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu line %d: %d columns, want 10", line, len(f))
		}
		if strings.Contains(f[0], ".") {
			continue
		}
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("conllu line %d: bad range id %q", line, f[0])
			}
			cur.Multi = append(cur.Multi, MultiToken{First: first, Last: last, Form: f[1], Misc: f[9]})
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("conllu line %d: bad id %q", line, f[0])
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil {
				return nil, fmt.Errorf("conllu line %d: bad head %q", line, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{
			ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
			Head: head, Rel: f[7], Deps: f[8], Misc: f[9],
			SpaceAfter: MiscValue(f[9], "SpaceAfter") != "No",
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	flush()
	// A multiword token's SpaceAfter is on the token line: give it to its
	// last word, and none to the others.
	for si := range out {
		s := &out[si]
		for _, m := range s.Multi {
			for i := range s.Words {
				w := &s.Words[i]
				if w.ID >= m.First && w.ID < m.Last {
					w.SpaceAfter = false
				}
				if w.ID == m.Last {
					w.SpaceAfter = MiscValue(m.Misc, "SpaceAfter") != "No"
				}
			}
		}
	}
	return out, nil
}

// FromTreebank builds an Analysis with the given words and sentence breaks
// and nothing else: the text is the words joined by their spacing, so
// offsets are real. Tags, trees and entities are left for the models.
func FromTreebank(sents []TreeSentence) *Analysis {
	a := &Analysis{}
	var b strings.Builder
	for si, s := range sents {
		if si > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
		}
		st := Sentence{Start: b.Len(), First: len(a.Tokens), NewPar: s.NewPar || si == 0}
		for i, w := range s.Words {
			start := b.Len()
			b.WriteString(w.Form)
			a.Tokens = append(a.Tokens, Token{
				Text: w.Form, Start: start, End: b.Len(),
				SpaceAfter: w.SpaceAfter, Sent: si, Head: -1, NER: "O", Mention: -1,
			})
			if w.SpaceAfter && i < len(s.Words)-1 {
				b.WriteByte(' ')
			}
		}
		st.End = b.Len()
		st.Last = len(a.Tokens)
		a.Sentences = append(a.Sentences, st)
	}
	a.Text = b.String()
	for i := range a.Tokens {
		t := &a.Tokens[i]
		t.Text = a.Text[t.Start:t.End]
	}
	return a
}

// WriteCoNLLU writes the analysis as CoNLL-U: UPOS, XPOS, LEMMA, HEAD and
// DEPREL filled, and in MISC the entity tag (NER=B-PERSON, BIO) and the
// coreference cluster of mentions that start or end at a word
// (Coref=(3 on the first word, 3) on the last, (3) for one word; several
// joined by commas). src, when not nil, gives each sentence's comments
// (sent_id, text) and its words' FEATS.
func WriteCoNLLU(w io.Writer, a *Analysis, src []TreeSentence) error {
	bw := bufio.NewWriter(w)
	opens := make([][]int, len(a.Tokens))
	closes := make([][]int, len(a.Tokens))
	for _, m := range a.Mentions {
		if m.Cluster < 0 || len(a.Clusters[m.Cluster].Mentions) < 2 {
			continue
		}
		opens[m.First] = append(opens[m.First], m.Cluster)
		closes[m.Last-1] = append(closes[m.Last-1], m.Cluster)
	}
	for si, s := range a.Sentences {
		if src != nil && si < len(src) {
			for _, c := range src[si].Comments {
				fmt.Fprintf(bw, "# %s\n", c)
			}
		} else {
			fmt.Fprintf(bw, "# sent_id = %d\n", si+1)
			if a.Text != "" && s.Start >= 0 {
				fmt.Fprintf(bw, "# text = %s\n", strings.Join(strings.Fields(a.Text[s.Start:s.End]), " "))
			}
		}
		for i := s.First; i < s.Last; i++ {
			t := a.Tokens[i]
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.First + 1
			}
			feats := "_"
			if src != nil && si < len(src) && i-s.First < len(src[si].Words) {
				feats = src[si].Words[i-s.First].Feats
			}
			var misc []string
			if !t.SpaceAfter && i < s.Last-1 {
				misc = append(misc, "SpaceAfter=No")
			}
			if t.NER != "" {
				misc = append(misc, "NER="+t.NER)
			}
			if c := corefField(opens[i], closes[i]); c != "" {
				misc = append(misc, "Coref="+c)
			}
			m := "_"
			if len(misc) > 0 {
				m = strings.Join(misc, "|")
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t_\t%s\n",
				i-s.First+1, dash(t.Text), dash(t.Lemma), dash(t.UPOS), dash(t.XPOS), feats, head, dash(t.Rel), m)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write conllu: %w", err)
	}
	return nil
}

func corefField(opens, closes []int) string {
	var parts []string
	done := map[int]bool{}
	for _, o := range opens {
		single := false
		for _, c := range closes {
			if c == o && !done[o] {
				single = true
			}
		}
		if single {
			parts = append(parts, fmt.Sprintf("(%d)", o))
			done[o] = true
		} else {
			parts = append(parts, fmt.Sprintf("(%d", o))
		}
	}
	for _, c := range closes {
		if !done[c] {
			parts = append(parts, fmt.Sprintf("%d)", c))
		}
	}
	return strings.Join(parts, ",")
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
