package nlp

import (
	_ "embed" // model files
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The model files, trained by cmd/train and read in place.
var (
	//go:embed models/tagger.bin
	taggerModel string
	//go:embed models/lemma.bin
	lemmaModel string
	//go:embed models/parser.bin
	parserModel string
	//go:embed models/ner.bin
	nerModel string
	//go:embed models/coref.bin
	corefModel string
)

// Analyzer runs the whole layer. It is safe for concurrent use: each call
// keeps its scratch space to itself.
type Analyzer struct {
	tagger *Tagger
	lemmas *Lemmatizer
	parser *Parser
	ner    *Recognizer
	coref  *Resolver
	// work holds the workspaces of finished calls, for the next ones.
	work sync.Pool
}

// workspace is the scratch space that the tagger and the parser keep from
// one Analyze call to the next: their buffers, grown to the documents
// read so far, and their caches of the group sums their tables give
// (scoreCache), which hold for any document. A call takes one from the
// Analyzer's pool, or a new one, and puts it back when it is done, so that
// concurrent calls never share one.
type workspace struct {
	tag   *tagScratch
	parse parseScratch
}

// maxCachedGroups bounds the group sums a workspace's caches keep between
// calls: a cache that holds more after a document is emptied before the
// next one.
const maxCachedGroups = 2048

// New loads the embedded models. It parses the model files' headers only
// (the weights are read in place), so it is cheap; still, call it once and
// share the Analyzer.
func New() (*Analyzer, error) {
	var a Analyzer
	load := func(name, data string, f func(*Container) error) error {
		c, err := ReadContainer(data)
		if err == nil {
			err = f(c)
		}
		if err != nil {
			return fmt.Errorf("load %s model: %w", name, err)
		}
		return nil
	}
	var err error
	if err := load("tagger", taggerModel, func(c *Container) error { a.tagger, err = LoadTagger(c); return err }); err != nil {
		return nil, err
	}
	if err := load("lemma", lemmaModel, func(c *Container) error { a.lemmas, err = LoadLemmatizer(c); return err }); err != nil {
		return nil, err
	}
	if err := load("parser", parserModel, func(c *Container) error { a.parser, err = LoadParser(c); return err }); err != nil {
		return nil, err
	}
	if err := load("ner", nerModel, func(c *Container) error { a.ner, err = LoadRecognizer(c); return err }); err != nil {
		return nil, err
	}
	if err := load("coref", corefModel, func(c *Container) error { a.coref, err = LoadResolver(c); return err }); err != nil {
		return nil, err
	}
	a.tagger.letters, a.ner.letters = true, true
	a.ner.nounClass = a.NounClass
	return &a, nil
}

// Analyze tokenizes text and runs every stage.
func (a *Analyzer) Analyze(text string) *Analysis {
	an := Tokenize(text)
	a.annotate(an)
	return an
}

// AnalyzeTreebank keeps the given words and sentence breaks and predicts
// everything else (tags, lemmas, trees, entities, coreference).
func (a *Analyzer) AnalyzeTreebank(sents []TreeSentence) *Analysis {
	an := FromTreebank(sents)
	a.annotate(an)
	return an
}

func (a *Analyzer) annotate(an *Analysis) {
	w, _ := a.work.Get().(*workspace)
	if w == nil {
		w = new(workspace)
	}
	if t := a.tagger; t != nil && t.w != nil {
		if w.tag == nil {
			w.tag = t.newTagScratch()
		}
		w.tag.group.limit(maxCachedGroups)
		t.tag(an, w.tag)
	}
	a.lemmas.Lemmatize(an)
	if p := a.parser; p != nil && p.w != nil {
		if g := w.parse.lab.group; g != nil {
			g.limit(maxCachedGroups)
		}
		p.parse(an, &w.parse)
	}
	a.ner.Recognize(an)
	a.coref.Resolve(an)
	a.work.Put(w)
}

// Stages gives the stages one by one, for evaluation and benchmarks.
func (a *Analyzer) Stages() (tag, lemma, parse, ner, coref func(*Analysis)) {
	return a.tagger.Tag, a.lemmas.Lemmatize, a.parser.Parse, a.ner.Recognize, a.coref.Resolve
}

// Lemmatizer returns the analyzer's lemmatizer (for evaluation).
func (a *Analyzer) Lemmatizer() *Lemmatizer { return a.lemmas }

// Noun classes, as the coreference model's lexicon learned them from GUM
// train's entity types (NounClass).
const (
	NounPerson       byte = crSemPerson // "nurse", "spokesman", "friend"
	NounOrganisation byte = crSemOrg    // "company", "ministry", "union"
	NounPlace        byte = crSemPlace
	NounThing        byte = crSemThing
	NounAbstract     byte = crSemAbstr
)

// NounClass returns the class the coreference lexicon gives a noun's
// lemma (NounPerson, NounOrganisation, NounPlace, NounThing,
// NounAbstract), or 0 when the lexicon does not know it.
func (a *Analyzer) NounClass(lemma string) byte {
	if a.coref == nil || a.coref.sem == nil {
		return 0
	}
	if v, ok := a.coref.sem.Get(strings.ToLower(lemma)); ok && v != "" {
		return v[0]
	}
	return 0
}

// NameGender returns the sex a given name is common for, as the
// coreference resolver reads it: 'm' or 'f' from the lexicon the model
// was trained with, else from the lists of given names of other
// languages (worldNames); 0 when neither knows the name or it is given
// to both ("Andrea", "Kim"). name is written as in text ("Marisol").
func (a *Analyzer) NameGender(name string) byte {
	if a.coref != nil && a.coref.gender != nil {
		if v, ok := a.coref.gender.Get(name); ok {
			if v == "" {
				return 0
			}
			return v[0]
		}
	}
	return worldNames[name]
}

// Resolver returns the analyzer's coreference resolver (for evaluation).
func (a *Analyzer) Resolver() *Resolver { return a.coref }

// KnownWord reports whether the word form, as written or with a capital
// first letter, is a word of English the entity model's lexicon holds:
// seen twice or more in UD English-EWT train.
func (a *Analyzer) KnownWord(form string) bool {
	if _, ok := a.formCount(form); ok || form == "" {
		return ok
	}
	r, size := utf8.DecodeRuneInString(form)
	_, ok := a.formCount(string(unicode.ToUpper(r)) + form[size:])
	return ok
}

// CommonWord reports whether the word form, as written, is common in
// English: seen ten times or more in UD English-EWT train, as the entity
// model's lexicon counts forms.
func (a *Analyzer) CommonWord(form string) bool {
	n, ok := a.formCount(form)
	return ok && n == 'c'
}

// formCount returns the frequency class the entity model's lexicon gives
// the word form as written ('a' under 3 in EWT train, 'b' under 10, 'c'
// 10 or more), and whether it holds the form at all.
func (a *Analyzer) formCount(form string) (byte, bool) {
	if a.ner == nil || a.ner.lex == nil {
		return 0, false
	}
	v, ok := a.ner.lex.Get(form)
	if !ok || len(v) != 3 || v[0] != 'p' {
		return 0, false
	}
	return v[2], true
}
