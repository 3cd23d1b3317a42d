package nlp

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Recognizer finds named entities: PERSON, ORG, GPE, LOC and NORP. It is a
// BIO tagger: a first-order structured averaged perceptron over word,
// shape, affix, context, gazetteer and lexicon features, the tagger's POS
// tags and runs of proper nouns, distributional word clusters and how the
// word is written elsewhere in the document, decoded by Viterbi (a beam of
// three labels per word). Rules then split places into GPE (countries,
// cities, states) and LOC (other places), join names around a hyphen, and
// make the document agree with itself (a string keeps its most frequent
// type; a surname of a person named in full is a PERSON). The rule-based
// values (DATE, TIME, MONEY, PERCENT, CARDINAL) are merged in; a named
// entity wins where the two overlap.
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
	// viterbi is true for a model trained as a first-order structured
	// perceptron, decoded by Viterbi (else greedily, left to right).
	viterbi bool
	// beam limits the labels the Viterbi decoder extends (0: all).
	beam int
	// letters makes the word shapes read a non-ASCII letter as an ASCII
	// letter of its case ("Rønning" is shaped like "Ronning"), where the
	// model was trained with one class for every non-ASCII character: the
	// treebanks hold too few such names for that class to have learned
	// that they are names. New sets it; training leaves it off, so that
	// the command reproduces the model file.
	letters bool
	// docRules says which document-level clean-up runs (bits): 1 short
	// forms of person names, 2 majority types (see nerConsistent).
	docRules int
	// noSurnames turns nerSurnames off (for measuring it).
	noSurnames bool
}

// nerDocRules is the document-level clean-up the recognizer runs.
const nerDocRules = 3

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
	r := &Recognizer{w: w, gaz: gaz, lex: lex, labels: labels, beam: nerBeam, docRules: nerDocRules}
	if _, err := c.Section("ner.viterbi"); err == nil {
		r.viterbi = true
	}
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
	words, sents := nerInput(a)
	x := buildNERDoc(words, sents, r.gaz, r.lex, r.letters)
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
	for k := range named {
		named[k] = trimSpan(x, named[k])
	}
	named = dropTitlePhrases(x, named)
	named = peoplesNames(a, named)
	named = joinHyphens(a, x, named)
	named = joinSplitNames(a, named)
	named = particleTails(a, named)
	named = particleHeads(a, named)
	named = bodiesOfTwoFields(a, named)
	for k := range named {
		// "Zorvex Corp.", "Acme Holdings": a company by its designation,
		// whatever the model read.
		if sp := &named[k]; sp.last-sp.first > 1 && companyDesignations[strings.TrimSuffix(x.words[sp.last-1], ".")] {
			sp.typ = ORG
		}
		// "JETP Secretariat", "Viet Nam Daily Herald": a name that ends
		// in the word for an institution is a body's, whatever the
		// model read, unless it opens with a given name the lists know.
		if sp := &named[k]; sp.typ == PERSON && sp.last-sp.first > 1 && x.institutionWord(sp.last-1) && !givenNameIn(x, sp.first, sp.first+1) {
			sp.typ = ORG
		}
	}
	countryBodies(x, named)
	destinations(a, x, named)
	named = designatedNames(a, named)
	named = acronymDefinedNames(a, x, named)
	named = namesAfterTitles(a, x, named)
	named = namesAfterTitleFields(a, x, named)
	named = placeBeforeName(a, x, named)
	firm := titledNames(a, x, named)
	firm = append(firm, relativePersons(a, x, named)...)
	bodiesBeside(a, x, named)
	// Before the names are spread over the document: "Strømsnes said"
	// after "Per-Olav Strømsnes".
	named = doubleGivenNames(a, x, named)
	named = personsOfBodies(a, x, named)
	named = camelCaseFirms(a, named)
	if r.docRules&3 != 0 {
		nerConsistent(x, named, r.docRules&1 != 0, r.docRules&2 != 0)
	}
	familyNames(x, named)
	bodiesByLastWord(x, named)
	countriesAsGivenNames(x, named)
	spreadPersons(x, named, firm)
	thingsNamed(a, x, named)
	named = splitKnownPersons(x, named)
	named = dropPluralPersons(a, x, named)
	named = dropLowerNames(a, x, named)
	if r.docRules&1 != 0 && !r.noSurnames {
		named = nerSurnames(a, x, named)
		named = nerOrgShortForms(a, x, named)
		// "Pieter van den Berg" where only "Berg" was found, as a
		// surname the document writes alone: the name is whole again,
		// also where the model found nothing before the particles
		// ("Pieter van der Merwe did not…" once "Van der Merwe said").
		named = joinSplitNames(a, named)
		named = particleHeads(a, named)
	}
	// The surnames spread over the document may stand right after a
	// hyphen inside a name ("Linda Ferreira | -Mendes's").
	named = joinHyphens(a, x, named)
	named = hyphenatedNames(a, x, named)
	named = hyphenGivenNames(a, x, named)
	syllableNames(a, x, named)
	named = titleFieldTails(x, named)
	possessiveBodies(a, named)
	employersBeforeTitles(a, x, named)
	firmsByTheirParts(a, x, named)
	adjectivesOfPeoples(a, x, r.gaz, named)
	for _, sp := range named {
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

// motionLemmas are verbs of going somewhere: where one travels, flees or
// flies "to" or "from" is a place. (Not "go" or "come", which one may do
// to a person: "went to Kowalczyk for advice".)
var motionLemmas = map[string]bool{"travel": true, "flee": true, "fly": true, "move": true,
	"return": true, "head": true, "drive": true, "sail": true, "walk": true, "march": true, "relocate": true,
	"migrate": true, "escape": true, "evacuate": true, "retreat": true, "commute": true, "journey": true}

// destinations types as a place a name of one or two words that the
// model read as a person or a body, but which a verb of motion goes to or
// comes from with no object of its own ("families who fled to Cúcuta",
// "diplomats would travel to Cúcuta next week"): one goes to a place, not
// to a person ("returned the letter to Smith" has an object, and a given
// name the lists know stays a person's).
func destinations(a *Analysis, x *nerDoc, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON && sp.typ != ORG || sp.last-sp.first > 2 || sp.first == 0 || givenNameIn(x, sp.first, sp.last) {
			continue
		}
		switch strings.ToLower(a.Tokens[sp.first-1].Text) {
		case "to", "from", "into":
		default:
			continue
		}
		h := sp.last - 1
		for j := sp.first; j < sp.last; j++ {
			if hh := a.Tokens[j].Head; hh < sp.first || hh >= sp.last {
				h = j
				break
			}
		}
		v := a.Tokens[h].Head
		if a.Tokens[h].Rel != "obl" || v < 0 || a.Tokens[v].UPOS != "VERB" || !motionLemmas[strings.ToLower(a.Tokens[v].Lemma)] || a.Tokens[sp.first-1].Head != h {
			continue
		}
		transitive := false
		sent := a.Sentences[a.Tokens[v].Sent]
		for j := sent.First; j < sent.Last; j++ {
			if a.Tokens[j].Head == v && a.Tokens[j].Rel == "obj" {
				transitive = true
				break
			}
		}
		if !transitive {
			sp.typ = "PLACE"
		}
	}
}

// titleGoesOn reports whether the capitalised words from k on go on with
// a title ("Executive Officer", "Officer") rather than start a name.
func titleGoesOn(x *nerDoc, k int) bool {
	for j := k; j < len(x.words) && j < k+2 && capitalised(x.words[j]); j++ {
		if x.gaz[j]&titleAny != 0 {
			return true
		}
	}
	return false
}

// titleAny is the gazetteer bits of a title word at any place in its
// phrase ("chief", "chief executive", "spokesman").
var titleAny = gazBit('T', 'U') | gazBit('T', 'B') | gazBit('T', 'I') | gazBit('T', 'L')

// employersBeforeTitles makes an organisation of a one-word name the
// model typed as a person where the word, so typed or as an
// organisation, stands before a title and a person's name ("Kystfly chief
// executive Halvard Rønning") or between "the" and a title ("the Kystfly
// chief"): it names whom the person works for, and every span of the
// word alone follows. Not where it is the surname of a person the
// document names in full ("Obama spokesman Josh Earnest" beside "Barack
// Obama"), nor a name the lists know.
func employersBeforeTitles(a *Analysis, x *nerDoc, spans []nerSpan) {
	surnames := map[string]bool{}
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first >= 2 {
			surnames[x.words[sp.last-1]] = true
		}
	}
	employer := map[string]bool{}
	for k, sp := range spans {
		w := x.words[sp.first]
		if sp.typ != PERSON && sp.typ != ORG || sp.last-sp.first != 1 || surnames[w] || nerListedType(x, sp) >= 0 {
			continue
		}
		j := sp.last
		// A title's words the lists do not know inside it count
		// ("Chief Executive Officer").
		for j < len(x.words) && j < sp.last+4 && a.Tokens[j].Sent == a.Tokens[sp.first].Sent &&
			(x.gaz[j]&titleAny != 0 || j > sp.last && j+1 < len(x.words) && capitalised(x.words[j]) && x.gaz[j+1]&titleAny != 0) {
			j++
		}
		if j == sp.last {
			continue
		}
		// "Kystfly chief executive Halvard Rønning", or "the Kystfly
		// chief": a person's name takes no article.
		named := k+1 < len(spans) && spans[k+1].first == j && spans[k+1].typ == PERSON
		if !named && !(sp.first > 0 && strings.EqualFold(x.words[sp.first-1], "the")) {
			continue
		}
		employer[w] = true
	}
	if len(employer) == 0 {
		return
	}
	for k := range spans {
		if sp := &spans[k]; sp.typ == PERSON && sp.last-sp.first == 1 && employer[x.words[sp.first]] {
			sp.typ = ORG
		}
	}
}

