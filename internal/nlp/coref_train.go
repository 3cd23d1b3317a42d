package nlp

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Training and scoring of the coreference model on GUM. A GUM document
// becomes an Analysis through FromTreebank with its gold tags, lemmas and
// trees copied in, and its named person, organization and place mentions
// (PROPN heads) as the entities, so that the features read at training time
// what the tagger, parser and recognizer give at run time. The mention
// detector runs on it, its mentions are aligned to GUM's by head word, and
// the model learns to rank, for every mention, the cluster of its gold
// entity (or "new" when it has none yet) above the other options, with the
// earlier mentions clustered as the gold says.

const (
	crEpochs  = 8
	crMinSeen = 2
)

// crGold is one GUM mention.
type crGold struct {
	first, last, head int
	gid               int
	etype             string
}

// crDoc is one GUM document ready for training or scoring.
type crDoc struct {
	id   string
	a    *Analysis
	gold []crGold
	ngid int
}

// crDocs splits sentences into documents and builds each one's analysis
// with the gold annotation.
func crDocs(sents []TreeSentence) []crDoc {
	var out []crDoc
	start := 0
	for i := 1; i <= len(sents); i++ {
		if i == len(sents) || sents[i].DocID != sents[start].DocID {
			out = append(out, crBuildDoc(sents[start:i]))
			start = i
		}
	}
	return out
}

func crBuildDoc(sents []TreeSentence) crDoc {
	a := FromTreebank(sents)
	d := crDoc{id: sents[0].DocID, a: a}
	type open struct {
		grp   string
		etype string
		first int
	}
	var stack []open
	gids := map[string]int{}
	gid := func(g string) int {
		if v, ok := gids[g]; ok {
			return v
		}
		gids[g] = len(gids)
		return gids[g]
	}
	for si, s := range sents {
		base := a.Sentences[si].First
		for wi, w := range s.Words {
			t := &a.Tokens[base+wi]
			t.UPOS, t.XPOS, t.Lemma, t.Rel = w.UPOS, w.XPOS, w.Lemma, w.Rel
			if w.Head > 0 {
				t.Head = base + w.Head - 1
			} else {
				t.Head = -1
			}
			v := MiscValue(w.Misc, "Entity")
			for len(v) > 0 {
				if v[0] == '(' {
					end := strings.IndexAny(v[1:], "()")
					body := v[1:]
					if end >= 0 {
						body = v[1 : 1+end]
						v = v[1+end:]
					} else {
						v = ""
					}
					f := strings.SplitN(body, "-", 3)
					et := ""
					if len(f) > 1 {
						et = f[1]
					}
					if len(v) > 0 && v[0] == ')' {
						d.gold = append(d.gold, crGold{first: base + wi, last: base + wi + 1, gid: gid(f[0]), etype: et})
						v = v[1:]
					} else {
						stack = append(stack, open{grp: f[0], etype: et, first: base + wi})
					}
					continue
				}
				end := strings.IndexByte(v, ')')
				if end < 0 {
					break
				}
				g := v[:end]
				v = v[end+1:]
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].grp == g {
						d.gold = append(d.gold, crGold{first: stack[k].first, last: base + wi + 1, gid: gid(g), etype: stack[k].etype})
						stack = append(stack[:k], stack[k+1:]...)
						break
					}
				}
			}
		}
	}
	d.ngid = len(gids)
	for k := range d.gold {
		d.gold[k].head = crSpanHead(a, d.gold[k].first, d.gold[k].last)
	}
	slices.SortStableFunc(d.gold, func(x, y crGold) int {
		if x.first != y.first {
			return x.first - y.first
		}
		return y.last - x.last
	})
	// Named entities: person, organization and place mentions headed by
	// a proper noun, trimmed to the run of proper nouns around the head.
	var ents []Entity
	for _, g := range d.gold {
		typ := ""
		switch g.etype {
		case "person":
			typ = PERSON
		case "organization":
			typ = ORG
		case "place":
			typ = GPE
		}
		if typ == "" || a.Tokens[g.head].UPOS != "PROPN" {
			continue
		}
		f, l := g.head, g.head+1
		for f > g.first && a.Tokens[f-1].UPOS == "PROPN" {
			f--
		}
		for l < g.last {
			if a.Tokens[l].UPOS == "PROPN" {
				l++
				continue
			}
			w := a.Tokens[l].Text
			if (w == "of" || w == "and" || w == "&" || w == "-") && l+1 < g.last && a.Tokens[l+1].UPOS == "PROPN" {
				l += 2
				continue
			}
			break
		}
		ents = append(ents, Entity{Type: typ, First: f, Last: l})
	}
	slices.SortStableFunc(ents, func(x, y Entity) int {
		if x.First != y.First {
			return x.First - y.First
		}
		return (y.Last - y.First) - (x.Last - x.First)
	})
	end := 0
	for _, e := range ents {
		if e.First < end {
			continue
		}
		e.Text = a.Span(e.First, e.Last)
		a.Entities = append(a.Entities, e)
		end = e.Last
		for t := e.First; t < e.Last; t++ {
			p := "I-"
			if t == e.First {
				p = "B-"
			}
			a.Tokens[t].NER = p + e.Type
		}
	}
	return d
}

