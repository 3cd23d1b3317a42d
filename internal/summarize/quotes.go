package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuoteBytes is the longest quotation kept, in bytes of quoted words
// over all its segments. The longest gold quotation of the news bench has
// about 450 bytes; a longer "quotation" is a quotation mark never closed
// (or a transcript), not something to show as a quote, and keeping it
// would put the rest of the article in one quote.
const maxQuoteBytes = 4 << 10

// quoteSpan is a quotation found in the text: one or more segments of quoted
// words (more than one when a quotation runs over paragraphs, each new
// paragraph reopening the quote without closing the previous one).
type quoteSpan struct {
	open  int    // offset of the opening mark
	close int    // offset just after the closing mark (or the end of the last segment)
	segs  []span // the quoted words, without the marks, trimmed
	// single is true for a quotation in single marks (‘…’ or '…').
	single bool
	// closed is false when the quotation never closed and was cut at the end
	// of a paragraph.
	closed bool
	// partial is true for a fragment inside a sentence; drop for quoted
	// words that are no quotation (a title, a name).
	partial, drop bool
}

// content returns the quoted words: the segments joined by a space.
func (q *quoteSpan) content(text string) string {
	if len(q.segs) == 1 {
		return collapseSpace(text[q.segs[0].start:q.segs[0].end])
	}
	var b strings.Builder
	for i, s := range q.segs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(collapseSpace(text[s.start:s.end]))
	}
	return b.String()
}

// markKind classifies a quotation mark at a position.
type markKind int

const (
	markNone markKind = iota
	markOpen
	markClose
)

// doubleMark reports whether a double quotation mark (or a pair of single
// marks used as one: ” ‘‘ ‘’ ’’ “) starts at i, whether it opens or closes,
// and its length in bytes.
func doubleMark(text string, i int, p span) (markKind, int) {
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '“', '„', '«':
		return markOpen, n
	case '”', '»':
		return markClose, n
	case '"':
		return straightDirection(text, i, n, p), n
	case '‘', '’', '\'', '`':
		if i+n >= p.end {
			return markNone, 0
		}
		r2, n2 := utf8.DecodeRuneInString(text[i+n:])
		if r2 != '‘' && r2 != '’' && r2 != '\'' && r2 != '`' {
			return markNone, 0
		}
		k := straightDirection(text, i, n+n2, p)
		if r == '’' && r2 == '’' && k == markOpen {
			k = markNone
		}
		return k, n + n2
	}
	return markNone, 0
}

// straightDirection decides whether an undirected mark of length n at i
// opens or closes a quotation from what surrounds it.
func straightDirection(text string, i, n int, p span) markKind {
	var before, after rune = ' ', ' '
	if i > p.start {
		before, _ = utf8.DecodeLastRuneInString(text[p.start:i])
	}
	if i+n < p.end {
		after, _ = utf8.DecodeRuneInString(text[i+n:])
	}
	spaceBefore := unicode.IsSpace(before) || isOpening(before) || before == '—' || before == '–' || before == '-' || before == '/'
	spaceAfter := unicode.IsSpace(after) || unicode.IsPunct(after) && after != '\'' && after != '‘' && after != '"' && after != '(' && after != '“'
	if before == '\'' && n == 1 && (unicode.IsSpace(after) || spaceAfter) {
		// "People say, 'It does not matter,'" said…: a double mark right
		// after a single one that closes a quotation inside it closes too.
		return markClose
	}
	switch {
	case spaceBefore && !unicode.IsSpace(after):
		return markOpen
	case !spaceBefore && (spaceAfter || unicode.IsSpace(after)):
		return markClose
	}
	return markNone
}

