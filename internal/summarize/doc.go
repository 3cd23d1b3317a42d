package summarize

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// doc holds an article as the engine's stages see it. Each stage reads
// what the earlier ones filled in and adds its own part.
type doc struct {
	text    string
	paras   []span
	sents   []Sentence
	boiler  []bool // per sentence: byline, caption, credit, link lists
	toks    []token
	sentTok []int  // first token of each sentence; sentTok[len(sents)] == len(toks)
	inQuote []bool // per token: inside quotation marks
	quotes  []quoteSpan
	tokMent []int32 // per token: index of the mention covering it, or -1

	lowerSeen map[string]bool
	capMid    map[string]bool
	mentions  []mention
	ents      []entity

	attrs []attribution // one per quote
	role  []sentRole    // per sentence: what it carries for the negotiation
	// strength per sentence: how clearly it states a proposal or a next step.
	strength []int
}

// datelineRE matches a news dateline at the start of an article:
// "WASHINGTON —", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -".
var datelineRE = regexp.MustCompile(`^[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][A-Za-z. ]{1,30})?(?: \([A-Za-z .]{1,25}\))? ?(?:—|–|--| - |-) ?`)

// boilerRE matches sentences that are not part of the story: bylines,
// sources, credits, calls to action.
var boilerRE = regexp.MustCompile(`(?i)^(?:source:|sources?: [a-z0-9.-]+\.[a-z]{2,}|read more|article continued below|advertisement|related:|related articles?|recommended:|\(?reporting by|\(?editing by|\(?additional reporting|\(?writing by|photo:|image:|copyright|©|all rights reserved|follow (?:us|him|her) on|sign up|subscribe|click here|share this|this article (?:was|is)|watch:|listen:|updated:|published:|posted:)`)

// bylineRE matches a byline: "By Vafa Guliyeva", "By A Smith and B Jones".
var bylineRE = regexp.MustCompile(`^(?:By|BY|Written by|Words by) [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})?(?:,? [A-Z][\p{L} ]{0,30})?\.?$`)

// creditRE matches a photo credit in brackets: "( J. Scott Applewhite / AP )".
var creditRE = regexp.MustCompile(`\(\s*[^()]{0,60}/\s*[^()]{1,40}\)\s*$|\((?:AP|Reuters|AFP|Getty Images|EPA)[^()]*\)\s*$`)

// newDoc runs the text stages: paragraphs, datelines, sentences, tokens,
// quotation spans and boilerplate.
func newDoc(text string) *doc {
	d := &doc{text: text}
	d.paras = splitParagraphs(text)
	// A dateline opens the first paragraph: keep it out of the sentences.
	if len(d.paras) > 0 {
		p := &d.paras[0]
		if loc := datelineRE.FindStringIndex(text[p.start:p.end]); loc != nil && loc[1] < p.end-p.start {
			p.start += loc[1]
		}
	}
	d.sents = splitSentences(text, d.paras)
	d.boiler = make([]bool, len(d.sents))
	caption := make([]bool, len(d.paras))
	for i, p := range d.paras {
		caption[i] = creditRE.MatchString(text[p.start:p.end])
	}
	for i := range d.sents {
		d.boiler[i] = caption[d.sents[i].Para] || d.isBoiler(i)
	}
	d.toks = make([]token, 0, len(text)/5+1)
	d.sentTok = make([]int, len(d.sents)+1)
	for i, s := range d.sents {
		d.sentTok[i] = len(d.toks)
		d.toks = tokenize(text, span{s.Start, s.End}, d.toks)
	}
	d.sentTok[len(d.sents)] = len(d.toks)
	d.quotes = findQuotes(text, d.paras)
	for qi := range d.quotes {
		d.quotes[qi].partial, d.quotes[qi].drop = d.classifyQuote(qi)
	}
	// Tokens inside quotations (not inside titles in quotation marks).
	d.inQuote = make([]bool, len(d.toks))
	qi := 0
	for ti := range d.toks {
		for qi < len(d.quotes) && (d.quotes[qi].close <= d.toks[ti].start || d.quotes[qi].drop) {
			qi++
		}
		if qi < len(d.quotes) && d.quotes[qi].open <= d.toks[ti].start {
			d.inQuote[ti] = true
		}
	}
	return d
}

// isBoiler reports whether sentence i is boilerplate rather than story.
func (d *doc) isBoiler(i int) bool {
	s := d.sents[i].Text
	if boilerRE.MatchString(s) || bylineRE.MatchString(s) {
		return true
	}
	// A line without a verb-like lower-case word: headings, link lists.
	words, lower := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if r, _ := utf8.DecodeRuneInString(w); r >= 'a' && r <= 'z' {
			lower++
		}
	}
	return words <= 3 && lower == 0
}

// sentOf returns the index of the sentence holding byte offset off (or the
// last sentence starting before it).
func (d *doc) sentOf(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Start > off })
	return max(i-1, 0)
}

// tokAt returns the index of the first token starting at or after off.
func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= off })
}
