package summarize

import (
	"sort"
	"strings"
)

// doc holds an article as the engine's stages see it. Each stage reads
// what the earlier ones filled in and adds its own part.
type doc struct {
	text string
	// modelSaysPerson reports whether the entity model reads a mention
	// as a person's name (nil until the text is analysed).
	modelSaysPerson func(*mention) bool
	// modelNamesPerson reports whether the entity model reads the bytes
	// [start, end) as one person's name (nil until the text is
	// analysed).
	modelNamesPerson func(start, end int) bool
	// modelNamesActor reports whether the entity model reads the bytes
	// [start, end) as one name of a person or an organisation (nil until
	// the text is analysed).
	modelNamesActor func(start, end int) bool
	// modelBodyEnd returns the end byte of the organisation's name the
	// entity model reads from byte start, or -1 (nil until the text is
	// analysed).
	modelBodyEnd func(start int) int
	paras        []span
	sents        []Sentence
	// structure is each sentence's layout role (structure.go): body, or
	// headline, byline, caption... that no stage reads as story.
	structure []structRole
	boiler    []bool // per sentence: !isBody, for the stages that index it
	dateline  span   // the dateline cut from the story's first paragraph
	labels    []span // a transcript's speaker labels cut from their paragraphs ("TRUMP: ")
	// firstQuestion is the offset of an interview's first question
	// ("Q: …"), len(text) in any other text.
	firstQuestion int
	// stamps are the clock times that open a live blog's entries,
	// blanked for the analysis (blankDateline).
	stamps []span
	// headline is the article's title, as the source gives it or as the
	// page's headline reads (briefParties: a person it names is a
	// principal).
	headline string

	toks    []token
	sentTok []int  // first token of each sentence; sentTok[len(sents)] == len(toks)
	inQuote []bool // per token: inside quotation marks
	quotes  []quoteSpan
	// quoteLabel is, per quote, the speaker label of its transcript turn
	// ("TRUMP"), or "" for a quotation in quotation marks.
	quoteLabel []string
	// turns are a transcript's labelled turns, in text order (nil for
	// any other text).
	turns   []labelTurn
	tokMent []int32 // per token: index of the mention covering it, or -1
	// brackets maps a word written in brackets ("(ELN)", lower case) to
	// the tokens of its opening brackets; built by bracketsAfter.
	brackets map[string][]int
	// firms maps the short forms of the story's firms to them (firmForms),
	// built once the entities are final, on first use.
	firms map[string]int

	// lowerSeen holds, by its lower case, each word the document
	// writes without a capital: seenLower, with seenAsIs as well when
	// it writes the word letter for letter in lower case ("talks", not
	// "iPhone").
	lowerSeen map[string]uint8
	capMid    map[string]bool
	// capPairs holds two capitalised words in a row inside a sentence
	// ({"new", "zealand"}): a sentence-initial ordinary word before the
	// same second word is part of that name.
	capPairs map[[2]string]bool
	// capAlone holds the words written capitalised with no capitalised
	// word next to them ("Jafari said").
	capAlone map[string]bool
	// ownNames holds two capitalised words written as a name of their
	// own: the whole run, or all of it after a title ("Ambassador
	// Hamdullah Mohib says").
	ownNames map[string]bool
	// aliases holds, in lower case, the names the story gives as the
	// ones people go by ("Everyone here calls her Nha Jacinta"), with
	// the entity of the person named in full each is linked to
	// (aliasOf).
	aliases  map[string]int
	mentions []mention
	ents     []entity

	attrs []attribution // one per quote
	role  []sentRole    // per sentence: what it carries for the negotiation
	// strength per sentence: how clearly it states a proposal or a next step.
	strength []int
	// quietParties are the parties briefParties lists after the first
	// three that neither speak, have people of their own nor are named
	// three times: they stay only where the negotiation gives them a
	// position or a proposal (actingParties).
	quietParties map[string]bool
}