// blockQuotes adds to quotes (in text order) the paragraphs a short
// paragraph before them introduces with a verb of saying and a colon and
// no quotation marks: the words a page set off as a block, whose marks
// went with its layout ("The governor added:" | "It's typical of her. She
// knows nothing…"). The paragraph must hold no quotation mark itself.
func blockQuotes(text string, paras []span, quotes []quoteSpan) []quoteSpan {
	var out []quoteSpan
	qi := 0
	for pi := 0; pi+1 < len(paras); pi++ {
		intro, next := paras[pi], paras[pi+1]
		lead := strings.TrimSpace(text[intro.start:intro.end])
		if !strings.HasSuffix(lead, ":") || len(lead) > 120 || next.end-next.start > maxQuoteBytes || next.end-next.start < 20 {
			continue
		}
		words := strings.Fields(strings.TrimSuffix(lead, ":"))
		if len(words) < 2 || len(words) > 12 {
			continue
		}
		if _, ok := lowerHas(cueVerbs, words[len(words)-1]); !ok {
			continue
		}
		body := text[next.start:next.end]
		if strings.ContainsAny(body, "\"“”«»") {
			continue
		}
		for qi < len(quotes) && quotes[qi].open < next.start {
			out = append(out, quotes[qi])
			qi++
		}
		if qi < len(quotes) && quotes[qi].open < next.end {
			continue
		}
		seg := span{next.start, next.end}
		for seg.end > seg.start && (text[seg.end-1] == ' ' || text[seg.end-1] == '\n') {
			seg.end--
		}
		out = append(out, quoteSpan{open: seg.start, close: seg.end, segs: []span{seg}, closed: true})
	}
	if out == nil {
		return quotes
	}
	return append(out, quotes[qi:]...)
}

