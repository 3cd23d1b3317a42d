// Package summarize is Parley's local brief engine: pure, deterministic
// functions of an article's text that find its sentences, its quotations
// and who said them, the people and parties in it, what each side wants,
// what is on the table and what happens next, and rank its key points. It
// uses no network, no Discord, no database and no LLM.
//
// Summarize is the one entry; the stages behind it are unexported.
package summarize

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-bot/parley/internal/nlp"
)

// Length says how much of the article a brief keeps.
type Length int

// Lengths of a brief.
const (
	Standard Length = iota
	Short
	Detailed
)

// String returns the name of the length as the command line spells it.
func (l Length) String() string {
	switch l {
	case Short:
		return "short"
	case Detailed:
		return "detailed"
	}
	return "standard"
}

// ParseLength reads "short", "standard" or "detailed".
func ParseLength(s string) (Length, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "standard":
		return Standard, nil
	case "short":
		return Short, nil
	case "detailed":
		return Detailed, nil
	}
	return Standard, fmt.Errorf("unknown length %q: use short, standard or detailed", s)
}

// keyPointCount is how many key points a brief of this length holds.
func (l Length) keyPointCount() int {
	switch l {
	case Short:
		return 3
	case Detailed:
		return 10
	}
	return 5
}

// Options tune the engine.
type Options struct {
	// Length of the brief; the zero value is Standard.
	Length Length
	// Analyzer is the analysis layer (tags, trees, entities, coreference)
	// that reported speech is read from. Build it once with nlp.New and
	// share it; nil loads it for this call (cheap: the models are read in
	// place).
	Analyzer *nlp.Analyzer
}

// Input is what the engine reads: the article text (paragraphs separated
// by blank lines or by line breaks) and what is known of its source.
type Input struct {
	Text   string
	Source Source
}

// shortTextWords is the fewest words a text has for its brief to pass
// without a warning: a news item runs to a hundred words and more; fewer
// than this is a headline, a line or a fragment pasted on its own.
const shortTextWords = 40

// ErrNoSentences is returned for a text in which no sentence can be found.
var ErrNoSentences = errors.New("the text has no sentences to summarize")

// Summarize builds the brief of an article. The brief is always complete:
// every list is present, possibly empty. It fails only when the text holds
// no sentence at all.
func Summarize(in Input, opts Options) (*Brief, error) {
	text, cut := limitText(in.Text)
	d := newDoc(text)
	if len(d.sents) == 0 || !hasAlnum(text) {
		return nil, ErrNoSentences
	}
	b := &Brief{
		Source:     in.Source,
		Language:   "en",
		KeyPoints:  []KeyPoint{},
		Quotes:     []Quote{},
		Statements: []Statement{},
		Parties:    []Party{},
		Positions:  []Position{},
		Proposals:  []Proposal{},
		NextSteps:  []NextStep{},
		Dates:      []Date{},
		Summary:    Summary{Engine: EngineLocal},
		Warnings:   []string{},
		Sentences:  d.sents,
		Dateline:   datelinePlace(d.text[d.dateline.start:d.dateline.end]),
	}
	if b.Source.Title == "" {
		b.Source.Title = d.headlineText() // a pasted page's headline (structure.go)
	}
	if cut {
		b.Warnings = append(b.Warnings, fmt.Sprintf("the article is very long: this brief covers its first %d sentences (%s)", len(d.sents), kib(len(text))))
	}
	if lang, ok := detectLanguage(d); !ok {
		b.Language = lang
		b.Warnings = append(b.Warnings, "the article does not look like English; Parley's local engine reads English, so this brief may miss quotes, names and key points")
	}
	an := opts.Analyzer
	if an == nil {
		var err error
		if an, err = nlp.New(); err != nil {
			return nil, fmt.Errorf("load the analysis layer: %w", err)
		}
	}
	if len(d.text) > maxAnalysisBytes {
		b.Warnings = append(b.Warnings, fmt.Sprintf("reported speech is read from the first %s of this long article", kib(maxAnalysisBytes)))
	}
	t := d.readSpeakers(an)
	b.Quotes = d.briefQuotes()
	b.Statements = t.statements(d.sentOf, d.isBody)
	d.headline = b.Source.Title
	b.Parties = d.briefParties(t, b.Quotes, b.Statements)
	d.negotiation(b, t)
	b.Parties = d.actingParties(b)
	b.KeyPoints = d.keyPoints(opts.Length.keyPointCount(), b)
	b.Stats = d.stats(b)
	if b.Stats.Words < shortTextWords {
		b.Warnings = append(b.Warnings, fmt.Sprintf("the text is very short (%d words), not a whole article: the brief can only repeat it; send the article's link or paste all of it", b.Stats.Words))
	}
	return b, nil
}

