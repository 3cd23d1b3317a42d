package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [start, end) of the article text.
type span struct{ start, end int }

// splitParagraphs finds the paragraphs of text. Blank lines separate
// paragraphs. When the text has no blank line at all, every line is a
// paragraph (one paragraph a line is how pasted articles usually come).
// Inside a blank-line paragraph, lines that look hard-wrapped (all but the
// last of similar, moderate length) are one paragraph; otherwise each line is
// a paragraph of its own.
func splitParagraphs(text string) []span {
	var blocks []span
	hasBlank := false
	// First pass: blocks separated by blank lines.
	start := -1
	lineStart := 0
	prevBlank := true
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		blank := isBlank(text[lineStart:lineEnd])
		if blank {
			if start >= 0 {
				blocks = append(blocks, span{start, lineStart})
				start = -1
			}
			if !prevBlank {
				hasBlank = true
			}
		} else if start < 0 {
			start = lineStart
		}
		prevBlank = blank
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if start >= 0 {
		blocks = append(blocks, span{start, len(text)})
	}
	paras := make([]span, 0, len(blocks))
	var lines []span
	for _, b := range blocks {
		lines = splitLines(lines[:0], text, b)
		if !hasBlank || !hardWrapped(text, lines) {
			for _, l := range lines {
				paras = appendTrimmed(paras, text, l)
			}
			continue
		}
		paras = appendTrimmed(paras, text, b)
	}
	return paras
}

func isBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// splitLines appends to out the non-blank lines of the block b.
func splitLines(out []span, text string, b span) []span {
	s := b.start
	for s < b.end {
		e := strings.IndexByte(text[s:b.end], '\n')
		if e < 0 {
			e = b.end
		} else {
			e += s
		}
		if !isBlank(text[s:e]) {
			out = append(out, span{s, e})
		}
		s = e + 1
	}
	return out
}

// hardWrapped reports whether the lines look like one paragraph wrapped at a
// fixed width: every line but the last between 40 and 100 characters.
func hardWrapped(text string, lines []span) bool {
	if len(lines) < 2 {
		return true
	}
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(text[l.start:l.end])
		if n < 40 || n > 100 {
			return false
		}
	}
	return true
}

// appendTrimmed appends s trimmed of surrounding white space, if anything is left.
func appendTrimmed(out []span, text string, s span) []span {
	for s.start < s.end {
		r, n := utf8.DecodeRuneInString(text[s.start:s.end])
		if !isSpace(r) {
			break
		}
		s.start += n
	}
	for s.end > s.start {
		r, n := utf8.DecodeLastRuneInString(text[s.start:s.end])
		if !isSpace(r) {
			break
		}
		s.end -= n
	}
	if s.start < s.end {
		out = append(out, s)
	}
	return out
}

// abbreviations end with a period that does not end a sentence (lower case,
// without the period). Titles come first: they are never sentence-final.
var titleAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "maj": true,
	"cmdr": true, "prof": true, "rev": true, "hon": true, "pres": true, "amb": true, "supt": true,
	"cpl": true, "pvt": true, "messrs": true, "mme": true, "mlle": true, "fr": true, "st": true,
	"no": true, "nos": true, "vol": true, "art": true, "fig": true, "ft": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "v": true, "approx": true, "est": true, "dept": true, "univ": true, "ave": true,
	"blvd": true, "rd": true, "calif": true, "conn": true, "mass": true, "penn": true, "wash": true,
	"ill": true, "mich": true, "minn": true, "wis": true, "fla": true, "ga": true, "ala": true,
	"ariz": true, "ark": true, "colo": true, "del": true, "ind": true, "kan": true, "ky": true,
	"la": true, "md": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true,
	"okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true, "vt": true,
	"wyo": true, "gens": true, "reps": true, "sens": true,
	"engr": true, "eng": true, "barr": true, "alh": true, "cllr": true, "cdr": true, "det": true, "pst": true, "evang": true, "ir": true, "ing": true, "drs": true,
	"ald": true, "atty": true, "usec": true, "asec": true, "cong": true, "insp": true, "brig": true, "msgr": true,
	"coun": true, "commr": true,
}

// softAbbrev end with a period that may or may not end a sentence: the
// sentence ends there only when the next word is a usual sentence opener.
var softAbbrev = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "jr": true,
	"sr": true, "etc": true, "al": true, "bros": true, "cf": true,
	// Short forms that are also words or names, written before a name:
	// "Ma. Corazon" (María), "Sec. Teodoro", "Sta. Rosa".
	"ma": true, "sec": true, "sta": true, "sto": true,
}

