package nlp

import (
	"errors"
	"fmt"
	"unsafe"
)

// Recognizer finds named entities: PERSON, ORG, GPE, LOC and NORP. It is a
// greedy BIO tagger (an averaged perceptron over word, shape, affix,
// context, gazetteer and lexicon features, the tagger's POS tags and runs
// of proper nouns, and distributional word clusters), followed by rules that split
// places into GPE (countries, cities, states) and LOC (other places). The
// rule-based values (DATE, TIME, MONEY, PERCENT, CARDINAL) are merged in;
// a named entity wins where the two overlap.
//
// Scheme: nationalities, religions and political adjectives ("Russian",
// "Muslim", "Palestinians") are NORP; named parties and bodies
// ("Republicans" as a party, "Hamas") are ORG when the model says so.
// Titles ("President", "Mr.", "Dr.") are never part of a PERSON span, nor
// is a leading "the" part of any span.
type Recognizer struct {
	w      *Table
	gaz    *StrMap
	lex    *StrMap
	labels []nerLabel
	// w2 holds the weights of the optional second, document-level pass
	// (nil when the model has none).
	w2 *Table
}

// nerLabel is one BILOU label: its prefix ('B', 'I', 'L', 'U' or 'O') and
// its internal type (PERSON, ORG, PLACE, NORP).
type nerLabel struct {
	pre  byte
	typ  string
	name string
}

// nerPrefixes is the labelling scheme: "BILU" (BILOU) or "BI" (BIO).
const nerPrefixes = "BI"

// nerTypes are the model's entity types. PLACE becomes GPE or LOC by rule.
var nerTypeNames = [...]string{PERSON, ORG, "PLACE", NORP}

// nerLabelNames lists the BILOU labels in class order.
func nerLabelNames() []string {
	out := []string{"O"}
	for _, t := range nerTypeNames {
		for _, p := range nerPrefixes {
			out = append(out, string(p)+"-"+t)
		}
	}
	return out
}

func parseNERLabels(names []string) ([]nerLabel, error) {
	out := make([]nerLabel, len(names))
	for i, n := range names {
		if n == "O" {
			out[i] = nerLabel{pre: 'O', name: n}
			continue
		}
		if len(n) < 3 || n[1] != '-' {
			return nil, fmt.Errorf("ner: bad label %q", n)
		}
		out[i] = nerLabel{pre: n[0], typ: n[2:], name: n}
	}
	return out, nil
}

