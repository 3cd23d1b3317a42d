package nlp

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
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
	// nounClass gives a common noun's class as the coreference lexicon
	// learned it (Analyzer.NounClass); nil when no lexicon is loaded.
	nounClass func(lemma string) byte
	w         *Table
	gaz       *StrMap
	lex       *StrMap
	labels    []nerLabel
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
	// bufs holds *nerBufs: the per-word arrays of finished documents,
	// reused by later ones (buildNERDoc clears them). Held by the
	// Recognizer, not the package: calls on other goroutines take their
	// own.
	bufs sync.Pool
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

// nerClasses is the number of the entity model's classes (its labels: O,
// then each prefix of each type), whose rows Table.Score sums without a
// loop over the classes.
const nerClasses = 1 + len(nerPrefixes)*len(nerTypeNames)

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
	b, _ := r.bufs.Get().(*nerBufs)
	x := buildNERDoc(words, sents, r.gaz, r.lex, r.letters, true, b)
	defer func() { r.bufs.Put(x.bufs()) }()
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
	named = nicknamedNames(a, x, named)
	named = joinHyphens(a, x, named)
	named = joinSplitNames(a, named)
	named = particleTails(a, named)
	named = particleHeads(a, named)
	named = particleNames(a, x, named)
	named = bodiesOfTwoFields(a, named)
	named = bodiesOfNames(a, named)
	named = institutionRuns(a, x, named)
	for k := range named {
		// "Zorvex Corp.", "Acme Holdings": a company by its designation,
		// whatever the model read; but not a person's span that runs on
		// over "of" into the firm ("Martin Kessler of Harrow Lane
		// Capital"), which personsOfBodies splits.
		if sp := &named[k]; sp.last-sp.first > 1 && companyDesignations[strings.TrimSuffix(x.words[sp.last-1], ".")] && !(sp.typ == PERSON && slices.Contains(x.words[sp.first:sp.last], "of")) {
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
	named = namesBesideTitles(a, x, named)
	named = namesAfterTitleFields(a, x, named)
	named = placeBeforeName(a, x, named)
	arabicFamilyNames(a, named)
	relationMarkedNames(a, named)
	personsByAge(a, x, named)
	named = agedNames(a, x, named)
	named = personsByNameGiven(a, x, named, r.nounClass)
	firm := titledNames(a, x, named)
	firm = append(firm, relativePersons(a, x, named)...)
	firm = append(firm, subjectPersons(a, x, named)...)
	bodiesBeside(a, x, named)
	// Before the names are spread over the document: "Strømsnes said"
	// after "Per-Olav Strømsnes".
	surnamesBeforeSyllables(a, x, named)
	named = syllableNamesAlone(a, x, named)
	named = doubleGivenNames(a, x, named)
	named = functionWordGivenNames(a, x, named)
	// Again, over the particles after a name that only doubleGivenNames
	// made whole ("Claire-Marie Fontaine | de la Roche").
	named = particleNames(a, x, named)
	named = personsOfBodies(a, x, named)
	named = camelCaseFirms(a, named)
	if r.docRules&3 != 0 {
		nerConsistent(x, named, r.docRules&1 != 0, r.docRules&2 != 0)
	}
	familyNames(x, named)
	placesByLastWord(x, named)
	placesByFirstWord(x, named)
	bodiesByLastWord(x, named)
	countriesAsGivenNames(x, named)
	spreadPersons(x, named, firm)
	placesNamedSo(a, x, named)
	thingsNamed(a, x, named)
	named = splitKnownPersons(x, named)
	named = dropPluralPersons(a, x, named)
	pluralBodies(a, x, named)
	named = dropLowerNames(a, x, named)
	// Before the surnames are spread: "Tremblay-Gagnon said" after
	// "Marie-Ève Tremblay-Gagnon".
	named = hyphenGivenNames(a, x, named)
	doubleBarrelledNames(a, x, named)
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
	namesOfWorks(a, named)
	// After the rules above, which bring in and retype names ("In
	// Sukhumi, …" is found by the surname rules).
	frontedPlaces(a, x, named)
	flatNameTails(a, named)
	hyphenParticles(a, named)
	headNameTails(a, x, named, r.nounClass)
	orgNameTails(a, named)
	givenNamesOpening(a, x, named, r.nounClass)
	named = gaelicSurnames(a, named)
	dropPostNominals(a, named)
	a.Entities = slices.Grow(a.Entities, len(named))
	for _, sp := range named {
		typ := sp.typ
		if typ == "PLACE" {
			typ = placeType(x, sp.first, sp.last)
		}
		a.Entities = append(a.Entities, Entity{Type: typ, First: sp.first, Last: sp.last})
	}
	a.Entities = mergeEntities(a.Entities, valueEntitiesIn(a, lowerWordsFrom(a.Tokens, x.lower)))
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
			// An amount in a currency named by its country ("5.6 Indian
			// rupees", "10 Hong Kong dollars", "150,000 Solomon Islands
			// dollars") holds the country's words: the amount, not the
			// people or the place, whichever kind of place the model
			// took them for.
			k := j
			for k < len(named) && named[k].First < v.Last && named[k].First >= v.First && named[k].Last <= v.Last && (named[k].Type == NORP || named[k].Type == GPE || named[k].Type == LOC) {
				k++
			}
			if v.Type != MONEY || k == j || k < len(named) && named[k].First < v.Last {
				continue // overlaps a named entity
			}
			j = k
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
		var ws tableWork
		score := func(f []uint64, sc []float32) {
			is := scores[:len(sc)]
			for c := range is {
				is[c] = 0
			}
			w.scoreWith(f, is, &ws)
			for c, v := range is {
				sc[c] += float32(v)
			}
		}
		for _, s := range x.sents {
			v.decode(x, s[0], s[1], r.labels, doc, pred, true, r.beam, score)
		}
		return
	}
	var ws tableWork
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
			w.scoreWith(feats, scores, &ws)
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
	// allow[p*L+c] is nerAllowed(labels, p, c, false), allow[L*L+p*L+c]
	// nerAllowed(labels, p, c, true); filled on first use.
	allow []bool
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
	if len(v.allow) != 2*L*L {
		// Which label may follow which (nerAllowed), in and at the end
		// of a sentence: a nerViterbi decodes with one set of labels.
		v.allow = make([]bool, 2*L*L)
		for p := 0; p < L; p++ {
			for c := 0; c < L; c++ {
				v.allow[p*L+c] = nerAllowed(labels, p, c, false)
				v.allow[L*L+p*L+c] = nerAllowed(labels, p, c, true)
			}
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
			allow := v.allow[p*L : (p+1)*L]
			if last {
				allow = v.allow[L*L+p*L : L*L+(p+1)*L]
			}
			for c, ok := range allow {
				if !ok {
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
	// "The EU believes India's…": a name ends before a finite verb
	// written in lower case, which no name holds.
	if x.xpos != nil {
		for k := sp.first + 1; k < sp.last; k++ {
			if xp := x.xpos[k]; (xp == "VBZ" || xp == "VBD" || xp == "VBP") && x.words[k] == x.lower[k] && !nameParticle(x.words[k]) {
				sp.last = k
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
	// The votes of the distinct names, one allocation: at most one a
	// span, so that it never grows (count points into it).
	tally := make([]votes, 0, len(spans))
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
			tally = append(tally, votes{})
			v = &tally[len(tally)-1]
			count[keys[k]] = v
		}
		v[t]++
		if sp.typ == PERSON && sp.first > 0 && capitalised(x.words[sp.first-1]) && officeTitleIn(x.words[sp.first-1]) {
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