// sentenceOpeners are words that commonly begin a sentence; after an
// ambiguous abbreviation (U.S., Inc.) they signal a sentence break.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "but": true, "and": true, "in": true, "on": true,
	"at": true, "this": true, "that": true, "these": true, "those": true, "there": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "if": true,
	"when": true, "while": true, "after": true, "before": true, "as": true, "for": true,
	"however": true, "meanwhile": true, "still": true, "yet": true, "so": true, "some": true,
	"many": true, "most": true, "no": true, "not": true, "one": true, "two": true, "both": true,
	"officials": true, "since": true, "although": true, "though": true, "what": true,
	"who": true, "why": true, "how": true, "instead": true, "also": true, "now": true,
	"last": true, "earlier": true, "later": true, "under": true, "with": true, "by": true,
}

// splitSentences splits every paragraph into sentences. It never returns an
// empty sentence, and sentence spans are in order and inside their paragraph.
//
// A sentence never ends inside a quoted fragment (a quotation that opens
// with a lower-case word: he called it "a disgrace. Totally." and left),
// nor between a quotation and the attribution that follows it ("That was
// it!" Trump said.). A quotation that holds complete sentences ("We are
// ready. We will sign," he said.) keeps its sentence breaks.
func splitSentences(text string, paras []span) []Sentence {
	out := make([]Sentence, 0, len(text)/120+1)
	for pi, p := range paras {
		start := p.start
		i := p.start
		fragEnd := -1 // the closing mark of the quoted fragment i is in
		for i < p.end {
			c := text[i]
			if !sentenceScanStop[c] {
				i++ // an ASCII byte that neither ends a sentence nor is a quotation mark
				continue
			}
			if c == '"' || c == 0xE2 || c == 0xC2 {
				if k, n := doubleMark(text, i, p); k == markOpen && i > fragEnd && midSentence(text, p.start, i) {
					fragEnd = fragmentClose(text, p, i+n)
				}
			}
			if c != '.' && c != '!' && c != '?' && !(c == 0xE2 && strings.HasPrefix(text[i:], "…")) {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
			if i < fragEnd && !endsQuote(text, i, fragEnd) {
				i++
				continue
			}
			end, next, ok := sentenceEnd(text, p, start, i)
			if !ok {
				if c == 0xE2 {
					i += len("…")
				} else {
					i++
				}
				continue
			}
			out = appendSentence(out, text, span{start, end}, pi)
			start = next
			i = next
		}
		out = appendSentence(out, text, span{start, p.end}, pi)
	}
	return out
}

// maxSentenceBytes is the longest sentence the engine keeps whole; a longer
// run of text without a sentence end (a list, a table flattened into text,
// hostile input) is cut into pieces of at most this length at spaces, so
// that no key point, citation or quote holds the rest of the article.
const maxSentenceBytes = 2 << 10

// appendSentence appends the sentence s of paragraph para (trimmed; glued to
// the previous one when it has no letter or digit), in pieces of at most
// maxSentenceBytes.
func appendSentence(out []Sentence, text string, s span, para int) []Sentence {
	for s.end-s.start > maxSentenceBytes {
		cut := s.start + maxSentenceBytes
		if i := strings.LastIndexByte(text[s.start:cut], ' '); i > maxSentenceBytes/2 {
			cut = s.start + i
		} else {
			for cut > s.start && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		out = appendOneSentence(out, text, span{s.start, cut}, para)
		s.start = cut
	}
	return appendOneSentence(out, text, s, para)
}

func appendOneSentence(out []Sentence, text string, s span, para int) []Sentence {
	var one [1]span // on the stack: the sentence trimmed, if anything is left
	tmp := appendTrimmed(one[:0], text, s)
	if len(tmp) == 0 {
		return out
	}
	s = tmp[0]
	// A lone closing mark or bracket is not a sentence: glue it to the previous one.
	if !hasAlnum(text[s.start:s.end]) && len(out) > 0 && out[len(out)-1].Para == para {
		last := &out[len(out)-1]
		last.End = s.end
		last.Text = collapseSpace(text[last.Start:last.End])
		return out
	}
	return append(out, Sentence{Text: collapseSpace(text[s.start:s.end]), Start: s.start, End: s.end, Para: para})
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isClosing reports whether r closes a quotation or a bracket.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '›':
		return true
	}
	return false
}

// isOpening reports whether r may open a quotation or a bracket.
func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '„', '‹':
		return true
	}
	return false
}

