package summarize

import "sort"

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
	paras            []span
	sents            []Sentence
	// structure is each sentence's layout role (structure.go): body, or
	// headline, byline, caption... that no stage reads as story.
	structure []structRole
	boiler    []bool // per sentence: !isBody, for the stages that index it
	dateline  span   // the dateline cut from the story's first paragraph
	labels    []span // a transcript's speaker labels cut from their paragraphs ("TRUMP: ")
	// firstQuestion is the offset of an interview's first question
	// ("Q: …"), len(text) in any other text.
	firstQuestion int
	toks          []token
	sentTok       []int  // first token of each sentence; sentTok[len(sents)] == len(toks)
	inQuote       []bool // per token: inside quotation marks
	quotes        []quoteSpan
	// quoteLabel is, per quote, the speaker label of its transcript turn
	// ("TRUMP"), or "" for a quotation in quotation marks.
	quoteLabel []string
	tokMent    []int32 // per token: index of the mention covering it, or -1
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