// crAlign returns, for each detected mention, the index in d.gold of the
// GUM mention with the same head (the same span if there is one, else the
// nearest in length), or -1.
func crAlign(d *crDoc, ms []Mention) []int {
	byHead := make(map[int][]int, len(d.gold))
	for k, g := range d.gold {
		byHead[g.head] = append(byHead[g.head], k)
	}
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = -1
		best := 1 << 30
		for _, k := range byHead[m.Head] {
			g := d.gold[k]
			diff := (g.last - g.first) - (m.Last - m.First)
			if diff < 0 {
				diff = -diff
			}
			if g.first == m.First && g.last == m.Last {
				diff = -1
			}
			if diff < best {
				best, out[i] = diff, k
			}
		}
	}
	return out
}

func trainResolver(opt TrainOptions) ([]byte, error) {
	t0 := time.Now()
	sents, err := ReadCorpus(opt.Corpora, "gum/gum-train.conllu.gz")
	if err != nil {
		return nil, err
	}
	out, err := crTrainModel(crDocs(sents), opt.Seed, opt.Log)
	if err != nil {
		return nil, err
	}
	if dev, err := ReadCorpus(opt.Corpora, "gum/gum-dev.conllu.gz"); err == nil {
		if c, err := ParseContainer(out); err == nil {
			if res, err := LoadResolver(c); err == nil {
				fmt.Fprintf(opt.Log, "coref: GUM dev: %s\n", ScoreCoref(res, dev))
			}
		}
	}
	fmt.Fprintf(opt.Log, "coref: %d bytes in %s\n", len(out), time.Since(t0).Round(time.Millisecond))
	return out, nil
}

// crTrainModel trains the coreference model on docs and returns the model
// file's bytes.
func crTrainModel(docs []crDoc, seed uint64, log io.Writer) ([]byte, error) {
	t0 := time.Now()
	genderBytes := BuildStrMap(crGenderNames())
	gm, err := LoadStrMap(genderBytes)
	if err != nil {
		return nil, err
	}
	// The semantic lexicon each document trains with is learned from the
	// other folds' documents, so that its nouns' classes are as unseen as
	// they are at run time; the model file packs the lexicon of them all.
	var folds [crSemFolds]*StrMap
	for f := range folds {
		b := BuildStrMap(crSemLexicon(docs, func(k int) bool { return k%crSemFolds != f }))
		if folds[f], err = LoadStrMap(b); err != nil {
			return nil, err
		}
	}
	semBytes := BuildStrMap(crSemLexicon(docs, func(int) bool { return true }))
	p := NewPerceptron(1)
	sc := crPerceptronScorer{p: p}
	r := rng(seed)
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < crEpochs; ep++ {
		r.shuffle(order)
		errs, n := 0, 0
		for _, di := range order {
			e, m := crTrainDoc(p, sc, &docs[di], gm, folds[di%crSemFolds])
			errs += e
			n += m
		}
		fmt.Fprintf(log, "coref: epoch %d: %d/%d mentions wrong (%.1f%%), %d features, %s\n",
			ep+1, errs, n, 100*float64(errs)/float64(max(n, 1)), p.Features(), time.Since(t0).Round(time.Millisecond))
	}
	p.Average()
	b := NewContainer()
	b.Add("weights", p.Compile(crMinSeen))
	b.Add("gender", genderBytes)
	b.Add("sem", semBytes)
	return b.Bytes(), nil
}