// sentenceEnd decides whether the terminal punctuation at i (within the
// paragraph p, in a sentence begun at start) ends a sentence. It returns the
// end of the sentence (after closing marks) and where the next one begins.
func sentenceEnd(text string, p span, start, i int) (end, next int, ok bool) {
	j := i
	// Run of terminal punctuation: "?!", "...", "…".
	for j < p.end {
		if text[j] == '.' || text[j] == '!' || text[j] == '?' {
			j++
			continue
		}
		if strings.HasPrefix(text[j:], "…") {
			j += len("…")
			continue
		}
		break
	}
	// Closing quotes and brackets belong to this sentence.
	for j < p.end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isClosing(r) {
			break
		}
		j += n
	}
	end = j
	// Must be followed by white space (or the end of the paragraph).
	if j >= p.end {
		return end, p.end, true
	}
	r, n := utf8.DecodeRuneInString(text[j:])
	if !isSpace(r) {
		return 0, 0, false
	}
	k := j + n
	for k < p.end {
		r, n = utf8.DecodeRuneInString(text[k:])
		if !isSpace(r) {
			break
		}
		k += n
	}
	if k >= p.end {
		return end, p.end, true
	}
	// The next sentence must start like one: upper case, digit, or an
	// opening mark followed by such.
	nr, _ := utf8.DecodeRuneInString(text[k:])
	nk := k
	for isOpening(nr) || nr == '—' || nr == '–' || nr == '-' {
		nk += utf8.RuneLen(nr)
		if nk >= p.end {
			break
		}
		nr, _ = utf8.DecodeRuneInString(text[nk:])
	}
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr)) {
		return 0, 0, false
	}
	if text[i] != '.' && closesQuote(text, i, end) && attributionFollows(text, k, p.end) {
		// "That was it!" Trump said. — the attribution belongs to the
		// quote. (After a full stop the writer meant a new sentence: "We
		// are done." He said the talks had failed.)
		return 0, 0, false
	}
	if text[i] != '.' || end-i > 1 && text[i+1] == '.' {
		// "!", "?", ellipses: a break before a capital, except an ellipsis
		// inside a sentence followed by a proper name is rare enough to accept.
		return end, k, true
	}
	if end > i+1 { // "." followed by a closing mark: a break.
		return end, k, true
	}
	// A plain period: look at the word before it.
	w := wordBefore(text, start, i)
	// The two words in lower case, on the stack when short: look-ups.
	var lb, nb [lowerBufLen]byte
	lw := string(lowerBytes(lb[:0], w))
	nextWord := string(lowerBytes(nb[:0], wordAt(text, nk, p.end)))
	switch {
	case w == "":
		return end, k, true
	case titleAbbrev[lw]:
		return 0, 0, false
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)):
		// An initial ("Harry J. Kazianis"), unless the next word opens a sentence.
		if sentenceOpeners[nextWord] && nextWord != "a" {
			return end, k, true
		}
		return 0, 0, false
	case strings.Contains(w, ".") && !unicode.IsDigit(firstRune(w)):
		// Initialisms: U.S., U.K., a.m., p.m., e.g. (a number with a
		// decimal point, "£1.3bn.", ends a sentence like any word).
		if sentenceOpeners[nextWord] {
			return end, k, true
		}
		return 0, 0, false
	case softAbbrev[lw]:
		if sentenceOpeners[nextWord] {
			return end, k, true
		}
		return 0, 0, false
	}
	return end, k, true
}

// wordBefore returns the word (letters, digits, internal periods) that ends
// just before position i, not going back before start.
func wordBefore(text string, start, i int) string {
	j := i
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			j -= n
			continue
		}
		break
	}
	return strings.Trim(text[j:i], ".")
}