// newDoc runs the text stages: paragraphs, layout (headline, byline,
// dateline, captions...), sentences, tokens and quotation spans.
func newDoc(text string) *doc {
	d := &doc{text: text}
	d.paras = splitParagraphs(text)
	// The page's layout (structure.go); a dateline opening the story is
	// kept out of the sentences.
	lay := findLayout(text, d.paras)
	if dl := lay.dateline; dl.end > dl.start {
		for pi := range d.paras {
			if d.paras[pi].start == dl.start {
				d.paras[pi].start = dl.end
				d.dateline = dl
			}
		}
	}
	// A transcript's speaker labels ("TRUMP:") are kept out of the
	// sentences too: they name who speaks, they are not words of the
	// turn, and read as words they become names of their own.
	turns := transcriptTurns(text, d.paras)
	d.turns = turns
	d.firstQuestion = len(text)
	for pi := range d.paras {
		p := &d.paras[pi]
		words := -1
		for _, tu := range turns {
			if p.start < tu.words.start && tu.words.start < p.end {
				words = tu.words.start
			}
		}
		if n, m := qaMarker(text[p.start:p.end]); m == 'Q' && len(turns) > 0 {
			// An interview's question: the interviewer's, not a turn.
			words = p.start + n
			d.firstQuestion = min(d.firstQuestion, p.start)
		}
		if n := liveStamp(text[p.start:p.end]); n > 0 && words < 0 {
			// A live blog's entry opens with its time ("10:40 p.m. — A
			// spokesperson for … said"): the sentence keeps it (it says
			// when), but the analysis reads the sentence without it,
			// which read as words has the time for its subject.
			d.stamps = append(d.stamps, span{p.start, p.start + n})
		}
		if words > p.start {
			d.labels = append(d.labels, span{p.start, words})
			p.start = words
		}
	}
	d.sents = splitSentences(text, d.paras)
	d.setStructure(lay)
	d.toks = make([]token, 0, len(text)/5+1)
	d.sentTok = make([]int, len(d.sents)+1)
	low := lowerASCIIText(text)
	for i, s := range d.sents {
		d.sentTok[i] = len(d.toks)
		d.toks = tokenize(text, low, span{s.Start, s.End}, d.toks)
	}
	d.sentTok[len(d.sents)] = len(d.toks)
	d.quotes, d.quoteLabel = addTranscriptQuotes(text, blockQuotes(text, d.paras, findQuotes(text, d.paras)), turns, d.cuedSentence)
	if len(turns) == 0 {
		// An interview printed as questions and quoted answers: the
		// answers are the one person's the introduction names.
		if answers, first := quotedAnswers(text, d.paras, d.quotes, d.cuedSentence); len(answers) > 0 {
			for qi := range answers {
				d.quoteLabel[qi] = answerLabel
			}
			d.firstQuestion = first
		}
	}
	for qi := range d.quotes {
		if d.quoteLabel[qi] == "" {
			d.quotes[qi].partial, d.quotes[qi].drop = d.classifyQuote(qi)
		}
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

// liveStamp returns the length of the time that opens a live blog's entry
// ("10:40 p.m. — ", "7.05pm - ", "23:15 GMT – "): a clock time, perhaps
// a.m. or p.m. and a zone in capitals, then a dash set off by spaces;
// 0 when the paragraph opens otherwise.
func liveStamp(p string) int {
	i := 0
	digits := func(lo, hi int) bool {
		n := 0
		for i < len(p) && p[i] >= '0' && p[i] <= '9' {
			i++
			n++
		}
		return n >= lo && n <= hi
	}
	if !digits(1, 2) || i >= len(p) || p[i] != ':' && p[i] != '.' {
		return 0
	}
	i++
	if !digits(2, 2) {
		return 0
	}
	rest := p[i:]
	for _, suf := range []string{" a.m.", " p.m.", "a.m.", "p.m.", " am", " pm", "am", "pm", " AM", " PM", "AM", "PM"} {
		if strings.HasPrefix(rest, suf) {
			rest = rest[len(suf):]
			break
		}
	}
	// A zone in capitals ("AEDT", "GMT").
	if z := strings.TrimLeft(rest, " "); len(z) < len(rest) {
		k := 0
		for k < len(z) && k < 5 && z[k] >= 'A' && z[k] <= 'Z' {
			k++
		}
		if k >= 2 && k < len(z) && z[k] == ' ' {
			rest = z[k:]
		}
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		if strings.HasPrefix(rest, dash) {
			return len(p) - len(rest) + len(dash)
		}
	}
	return 0
}