// crTrainDoc runs one training pass over a document and returns the number
// of mentions decided wrongly and the number of mentions trained on.
func crTrainDoc(p *Perceptron, sc crScorer, d *crDoc, gm, sem *StrMap) (errs, n int) {
	s := &crRun{a: d.a, gender: gm, sem: sem}
	s.prepare()
	al := crAlign(d, s.mentions)
	clusterOfGid := make([]int, d.ngid)
	for i := range clusterOfGid {
		clusterOfGid[i] = -1
	}
	for i := range s.mentions {
		g := -1
		if al[i] >= 0 {
			g = d.gold[al[i]].gid
		}
		tc := -1
		if g >= 0 {
			tc = clusterOfGid[g]
		}
		if s.alwaysNew(i) {
			s.attach(i, tc)
			if g >= 0 && tc < 0 {
				clusterOfGid[g] = s.clusterOf[i]
			}
			continue
		}
		_, pred, goldOpt := s.decide(i, sc, func(c int) bool { return c == tc })
		if tc < 0 || goldOpt > 0 {
			n++
			if pred != goldOpt {
				errs++
				p.Update(s.feats[s.offs[goldOpt]:s.offs[goldOpt+1]], 0, -1, 1)
				p.Update(s.feats[s.offs[pred]:s.offs[pred+1]], 0, -1, -1)
			}
			p.Tick()
		}
		s.attach(i, tc)
		if g >= 0 && tc < 0 {
			clusterOfGid[g] = s.clusterOf[i]
		}
	}
	return errs, n
}

// CorefScore is how well coreference resolves on a treebank with GUM-style
// gold coreference, given the gold words, tags, trees and named entities.
type CorefScore struct {
	// Pronouns counts the third-person pronouns (he, she, it, they and
	// their other forms) whose entity was mentioned before; PronounsRight
	// those linked to a cluster holding an earlier mention of their
	// entity, PronounsBaseline those the baseline gets right (the nearest
	// preceding PERSON name of matching gender for he and she, the nearest
	// ORG or GPE name for it and they).
	Pronouns, PronounsRight, PronounsBaseline int
	// ShortNames counts the PERSON and ORG names whose words are a proper
	// subset of an earlier name of the same entity ("Holland" after "John
	// Holland"); ShortNamesRight those linked correctly, ShortNamesBaseline
	// those the nearest preceding name containing the short one gets right.
	ShortNames, ShortNamesRight, ShortNamesBaseline int
	// MUCP, MUCR and MUCF are the MUC link precision, recall and F1, with
	// mentions matched to the gold ones by head word.
	MUCP, MUCR, MUCF float64
}

func crPct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// String formats the score on one line.
func (c CorefScore) String() string {
	return fmt.Sprintf("pronouns %.1f%% (baseline %.1f%%, n=%d), short names %.1f%% (baseline %.1f%%, n=%d), MUC P/R/F1 %.1f/%.1f/%.1f",
		crPct(c.PronounsRight, c.Pronouns), crPct(c.PronounsBaseline, c.Pronouns), c.Pronouns,
		crPct(c.ShortNamesRight, c.ShortNames), crPct(c.ShortNamesBaseline, c.ShortNames), c.ShortNames,
		c.MUCP, c.MUCR, c.MUCF)
}

// ScoreCoref resolves every document of sents (CoNLL-U with GUM's Entity=
// annotation) from its gold words, tags, trees and named entities, and
// scores the pronouns and short names, against the "nearest preceding name
// of matching gender" baseline, and the clusters by MUC.
func ScoreCoref(r *Resolver, sents []TreeSentence) CorefScore {
	return crScoreDocs(r, crDocs(sents))
}