// wordAt returns the word of letters starting at i.
func wordAt(text string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// collapseSpace replaces every run of white space with one space.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevSpace := false
	for _, r := range s {
		if isSpace(r) {
			if !prevSpace {
				b.WriteByte(' ')
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// needsCollapse reports whether collapseSpace would change s: whether s
// holds two spaces in a row or white space other than a space (tab to
// carriage return, or a rune outside ASCII such as U+00A0 or U+2003,
// which isSpace reads as space). Only the bytes outside ASCII are
// decoded.
func needsCollapse(s string) bool {
	// Two spaces in a row: strings.Contains runs over s in wide steps.
	if strings.Contains(s, "  ") {
		return true
	}
	// Any other white space: tab to carriage return, or a rune outside
	// ASCII that isSpace reads as space.
	for i := 0; i < len(s); i++ {
		if !collapseScanStop[s[i]] {
			continue
		}
		if s[i] < utf8.RuneSelf {
			return true // '\t' to '\r'
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			return true
		}
		i += n - 1
	}
	return false
}

// collapseScanStop marks the bytes needsCollapse stops at: the white
// space in ASCII other than the space ('\t' to '\r'), and every byte
// outside ASCII (some of whose runes are white space).
var collapseScanStop = func() (m [256]bool) {
	for c := '\t'; c <= '\r'; c++ {
		m[c] = true
	}
	for c := 0x80; c < 256; c++ {
		m[c] = true
	}
	return m
}()

// sentenceScanStop marks the bytes splitSentences stops at to read: the
// marks that may end a sentence (. ! ?), the ASCII double quotation mark,
// and every byte outside ASCII ("…", curly marks).
var sentenceScanStop = func() (m [256]bool) {
	m['.'], m['!'], m['?'], m['"'] = true, true, true, true
	for c := 0x80; c < 256; c++ {
		m[c] = true
	}
	return m
}()

// maxFragmentBytes bounds a quoted fragment inside which no sentence ends:
// a longer "fragment" is more likely a mark that never closes properly.
const maxFragmentBytes = 600

// fragmentClose returns the offset of the mark closing the quotation whose
// words begin at from, when that quotation is a fragment: it opens after a
// word of the sentence (see midSentence), its first letter is lower case,
// fewer than five words come before its first terminal mark ("a joke.",
// "dead!"; a longer piece is a clause of its own), it closes within
// maxFragmentBytes in the paragraph, and not with a comma before an
// attribution. It returns -1 otherwise.
func fragmentClose(text string, p span, from int) int {
	j := from
	for j < p.end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !unicode.IsLower(r) {
				return -1
			}
			break
		}
		j += n
	}
	if fragmentWords(text, from, p.end) >= 5 {
		return -1 // "…that "they hit Matt because they said so. What…"": a clause
	}
	limit := min(p.end, from+maxFragmentBytes)
	for j < limit {
		c := text[j]
		if c != '"' && c != 0xE2 && c != 0xC2 {
			j++
			continue
		}
		k, n := doubleMark(text, j, p)
		switch k {
		case markClose:
			if strings.HasSuffix(strings.TrimRight(text[from:j], " "), ",") {
				// A statement that runs on to its attribution ("We need
				// to "make sure…. But…," she said.): its sentences stand.
				return -1
			}
			return j
		case markOpen:
			return -1 // a new quotation before this one closed: no fragment
		}
		j += max(n, 1)
	}
	return -1
}

// closesQuote reports whether the closing marks in text[i:end] (after the
// terminal punctuation at i) close a double quotation.
func closesQuote(text string, i, end int) bool {
	for j := i; j < end; {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '"' || r == '”' || r == '»' {
			return true
		}
		j += n
	}
	return false
}

// attributionFollows reports whether the words at k are the attribution of
// the quotation before them: at most four words naming the speaker (the
// first capitalised: "Trump", "President Donald Trump", "The spokesman",
// "She") and then a verb of saying ("said", "asked", "told reporters").
func attributionFollows(text string, k, end int) bool {
	j := k
	for w := 0; w < 5 && j < end; w++ {
		word := nameWordAt(text, j, end)
		if word == "" {
			return false
		}
		lw := strings.ToLower(word)
		if lemma, ok := cueVerbs[lw]; ok && w > 0 && !weakCues[lemma] && lw != lemma {
			// An inflected form ("said", "asks", "told"), not a bare
			// stem that could be a noun ("Talk", "Note").
			return true
		}
		if w == 0 && !unicode.IsUpper(firstRune(word)) {
			return false
		}
		j += len(word)
		// Abbreviation periods and spaces between the speaker's words;
		// any other mark ends the attribution.
		if j < end && text[j] == '.' && titleAbbrev[lw] {
			j++
		}
		if j >= end || text[j] != ' ' {
			return false
		}
		for j < end && text[j] == ' ' {
			j++
		}
	}
	return false
}

// nameWordAt returns the word starting at i: letters, with apostrophes and
// hyphens between them ("O'Brien", "Al-Sisi").
func nameWordAt(text string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’' || r == '-') && j > i && j+n < end {
			if r2, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(r2) {
				j += n
				continue
			}
		}
		break
	}
	return text[i:j]
}

// endsQuote reports whether the terminal punctuation at i runs up to the
// closing mark at close ("… an insult.”").
func endsQuote(text string, i, close int) bool {
	for i < close {
		switch {
		case text[i] == '.' || text[i] == '!' || text[i] == '?':
			i++
		case strings.HasPrefix(text[i:], "…"):
			i += len("…")
		default:
			return false
		}
	}
	return true
}

// midSentence reports whether the quotation mark at i follows a word of
// the sentence (called the offer “a joke…”), not the start of the
// paragraph, a sentence end, or the comma or colon of an attribution
// (Obama said, “they don't…”), after which the speaker's own sentences go on.
func midSentence(text string, start, i int) bool {
	before := strings.TrimRightFunc(text[start:i], unicode.IsSpace)
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// fragmentWords counts the words from i to the first terminal mark.
func fragmentWords(text string, i, end int) int {
	n, inWord := 0, false
	for ; i < end; i++ {
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			return n
		case c == ' ':
			inWord = false
		case !inWord:
			inWord = true
			n++
		}
	}
	return n
}