// readSpeakers analyses the article's grammar, finds its names (with the
// entity model's persons as evidence) and credits its quotations: the
// surface credits first (attribute), with the analysis telling which
// unlisted names are people's, then the tree's
// (treeSpeakers). It returns the tree the rest of the brief reads.
func (d *doc) readSpeakers(an *nlp.Analyzer) *tree {
	t := newTree(an.Analyze(d.blankDateline(analysisText(d.text))), d.quotedSpans())
	t.personAt = d.personAt
	t.aliasName = d.aliasName
	t.bodyAt = d.bodyAt
	t.organisationAt = d.organisationAt
	t.storyAt = func(off int) bool { return d.isBody(d.sentOf(off)) }
	t.nounClass = an.NounClass
	t.nameGender = an.NameGender
	d.modelSaysPerson = func(m *mention) bool { return d.modelPerson(t, m) }
	d.modelNamesPerson = t.personSpan
	d.modelNamesActor = t.actorSpan
	d.modelBodyEnd = t.bodySpanEnd
	d.findMentions()
	d.attribute()
	d.treeSpeakers(t)
	d.repeatedQuotes()
	return t
}

// repeatedQuotes credits a quotation the story repeats later, word for
// word inside a longer one, to the person the later one is credited to by
// name, where it is credited to no person by name itself: a standfirst's
// or a summary's "Union president: “We are one bad offer away…”" is
// LaShonda Pruitt's once the story quotes her saying it, and "Ottawa
// urges…: “Canadians cannot afford…,” labour minister says" is the
// minister's, not Canada's. A subhead that is all a quotation (a pull
// quote, which the story drops as a subhead) is kept so, credited the same
// way, whether the story quotes the words before it or after.
func (d *doc) repeatedQuotes() {
	// The quotations credited by name, by the runs of four words they
	// hold: built when a quotation first needs it.
	var named map[[4]string][]int
	var ws [][]string // by quotation credited to a person, its words
	person := func(a *attribution) bool {
		return properName(a.speaker) && a.ent >= 0 && a.ent < len(d.ents) && d.ents[a.ent].kind == KindPerson
	}
	for qi := range d.quotes {
		a := &d.attrs[qi]
		pull := a.drop && d.pullQuote(qi)
		if a.drop && !pull || person(a) {
			continue
		}
		words := normalizedWords(d.quotes[qi].content(d.text))
		if len(words) < 4 {
			continue
		}
		if named == nil {
			named = map[[4]string][]int{}
			ws = make([][]string, len(d.quotes))
			for qj := range d.quotes {
				if b := &d.attrs[qj]; b.drop || !person(b) {
					continue
				}
				ws[qj] = normalizedWords(d.quotes[qj].content(d.text))
				for k := 0; k+4 <= len(ws[qj]); k++ {
					key := [4]string(ws[qj][k : k+4])
					if l := named[key]; len(l) == 0 || l[len(l)-1] != qj {
						named[key] = append(l, qj)
					}
				}
			}
		}
		for _, qj := range named[[4]string(words[:4])] {
			// A pull quote may repeat words the story quoted before it.
			if (qj > qi || pull && qj != qi) && containsWordRun(ws[qj], words) {
				b := &d.attrs[qj]
				a.speaker, a.ent, a.how = b.speaker, b.ent, "repeat"
				if pull {
					a.drop, a.partial = false, false
				}
				break
			}
		}
	}
}

// pullQuote reports whether quotation qi is all of a subhead (“We are
// not a charity” set between paragraphs): a pull quote, which the brief
// keeps where the story quotes the same words in its text, as their
// speaker's.
func (d *doc) pullQuote(qi int) bool {
	q := &d.quotes[qi]
	si := d.sentOf(q.open)
	if si >= len(d.structure) || d.structure[si] != structSubhead || len(q.segs) != 1 {
		return false
	}
	p := d.paras[d.sents[si].Para]
	return strings.TrimFunc(d.text[p.start:q.open], notWordRune) == "" && strings.TrimFunc(d.text[q.close:p.end], notWordRune) == ""
}

// notWordRune reports whether r is neither a letter nor a digit.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// normalizedWords returns the words of s in lower case, without
// punctuation.
func normalizedWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// containsWordRun reports whether run occurs in words, in order and
// together.
func containsWordRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// Caps on what one article makes the engine build, so that its memory is
// bounded whatever the input: the engine's structures take about 50 times
// the text they cover. A long news article is 100 KB (20,000 tokens, 1,000
// sentences); past these caps the text is cut (at a line, sentence or word boundary) and the brief warns.
// The quotation cap is maxQuoteBytes (quotes.go).
const (
	// maxEngineBytes is the most text the engine reads.
	maxEngineBytes = 512 << 10
	// maxSentences is the most sentences the engine reads.
	maxSentences = 10_000
	// maxTokens is the most tokens (words and punctuation marks) the
	// engine reads.
	maxTokens = 150_000
)

// maxAnalysisBytes is the most text the analysis layer reads for reported
// speech: more than a long news article (about 100 KB), and a bound on the
// time a hostile input can take (128 KB is about 20,000 words, about a
// quarter of a second at 12 ms per 1,000 words).
const maxAnalysisBytes = 128 << 10

// analysisText returns the part of text the analysis layer reads: all of
// it up to maxAnalysisBytes, else the text cut at a line or space.
func analysisText(text string) string {
	if len(text) <= maxAnalysisBytes {
		return text
	}
	return cutBefore(text, maxAnalysisBytes)
}