// findQuotes finds the double-quoted quotations of the text, then the
// single-quoted ones outside them. Quotations are returned in text order.
func findQuotes(text string, paras []span) []quoteSpan {
	var out []quoteSpan
	var cur quoteSpan // the quotation open, where inQuote is set
	inQuote := false
	segStart := 0
	finish := func(end, closeEnd int, closed bool) {
		cur.segs = appendTrimmed(cur.segs, text, span{segStart, trimComma(text, segStart, end)})
		cur.close = closeEnd
		cur.closed = closed
		if len(cur.segs) > 0 && segBytes(cur.segs) <= maxQuoteBytes {
			out = append(out, cur)
		}
		inQuote = false
	}
	for pi, p := range paras {
		i := p.start
		for i < p.end {
			if !doubleScanStop[text[i]] {
				i++
				continue
			}
			k, n := doubleMark(text, i, p)
			if k == markNone {
				_, n = utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
			switch {
			case k == markOpen && !inQuote:
				cur, inQuote = quoteSpan{open: i}, true
				segStart = i + n
			case k == markOpen && inQuote:
				// A new opening mark while a quotation is open: the news
				// convention of a quote running on (each paragraph reopens),
				// also when paragraphs were flattened into one.
				if i == p.start || precededBySentenceEnd(text, p.start, i) {
					if segStart < i {
						cur.segs = appendTrimmed(cur.segs, text, span{segStart, i})
					}
					segStart = i + n
				} else {
					// A stray mark: restart the quotation here.
					cur = quoteSpan{open: i}
					segStart = i + n
				}
			case k == markClose && inQuote:
				finish(i, i+n, true)
			}
			i += n
		}
		if inQuote {
			// Open at the end of the paragraph: it runs on if the next
			// paragraph reopens it; otherwise it is cut here.
			if pi+1 < len(paras) && startsWithOpening(text, paras[pi+1]) && segBytes(cur.segs)+p.end-segStart <= maxQuoteBytes {
				cur.segs = appendTrimmed(cur.segs, text, span{segStart, p.end})
				segStart = p.end
				continue
			}
			finish(p.end, p.end, false)
		}
	}
	singles := findSingleQuotes(text, paras, out)
	if len(singles) > 0 {
		// A double-quoted quotation nested in a single-quoted one is part
		// of it, not a quotation of its own.
		out = slices.DeleteFunc(out, func(d quoteSpan) bool {
			return slices.ContainsFunc(singles, func(s quoteSpan) bool { return s.open < d.open && d.close <= s.close })
		})
	}
	out = append(out, singles...)
	sortQuotes(out)
	return out
}

// segBytes is the length of the segments in bytes.
func segBytes(segs []span) int {
	n := 0
	for _, s := range segs {
		n += s.end - s.start
	}
	return n
}

// trimComma drops the comma before a closing mark: it belongs to the
// sentence, not to the speaker ("“We will win,” she said").
func trimComma(text string, start, end int) int {
	e := end
	for e > start && (text[e-1] == ',' || text[e-1] == ' ') {
		e--
	}
	if e > start {
		return e
	}
	return end
}

// precededBySentenceEnd reports whether the text before i ends a sentence.
func precededBySentenceEnd(text string, start, i int) bool {
	s := strings.TrimRightFunc(text[start:i], unicode.IsSpace)
	if len(s) == len(text[start:i]) {
		return false // no space before the mark
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// startsWithOpening reports whether paragraph p begins with an opening double mark.
func startsWithOpening(text string, p span) bool {
	k, _ := doubleMark(text, p.start, p)
	return k == markOpen
}

// doubleScanStop marks the bytes findQuotes stops at to read a mark: the
// ASCII marks " ' ` and every byte outside ASCII (a curly mark's and any
// other character's); it steps over the rest a byte at a time.
var doubleScanStop = func() (m [256]bool) {
	m['"'], m['\''], m['`'] = true, true, true
	for c := 0x80; c < 256; c++ {
		m[c] = true
	}
	return m
}()

// singleScanStop marks the bytes findSingleQuotes stops at: the
// apostrophe and 0xE2, which opens ‘ and ’ (and other marks).
var singleScanStop = [256]bool{'\'': true, 0xE2: true}

// findSingleQuotes finds ‘British’ quotations in single marks outside the
// double-quoted ones, telling them from apostrophes: an opening mark follows
// a space and precedes a letter; a closing mark follows a letter or
// punctuation and precedes a space or punctuation, within the paragraph.
func findSingleQuotes(text string, paras []span, doubles []quoteSpan) []quoteSpan {
	var out []quoteSpan
	di := 0
	resume := 0 // after a quotation run on over paragraphs
	for pi, p := range paras {
		i := max(p.start, resume)
		for i < p.end {
			if !singleScanStop[text[i]] {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if r != '\'' && r != '‘' {
				i += n
				continue
			}
			for di < len(doubles) && doubles[di].close <= i {
				di++
			}
			if di < len(doubles) && doubles[di].open <= i {
				i = doubles[di].close
				continue
			}
			if !singleOpens(text, i, n, p) {
				i += n
				continue
			}
			end := singleCloser(text, i+n, p, r)
			if end < 0 && r == '‘' {
				// A quotation running on over paragraphs that each reopen
				// it, as in double marks.
				if q, ok := singleRunOn(text, paras, pi, i, n, doubles); ok {
					out = append(out, q)
					i, resume = p.end, q.close
					continue
				}
			}
			if end < 0 {
				i += n
				continue
			}
			inner := appendTrimmed(nil, text, span{i + n, trimComma(text, i+n, end)})
			if len(inner) == 1 && hasAlnum(text[inner[0].start:inner[0].end]) {
				_, cn := utf8.DecodeRuneInString(text[end:])
				out = append(out, quoteSpan{open: i, close: end + cn, segs: inner, single: true, closed: true})
				i = end + cn
				continue
			}
			i += n
		}
	}
	return out
}

// singleRunOn reads a quotation in curly single marks opened at i (mark
// of n bytes) in paragraph pi and left open there, that the next
// paragraphs reopen with ‘ until one closes it (‘We are not here to ask
// for charity. ¶ ‘Every year that this money is late…’). It is not one
// when a paragraph in between does not reopen it, when it grows past
// maxQuoteBytes, or when a double-quoted quotation lies in it.
func singleRunOn(text string, paras []span, pi, i, n int, doubles []quoteSpan) (quoteSpan, bool) {
	q := quoteSpan{open: i, single: true, closed: true}
	from := i + n
	for k := pi; k < len(paras); k++ {
		p := paras[k]
		if k > pi {
			r, rn := utf8.DecodeRuneInString(text[p.start:])
			if r != '‘' || !singleOpens(text, p.start, rn, p) {
				return quoteSpan{}, false
			}
			from = p.start + rn
		}
		for _, d := range doubles {
			if d.open >= from && d.open < p.end {
				return quoteSpan{}, false
			}
		}
		if end := singleCloser(text, from, p, '‘'); end >= 0 {
			q.segs = appendTrimmed(q.segs, text, span{from, trimComma(text, from, end)})
			_, cn := utf8.DecodeRuneInString(text[end:])
			q.close = end + cn
			return q, len(q.segs) > 0 && segBytes(q.segs) <= maxQuoteBytes
		}
		q.segs = appendTrimmed(q.segs, text, span{from, p.end})
		if segBytes(q.segs) > maxQuoteBytes {
			return quoteSpan{}, false
		}
	}
	return quoteSpan{}, false
}

// functionWordAt reports whether the word at i (before end) is a
// function word that no possessive takes after it ("would ‘study the
// offer document with the care our charter requires’ and would not
// comment"): the mark before it closes a quotation.
func functionWordAt(text string, i, end int) bool {
	j := i
	for j < end && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	return wordsNotAfterPossessive[text[i:j]]
}

// wordsNotAfterPossessive are function words a plural possessive is not
// followed by (unlike "other" or "own", which stopCaps also holds).
var wordsNotAfterPossessive = makeSet(`and or but to in on at of for with as by from is was are were that which who
the a an if when while because after before during since until till into onto through throughout without within
against between among across behind beyond despite toward towards upon than then so not nor unless whereas whether
where how why has have had will would could should can may might must`)

func singleOpens(text string, i, n int, p span) bool {
	if i+n >= p.end {
		return false
	}
	after, _ := utf8.DecodeRuneInString(text[i+n:])
	if !unicode.IsLetter(after) && !unicode.IsDigit(after) {
		return false
	}
	if i == p.start {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[p.start:i])
	return unicode.IsSpace(before) || before == '(' || before == '—' || before == '–' || before == '"' || before == '“'
}

// singleCloser finds the mark closing a single quotation opened before from,
// or -1. An apostrophe inside a word ("don’t") or a plural possessive
// followed by a lower-case word ("workers’ union") does not close.
func singleCloser(text string, from int, p span, open rune) int {
	// A curly opening mark is no apostrophe: its closing mark may come
	// anywhere in the paragraph; a straight one is looked for nearby.
	limit := min(p.end, from+400)
	if open == '‘' {
		limit = min(p.end, from+maxQuoteBytes)
	}
	for j := from; j < limit; {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '“' && open == '‘' {
			// A quotation inside the quotation, as British style nests
			// them (‘When he called me he said, “…” The same afternoon…’):
			// the closing mark is after it.
			k := strings.IndexRune(text[j+n:limit], '”')
			if k < 0 {
				return -1
			}
			j += n + k + len("”")
			continue
		}
		if r == '"' || r == '“' || r == '”' {
			return -1
		}
		if r != '\'' && r != '’' || (open == '‘' && r == '\'') {
			j += n
			continue
		}
		var after rune = ' '
		if j+n < p.end {
			after, _ = utf8.DecodeRuneInString(text[j+n:])
		}
		before, _ := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsLetter(after) || unicode.IsDigit(after) || unicode.IsSpace(before) {
			j += n
			continue
		}
		if before == 's' && unicode.IsSpace(after) && j+n+1 < p.end {
			nr, _ := utf8.DecodeRuneInString(text[j+n+1:])
			if unicode.IsLower(nr) && !functionWordAt(text, j+n+1, p.end) {
				j += n
				continue
			}
		}
		return j
	}
	return -1
}

func sortQuotes(q []quoteSpan) {
	slices.SortStableFunc(q, func(a, b quoteSpan) int { return a.open - b.open })
}