// LoadRecognizer reads the entity model.
func LoadRecognizer(c *Container) (*Recognizer, error) {
	w, err := c.Table("ner.weights")
	if err != nil {
		return nil, err
	}
	names, err := c.Labels("ner.labels")
	if err != nil {
		return nil, err
	}
	labels, err := parseNERLabels(names)
	if err != nil {
		return nil, err
	}
	if w.Classes() != len(labels) {
		return nil, errors.New("ner: weights and labels disagree")
	}
	gaz, err := c.StrMap("ner.gaz")
	if err != nil {
		return nil, err
	}
	lex, err := c.StrMap("ner.lex")
	if err != nil {
		return nil, err
	}
	r := &Recognizer{w: w, gaz: gaz, lex: lex, labels: labels}
	if _, err := c.Section("ner.weights2"); err == nil {
		if r.w2, err = c.Table("ner.weights2"); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Recognize fills Analysis.Entities (text order, not overlapping) and
// Token.NER (BIO: "B-PERSON", "I-PERSON", "O"). It reads the tokens' UPOS
// and XPOS, so run the tagger first (the Analyzer does); on untagged
// tokens it still works, with lower accuracy.
func (r *Recognizer) Recognize(a *Analysis) {
	a.Entities = a.Entities[:0]
	for i := range a.Tokens {
		a.Tokens[i].NER = "O"
	}
	if len(a.Tokens) == 0 {
		return
	}
	words := make([]string, len(a.Tokens))
	for i := range a.Tokens {
		words[i] = a.Tokens[i].Text
	}
	sents := make([][2]int, len(a.Sentences))
	for i, s := range a.Sentences {
		sents[i] = [2]int{s.First, s.Last}
	}
	if len(sents) == 0 {
		sents = append(sents, [2]int{0, len(a.Tokens)})
	}
	x := newNERDoc(words, sents, r.gaz, r.lex)
	if a.Tokens[0].XPOS != "" {
		upos := make([]string, len(words))
		xpos := make([]string, len(words))
		for i := range a.Tokens {
			upos[i], xpos[i] = a.Tokens[i].UPOS, a.Tokens[i].XPOS
		}
		x.setTags(upos, xpos)
	}
	pred := make([]int, len(words))
	feats := make([]uint64, 0, 96)
	scores := make([]int32, len(r.labels))
	r.decode(x, r.w, nil, pred, feats, scores)
	if r.w2 != nil {
		first := make([]int, len(pred))
		copy(first, pred)
		x.setDocLabels(first, r.labels)
		r.decode(x, r.w2, x.docLab, pred, feats, scores)
	}
	named := nerSpans(pred, r.labels, sents)
	for _, sp := range named {
		sp = trimSpan(x, sp)
		typ := sp.typ
		if typ == "PLACE" {
			typ = placeType(x, sp.first, sp.last)
		}
		a.Entities = append(a.Entities, Entity{Type: typ, First: sp.first, Last: sp.last})
	}
	a.Entities = mergeEntities(a.Entities, valueEntities(a))
	for i := range a.Entities {
		e := &a.Entities[i]
		e.Text = a.Span(e.First, e.Last)
		for j := e.First; j < e.Last; j++ {
			if j == e.First {
				a.Tokens[j].NER = bioTag('B', e.Type)
			} else {
				a.Tokens[j].NER = bioTag('I', e.Type)
			}
		}
	}
}

// bioTag returns "B-"+typ or "I-"+typ without allocating for known types.
func bioTag(pre byte, typ string) string {
	switch typ {
	case PERSON:
		return [2]string{"B-PERSON", "I-PERSON"}[b2i(pre == 'I')]
	case ORG:
		return [2]string{"B-ORG", "I-ORG"}[b2i(pre == 'I')]
	case GPE:
		return [2]string{"B-GPE", "I-GPE"}[b2i(pre == 'I')]
	case LOC:
		return [2]string{"B-LOC", "I-LOC"}[b2i(pre == 'I')]
	case NORP:
		return [2]string{"B-NORP", "I-NORP"}[b2i(pre == 'I')]
	case DATE:
		return [2]string{"B-DATE", "I-DATE"}[b2i(pre == 'I')]
	case TIME:
		return [2]string{"B-TIME", "I-TIME"}[b2i(pre == 'I')]
	case MONEY:
		return [2]string{"B-MONEY", "I-MONEY"}[b2i(pre == 'I')]
	case PERCENT:
		return [2]string{"B-PERCENT", "I-PERCENT"}[b2i(pre == 'I')]
	case CARDINAL:
		return [2]string{"B-CARDINAL", "I-CARDINAL"}[b2i(pre == 'I')]
	}
	return string(pre) + "-" + typ
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mergeEntities merges value entities into the named ones (both in text
// order): a value that overlaps a named entity is dropped.
func mergeEntities(named, values []Entity) []Entity {
	if len(values) == 0 {
		return named
	}
	out := make([]Entity, 0, len(named)+len(values))
	j := 0
	for _, v := range values {
		for j < len(named) && named[j].Last <= v.First {
			out = append(out, named[j])
			j++
		}
		if j < len(named) && named[j].First < v.Last {
			continue // overlaps a named entity
		}
		if n := len(out); n > 0 && out[n-1].Last > v.First {
			continue
		}
		out = append(out, v)
	}
	out = append(out, named[j:]...)
	return out
}

// decode tags every sentence greedily, writing label indexes into pred.
func (r *Recognizer) decode(x *nerDoc, w *Table, doc []uint8, pred []int, feats []uint64, scores []int32) {
	for _, s := range x.sents {
		p1, p2 := 0, 0
		for i := s[0]; i < s[1]; i++ {
			if p1 == 0 && x.plainWord(i) {
				pred[i] = 0
				p2, p1 = p1, 0
				continue
			}
			feats = x.features(feats[:0], i, s[0], s[1], p1, p2, doc)
			for c := range scores {
				scores[c] = 0
			}
			w.Score(feats, scores)
			best := nerBest(scores, r.labels, p1, i == s[1]-1)
			pred[i] = best
			p2, p1 = p1, best
		}
	}
}

// nerAllowed says whether label c may follow label prev (BIO or BILOU);
// last is true on the last word of a sentence.
func nerAllowed(labels []nerLabel, prev, c int, last bool) bool {
	lp, lc := labels[prev], labels[c]
	open := lp.pre == 'B' || lp.pre == 'I'
	if lc.pre == 'I' || lc.pre == 'L' {
		return open && lc.typ == lp.typ
	}
	if len(nerPrefixes) == 4 {
		if open {
			return false
		}
		if last && lc.pre == 'B' {
			return false
		}
	}
	return true
}

func nerBest(scores []int32, labels []nerLabel, prev int, last bool) int {
	best := -1
	var bs int32
	for c, s := range scores {
		if !nerAllowed(labels, prev, c, last) {
			continue
		}
		if best < 0 || s > bs {
			best, bs = c, s
		}
	}
	return best
}

type nerSpan struct {
	first, last int
	typ         string
}

// nerSpans reads the entities out of a BIO or BILOU labelling.
func nerSpans(pred []int, labels []nerLabel, sents [][2]int) []nerSpan {
	var out []nerSpan
	for _, s := range sents {
		start, typ := -1, ""
		flush := func(end int) {
			if start >= 0 {
				out = append(out, nerSpan{start, end, typ})
			}
			start = -1
		}
		for i := s[0]; i < s[1]; i++ {
			l := labels[pred[i]]
			switch l.pre {
			case 'B':
				flush(i)
				start, typ = i, l.typ
			case 'I':
				if start < 0 || l.typ != typ {
					flush(i)
					start, typ = i, l.typ
				}
			case 'L':
				if start < 0 || l.typ != typ {
					flush(i)
					start, typ = i, l.typ
				}
				flush(i + 1)
			case 'U':
				flush(i)
				out = append(out, nerSpan{i, i + 1, l.typ})
			default:
				flush(i)
			}
		}
		flush(s[1])
	}
	return out
}

// trimSpan drops a leading "the" and, from a PERSON span, leading titles
// ("President", "Mr.", "Dr."), which no scheme counts as part of a name.
func trimSpan(x *nerDoc, sp nerSpan) nerSpan {
	for sp.last-sp.first > 1 {
		w := x.lower[sp.first]
		title := sp.typ == PERSON && x.gaz[sp.first]&(gazBit('T', 'U')|gazBit('T', 'B')|gazBit('T', 'I')) != 0
		if w != "the" && !title {
			break
		}
		sp.first++
	}
	return sp
}

// placeType decides GPE or LOC for a place span: geographic features,
// regions and facilities are LOC, everything else (countries, cities,
// states, counties) GPE.
func placeType(x *nerDoc, first, last int) string {
	g := x.gazAt(last - 1)
	if g&(gazBit('L', 'U')|gazBit('E', 'U')) != 0 && last-first > 1 {
		return LOC
	}
	if g&(gazBit('R', 'U')|gazBit('R', 'L')) != 0 && x.gazAt(first)&(gazBit('R', 'U')|gazBit('R', 'B')) != 0 {
		return LOC
	}
	switch x.lower[first] {
	case "mount", "mt", "mt.", "lake", "isle":
		if last-first > 1 {
			return LOC
		}
	}
	return GPE
}

// unsafeString views b as a string; b must not change afterwards.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