// crScoreDocs is ScoreCoref on documents already built.
func crScoreDocs(r *Resolver, docs []crDoc) CorefScore {
	var sc CorefScore
	var mucRN, mucRD, mucPN, mucPD int
	for _, d := range docs {
		s := &crRun{a: d.a, gender: r.gender, sem: r.sem, worldNames: true, singleMarks: true}
		r.run(s)
		al := crAlign(&d, s.mentions)
		gidOf := func(i int) int {
			if al[i] < 0 {
				return -1
			}
			return d.gold[al[i]].gid
		}
		firstOf := make([]int, d.ngid)
		for i := range firstOf {
			firstOf[i] = 1 << 30
		}
		for _, g := range d.gold {
			firstOf[g.gid] = min(firstOf[g.gid], g.first)
		}
		linked := func(i, g int) bool {
			for _, k := range d.a.Clusters[s.clusterOf[i]].Mentions {
				if k >= i {
					break
				}
				if gidOf(k) == g {
					return true
				}
			}
			return false
		}
		for i := range s.mentions {
			m := &s.mentions[i]
			g := gidOf(i)
			if g < 0 || firstOf[g] >= m.First {
				continue
			}
			switch m.Kind {
			case PronounMention:
				p := s.info[i].p
				switch strings.ToLower(d.a.Tokens[m.Head].Text) {
				case "he", "she", "they", "it", "him", "her", "his", "their", "its", "them":
				default:
					continue
				}
				sc.Pronouns++
				if linked(i, g) {
					sc.PronounsRight++
				}
				for k := i - 1; k >= 0; k-- {
					mk := &s.mentions[k]
					if mk.Kind != NameMention {
						continue
					}
					ok := false
					if p.gender == 'm' || p.gender == 'f' {
						ok = mk.Type == PERSON && (s.info[k].gender == 0 || s.info[k].gender == p.gender)
					} else {
						ok = mk.Type == ORG || mk.Type == GPE
					}
					if ok {
						if gidOf(k) == g {
							sc.PronounsBaseline++
						}
						break
					}
				}
			case NameMention:
				if m.Type != PERSON && m.Type != ORG {
					continue
				}
				short := false
				for k := i - 1; k >= 0 && !short; k-- {
					mk := &s.mentions[k]
					short = mk.Kind == NameMention && gidOf(k) == g && s.info[i].content < s.info[k].content && s.within(m, mk)
				}
				if !short {
					continue
				}
				sc.ShortNames++
				if linked(i, g) {
					sc.ShortNamesRight++
				}
				for k := i - 1; k >= 0; k-- {
					mk := &s.mentions[k]
					if mk.Kind == NameMention && s.info[i].content < s.info[k].content && s.within(m, mk) {
						if gidOf(k) == g {
							sc.ShortNamesBaseline++
						}
						break
					}
				}
			}
		}
		// MUC over gold mentions (key) and detected mentions (response),
		// a detected mention standing for the gold mention it aligns to.
		resp := make(map[int]int, len(s.mentions)) // gold index -> response cluster
		for i := range s.mentions {
			if al[i] >= 0 {
				resp[al[i]] = s.clusterOf[i]
			}
		}
		keyParts := map[int]map[int]bool{}
		keySize := map[int]int{}
		for k, g := range d.gold {
			keySize[g.gid]++
			if keyParts[g.gid] == nil {
				keyParts[g.gid] = map[int]bool{}
			}
			if c, ok := resp[k]; ok {
				keyParts[g.gid][c] = true
			} else {
				keyParts[g.gid][-1-k] = true
			}
		}
		for g, n := range keySize {
			mucRN += n - len(keyParts[g])
			mucRD += n - 1
		}
		respParts := map[int]map[int]bool{}
		respSize := map[int]int{}
		for i := range s.mentions {
			c := s.clusterOf[i]
			respSize[c]++
			if respParts[c] == nil {
				respParts[c] = map[int]bool{}
			}
			if al[i] >= 0 {
				respParts[c][d.gold[al[i]].gid] = true
			} else {
				respParts[c][-1-i] = true
			}
		}
		for c, n := range respSize {
			mucPN += n - len(respParts[c])
			mucPD += n - 1
		}
	}
	sc.MUCR = crPct(mucRN, mucRD)
	sc.MUCP = crPct(mucPN, mucPD)
	if sc.MUCP+sc.MUCR > 0 {
		sc.MUCF = 2 * sc.MUCP * sc.MUCR / (sc.MUCP + sc.MUCR)
	}
	return sc
}

// crGenderNames maps common given names (capitalised) to "m" or "f".
func crGenderNames() map[string]string {
	m := map[string]string{}
	both := map[string]bool{}
	add := func(list, g string) {
		for _, w := range strings.Fields(list) {
			w = strings.ToUpper(w[:1]) + w[1:]
			if v, ok := m[w]; ok && v != g {
				both[w] = true
			}
			m[w] = g
		}
	}
	add(crMaleNames, "m")
	add(crFemaleNames, "f")
	for w := range both {
		delete(m, w)
	}
	return m
}