// blankDateline returns text with the story's dateline ("ISTANBUL -")
// a transcript's speaker labels ("TRUMP:") and a live blog's entry times
// ("10:40 p.m. —") turned to spaces, so that the parser reads the first
// sentence as it is ("Russia on Thursday rejected…"), a turn as the
// speaker's words, an entry from its first word, and every offset stays
// where it was.
func (d *doc) blankDateline(text string) string {
	var b []byte
	for _, sp := range slices.Concat([]span{d.dateline}, d.labels, d.stamps) {
		if sp.end <= sp.start || sp.end > len(text) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := sp.start; i < sp.end; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// limitText cuts text to the engine's caps and reports whether it did.
// Each check is a cheap pass that runs only when a bound could be passed.
func limitText(text string) (string, bool) {
	cut := false
	if len(text) > maxEngineBytes {
		text, cut = cutBefore(text, maxEngineBytes), true
	}
	if len(text) > maxTokens {
		if end := tokenLimit(text, maxTokens); end < len(text) {
			text, cut = cutBefore(text, end), true
		}
	}
	if sentenceBound(text) > maxSentences {
		if sents := splitSentences(text, splitParagraphs(text)); len(sents) > maxSentences {
			text, cut = text[:sents[maxSentences-1].End], true
		}
	}
	return text, cut
}

// cutBefore cuts text at the last line break, or else the last space, in
// text[:n] (at a rune boundary when there is neither).
func cutBefore(text string, n int) string {
	head := text[:n]
	if i := strings.LastIndexByte(head, '\n'); i > n/2 {
		return head[:i]
	}
	if i := strings.LastIndexByte(head, ' '); i > n/2 {
		return head[:i]
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// tokenLimit returns the offset at which text reaches limit tokens as
// tokenize counts them (a run of letters and digits, or one other non-space
// character; joiners inside words are counted as tokens, which only makes
// the count an over-estimate), or len(text).
func tokenLimit(text string, limit int) int {
	n := 0
	inWord := false
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !inWord {
				n++
				inWord = true
			}
		case unicode.IsSpace(r):
			inWord = false
		default:
			n++
			inWord = false
		}
		if n > limit {
			return i
		}
	}
	return len(text)
}

// sentenceBound is an upper bound on the sentences of text: every sentence
// ends at a terminal mark or at a line break, or at the end of the text.
func sentenceBound(text string) int {
	// The marks are counted one byte at a time by strings.Count, which
	// runs over the text in wide steps. 0xE2 opens "…" (and other marks:
	// an over-estimate).
	n := 1
	for _, mark := range [...]string{".", "!", "?", "\n", "\xe2"} {
		n += strings.Count(text, mark)
	}
	return n
}

// kib describes a length in bytes in KB.
func kib(n int) string { return fmt.Sprintf("%d KB", (n+1023)/1024) }

// briefQuotes turns the attributed quotations into the brief's quotes.
func (d *doc) briefQuotes() []Quote {
	out := make([]Quote, 0, len(d.quotes))
	for qi := range d.quotes {
		a := &d.attrs[qi]
		if a.drop {
			continue
		}
		q := &d.quotes[qi]
		// A quotation that runs over paragraphs is one quote (the brief
		// contract): its text joins the paragraphs' words, and Spans
		// gives each paragraph's part as it stands in the article.
		spans := make([][2]int, len(q.segs))
		for i, s := range q.segs {
			spans[i] = [2]int{s.start, s.end}
		}
		out = append(out, Quote{
			Text:     q.content(d.text),
			Speaker:  trimPossessive(a.speaker),
			Cue:      a.cue,
			Sentence: d.sentOf(q.open),
			Partial:  a.partial,
			Spans:    spans,
		})
	}
	return out
}

// trimPossessive returns a speaker's description without a possessive
// ending the surface reading left on it ("The union’s reply… came in a
// statement:" credits the union).
func trimPossessive(s string) string {
	// Only a description ("the union’s"): a name may end so
	// ("McDonald's", "Moody's").
	first, _, _ := strings.Cut(s, " ") // lower-cased on the stack: no rune lower-cases to a space
	var lb [lowerBufLen]byte
	switch string(lowerBytes(lb[:0], first)) {
	case "the", "a", "an", "its", "his", "her", "their":
	default:
		return s
	}
	for _, p := range []string{"’s", "'s"} {
		if t, ok := strings.CutSuffix(s, p); ok && t != "" {
			return t
		}
	}
	return s
}

// stats counts the words of the article and of the brief.
func (d *doc) stats(b *Brief) Stats {
	words := 0
	for ti := range d.toks {
		if d.toks[ti].word {
			words++
		}
	}
	bw := 0
	for _, k := range b.KeyPoints {
		bw += fieldCount(k.Text)
	}
	red := 0
	if words > 0 {
		red = max(0, 100-bw*100/words)
	}
	return Stats{Words: words, Sentences: len(d.sents), BriefWords: bw, ReductionPct: red}
}