// titledNames makes a person of a name the model typed as an organisation
// or a place when a title set off by a comma follows it ("Zippy Duvall, the
// president of the American Farm Bureau, said", "He Jianxiong, the former
// executive director for China"): a body or a place is not described by a
// title a person holds. Titles are the entity lists' title words, heading
// the phrase after the comma (not "the president's office"), whose words
// may be joined by hyphens ("the Charlotte-Mecklenburg police chief"). It returns
// the indexes of the spans it made persons.
func titledNames(a *Analysis, x *nerDoc, spans []nerSpan) (firm []int) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != "ORG" && sp.typ != "PLACE" || nerListedType(x, *sp) >= 0 {
			continue
		}
		if sp.last+1 >= len(a.Tokens) || a.Tokens[sp.last].Text != "," {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		j := sp.last + 1
		if a.Tokens[j].UPOS == "DET" {
			j++
		}
		for n := 0; n < 6 && j < len(a.Tokens) && a.Tokens[j].Sent == sent; n, j = n+1, j+1 {
			tj := &a.Tokens[j]
			if tj.XPOS == "NN" && x.gaz[j]&gazBit('T', 'U') != 0 {
				if j+1 >= len(a.Tokens) || a.Tokens[j+1].XPOS != "POS" && a.Tokens[j+1].UPOS != "NOUN" {
					sp.typ = PERSON
					firm = append(firm, k)
				}
				break
			}
			if tj.UPOS != "ADJ" && tj.UPOS != "NOUN" && tj.UPOS != "PROPN" && tj.XPOS != "POS" && !innerHyphen(a, j) {
				break
			}
		}
	}
	return firm
}

// innerHyphen reports whether token j is a hyphen written inside a word
// ("Charlotte-Mecklenburg"), with no space on either side.
func innerHyphen(a *Analysis, j int) bool {
	return j > 0 && a.Tokens[j].Text == "-" && !a.Tokens[j-1].SpaceAfter && !a.Tokens[j].SpaceAfter
}

// placeBeforeName splits a listed place off the front of a person's name
// that a preposition governs ("China's ambassador to Britain Liu Xiaoming",
// read as one name "Britain Liu Xiaoming", or as one place after a title):
// the place ends the role, the name follows it. Spans stay in text order.
func placeBeforeName(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var out []nerSpan
	for k, sp := range spans {
		place := x.gaz[sp.first]&(gazBit('C', 'U')|gazBit('S', 'U')|gazBit('Y', 'U')) != 0
		// A person's span, or any span after a title and a preposition
		// ("ambassador to Britain Liu Xiaoming" read as one place).
		titled := sp.first >= 2 && x.gaz[sp.first-2]&gazBit('T', 'U') != 0
		if sp.typ != PERSON && !(titled && sp.typ == "PLACE") || sp.last-sp.first < 3 || !place || sp.first == 0 || a.Tokens[sp.first-1].UPOS != "ADP" {
			if out != nil {
				out = append(out, sp)
			}
			continue
		}
		if out == nil {
			out = append(make([]nerSpan, 0, len(spans)+1), spans[:k]...)
		}
		out = append(out, nerSpan{first: sp.first, last: sp.first + 1, typ: "PLACE"}, nerSpan{first: sp.first + 1, last: sp.last, typ: PERSON})
	}
	if out == nil {
		return spans
	}
	return out
}

// spreadPersons gives the type PERSON to every other mention of a name the
// rules above made a person from the words around it (spans[k] for k in
// firm), unless the name lists know it as something else: the one
// sentence that says who the name is speaks for the document.
func spreadPersons(x *nerDoc, spans []nerSpan, firm []int) {
	for _, k := range firm {
		f := spans[k]
		f.typ = PERSON
		for m := range spans {
			sp := &spans[m]
			if sp.typ == PERSON || sp.last-sp.first != f.last-f.first || nerListedType(x, *sp) >= 0 {
				continue
			}
			same := true
			for i := 0; i < f.last-f.first; i++ {
				if x.words[sp.first+i] != x.words[f.first+i] {
					same = false
					break
				}
			}
			if same {
				sp.typ = PERSON
			}
		}
		spans[k].typ = PERSON
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

// decode tags every sentence, writing label indexes into pred.
func (r *Recognizer) decode(x *nerDoc, w *Table, doc []uint8, pred []int, feats []uint64, scores []int32) {
	if r.viterbi {
		var v nerViterbi
		score := func(f []uint64, sc []float32) {
			is := scores[:len(sc)]
			for c := range is {
				is[c] = 0
			}
			w.Score(f, is)
			for c, v := range is {
				sc[c] += float32(v)
			}
		}
		for _, s := range x.sents {
			v.decode(x, s[0], s[1], r.labels, doc, pred, true, r.beam, score)
		}
		return
	}
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

// nerViterbi is the scratch space of first-order Viterbi decoding.
type nerViterbi struct {
	delta, emit, hist []float32
	back              []int8
	feats             []uint64
	// trans[p*L+c] is the weight of the transition feature (p alone) for
	// label c; filled on first use.
	trans []float32
	order []float32
}

// nerBeam is how many of the best labels of a word the decoder extends to
// the next word (0: all of them).
const nerBeam = 3

// decode labels the sentence [s0, s1) with the best label sequence under
// score (which adds the weights of a feature list into a score vector),
// writing label indexes into pred. With skip, a plain word (see
// plainWord) is labelled O without scoring when the best label of the word
// before it is O.
// With beam > 0, only the beam best labels of a word are extended.
func (v *nerViterbi) decode(x *nerDoc, s0, s1 int, labels []nerLabel, doc []uint8, pred []int, skip bool, beam int, score func([]uint64, []float32)) {
	n, L := s1-s0, len(labels)
	if n <= 0 {
		return
	}
	const none = float32(-1e30)
	trans := skip // decoding a trained model: the transitions are fixed
	if trans && len(v.trans) != L*L {
		v.trans = make([]float32, L*L)
		for p := 0; p < L; p++ {
			v.feats = append(v.feats[:0], x.tmpl[31].Int(p).Sum())
			score(v.feats, v.trans[p*L:(p+1)*L])
		}
	}
	if cap(v.delta) < n*L {
		v.delta = make([]float32, n*L)
		v.back = make([]int8, n*L)
	}
	delta, back := v.delta[:n*L], v.back[:n*L]
	if cap(v.emit) < L {
		v.emit = make([]float32, L)
		v.hist = make([]float32, L)
	}
	emit, hist := v.emit[:L], v.hist[:L]
	for k := 0; k < n; k++ {
		i := s0 + k
		row := delta[k*L : (k+1)*L]
		for c := range row {
			row[c] = none
		}
		if skip && x.plainWord(i) {
			// After a word whose best label closes no entity (O, or
			// the last word of one), a plain word is O without scoring
			// (as the greedy decoder does).
			best, bp := float32(0), 0
			if k > 0 {
				prev := delta[(k-1)*L : k*L]
				best = none
				for p, d := range prev {
					if d > best {
						best, bp = d, p
					}
				}
			}
			if pre := labels[bp].pre; pre == 'O' || pre == 'L' || pre == 'U' {
				row[0], back[k*L] = best, int8(bp)
				continue
			}
		}
		v.feats = x.emission(v.feats[:0], i, s0, s1, doc)
		for c := range emit {
			emit[c] = 0
		}
		score(v.feats, emit)
		last := i == s1-1
		cut := none
		if beam > 0 && k > 0 {
			cut = nerBeamCut(delta[(k-1)*L:k*L], beam, &v.order)
		}
		for p := 0; p < L; p++ {
			base := float32(0)
			if k > 0 {
				base = delta[(k-1)*L+p]
				if base == none || base < cut {
					continue
				}
			} else if p != 0 {
				continue
			}
			v.feats = x.history(v.feats[:0], i, s0, s1, p, doc, !trans)
			for c := range hist {
				hist[c] = 0
			}
			if trans {
				copy(hist, v.trans[p*L:(p+1)*L])
			}
			score(v.feats, hist)
			for c := 0; c < L; c++ {
				if !nerAllowed(labels, p, c, last) {
					continue
				}
				if t := base + emit[c] + hist[c]; t > row[c] {
					row[c], back[k*L+c] = t, int8(p)
				}
			}
		}
	}
	best, bc := none, 0
	for c, d := range delta[(n-1)*L:] {
		if d > best {
			best, bc = d, c
		}
	}
	for k := n - 1; k >= 0; k-- {
		pred[s0+k] = bc
		bc = int(back[k*L+bc])
	}
}

// nerBeamCut returns the score of the beam-th best entry of row.
func nerBeamCut(row []float32, beam int, buf *[]float32) float32 {
	if beam >= len(row) {
		return -1e30
	}
	b := append((*buf)[:0], row...)
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j] > b[j-1]; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
	*buf = b
	return b[beam-1]
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

// trimSpan drops a leading article ("the", "a", "an") and, from a PERSON
// span, leading titles ("President", "Mr.", "Dr."), which no scheme counts
// as part of a name.
func trimSpan(x *nerDoc, sp nerSpan) nerSpan {
	if sp.typ == PERSON {
		// "U.S. Secretary of State Antony Blinken": the person is named
		// after the last title (and what it is of), with two words left.
		cut := -1
		for k := sp.first; k+2 < sp.last; k++ {
			if x.gaz[k]&(gazBit('T', 'U')|gazBit('T', 'B')|gazBit('T', 'I')|gazBit('T', 'L')) == 0 {
				continue
			}
			c := k + 1
			if x.lower[c] == "of" && c+3 <= sp.last {
				c += 2 // "Secretary of State"
			}
			if sp.last-c >= 2 {
				cut = c
			}
		}
		if cut > sp.first {
			sp.first = cut
		}
		// "Council of Governors chairperson Wanjiku Muthoni Kagwe": a
		// common word in lower case between capitalised words of a
		// person's span is a role's, and the name is what follows it
		// (but "jill allen", "samantha Fox": names written in lower case).
		for k := sp.last - 2; k > sp.first; k-- {
			if roleWordInName(x.words[k]) && upperStart(x.words[k-1]) && upperStart(x.words[k+1]) {
				sp.first = k + 1
				break
			}
		}
	}
	// "The United Nations Security Council on Friday": a name ends
	// before a preposition and a day or a month, which say when.
	for k := sp.first + 1; k+1 < sp.last; k++ {
		if month, _ := monthName(x.lower[k+1]); (x.lower[k] == "on" || x.lower[k] == "in") && (weekday(x.lower[k+1]) || month) {
			sp.last = k
			break
		}
	}
	// "Telmira Chief | Executive Officer Hannah Okoro": a title that goes
	// on after the span is no part of the name before it.
	for sp.last-sp.first > 1 && x.gaz[sp.last-1]&titleAny != 0 && titleGoesOn(x, sp.last) {
		sp.last--
	}
	for sp.last-sp.first > 1 {
		w := x.lower[sp.first]
		title := sp.typ == PERSON && x.gaz[sp.first]&(gazBit('T', 'U')|gazBit('T', 'B')|gazBit('T', 'I')) != 0
		if w != "the" && w != "a" && w != "an" && !title {
			break
		}
		sp.first++
	}
	return sp
}

// dropLowerNames drops a name of common nouns in lower case after a
// determiner, which the model read from a noun phrase ("the union’s
// strike" as an organisation): a name has a capital. (Web text writes
// names in lower case too, "went to google", so only after "the", "a",
// "this"….)
func dropLowerNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		common := sp.first > 0 && a.Tokens[sp.first-1].UPOS == "DET"
		for k := sp.first; k < sp.last && common; k++ {
			common = x.words[k] == x.lower[k] && x.lexLower[k] != "" && a.Tokens[k].UPOS == "NOUN"
		}
		if common {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// dropPluralPersons drops a "person" of one word the tagger read as a
// plural proper noun that the lexicon or the document itself writes in
// lower case ("Members’ voices", a subhead, where the story writes "its
// members"): a person's name is no plural. (A people's name, "the
// Tagbanuas", stays.)
func dropPluralPersons(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	if len(a.Tokens) == 0 || a.Tokens[0].XPOS == "" {
		return spans
	}
	var lower map[string]bool // the document's words in lower case, built once needed
	out := spans[:0]
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first == 1 && a.Tokens[sp.first].XPOS == "NNPS" {
			if lower == nil {
				lower = map[string]bool{}
				for k := range x.words {
					if w := x.words[k]; w == x.lower[k] {
						lower[w] = true
					}
				}
			}
			if x.lexLower[sp.first] != "" || lower[x.lower[sp.first]] {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// dropTitlePhrases drops a "person" that is a title phrase right before a
// person's name, which the model read as two persons ("Labour's Shadow
// Home Secretary | Yvette Cooper"): its last word is a title the lists
// know and none of its words a given name.
func dropTitlePhrases(x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for k, sp := range spans {
		if sp.typ == PERSON && k+1 < len(spans) && spans[k+1].typ == PERSON && spans[k+1].first == sp.last &&
			x.gaz[sp.last-1]&(gazBit('T', 'U')|gazBit('T', 'L')) != 0 && !givenNameIn(x, sp.first, sp.last) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// givenNameIn reports whether a word of first..last is a given name the
// lists know.
func givenNameIn(x *nerDoc, first, last int) bool {
	given := gazBit('M', 'U') | gazBit('F', 'U') | gazBit('M', 'B') | gazBit('F', 'B')
	for i := first; i < last; i++ {
		if x.gaz[i]&given != 0 {
			return true
		}
	}
	return false
}

// peoplesNames makes one organisation of a name written with "People's"
// ("the People's Bank of China", "the Korean People's Army", "People's
// Daily"), which the possessive splits for the model: the capitalised
// words before it (no possessive among them) and the capitalised words
// after it, with "of" and a name, replace the spans they overlap.
func peoplesNames(a *Analysis, spans []nerSpan) []nerSpan {
	toks := a.Tokens
	cap := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		t := toks[i].Text
		return t != "" && t[0] >= 'A' && t[0] <= 'Z' && toks[i].UPOS != "DET" && toks[i].UPOS != "PRON"
	}
	var add []nerSpan
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Text != "People" || (toks[i+1].Text != "'s" && toks[i+1].Text != "’s") || !cap(i+2) ||
			toks[i+2].Sent != toks[i].Sent || i > 0 && toks[i-1].Sent == toks[i].Sent && (toks[i-1].Text == "'s" || toks[i-1].Text == "’s") && !cap(i-2) {
			continue
		}
		first := i
		for first > 0 && toks[first-1].Sent == toks[i].Sent && cap(first-1) && !strings.HasSuffix(toks[first-1].Text, "s'") {
			first--
		}
		if first > 0 && (toks[first-1].Text == "'s" || toks[first-1].Text == "’s") {
			first = i // "China's People's Daily": the owner is not in the name
		}
		last := i + 3
		for last < len(toks) && toks[last].Sent == toks[i].Sent {
			if cap(last) {
				last++
				continue
			}
			if toks[last].Text == "of" && cap(last+1) && toks[last+1].Sent == toks[i].Sent {
				last += 2
				continue
			}
			break
		}
		add = append(add, nerSpan{first, last, ORG})
		i = last - 1
	}
	return replaceOverlapped(spans, add)
}

// replaceOverlapped merges the spans in add into spans, in text order,
// dropping every span one of them overlaps. Both lists are in text order
// and no two spans of add overlap.
func replaceOverlapped(spans, add []nerSpan) []nerSpan {
	if len(add) == 0 {
		return spans
	}
	out := make([]nerSpan, 0, len(spans)+len(add))
	k := 0
	for _, sp := range spans {
		for k < len(add) && add[k].last <= sp.first {
			out = append(out, add[k])
			k++
		}
		if k < len(add) && sp.first < add[k].last && add[k].first < sp.last {
			continue // overlapped by an added span
		}
		out = append(out, sp)
	}
	return append(out, add[k:]...)
}

// splitKnownPersons splits off the end of a place's or a body's name a
// person's full name the document gives on its own elsewhere ("Ambassador
// to the United States Hamdullah Mohib" read as one place, after
// "Ambassador Hamdullah Mohib says"): the person is a PERSON, and what
// comes before keeps its type unless it ends in a title.
func splitKnownPersons(x *nerDoc, spans []nerSpan) []nerSpan {
	var persons [][2]int
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first >= 2 {
			persons = append(persons, [2]int{sp.first, sp.last})
		}
	}
	if len(persons) == 0 {
		return spans
	}
	var out []nerSpan
	changed := false
	for _, sp := range spans {
		cut := -1
		for _, p := range persons {
			if sp.typ == PERSON {
				break // a title before a name is trimSpan's
			}
			n := p[1] - p[0]
			if sp.last-sp.first <= n || p[0] == sp.last-n && p[1] == sp.last {
				continue
			}
			same := true
			for i := 0; i < n; i++ {
				if x.words[sp.last-n+i] != x.words[p[0]+i] {
					same = false
					break
				}
			}
			if same && (cut < 0 || sp.last-n < cut) {
				cut = sp.last - n
			}
		}
		if cut < 0 {
			out = append(out, sp)
			continue
		}
		changed = true
		if head := (nerSpan{sp.first, cut, sp.typ}); x.gaz[cut-1]&(gazBit('T', 'U')|gazBit('T', 'L')) == 0 {
			out = append(out, head)
		}
		out = append(out, nerSpan{cut, sp.last, PERSON})
	}
	if !changed {
		return spans
	}
	return out
}

// joinHyphens joins two names of the same type written around a hyphen
// with no space ("Jean-Claude Juncker", "Al-Qaeda"): the tokenizer splits
// the hyphen off, and the model often leaves it out.
func joinHyphens(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			h := prev.last
			// Two acronyms joined, after a body's ("SAG-AFTRA"), are one
			// body's, unless the second is a place the lists know
			// ("EU-UK talks").
			acronyms := prev.typ == ORG && sp.last-sp.first == 1 && acronymWord(a.Tokens[sp.first].Text) && !x.listedPlace(sp.first, sp.last)
			if sp.first == h+1 && (sp.typ == prev.typ || sp.typ == ORG || acronyms) && a.Tokens[h].Text == "-" &&
				!a.Tokens[h-1].SpaceAfter && !a.Tokens[h].SpaceAfter &&
				a.Tokens[prev.first].Sent == a.Tokens[sp.first].Sent {
				// One word written with a hyphen is one name; ending in
				// an organisation's word it is that organisation
				// ("Coca-Cola", "Al-Qaeda").
				prev.last = sp.last
				if !acronyms {
					prev.typ = sp.typ
				}
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// joinSplitNames joins the two halves of one name the model split: a
// person's name around its particles ("Ursula | von der | Leyen", "Ludwig
// | van | Beethoven"), and a people's adjective before the body's noun
// that ends the organisation's name ("European | Union", "American |
// Airlines").
func joinSplitNames(a *Analysis, spans []nerSpan) []nerSpan {
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			same := a.Tokens[prev.first].Sent == a.Tokens[sp.first].Sent
			switch {
			case same && prev.typ == PERSON && sp.typ == PERSON && sp.first > prev.last && sp.first-prev.last <= 2 && particlesBetween(a, prev.last, sp.first):
				prev.last = sp.last
				continue
			case same && prev.typ == NORP && sp.typ == ORG && sp.first == prev.last && sp.last-sp.first == 1 && bodyNouns[strings.ToLower(a.Tokens[sp.first].Text)]:
				prev.last, prev.typ = sp.last, ORG
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// bodyNouns are the common nouns an organisation's name may end in after
// a people's adjective ("European Union", "American Airlines"); a
// company's own name after one ("Russian Gazprom") is not joined.
var bodyNouns = map[string]bool{
	"union": true, "commission": true, "council": true, "parliament": true, "court": true, "bank": true,
	"airlines": true, "airways": true, "party": true, "league": true, "federation": true, "alliance": true,
	"congress": true, "assembly": true, "army": true, "navy": true, "government": true, "ministry": true,
	"agency": true, "institute": true, "foundation": true, "association": true, "railways": true, "academy": true,
}

// particlesBetween reports whether tokens [from, to) are the lower-case
// particles of a name ("von der", "van", "de la", "bin").
func particlesBetween(a *Analysis, from, to int) bool {
	for k := from; k < to; k++ {
		if !nameParticle(a.Tokens[k].Text) {
			return false
		}
	}
	return to > from
}

// roleWordInName reports whether w is a common word in lower case
// (four letters or more, no particle of a name: "chairperson", not
// "van").
func roleWordInName(w string) bool { return lowerLetters(w) && !nameParticle(w) }

// upperStart reports whether w starts with a capital letter.
func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameParticle reports whether w is a lower-case particle of a name.
func nameParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "du", "ter", "ten":
		return true
	}
	return false
}

// bodiesOfTwoFields carries a body's name the model ended at the first
// of two fields it is for or of, over "and" and the second, capitalised
// and no entity of its own ("The Department for Business | and Trade
// said", "the Ministry of Industry | and Trade"), where the name is not
// followed by another capitalised word.
func bodiesOfTwoFields(a *Analysis, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != ORG || sp.last+1 >= len(a.Tokens) || a.Tokens[sp.last].Text != "and" {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		field := false
		for j := sp.first + 1; j < sp.last-1; j++ {
			if w := a.Tokens[j].Text; w == "for" || w == "of" {
				field = true
			}
		}
		if !field {
			continue
		}
		next := len(a.Tokens)
		if k+1 < len(spans) {
			next = spans[k+1].first
		}
		end := sp.last + 1
		for end < len(a.Tokens) && end < next && end <= sp.last+3 && a.Tokens[end].Sent == sent && capitalised(a.Tokens[end].Text) {
			end++
		}
		if end == sp.last+1 || end > sp.last+3 || end < len(a.Tokens) && end < next && a.Tokens[end].Sent == sent && capitalised(a.Tokens[end].Text) {
			continue
		}
		sp.last = end
	}
	return spans
}

// particleHeads carries a person's name the model began at the surname
// back over the particles before it ("van der", "de la") to the given
// name before them ("Pieter van der Merwe", read as "Merwe"), or to the
// particle itself when it is capitalised and no name comes before it
// ("Van der Merwe said"), where no other entity holds those words.
func particleHeads(a *Analysis, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON {
			continue
		}
		sent := a.Tokens[sp.first].Sent
		first := a.Sentences[sent].First
		j := sp.first - 1
		for j >= first && sp.first-j <= 3 && nameParticle(strings.ToLower(a.Tokens[j].Text)) {
			j--
		}
		if j == sp.first-1 {
			continue // no particle
		}
		prevEnd := -1
		if k > 0 {
			prevEnd = spans[k-1].last
		}
		switch {
		case j >= first && j >= prevEnd && a.Tokens[j].XPOS == "NNP" && capitalised(a.Tokens[j].Text) && !officeTitles[strings.ToLower(a.Tokens[j].Text)]:
			sp.first = j // "Pieter | van der Merwe"
		case j+1 >= prevEnd && capitalised(a.Tokens[j+1].Text) && (j < first || a.Tokens[j].XPOS != "NNP"):
			sp.first = j + 1 // "Van der Merwe"
		}
	}
	return spans
}

// particleTails carries a person's name the model ended at the given
// name, or at the particle, over a particle joined by a hyphen to the
// capitalised surname after it, where no other entity holds them
// ("Khalid al-Mansouri", read as "Khalid" or "Khalid al").
func particleTails(a *Analysis, spans []nerSpan) []nerSpan {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON {
			continue
		}
		// The particle: the span's last word ("Khalid al | -Mansouri")
		// or the word after it.
		i := sp.last
		if i-1 > sp.first && nameParticle(a.Tokens[i-1].Text) {
			i--
		}
		if i+2 >= len(a.Tokens) || k+1 < len(spans) && spans[k+1].first <= i+2 {
			continue
		}
		p, h, s := &a.Tokens[i], &a.Tokens[i+1], &a.Tokens[i+2]
		if p.Sent != a.Tokens[sp.first].Sent || s.Sent != p.Sent || p.End < 0 || !nameParticle(p.Text) {
			continue
		}
		if h.Text != "-" || h.Start != p.End || s.Start != h.End {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s.Text); unicode.IsUpper(r) {
			sp.last = i + 3
		}
	}
	return spans
}

// hyphenatedNames carries a person's name over the other half of a
// double-barrelled name written with a hyphen and no space, a proper noun
// that no other entity holds or that the model alone read as a
// one-word name of another kind ("Helen Carrow-Dunne", read as "Helen
// Carrow"; "Linda Ferreira-Mendes", read as a person and a place): one
// word written with a hyphen is one name. A half the lists know as a
// place stays apart ("Ferreira-Lima"). A name of one word alone
// ("Carrow | -Dunne replied") is carried only where the document writes
// the whole word after a given name too: a word alone may be something
// else the model took for a name ("the Mars-Moon architecture").
func hyphenatedNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	// open reports whether word j, next to span k on the side of span
	// n, is a proper noun in no span or alone in span n, which is no
	// person's and no listed place's.
	open := func(n, j int) bool {
		if t := &a.Tokens[j]; t.XPOS != "NNP" && t.XPOS != "NNPS" || !capitalised(t.Text) {
			return false
		}
		if n < 0 || n >= len(spans) || spans[n].last <= j || spans[n].first > j {
			return true
		}
		sp := spans[n]
		return sp.first == j && sp.last == j+1 && sp.typ != PERSON && !x.listedPlace(j, j+1)
	}
	// carry gives span k's bounds carried over a hyphen after its end
	// ("Carrow | -Dunne") or before its start ("Rhys- | Lloyd"), the
	// span it takes in (or -1), and the word so written.
	carry := func(k int) (first, last, took int, word string, ok bool) {
		sp := spans[k]
		sent := a.Sentences[a.Tokens[sp.first].Sent]
		if i := sp.last; i+1 < sent.Last && innerHyphen(a, i) && open(k+1, i+1) {
			took = -1
			if k+1 < len(spans) && spans[k+1].first == i+1 {
				took = k + 1
			}
			return sp.first, i + 2, took, a.Tokens[i-1].Text + "-" + a.Tokens[i+1].Text, true
		}
		if i := sp.first; i-2 >= sent.First && innerHyphen(a, i-1) && open(k-1, i-2) {
			took = -1
			if k > 0 && spans[k-1].first == i-2 {
				took = k - 1
			}
			return i - 2, sp.last, took, a.Tokens[i-2].Text + "-" + a.Tokens[i].Text, true
		}
		return 0, 0, -1, "", false
	}
	var whole map[string]bool
	gone := map[int]bool{}
	for _, pass := range []int{2, 1} {
		for k := range spans {
			if n := spans[k].last - spans[k].first; spans[k].typ != PERSON || gone[k] || pass == 2 && n < 2 || pass == 1 && n != 1 {
				continue
			}
			first, last, took, w, ok := carry(k)
			if !ok || gone[took] || pass == 1 && !whole[w] {
				continue
			}
			if pass == 2 {
				if whole == nil {
					whole = map[string]bool{}
				}
				whole[w] = true
			}
			spans[k].first, spans[k].last = first, last
			if took >= 0 {
				gone[took] = true
			}
		}
	}
	return dropSpans(spans, gone)
}

// dropSpans returns spans without those gone marks, in place.
func dropSpans(spans []nerSpan, gone map[int]bool) []nerSpan {
	if len(gone) == 0 {
		return spans
	}
	out := spans[:0]
	for k, sp := range spans {
		if !gone[k] {
			out = append(out, sp)
		}
	}
	return out
}

// bodiesByLastWord makes an organisation of a name of two or more words
// the model read as a person's whose last word the document names alone
// as an organisation at least twice and never as a person ("the Twin
// Forks Cutthroats" beside "The Cutthroats have played…"), unless the
// name opens with a given name the lists know.
func bodiesByLastWord(x *nerDoc, spans []nerSpan) {
	var org, per map[string]int
	for _, sp := range spans {
		if sp.last-sp.first != 1 {
			continue
		}
		switch w := x.words[sp.first]; sp.typ {
		case ORG:
			if org == nil {
				org = map[string]int{}
			}
			org[w]++
		case PERSON:
			if per == nil {
				per = map[string]int{}
			}
			per[w]++
		}
	}
	if org == nil {
		return
	}
	for k := range spans {
		sp := &spans[k]
		if w := x.words[sp.last-1]; sp.typ == PERSON && sp.last-sp.first > 1 && org[w] >= 2 && per[w] == 0 && !givenNameIn(x, sp.first, sp.first+1) {
			sp.typ = ORG
		}
	}
}

// nerConsistent makes the entities of one document agree. With short, a
// one-word name that is part of longer PERSON names elsewhere in the
// document ("Nasrallah" after "Hassan Nasrallah") at least as often as it
// is a name of its own type becomes a PERSON (a surname read as a place
// the name lists do not know, however often), and one that starts longer
// ORG names ("Harvest" after "Harvest Group") an ORG. With majority, a string
// takes the type it has most often in the document (ties keep the model's
// type).
func nerConsistent(x *nerDoc, spans []nerSpan, short, majority bool) {
	if len(spans) < 2 {
		return
	}
	// The keys are views into one arena, sized first so that it never
	// grows (which would move the bytes under earlier keys).
	size := 0
	for _, sp := range spans {
		for i := sp.first; i < sp.last; i++ {
			size += len(x.words[i]) + 1
		}
	}
	arena := make([]byte, 0, size)
	key := func(sp nerSpan) string {
		st := len(arena)
		for i := sp.first; i < sp.last; i++ {
			if i > sp.first {
				arena = append(arena, ' ')
			}
			arena = append(arena, x.words[i]...)
		}
		return unsafeString(arena[st:len(arena):len(arena)])
	}
	type votes [len(nerTypeNames)]int32
	count := make(map[string]*votes, len(spans))
	person := map[string]int32{}
	surname := map[string]bool{}    // last words of longer person names
	orgHead := map[string]int32{}   // first words of longer organisation names
	firmHead := map[string]bool{}   // first words of companies' names (see below)
	designated := map[string]bool{} // names a company's designation follows ("Acme" of "Acme Corp.")
	firmName := map[string]bool{}   // names of two words or more a company's kind follows ("Blue Harbor" of "Blue Harbor Records")
	keys := make([]string, len(spans))
	for k, sp := range spans {
		keys[k] = key(sp)
		t := nerTypeIndex(sp.typ)
		if t < 0 {
			continue
		}
		v := count[keys[k]]
		if v == nil {
			v = new(votes)
			count[keys[k]] = v
		}
		v[t]++
		if sp.typ == PERSON && sp.first > 0 && officeTitles[strings.ToLower(x.words[sp.first-1])] && capitalised(x.words[sp.first-1]) {
			// A name right after an office's title ("CVLPA President
			// Jordan Whitehorse") is a person's whatever the model
			// read where the name stands alone: the title outweighs
			// two readings without it.
			v[t] += 2
		}
		if sp.typ == PERSON && sp.last-sp.first > 1 {
			for i := sp.first; i < sp.last; i++ {
				if sh := x.shape[i]; len(sh) > 1 && sh[0] == 'X' && sh[1] == 'x' {
					person[x.words[i]]++
				}
			}
			if sh := x.shape[sp.last-1]; len(sh) > 1 && sh[0] == 'X' && sh[1] == 'x' {
				surname[x.words[sp.last-1]] = true
			}
		}
		if sp.typ == ORG && sp.last-sp.first > 1 {
			if sh := x.shape[sp.first]; len(sh) > 1 && sh[0] == 'X' && sh[1] == 'x' {
				orgHead[x.words[sp.first]]++
				if sp.last-sp.first == 2 && companyDesignations[strings.TrimSuffix(x.words[sp.first+1], ".")] {
					designated[x.words[sp.first]] = true
				}
				// A name of three capitalised words or more, or of two
				// whose second is a company's kind or designation
				// ("Huaxin Nonferrous Metals Group", "Kestrel
				// Resources"), not a body named after a person ("Obama
				// administration", "Clinton Foundation").
				if last := strings.TrimSuffix(x.words[sp.last-1], "."); sp.last-sp.first >= 3 && allCapitalised(x, sp) || companyKinds[last] || companyDesignations[last] {
					firmHead[x.words[sp.first]] = true
				}
				// The words before a company's kind ("Blue Harbor" of
				// "Blue Harbor Records", "Silver Lantern" of "Silver
				// Lantern Music Group").
				end := sp.last
				for end > sp.first+2 && (companyKinds[x.words[end-1]] || companyDesignations[strings.TrimSuffix(x.words[end-1], ".")]) {
					end--
				}
				if end < sp.last && end-sp.first >= 2 {
					pre := x.words[sp.first]
					for i := sp.first + 1; i < end; i++ {
						pre += " " + x.words[i]
					}
					firmName[pre] = true
				}
			}
		}
	}
	for k := range spans {
		sp := &spans[k]
		v := count[keys[k]]
		own := nerTypeIndex(sp.typ)
		if short && sp.typ != ORG && sp.last-sp.first > 1 && firmName[keys[k]] {
			// "Blue Harbor" after "Blue Harbor Records": the company.
			sp.typ = ORG
			continue
		}
		if short && sp.typ != ORG && sp.last-sp.first == 1 && designated[x.words[sp.first]] && person[x.words[sp.first]] == 0 {
			// "Acme said" after "Acme Corp.": the company, whatever
			// the model read.
			sp.typ = ORG
			continue
		}
		if w := x.words[sp.first]; short && sp.typ == PERSON && sp.last-sp.first == 1 && firmHead[w] && person[w] == 0 && nerListedType(x, *sp) < 0 {
			// The first word of a company's name read as a person's
			// ("Huaxin said" after "Huaxin Nonferrous Metals Group"),
			// where no longer person name holds the word ("Sundaram"
			// beside "Arvind Sundaram" stays a person) and the name
			// lists know it as nothing, is the company.
			sp.typ = ORG
			continue
		}
		if short && sp.typ != PERSON && sp.last-sp.first == 1 && v != nil && own >= 0 {
			// A word of longer person names, at least as often as it is
			// a name of its own type.
			if n := person[x.words[sp.first]]; n > 0 && n >= v[own] {
				sp.typ = PERSON
				continue
			}
			// The surname of a person the document names in full, read
			// as a place the name lists do not know ("Johnson" after
			// "Boris Johnson"), is that person however often the model
			// read it so.
			if sp.typ == "PLACE" && surname[x.words[sp.first]] && nerListedType(x, *sp) < 0 {
				sp.typ = PERSON
				continue
			}
			// The first word of a longer organisation name ("Harvest"
			// after "Harvest Group"), read as a place, is the
			// organisation, unless the name lists know the word as a
			// place or a body ("China" of "China Daily").
			if orgHead[x.words[sp.first]] > 0 && sp.typ != ORG && sp.typ != NORP && nerListedType(x, *sp) < 0 {
				sp.typ = ORG
				continue
			}
		}
		if !majority || v == nil || own < 0 {
			continue
		}
		best := own
		listed := nerListedType(x, *sp)
		for t := range v {
			if v[t] > v[best] || v[t] == v[best] && t == listed && best != listed {
				best = t
			}
		}
		sp.typ = nerTypeNames[best]
	}
}

// allCapitalised reports whether every word of span sp is capitalised.
func allCapitalised(x *nerDoc, sp nerSpan) bool {
	for i := sp.first; i < sp.last; i++ {
		if !capitalised(x.words[i]) {
			return false
		}
	}
	return true
}

// nerSurnames adds the surnames the model missed: a capitalised proper
// noun outside every entity that ends a longer PERSON name elsewhere in the
// document ("Netanyahu said" after "Benjamin Netanyahu"), or begins one
// ("Wiroj said" after "Wiroj Kanchanapong"), is that person,
// unless it runs on into another capitalised word (a longer name of
// something else), is written in lower case elsewhere or belongs to a name
// of another type. An acronym that is a name of one type alone somewhere
// is that name everywhere. Spans stay in text order.
func nerSurnames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var surname map[string]bool
	covered := make([]bool, len(x.words))
	other := map[string]bool{}     // words of names of other types
	acronym := map[string]string{} // an acronym's type as a name of its own ("" when it has two)
	for _, sp := range spans {
		for i := sp.first; i < sp.last; i++ {
			covered[i] = true
			if sp.typ != PERSON {
				other[x.words[i]] = true
			}
		}
		if w := x.words[sp.first]; sp.last-sp.first == 1 && acronymWord(w) {
			if t, ok := acronym[w]; !ok {
				acronym[w] = sp.typ
			} else if t != sp.typ {
				acronym[w] = ""
			}
		}
		if sp.typ == PERSON && sp.last-sp.first > 1 {
			// The last word, and the first where it is a name of its
			// own: news takes some people up by their given name
			// ("Maj Gen Wiroj Kanchanapong … Wiroj said").
			for _, k := range []int{sp.last - 1, sp.first} {
				if w := x.words[k]; capitalised(w) && (k == sp.last-1 || a.Tokens[k].UPOS == "PROPN") {
					if surname == nil {
						surname = map[string]bool{}
					}
					surname[w] = true
				}
			}
		}
	}
	if surname == nil && len(acronym) == 0 {
		return spans
	}
	n := len(spans)
	for i, w := range x.words {
		if t := acronym[w]; t != "" && !covered[i] {
			// An acronym named once is named wherever it stands
			// ("the CPA").
			spans = append(spans, nerSpan{first: i, last: i + 1, typ: t})
			continue
		}
		// A word also written in lower case ("library") or inside a name
		// of another type ("Coron waters", "in Coron") is not only a
		// surname, unless it is written with a capital inside a sentence,
		// where the capital is the writer's ("early" … "…, Early says").
		if covered[i] || !surname[w] || other[w] || a.Tokens[i].UPOS != "PROPN" ||
			x.docCase != nil && x.docCase[i]&1 != 0 && !midSentence(a, i) {
			continue
		}
		if i > 0 && x.words[i-1] == "-" || i+1 < len(x.words) && x.words[i+1] == "-" {
			continue // part of a hyphenated name ("al-Sadr")
		}
		if i+1 < len(x.words) && capitalised(x.words[i+1]) && a.Tokens[i+1].Sent == a.Tokens[i].Sent ||
			i > 0 && capitalised(x.words[i-1]) && a.Tokens[i-1].Sent == a.Tokens[i].Sent && a.Tokens[i-1].UPOS == "PROPN" {
			continue
		}
		spans = append(spans, nerSpan{first: i, last: i + 1, typ: PERSON})
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// nerOrgShortForms adds the short forms of organisation names the model
// missed: a run of capitalised proper nouns outside every entity that is
// the first two words or more of a longer ORG name elsewhere in the
// document ("Big Machine" after "Big Machine Records"), or its first word
// where the rest is only a company's designation ("Acme" after "Acme
// Corp."), is that organisation; unless the run goes on into another
// capitalised word, or is one word also written in lower case elsewhere.
// A span the model read as a person's name that is the first words of a
// company's name ending in its designation elsewhere ("Hsin Tai" after
// "Hsin Tai Precision Industries") is the company. Spans stay in text
// order.
func nerOrgShortForms(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var prefix map[string]bool      // "Big Machine", "Acme"
	var institution map[string]bool // "St. Brigid" of "St. Brigid Medical Center"
	var firm map[string]bool        // "Hsin Tai" of "Hsin Tai Precision Industries"
	covered := make([]bool, len(x.words))
	for k := range spans {
		// A name that ends in an institution's word ("St. Brigid Medical
		// Center", "Carlow University"), read as a place that no list
		// knows, is the institution.
		if sp := &spans[k]; (sp.typ == LOC || sp.typ == GPE || sp.typ == "PLACE") && sp.last-sp.first >= 2 && x.institutionWord(sp.last-1) && !x.listedPlace(sp.first, sp.last) {
			sp.typ = ORG
		}
	}
	for _, sp := range spans {
		for i := sp.first; i < sp.last; i++ {
			covered[i] = true
		}
		n := sp.last - sp.first
		if sp.typ != ORG || n < 2 || !capitalised(x.words[sp.first]) {
			continue
		}
		if prefix == nil {
			prefix = map[string]bool{}
		}
		key := x.words[sp.first]
		for k := 2; k < n; k++ {
			key += " " + x.words[sp.first+k-1]
			prefix[key] = true
			if x.institutionWord(sp.last - 1) {
				if institution == nil {
					institution = map[string]bool{}
				}
				institution[key] = true
			}
		}
		if n == 2 && companyDesignations[strings.TrimSuffix(x.words[sp.first+1], ".")] {
			prefix[x.words[sp.first]] = true
		}
		if companyDesignations[strings.TrimSuffix(x.words[sp.last-1], ".")] {
			if firm == nil {
				firm = map[string]bool{}
			}
			key := x.words[sp.first]
			for k := 1; k < n; k++ {
				firm[key] = true
				key += " " + x.words[sp.first+k]
			}
		}
	}
	if prefix == nil {
		return spans
	}
	// A company's name without its designation that the model read as a
	// person's ("Hsin Tai said" after "Hsin Tai Precision Industries") is
	// the company's.
	for k := range spans {
		sp := &spans[k]
		if firm == nil || sp.typ != PERSON {
			continue
		}
		key := x.words[sp.first]
		for i := sp.first + 1; i < sp.last; i++ {
			key += " " + x.words[i]
		}
		if firm[key] {
			sp.typ = ORG
		}
	}
	// A short form the model read as a place ("St. Brigid" after "St.
	// Brigid Medical Center"), that no list knows as one, is the
	// institution's.
	for k := range spans {
		sp := &spans[k]
		if sp.typ != GPE && sp.typ != LOC && sp.typ != "PLACE" || sp.last-sp.first < 2 {
			continue
		}
		key := x.words[sp.first]
		for i := sp.first + 1; i < sp.last; i++ {
			key += " " + x.words[i]
		}
		if institution[key] && !x.listedPlace(sp.first, sp.last) {
			sp.typ = ORG
		}
	}
	n := len(spans)
	name := func(i int) bool {
		return i >= 0 && i < len(x.words) && (a.Tokens[i].UPOS == "PROPN" || strings.HasPrefix(a.Tokens[i].XPOS, "NNP")) && capitalised(x.words[i])
	}
	for i := 0; i < len(x.words); i++ {
		if covered[i] || !name(i) || i > 0 && name(i-1) && a.Tokens[i-1].Sent == a.Tokens[i].Sent {
			continue
		}
		j := i
		for j < len(x.words) && name(j) && !covered[j] && a.Tokens[j].Sent == a.Tokens[i].Sent {
			j++
		}
		if j < len(x.words) && covered[j] && a.Tokens[j].Sent == a.Tokens[i].Sent {
			i = j
			continue // runs on into a name
		}
		key := x.words[i]
		for k := i + 1; k < j; k++ {
			key += " " + x.words[k]
		}
		// One word also written in lower case elsewhere ("Apple" …
		// "apple") is not only the name.
		lower := j-i == 1 && x.docCase != nil && x.docCase[i]&1 != 0
		if prefix[key] && !lower {
			spans = append(spans, nerSpan{first: i, last: j, typ: ORG})
		}
		i = j - 1
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(p, q nerSpan) int { return p.first - q.first })
	}
	return spans
}

// listedPlace reports whether a word of [first, last) is in the name
// lists of places.
func (x *nerDoc) listedPlace(first, last int) bool {
	for i := first; i < last; i++ {
		if x.gaz[i]&placeBits != 0 {
			return true
		}
	}
	return false
}

// placeBits are the name lists' bits of countries, states, cities and
// regions, at every position of a phrase.
var placeBits = func() uint64 {
	var b uint64
	for _, c := range []byte("CSYR") {
		for _, p := range []byte("BILU") {
			b |= gazBit(c, p)
		}
	}
	return b
}()

// companyKinds are the words of a company's name that say what it does
// ("Records", "Music Group"), which its short form drops.
var companyKinds = map[string]bool{
	"Records": true, "Music": true, "Entertainment": true, "Media": true, "Capital": true, "Partners": true,
	"Energy": true, "Motors": true, "Airlines": true, "Foods": true, "Pharmaceuticals": true, "Labs": true,
	"Systems": true, "Technologies": true, "Industries": true, "Bank": true, "Studios": true, "Pictures": true,
	"Productions": true, "Brands": true, "Resources": true, "Mining": true, "Petroleum": true, "Airways": true,
}

// companyDesignations are the words a company's name may end with that
// its short form drops ("Acme Corp." is "Acme").
// officeTitles are the titles of offices whose holders a story names
// right after them ("Education Minister Slavica Djukic Dejanovic").
var officeTitles = map[string]bool{"minister": true, "president": true, "secretary": true, "senator": true, "governor": true,
	"mayor": true, "ambassador": true, "chancellor": true, "premier": true, "spokesman": true, "spokeswoman": true,
	"commissioner": true, "chairman": true, "chairwoman": true, "envoy": true,
	// Ranks ("Colonel-Major Boubacar Sissoko", "Lieutenant General Ana
	// Ruiz").
	"colonel": true, "general": true, "major": true, "captain": true, "lieutenant": true, "admiral": true,
	"commander": true, "brigadier": true, "marshal": true, "sergeant": true, "commodore": true}

// namesAfterTitles adds, as a person, a run of two to four capitalised
// proper nouns right after the title of an office or a rank (or two
// joined by a hyphen, "Colonel-Major") that the model left
// out entirely and that no list knows as a place or a body ("Education
// Minister Slavica Djukic Dejanovic says…"): the title says whose name
// follows. Spans stay in text order.
func namesAfterTitles(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	notPerson := ^(gazBit('M', 'B') | gazBit('M', 'I') | gazBit('M', 'L') | gazBit('M', 'U') |
		gazBit('F', 'B') | gazBit('F', 'I') | gazBit('F', 'L') | gazBit('F', 'U'))
	var added []nerSpan
	k := 0
	for i := 0; i+2 < len(a.Tokens); i++ {
		if !officeTitles[strings.ToLower(a.Tokens[i].Text)] || !capitalised(a.Tokens[i].Text) {
			continue
		}
		j := i + 1
		for j+1 < len(a.Tokens) {
			if innerHyphen(a, j) && officeTitles[strings.ToLower(a.Tokens[j+1].Text)] {
				j += 2 // a title of two joined by a hyphen ("Colonel-Major")
			} else if officeTitles[strings.ToLower(a.Tokens[j].Text)] && capitalised(a.Tokens[j].Text) {
				j++ // or written apart ("Lieutenant General")
			} else {
				break
			}
		}
		end := j
		for end < len(a.Tokens) && end < j+4 && a.Tokens[end].Sent == a.Tokens[i].Sent && a.Tokens[end].XPOS == "NNP" &&
			capitalised(a.Tokens[end].Text) && x.gaz[end]&notPerson == 0 && !strings.HasSuffix(a.Tokens[end].Text, "'s") {
			end++
		}
		if end-j < 2 || end < len(a.Tokens) && a.Tokens[end].XPOS == "NNP" && capitalised(a.Tokens[end].Text) {
			continue // too short, or part of a longer name
		}
		for k < len(spans) && spans[k].last <= j {
			k++
		}
		if k < len(spans) && spans[k].first < end {
			continue // the model found something there
		}
		if n := len(added); n > 0 && added[n-1].last > j {
			continue // found after the title before ("Colonel-Major")
		}
		added = append(added, nerSpan{j, end, PERSON})
	}
	return mergeSpans(spans, added)
}

// mergeSpans merges two lists of spans in text order.
func mergeSpans(spans, added []nerSpan) []nerSpan {
	if len(added) == 0 {
		return spans
	}
	out := make([]nerSpan, 0, len(spans)+len(added))
	for len(spans) > 0 || len(added) > 0 {
		if len(added) == 0 || len(spans) > 0 && spans[0].first < added[0].first {
			out, spans = append(out, spans[0]), spans[1:]
		} else {
			out, added = append(out, added[0]), added[1:]
		}
	}
	return out
}

// acronymDefinedNames adds, as an organisation, a name the story defines
// a short form for in brackets whose capitals spell it ("The Australian
// Nursing and Midwifery Federation’s SA branch (ANMF)": "Australian
// Nursing and Midwifery Federation"), with the short form, where the
// model found no person there nor the whole name; what it read inside
// the name ("Australian" as a nationality, "Allied Workers Federation"
// of "Harbour Nursing and Allied Workers Federation") gives way. Spans stay in text
// order.
func acronymDefinedNames(a *Analysis, x *nerDoc, spans []nerSpan) []nerSpan {
	var added []nerSpan
	for i := 1; i+2 < len(x.words); i++ {
		acr := x.words[i+1]
		if x.words[i] != "(" || x.words[i+2] != ")" || !acronymWord(acr) {
			continue
		}
		first, last := acronymName(x, i, acr)
		if first < 0 || slices.ContainsFunc(spans, func(sp nerSpan) bool {
			// A person there, or an organisation that is not a part of
			// the name ("Allied Workers Federation" is).
			return sp.first < last && first < sp.last && (sp.typ == PERSON && (sp.first != first || sp.last != last) || sp.typ == ORG && (sp.first < first || sp.last > last || sp.first == first && sp.last == last))
		}) {
			continue
		}
		spans = slices.DeleteFunc(spans, func(sp nerSpan) bool { return sp.first < last && first < sp.last })
		added = append(added, nerSpan{first, last, ORG})
		if !slices.ContainsFunc(spans, func(sp nerSpan) bool { return sp.first <= i+1 && i+1 < sp.last }) {
			added = append(added, nerSpan{i + 1, i + 2, ORG})
		}
	}
	if len(added) == 0 {
		return spans
	}
	spans = slices.DeleteFunc(spans, func(sp nerSpan) bool {
		return slices.ContainsFunc(added, func(ad nerSpan) bool { return sp.first < ad.last && ad.first < sp.last })
	})
	return mergeSpans(spans, added)
}

// acronymName returns the words before the bracket at token open whose
// capitals spell acr, ending right before the bracket or before a
// possessive and up to three words ("Federation’s SA branch (ANMF)"),
// with "and", "of", "for" or "&" inside it; -1, -1 for none.
func acronymName(x *nerDoc, open int, acr string) (int, int) {
	for end := open; end >= open-4 && end > 0; end-- {
		if end < open && x.lower[end] != "'s" && x.lower[end] != "’s" {
			continue
		}
		k := len(acr)
		for j := end - 1; j >= 0 && k > 0; j-- {
			w := x.words[j]
			if lw := x.lower[j]; lw == "and" || lw == "of" || lw == "for" || lw == "&" {
				if j == end-1 {
					break // a name ends in no function word
				}
				continue
			}
			if !capitalised(w) || w[0] != acr[k-1] {
				break
			}
			k--
			if k == 0 {
				return j, end
			}
		}
	}
	return -1, -1
}

// designatedNames adds, as an organisation, a run of proper nouns that
// ends in a company's designation and that the model left out entirely
// ("Corvane Inc. and the agency signed…"): the designation says what the
// name is. Spans stay in text order.
func designatedNames(a *Analysis, spans []nerSpan) []nerSpan {
	var added []nerSpan
	k := 0 // spans[k] is the first span not wholly before the run
	for i := 0; i < len(a.Tokens); {
		j := i
		for j < len(a.Tokens) && a.Tokens[j].Sent == a.Tokens[i].Sent && (a.Tokens[j].XPOS == "NNP" || a.Tokens[j].XPOS == "NNPS") && capitalised(a.Tokens[j].Text) {
			j++
		}
		if j == i {
			i++
			continue
		}
		for k < len(spans) && spans[k].last <= i {
			k++
		}
		if j-i >= 2 && companyDesignations[strings.TrimSuffix(a.Tokens[j-1].Text, ".")] && (k == len(spans) || spans[k].first >= j) {
			added = append(added, nerSpan{i, j, ORG})
		}
		i = j
	}
	return mergeSpans(spans, added)
}

var companyDesignations = map[string]bool{
	"Inc": true, "Corp": true, "Corporation": true, "Co": true, "Company": true, "Ltd": true, "LLC": true,
	"PLC": true, "Plc": true, "AG": true, "SA": true, "NV": true, "GmbH": true, "Group": true, "Holdings": true,
	"Industries": true, "Enterprises": true, "Technologies": true, "Limited": true, "Incorporated": true, "LLP": true, "BV": true, "SpA": true,
	// The plural nouns of a trade that close a company's name ("Transnet
	// Port Terminals", "Volta Motors"); not "Mills" or "Banks", which are
	// people's names too.
	"Terminals": true, "Airlines": true, "Airways": true, "Motors": true, "Foods": true,
	"Networks": true, "Partners": true, "Resources": true, "Pharmaceuticals": true, "Laboratories": true,
	"Logistics": true, "Shipyards": true, "Refineries": true, "Breweries": true,
	// The utilities' and industries' nouns that end their names
	// ("Thames Water", "Georgia Power", "Tata Steel", "British Gas").
	"Water": true, "Power": true, "Energy": true, "Gas": true, "Oil": true, "Steel": true, "Mining": true,
	"Rail": true, "Electric": true, "Telecom": true, "Petroleum": true,
	// And those of the commodities a company mines or makes ("Andes
	// Pacifico Copper"); not "Gold", "Silver" or "Sugar", which are
	// surnames too.
	"Copper": true, "Aluminium": true, "Aluminum": true, "Cement": true, "Chemicals": true, "Metals": true,
	"Minerals": true, "Lithium": true, "Fertilizers": true, "Fertilisers": true, "Textiles": true, "Plastics": true,
}

// midSentence reports whether token i is a name by its capital alone: it
// stands inside its sentence after a lower-case word or a comma, not at
// the sentence's start, after an opening quotation mark, a bracket, a dash
// or a colon, nor after a determiner, a preposition, a possessive or a
// capitalised word, where it may be part of a longer name ("in Greater
// Noida", "Enron's United Way").
func midSentence(a *Analysis, i int) bool {
	if i <= 0 || i >= len(a.Tokens) || a.Tokens[i-1].Sent != a.Tokens[i].Sent {
		return false
	}
	p := &a.Tokens[i-1]
	switch p.UPOS {
	case "DET", "ADP", "PART":
		return false
	}
	switch p.Text {
	case "“", "\"", "‘", "'", "(", "[", "—", "–", "-", "--", ":":
		return false
	}
	return !capitalised(p.Text)
}

// acronymWord reports whether w is written as an acronym: two to six
// capital letters ("CPA", "NATO").
func acronymWord(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// institutionHeads are the words (in lower case) that close the names of
// institutions, bodies and newspapers and no person's or place's ("St.
// Brigid Medical Center", "Carlow University", "JETP Secretariat",
// "Herald"); not "Court", "Bank" or "Post", which are surnames too.
var institutionHeads = map[string]bool{
	"center": true, "centre": true, "hospital": true, "school": true, "clinic": true,
	"group": true, "company": true, "corporation": true,
	"secretariat": true, "ministry": true, "commission": true, "council": true, "parliament": true,
	"federation": true, "confederation": true, "association": true, "agency": true, "institute": true,
	"foundation": true, "authority": true, "directorate": true, "committee": true, "department": true,
	"university": true, "college": true, "academy": true, "alliance": true, "coalition": true,
	"assembly": true, "tribunal": true, "bureau": true, "syndicate": true, "guild": true,
	"cooperative": true, "consortium": true, "union": true, "party": true, "league": true,
	"herald": true, "gazette": true, "tribune": true, "chronicle": true, "journal": true,
}

// institutionWord reports whether word i, written with a capital, is one
// of institutionHeads.
func (x *nerDoc) institutionWord(i int) bool {
	return institutionHeads[x.lower[i]] && x.words[i] != x.lower[i]
}

// besideNouns are what a body is, set beside its name as an apposition
// ("Uisce Eireann, the national water utility,", "the carmaker, Nissan,");
// not words for what a person may also be ("a crane operator", "a mail
// carrier", "a film producer", "a broadcaster").
var besideNouns = map[string]bool{
	"company": true, "firm": true, "corporation": true, "carmaker": true, "airline": true, "bank": true,
	"lender": true, "union": true, "utility": true, "manufacturer": true, "conglomerate": true, "group": true,
	"agency": true, "ministry": true, "regulator": true, "association": true, "federation": true,
	"confederation": true, "council": true, "commission": true, "authority": true, "organisation": true,
	"organization": true, "league": true, "foundation": true, "institute": true, "fund": true,
	"subsidiary": true, "cooperative": true, "syndicate": true, "guild": true,
}

// bodiesBeside types as organisations the names the model read as a
// person's that the tree sets beside what a body is, with a determiner:
// "Uisce Eireann, the national water utility, said…", "the carmaker,
// Nissan, said…". A person's apposition says what they are ("Ana Ruiz,
// the union's president"), never a body's noun; and a name that opens
// with a given name the name lists know ("Luis Carrasquillo") stays a
// person's.
func bodiesBeside(a *Analysis, x *nerDoc, spans []nerSpan) {
	toks := a.Tokens
	body := func(n int) bool {
		if n < 0 || n >= len(toks) || toks[n].UPOS != "NOUN" || !besideNouns[strings.ToLower(toks[n].Lemma)] {
			return false
		}
		for k := n - 1; k >= 0 && k >= n-5 && toks[k].Sent == toks[n].Sent; k-- {
			if toks[k].Head == n && toks[k].Rel == "det" {
				switch strings.ToLower(toks[k].Text) {
				case "the", "a", "an":
					return true
				}
			}
		}
		return false
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last > len(toks) || x.gaz[sp.first]&(gazBit('M', 'U')|gazBit('F', 'U')) != 0 {
			continue
		}
		h := -1
		for i := sp.first; i < sp.last; i++ {
			if hd := toks[i].Head; hd < sp.first || hd >= sp.last {
				if h >= 0 {
					h = -2
					break
				}
				h = i
			}
		}
		if h < 0 {
			continue
		}
		if toks[h].Rel == "appos" && body(toks[h].Head) && toks[h].Head < sp.first {
			sp.typ = ORG
			continue
		}
		for i := sp.last; i < len(toks) && i <= sp.last+8 && toks[i].Sent == toks[h].Sent; i++ {
			if toks[i].Head == h && toks[i].Rel == "appos" && body(i) {
				sp.typ = ORG
				break
			}
		}
	}
}

// nerListedType is the index of the type the name lists give a one-word
// span (places: countries, states, cities, regions; organisations:
// international and government bodies, parties, companies), or -1. It
// breaks ties between the types a string has in one document.
func nerListedType(x *nerDoc, sp nerSpan) int {
	if sp.last-sp.first != 1 {
		return -1
	}
	g := x.gaz[sp.first]
	place := g&(gazBit('C', 'U')|gazBit('S', 'U')|gazBit('Y', 'U')|gazBit('R', 'U')) != 0
	org := g&(gazBit('I', 'U')|gazBit('G', 'U')|gazBit('P', 'U')|gazBit('K', 'U')) != 0
	switch {
	case place && !org:
		return nerTypeIndex("PLACE")
	case org && !place:
		return nerTypeIndex(ORG)
	}
	return -1
}

// nerTypeIndex is the index of a model type in nerTypeNames, or -1.
func nerTypeIndex(typ string) int {
	for t, name := range nerTypeNames {
		if name == typ {
			return t
		}
	}
	return -1
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

// nerInput returns the words of an analysis and its sentences as token
// ranges (the whole text as one sentence when it has none), as the entity
// recogniser reads them.
func nerInput(a *Analysis) ([]string, [][2]int) {
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
	return words, sents
}

// familyNames makes a person of a two-word name the model typed otherwise
// whose second word is the surname of a person the document names in full,
// by a given name the name lists know ("Ivanka Trump", read as a place,
// beside "Donald Trump"), unless its
// first word is a title ("President Trump": the person is "Trump") or
// the name lists know it as the start of a place, a body or a company, or
// it opens places' names ("New York" beside "Eric York", "Fort Smith"),
// or its second word is one that ends bodies' or places' names ("Black
// Caucus").
func familyNames(x *nerDoc, spans []nerSpan) {
	var surname map[string]bool
	given := gazBit('M', 'U') | gazBit('F', 'U') | gazBit('M', 'B') | gazBit('F', 'B')
	for _, sp := range spans {
		if sp.typ == PERSON && sp.last-sp.first > 1 && x.gaz[sp.first]&given != 0 {
			if surname == nil {
				surname = map[string]bool{}
			}
			surname[x.words[sp.last-1]] = true
		}
	}
	if surname == nil {
		return
	}
	var listed uint64
	var heads uint64 // words that end bodies' and places' names ("Caucus")
	for _, c := range []byte("CSYRDIGPKLEHT") {
		listed |= gazBit(c, 'B') | gazBit(c, 'U')
	}
	for _, c := range []byte("HXLE") {
		heads |= gazBit(c, 'B') | gazBit(c, 'I') | gazBit(c, 'L') | gazBit(c, 'U')
	}
	for k := range spans {
		sp := &spans[k]
		if sp.typ == PERSON || sp.last-sp.first != 2 || !surname[x.words[sp.last-1]] || !capitalised(x.words[sp.first]) ||
			x.gaz[sp.first]&listed != 0 || placeOpeners[x.lower[sp.first]] || x.gaz[sp.last-1]&heads != 0 {
			continue
		}
		sp.typ = PERSON
	}
}

// countriesAsGivenNames makes a person of a place of two words whose first
// is a country's name and whose second is on no list and no common
// word ("Israel Katz", "Jordan Bardella", "Chad Smith"): no country's name
// runs on into a word that names no place, whereas given names are taken
// from countries' ("Mexico City" and "Guinea Bissau" end in a place's
// word the lists know).
func countriesAsGivenNames(x *nerDoc, spans []nerSpan) {
	country := gazBit('C', 'U') | gazBit('C', 'B')
	for k := range spans {
		sp := &spans[k]
		if sp.typ != "PLACE" || sp.last-sp.first != 2 || x.gaz[sp.first]&country == 0 {
			continue
		}
		w := sp.first + 1
		if !capitalised(x.words[w]) || x.gaz[w] != 0 || bodyNouns[x.lower[w]] || !nameWord(x, w) {
			continue
		}
		sp.typ = PERSON
	}
}

// placeOpeners are words that open the names of places.
var placeOpeners = map[string]bool{"fort": true, "port": true, "mount": true, "mt": true, "mt.": true, "lake": true, "saint": true,
	"st": true, "st.": true, "san": true, "santa": true, "new": true, "north": true, "south": true, "east": true, "west": true,
	"upper": true, "lower": true, "cape": true, "point": true, "glen": true, "isle": true}

// adjectivesOfPeoples makes a people's adjective (NORP) of a one-word
// span the model typed as a person where the tagger read the word as an
// adjective modifying a noun after it ("The Faroese fisheries minister,
// Heðin Poulsen, said"), or where the word is a listed people's adjective
// right before a lower-case noun or adjective ("Qatari foreign ministry
// spokesman …", "Egyptian and Qatari mediators"): a person's name does
// not modify a noun as an adjective does.
func adjectivesOfPeoples(a *Analysis, x *nerDoc, gaz *StrMap, spans []nerSpan) {
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last-sp.first != 1 {
			continue
		}
		t := &a.Tokens[sp.first]
		if t.UPOS == "ADJ" && t.Rel == "amod" && t.Head > sp.first && a.Tokens[t.Head].UPOS == "NOUN" {
			sp.typ = NORP
			continue
		}
		if n := sp.first + 1; n < len(a.Tokens) && peoplesAdjective(x, gaz, sp.first) && a.Tokens[n].Sent == t.Sent {
			next := &a.Tokens[n]
			if r, _ := utf8.DecodeRuneInString(next.Text); unicode.IsLower(r) && (next.UPOS == "NOUN" || next.UPOS == "ADJ") {
				sp.typ = NORP
			}
		}
	}
}

// peoplesAdjective reports whether word i is a people's adjective: listed
// as one, or a listed country with the adjective's ending ("Qatari",
// "Nigerian", "Jordanian", "Canadian", "Sudanese").
func peoplesAdjective(x *nerDoc, gaz *StrMap, i int) bool {
	if x.gaz[i]&gazBit('D', 'U') != 0 {
		return true
	}
	if gaz == nil {
		return false
	}
	w := x.lower[i]
	country := func(stem string) bool {
		v, ok := gaz.Get(stem)
		return ok && len(stem) >= 3 && strings.IndexByte(v, 'C') >= 0
	}
	for _, suf := range []string{"i", "n", "ian", "ese"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && (country(stem) || suf == "ian" && country(stem+"a")) {
			return true
		}
	}
	return false
}

// countryCodes are the letters of countries that end the names of national
// bodies ("Health NZ", "Amazon UK").
var countryCodes = map[string]bool{"NZ": true, "UK": true, "US": true, "USA": true, "UAE": true, "SA": true}

// countryBodies types as an organisation a "person" of two words or more
// whose last word is a country or its letters and whose first is no given
// name: "Health NZ", "Cricket Australia", "Tennis Canada" are national
// bodies; "Michael Jordan" stays a person.
func countryBodies(x *nerDoc, spans []nerSpan) {
	given := gazBit('M', 'U') | gazBit('F', 'U') | gazBit('M', 'B') | gazBit('F', 'B') | gazBit('T', 'U')
	for k := range spans {
		sp := &spans[k]
		if sp.typ != PERSON || sp.last-sp.first < 2 || x.gaz[sp.first]&given != 0 {
			continue
		}
		if w := x.words[sp.last-1]; countryCodes[w] || x.gaz[sp.last-1]&gazBit('C', 'U') != 0 {
			sp.typ = ORG
		}
	}
}
