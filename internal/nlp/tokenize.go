package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Tokenize splits text into words with their byte offsets and into
// sentences, following the conventions of UD English-EWT, on which the
// tagger and the parser are trained: clitics are words of their own ("do"
// "n't", "Russia" "'s"), punctuation is split off, but abbreviations
// ("Mr.", "U.S."), initials, numbers ("4.5", "1,000", "10:30"), URLs,
// e-mail addresses and handles stay whole, and most hyphens are split
// ("15,000" "-" "strong") except after common prefixes ("non-stop").
//
// Sentences end at . ! ? (with the closing quotes and brackets that follow)
// before a word that can start a sentence, at blank lines, and at line
// breaks when the lines look like paragraphs or headlines; never between a
// quotation and its attribution (“Why now?” President Trump asked.) nor
// inside a short quoted fragment (called it “a joke. An insult.”), as the
// engine's splitter in internal/summarize does. Every token has Head -1,
// NER "O" and Mention -1.
func Tokenize(text string) *Analysis {
	a := &Analysis{Text: text}
	t := tokenizer{text: text}
	ntok, nsent := estimateTokens(text)
	t.toks = make([]Token, 0, ntok)
	t.scan()
	a.Tokens = t.toks
	a.Sentences = t.sentences(make([]Sentence, 0, nsent))
	return a
}

type tokenizer struct {
	text string
	toks []Token
	// single-newline evidence: wrapped lines versus paragraph lines.
	wrapped, paras int
	// tail is chunk's stack of trailing punctuation, kept here so that it
	// is not cleared for every chunk (chunk does not call itself).
	tail [24]int
}

// estimateTokens guesses the number of tokens and sentences from a quick
// count of white-space runs and punctuation, so that both slices are
// allocated once. It reads each byte's class from estimateClasses.
func estimateTokens(text string) (ntok, nsent int) {
	runs, punct, term := 0, 0, 0
	prevSpace := true
	for i := 0; i < len(text); i++ {
		k := estimateClasses[text[i]]
		if k&ecSpace != 0 {
			if k&ecNewline != 0 {
				term++
			}
			prevSpace = true
			continue
		}
		if prevSpace {
			runs++
			if k&ecPunct != 0 {
				punct++
			}
			prevSpace = false
			continue
		}
		switch k & ecKind {
		case ecEnd:
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '"' {
				punct++
				term++
			}
		case ecMark:
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				punct++
			}
		case ecSplit:
			punct += 2
		}
	}
	return runs + punct + len(text)/256 + 4, term + 2
}

// The byte classes of estimateTokens: white space (a newline ends a
// line), ASCII punctuation (anything but a letter or a digit), and the
// bytes it counts inside a word: a sentence's end (. ! ?), a mark before
// a space (, ; : ) "), one that splits a word (' - / % ( and the lead
// byte of the typographic marks).
const (
	ecSpace = 1 << iota
	ecNewline
	ecPunct
	ecEnd   = 1 << 3
	ecMark  = 2 << 3
	ecSplit = 3 << 3
	ecKind  = 3 << 3
)

// estimateClasses holds the class of every byte (see estimateTokens). It
// is filled once, when the package starts, and only read.
var estimateClasses = func() (t [256]uint8) {
	for c := 0; c < 0x80; c++ {
		if !isAlnumByte(byte(c)) {
			t[c] |= ecPunct
		}
	}
	for _, c := range " \n\t\r" {
		t[c] |= ecSpace
	}
	t['\n'] |= ecNewline
	for _, c := range ".!?" {
		t[c] |= ecEnd
	}
	for _, c := range ",;:)\"" {
		t[c] |= ecMark
	}
	for _, c := range "'-/%(" {
		t[c] |= ecSplit
	}
	t[0xe2] |= ecSplit
	return t
}()

func (t *tokenizer) emit(s, e int) {
	if s >= e {
		return
	}
	t.toks = append(t.toks, Token{Text: t.text[s:e], Start: s, End: e, SpaceAfter: true, Head: -1, NER: "O", Mention: -1})
}

// scan cuts the text into white-space separated chunks and each chunk into
// tokens.
func (t *tokenizer) scan() {
	text := t.text
	i := 0
	prevEnd := -1
	for i < len(text) {
		n := spaceAt(text, i)
		if n > 0 {
			j := i
			nl := 0
			for j < len(text) {
				m := spaceAt(text, j)
				if m == 0 {
					break
				}
				if text[j] == '\n' {
					nl++
				}
				j += m
			}
			if nl == 1 && prevEnd >= 0 && j < len(text) {
				t.lineEvidence(prevEnd, j)
			}
			i = j
			continue
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < 0x80 {
				if asciiSpace(c) { // spaceAt's test of an ASCII byte
					break
				}
				j++
				continue
			}
			if spaceAt(text, j) > 0 {
				break
			}
			_, w := utf8.DecodeRuneInString(text[j:])
			j += w
		}
		first := len(t.toks)
		t.chunk(i, j)
		for k := first; k < len(t.toks)-1; k++ {
			t.toks[k].SpaceAfter = t.toks[k].End != t.toks[k+1].Start
		}
		if len(t.toks) > first {
			t.toks[len(t.toks)-1].SpaceAfter = true
		}
		prevEnd = j
		i = j
	}
}

// lineEvidence looks at a single line break between the chunk ending at
// prevEnd and the one starting at next: a break after a word before a
// lower-case word is a wrapped line; one after sentence-final punctuation
// before a capital starts a new paragraph.
func (t *tokenizer) lineEvidence(prevEnd, next int) {
	last, _ := utf8.DecodeLastRuneInString(t.text[:prevEnd])
	nr, _ := utf8.DecodeRuneInString(t.text[next:])
	switch {
	case (unicode.IsLetter(last) || unicode.IsDigit(last) || last == ',' || last == ';') && unicode.IsLower(nr):
		t.wrapped++
	case (strings.ContainsRune(".!?\"')]:”’", last)) && (unicode.IsUpper(nr) || unicode.IsDigit(nr) || isQuoteRune(nr)):
		t.paras++
	}
}

// spaceAt returns the byte width of the white-space character at i, or 0.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		if asciiSpace(c) {
			return 1
		}
		return 0
	}
	if c != 0xc2 && c != 0xe1 && c != 0xe2 && c != 0xe3 && c != 0xef {
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	switch r {
	case 0x0085, 0x00a0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b:
		return w
	}
	if r >= 0x2000 && r <= 0x200a {
		return w
	}
	return 0
}

// asciiSpace reports whether the ASCII byte c is white space.
func asciiSpace(c byte) bool {
	// '\t', '\n', '\v', '\f' and '\r' are the bytes 9 to 13: one
	// unsigned comparison for the five.
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// wordRune reports whether r belongs inside a word. Invalid bytes count as
// word characters so that garbage stays in one piece.
func wordRune(r rune) bool {
	if r < 0x80 {
		return isAlnumByte(byte(r)) || r == '_'
	}
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›':
		return true
	}
	return false
}

// runeAt decodes the rune at i (ASCII fast path).
func runeAt(s string, i int) (rune, int) {
	if s[i] < 0x80 {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at i.
func runeBefore(s string, i int) (rune, int) {
	if s[i-1] < 0x80 {
		return rune(s[i-1]), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// punctRun returns the end of a run of the repeatable punctuation byte at
// i ("...", "--", "!!!", "??"), or i+width for any other character.
func punctRun(s string, i, e int) int {
	c := s[i]
	if c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '~' || c == '`' || c == '<' || c == '>' || c == '$' {
		j := i + 1
		for j < e && (s[j] == c || (c == '!' || c == '?') && (s[j] == '!' || s[j] == '?')) {
			j++
		}
		return j
	}
	if c == '\'' && i+1 < e && s[i+1] == '\'' {
		return i + 2
	}
	_, w := runeAt(s, i)
	return i + w
}

// chunk splits one white-space separated chunk [s, e).
func (t *tokenizer) chunk(s, e int) {
	text := t.text
	// Leading punctuation.
	for s < e {
		if n := emoticon(text[s:e]); n > 0 {
			t.emit(s, s+n)
			s += n
			continue
		}
		r, _ := runeAt(text, s)
		if wordRune(r) {
			break
		}
		if r == '@' && s+1 < e {
			if r2, _ := runeAt(text, s+1); wordRune(r2) {
				break
			}
		}
		if r == '#' && s+1 < e && isLetterByte(text[s+1]) {
			break
		}
		j := punctRun(text, s, e)
		t.emit(s, j)
		s = j
	}
	if s >= e {
		return
	}
	// Trailing punctuation, kept in a stack and emitted after the middle.
	tail := &t.tail
	nt := 0
	url := isURLish(text[s:e])
	for e > s && nt < len(tail)-1 {
		r, w := runeBefore(text, e)
		if wordRune(r) {
			break
		}
		if r == '/' && url {
			break
		}
		j := e - w
		if r == '.' || r == '!' || r == '?' || r == '-' || r == '*' || r == '=' {
			for j > s && (text[j-1] == byte(r) || (r == '!' || r == '?') && (text[j-1] == '!' || text[j-1] == '?')) {
				j--
			}
			if r == '.' && j == e-1 && !url && j > s && t.isAbbrev(s, e) {
				break
			}
			if r == '-' && j == e-1 && nt == 0 && j > s && isLetterByte(text[j-1]) {
				break // a cut-off word ("th- complete")
			}
		}
		if j == s {
			// all punctuation (cannot happen after the leading loop, but
			// keep the run whole)
			break
		}
		tail[nt] = e
		nt++
		e = j
	}
	t.middle(s, e)
	for k := nt - 1; k >= 0; k-- {
		start := e
		e = tail[k]
		t.emit(start, e)
	}
}

// isURLish reports whether w is a URL, an e-mail address or a handle.
func isURLish(w string) bool {
	if len(w) < 4 {
		return false
	}
	if w[0] != 'w' && w[0] != 'W' && strings.IndexByte(w, ':') < 0 && strings.IndexByte(w, '@') < 0 {
		return false // none of the marks the tests below need: most words
	}
	at, colon := -1, -1
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '"', '<', '>', '(', ')', '[', ']', '{', '}':
			return false
		case '@':
			if at < 0 {
				at = i
			}
		case ':':
			if colon < 0 {
				colon = i
			}
		}
	}
	if colon > 0 && (strings.Contains(w[colon:], "://") || colon == 6 && hasPrefixFold(w, "mailto:")) {
		return true
	}
	if (w[0] == 'w' || w[0] == 'W') && hasPrefixFold(w, "www.") {
		return true
	}
	if at > 0 && at < len(w)-1 {
		return strings.IndexByte(w[at:], '.') > 0
	}
	return false
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// lowerASCII copies up to len(buf) bytes of s lowercased into buf; ok is
// false when s is longer or not ASCII.
func lowerASCII(buf []byte, s string) (string, bool) {
	if len(s) > len(buf) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(s) == 0 {
		return "", true
	}
	return unsafe.String(&buf[0], len(s)), true
}

// isAbbrev reports whether text[s:e], which ends with a period, is an
// abbreviation or an initial that keeps its period.
func (t *tokenizer) isAbbrev(s, e int) bool {
	w := t.text[s : e-1]
	if w == "" {
		return false
	}
	// Initials and dotted abbreviations: J. U.S. a.m. e.g. Ph.D.
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	// An initial outside ASCII: "Jógvan Ó. Dalsgaard", "Ł. Kowalski".
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && n > 1 && unicode.IsUpper(r) {
		return true
	}
	// The last part of a hyphenated word: "(D-N.C.)", a lawmaker's
	// party and state.
	if k := strings.LastIndexByte(w, '-'); k >= 0 && k < len(w)-1 && strings.IndexByte(w[k+1:], '.') > 0 {
		w = w[k+1:]
	}
	if strings.IndexByte(w, '.') > 0 {
		seg := 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c == '.':
				if seg == 0 {
					return false
				}
				seg = 0
			case isLetterByte(c):
				seg++
				if seg > 3 {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	var buf [8]byte
	lw, ok := lowerASCII(buf[:], w)
	if !ok {
		return false
	}
	switch abbrevKind(lw) {
	case abbrAlways, abbrTitle:
		return true
	case abbrBeforeNumber:
		// "No. 5", "p. 12", "Fig. 3"
		n := e
		for n < len(t.text) && (t.text[n] == ' ' || t.text[n] == '\t') {
			n++
		}
		return n < len(t.text) && isDigitByte(t.text[n])
	case abbrBeforeName:
		// "Ma. Corazon", "Md. Rafiqul", "Sec. Teodoro", "Del. Stacey
		// Plaskett", but "… said Ma. The talks" and "Baltimore, Md. He".
		n := e
		for n < len(t.text) && (t.text[n] == ' ' || t.text[n] == '\t') {
			n++
		}
		k := n
		for k < len(t.text) && isLetterByte(t.text[k]) {
			k++
		}
		if k == n {
			return lw == "sec" && n < len(t.text) && isDigitByte(t.text[n])
		}
		return t.text[n] >= 'A' && t.text[n] <= 'Z' && !isSentenceStarter(t.text[n:k])
	}
	return false
}

const (
	abbrNone = iota
	abbrAlways
	abbrTitle
	abbrBeforeNumber
	abbrBeforeName
)

// abbrevKind classifies a lowercased word that is followed by a period.
func abbrevKind(w string) int {
	switch w {
	case "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "cmdr",
		"rev", "sen", "sens", "rep", "reps", "gov", "pres", "supt", "insp", "hon", "st", "mt", "ft", "fr",
		"gens", "cpl", "pvt", "brig", "sr", "jr", "atty", "lieut", "mme", "mlle", "msgr", "sec'y",
		"engr", "eng", "barr", "alh", "amb", "cllr", "cdr", "det", "pst", "evang", "ir", "ing", "drs",
		"ald", "usec", "asec", "cong", "coun", "commr", "ss", "sts":
		return abbrTitle
	case "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "assoc", "approx", "vs", "v",
		"etc", "al", "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "jun", "jul",
		"tues", "thur", "thurs", "tue", "fri", "mon", "ave", "blvd", "hwy", "calif", "ariz", "colo", "conn",
		"fla", "cal", "kan", "mich", "minn", "neb", "nev", "okla", "tenn", "tex", "wis", "wyo", "attn", "tel", "ext",
		"esp", "govt", "intl", "natl", "cf", "viz", "ca", "approx.", "mfg", "mgr", "asst", "yr", "yrs", "hrs",
		"misc", "pt", "pts", "ph", "ib", "ibid", "eg", "ie", "dist", "div", "gal", "oz", "lbs", "sq", "mph":
		return abbrAlways
	case "no", "nos", "fig", "figs", "p", "pp", "c", "vol", "vols", "art", "ch", "op", "para", "mar", "sat", "sun", "wed", "ed", "eq":
		return abbrBeforeNumber
	case "ma", "md", "sec", "del", "sta", "sto":
		// Short forms that are also words or names, written before a
		// name: María, Mohammad, Secretary, Delegate, Santa, Santo.
		return abbrBeforeName
	}
	return abbrNone
}

// prefixes that keep their hyphen in EWT/GUM ("non-stop", "co-founder").
func hyphenPrefix(w string) bool {
	switch w {
	case "non", "co", "pre", "post", "re", "anti", "mid", "pro", "multi", "ex", "sub", "semi", "cross", "counter",
		"inter", "intra", "mini", "micro", "macro", "over", "under", "e", "psycho", "socio", "bi", "tri",
		"ultra", "extra", "hyper", "meta", "pseudo", "trans", "mis", "super", "proto", "mega", "infra",
		"intro", "geo", "bio", "afro", "auto", "tele", "poly", "mono", "omni", "retro":
		return true
	}
	return false
}

// negatable reports whether w is an auxiliary that "n't" attaches to, for
// the apostrophe-less spellings of web text ("dont" → "do" "nt").
func negatable(w string) bool {
	switch w {
	case "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "could", "would", "should",
		"ca", "ai", "need", "must":
		return true
	}
	return false
}

// emoticon returns the length of the emoticon at the start of w, or 0.
func emoticon(w string) int {
	if len(w) < 2 || (w[0] != ':' && w[0] != ';' && w[0] != '=') {
		return 0
	}
	i := 1
	if w[i] == '-' || w[i] == '\'' {
		i++
	}
	if i >= len(w) {
		return 0
	}
	switch w[i] {
	case ')', '(', 'D', 'P', 'p', '/', '|', ']', '[', 'O', 'o':
		j := i + 1
		if j < len(w) && isAlnumByte(w[j]) {
			return 0
		}
		for j < len(w) && w[j] == w[i] && (w[i] == ')' || w[i] == '(') {
			j++
		}
		return j
	}
	return 0
}

// phoneLike reports whether the hyphen at i between digits joins the parts
// of a phone number or a code ("713-853-3989", "94720-5180"), which stay
// one word, rather than a range ("1-7", "1990-2000").
func phoneLike(text string, start, i, e int) bool {
	l := i
	for l > start && isDigitByte(text[l-1]) {
		l--
	}
	if l > start && text[l-1] == '-' {
		return true
	}
	r := i + 1
	for r < e && isDigitByte(text[r]) {
		r++
	}
	if r < e && text[r] == '-' {
		return true
	}
	return r-i-1 >= 3 && i-l != 4
}

// unitAfterNumber reports whether the letters w after digits are a unit or
// a time of day that EWT writes as a separate word ("5" "pm", "35" "mm").
func unitAfterNumber(w string) bool {
	switch w {
	case "am", "pm", "k", "m", "mm", "cm", "km", "kg", "g", "mg", "lb", "lbs", "ft", "b", "bn", "gb", "mb",
		"kb", "tb", "ghz", "mhz", "hz", "khz", "x", "p", "mph", "kph", "ml", "l", "hr", "hrs", "h", "min",
		"mins", "sec", "secs", "yr", "yrs", "mi", "oz", "w", "kw", "kwh", "mw", "v", "f", "c", "in", "t", "bps",
		"mbps", "gbps", "ms", "ns", "db", "mln", "bln", "tr", "tn", "million", "billion", "trillion",
		"percent", "pc":
		return true
	}
	return false
}

// middle splits a chunk with its outer punctuation removed.
func (t *tokenizer) middle(s, e int) {
	text := t.text
	if s >= e {
		return
	}
	w := text[s:e]
	if isURLish(w) || (w[0] == '@' || w[0] == '#') && len(w) > 1 && !strings.ContainsAny(w[1:], "@#'’") {
		t.emit(s, e)
		return
	}
	var buf [8]byte
	if lw, ok := lowerASCII(buf[:], w); ok {
		switch lw {
		case "cannot":
			t.emit(s, s+3)
			t.emit(s+3, e)
			return
		case "gonna", "wanna", "gotta", "lemme", "gimme", "dunno":
			t.emit(s, s+3)
			t.emit(s+3, e)
			return
		case "outta", "kinda", "sorta":
			t.emit(s, e-1)
			t.emit(e-1, e)
			return
		}
		if len(lw) > 3 && lw[len(lw)-2:] == "nt" && negatable(lw[:len(lw)-2]) {
			t.emit(s, e-2)
			t.emit(e-2, e)
			return
		}
	}
	start := s
	i := s
	for i < e {
		c := text[i]
		if c < 0x80 {
			if isAlnumByte(c) || c == '_' {
				if isLetterByte(c) && i > start && isDigitByte(text[i-1]) {
					j := i
					for j < e && isLetterByte(text[j]) {
						j++
					}
					if j == e {
						if lw, ok := lowerASCII(buf[:], text[i:j]); ok && unitAfterNumber(lw) {
							t.emit(start, i)
							t.emit(i, e)
							return
						}
					}
				}
				i++
				continue
			}
			prevAl := i > start && isAlnumByte(text[i-1])
			nextAl := i+1 < e && isAlnumByte(text[i+1])
			prevDig := i > start && isDigitByte(text[i-1])
			nextDig := i+1 < e && isDigitByte(text[i+1])
			switch c {
			case '.':
				if prevAl && (nextAl || i == e-1) {
					// inner dots (U.S, 4.5) and the final dot of an
					// abbreviation, which chunk left in place
					i++
					continue
				}
				if r, _ := runeBefore(text, i); i == e-1 && i > start && r >= 0x80 && unicode.IsLetter(r) {
					// an initial outside ASCII ("Ó."), left in place too
					i++
					continue
				}
			case ',':
				if prevDig && i+3 < e && isDigitByte(text[i+1]) && isDigitByte(text[i+2]) && isDigitByte(text[i+3]) &&
					(i+4 >= e || !isDigitByte(text[i+4])) {
					i++
					continue
				}
			case ':':
				if prevDig && nextDig {
					i++
					continue
				}
			case '/':
				if prevDig && nextDig {
					i++
					continue
				}
			case '@':
				if prevAl && nextAl {
					i++
					continue
				}
			case '&':
				if prevAl && nextAl && i-start <= 3 {
					i++
					continue
				}
			case '-':
				if i == e-1 && prevAl {
					i++
					continue
				}
				if i+1 < e && text[i+1] != '-' && i > start {
					if prevDig && nextDig && phoneLike(text, start, i, e) {
						i++
						continue
					}
					if lw, ok := lowerASCII(buf[:], text[start:i]); ok && hyphenPrefix(lw) && (nextAl || text[i+1] >= 0x80) {
						i++
						continue
					}
				}
			case '\'':
				if t.clitic(start, i, 1, e) {
					return
				}
				if prevAl && nextAl {
					i++
					continue
				}
			case '$':
				if i > start && isLetterByte(text[i-1]) {
					t.emit(start, i+1)
					start = i + 1
					i++
					continue
				}
			}
			// Split off the punctuation.
			t.emit(start, i)
			j := punctRun(text, i, e)
			t.emit(i, j)
			start, i = j, j
			if (c == '"' || c == '<' || c == '\'') && j < e && isURLish(text[j:e]) {
				t.emit(j, e) // "Name"<user@host.com>
				return
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:e])
		if wordRune(r) {
			i += n
			continue
		}
		if r == '’' {
			if t.clitic(start, i, n, e) {
				return
			}
			if i > start && i+n < e {
				if r2, _ := runeAt(text, i+n); wordRune(r2) {
					i += n
					continue
				}
			}
		}
		t.emit(start, i)
		t.emit(i, i+n)
		start = i + n
		i += n
	}
	t.emit(start, e)
}

// clitic handles an apostrophe of width n at i in the word [start, e): when
// what follows is a clitic ('s 're 've 'll 'd 'm, n't) it emits the word
// and the clitic and reports true.
func (t *tokenizer) clitic(start, i, n, e int) bool {
	text := t.text
	if i == start {
		return false
	}
	rest := text[i+n : e]
	var buf [4]byte
	lr, ok := lowerASCII(buf[:], rest)
	if !ok {
		return false
	}
	switch lr {
	case "s", "re", "ve", "ll", "d", "m":
		t.emit(start, i)
		t.emit(i, e)
		return true
	case "t":
		if i-1 > start && (text[i-1] == 'n' || text[i-1] == 'N') {
			t.emit(start, i-1)
			t.emit(i-1, e)
			return true
		}
	}
	return false
}

// sentences groups the tokens into sentences and sets Token.Sent.
func (t *tokenizer) sentences(out []Sentence) []Sentence {
	toks := t.toks
	n := len(toks)
	if n == 0 {
		return out
	}
	text := t.text
	lineMode := t.wrapped == 0 || t.wrapped*4 <= t.paras
	first := 0
	newPar := true
	closeSent := func(last int, par bool) {
		out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last, NewPar: newPar})
		for k := first; k < last; k++ {
			toks[k].Sent = len(out) - 1
		}
		first = last
		newPar = par
	}
	fragClose := -1 // the token closing the quoted fragment i is in
	for i := 0; i < n-1; i++ {
		nl := newlines(text[toks[i].End:toks[i+1].Start])
		if nl >= 2 || nl == 1 && (lineMode || t.headline(i)) {
			closeSent(i+1, true)
			continue
		}
		tx := toks[i].Text
		if i > fragClose && t.opensQuote(i) {
			fragClose = t.fragmentClose(i)
		}
		if i < fragClose && isTerminal(tx) && !t.closesAt(i, fragClose) {
			// inside a quoted fragment: he called it "a joke. Frankly, an insult."
			continue
		}
		if isTerminal(tx) {
			j := i
			quoted := false
			for j+1 < n {
				nx := toks[j+1].Text
				if isCloser(nx) && (toks[j+1].Start == toks[j].End || isClosingOnly(nx)) {
					j++
					if isQuoteRune(rune(nx[0])) || nx[0] >= 0x80 {
						quoted = true
					}
					continue
				}
				if emoticon(nx) == len(nx) && newlines(text[toks[j].End:toks[j+1].Start]) == 0 {
					j++
					continue
				}
				// a reference after the full stop: "... in 1805. [19]"
				if nx == "[" && j+3 < n && toks[j+3].Text == "]" && isDigitByte(toks[j+2].Text[0]) &&
					newlines(text[toks[j].End:toks[j+1].Start]) == 0 {
					j += 3
					continue
				}
				break
			}
			if j+1 >= n {
				i = j
				continue
			}
			nl = newlines(text[toks[j].End:toks[j+1].Start])
			if nl >= 2 || nl == 1 && lineMode {
				closeSent(j+1, true)
				i = j
				continue
			}
			k := j + 1
			if startsSentence(toks[k].Text) || !quoted && t.lowerStart(i, k) {
				if quoted && tx[0] != '.' && t.attribution(k) {
					continue
				}
				closeSent(j+1, nl == 1)
				i = j
			}
			continue
		}
		if (tx == "AM" || tx == "PM") && i > 0 && strings.IndexByte(toks[i-1].Text, ':') > 0 &&
			isDigitByte(toks[i-1].Text[0]) && startsSentence(toks[i+1].Text) && !isDigitByte(toks[i+1].Text[0]) {
			// an e-mail header's time stamp: "08/16/2000 12:05 PM I just ..."
			closeSent(i+1, false)
			continue
		}
		if len(tx) > 1 && tx[len(tx)-1] == '.' {
			// "… after 10 p.m. He said" and "… after 10 p.m. “That is…":
			// an abbreviation's stop ends the sentence before a word that
			// starts one, bare or opening a quotation.
			if (isSentenceStarter(toks[i+1].Text) || t.opensQuote(i+1) && i+2 < n && isSentenceStarter(toks[i+2].Text)) && !t.titleAbbrev(tx) {
				closeSent(i+1, false)
			}
		}
	}
	closeSent(n, false)
	return out
}

// opensQuote reports whether token i is a double quotation mark that opens
// a quotation: a directed opening mark, or a straight one after a space
// and glued to the next word.
func (t *tokenizer) opensQuote(i int) bool {
	switch t.toks[i].Text {
	case "“", "«", "„":
		return true
	case "\"", "``":
		return i+1 < len(t.toks) && t.toks[i+1].Start == t.toks[i].End &&
			(i == 0 || t.toks[i-1].End < t.toks[i].Start || isOpener(t.toks[i-1].Text))
	}
	return false
}

// isOpener reports whether w opens a bracket.
func isOpener(w string) bool { return w == "(" || w == "[" || w == "{" }

// maxFragmentBytes bounds a quoted fragment inside which no sentence ends.
const maxFragmentBytes = 600

// fragmentClose returns the token that closes the quotation opened at
// token q when the quotation is a fragment (it follows a word of the
// sentence, its first word is lower case, and fewer than five tokens come
// before its first terminal mark: "a joke.", "dead!") that closes in the same
// paragraph within maxFragmentBytes, and not with a comma before an
// attribution; else -1.
func (t *tokenizer) fragmentClose(q int) int {
	toks := t.toks
	if q+1 >= len(toks) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(toks[q+1].Text)
	if !unicode.IsLower(r) || q == 0 || newlines(t.text[toks[q-1].End:toks[q].Start]) > 0 {
		return -1
	}
	// after a word of the sentence (called the offer “a joke…”), not after
	// the comma or colon of an attribution (Obama said, “they don't…”)
	if p, _ := utf8.DecodeRuneInString(toks[q-1].Text); !unicode.IsLetter(p) && !unicode.IsDigit(p) {
		return -1
	}
	words := 0
	for j := q + 1; j < len(toks) && !isTerminal(toks[j].Text); j++ {
		if words++; words >= 5 {
			return -1 // that "they hit Matt because they said so. What…": a clause
		}
	}
	for j := q + 1; j < len(toks) && toks[j].Start-toks[q].End <= maxFragmentBytes; j++ {
		if newlines(t.text[toks[j-1].End:toks[j].Start]) >= 2 {
			return -1
		}
		switch toks[j].Text {
		case "”", "»", "''", "\"":
			if toks[j].Text == "\"" && toks[j].Start != toks[j-1].End {
				return -1
			}
			if toks[j-1].Text == "," {
				// a statement that runs on to its attribution: "make
				// sure…. But…," Ms Bauchtman said.
				return -1
			}
			return j
		case "“", "«", "„":
			return -1
		}
	}
	return -1
}

// closesAt reports whether the terminal punctuation at token i is followed
// directly by the closing mark at token c ("… an insult.”").
func (t *tokenizer) closesAt(i, c int) bool {
	return c == i+1 && t.toks[c].Start == t.toks[i].End
}

// attribution reports whether the tokens from k are the attribution of the
// quotation before them: up to four words naming the speaker, the first
// capitalised ("Smith", "President Donald Trump", "The spokesman"), then
// a verb of saying ("“Go!” Smith said").
func (t *tokenizer) attribution(k int) bool {
	toks := t.toks
	r, _ := utf8.DecodeRuneInString(toks[k].Text)
	if !unicode.IsUpper(r) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].Text
		if isSpeechVerb(w) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	return false
}

func newlines(gap string) int {
	n := 0
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			n++
		} else if gap[i] == '\r' && (i+1 >= len(gap) || gap[i+1] != '\n') {
			n++
		}
	}
	if n == 0 && strings.Contains(gap, "\u2029") {
		return 2
	}
	return n
}

// headline reports whether the line ending with token i is a short line
// without final punctuation before a line that starts with a capital.
func (t *tokenizer) headline(i int) bool {
	toks := t.toks
	if i+1 >= len(toks) {
		return false
	}
	nr, _ := utf8.DecodeRuneInString(toks[i+1].Text)
	if !unicode.IsUpper(nr) && !unicode.IsDigit(nr) && !isQuoteRune(nr) {
		return false
	}
	end := toks[i].End
	ls := strings.LastIndexByte(t.text[:end], '\n') + 1
	if end-ls > 60 {
		return false
	}
	// a title: the first line, or a line after a blank one
	if ls > 0 && strings.TrimRight(t.text[:ls-1], " \t\r") != "" &&
		!strings.HasSuffix(strings.TrimRight(t.text[:ls-1], " \t\r"), "\n") {
		return false
	}
	last := toks[i].Text
	switch last[len(last)-1] {
	case ',', ';', '-', '&', '(':
		return false
	}
	switch last {
	case "a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that", "as":
		return false
	}
	return true
}

// isTerminal reports whether w is sentence-final punctuation.
func isTerminal(w string) bool {
	switch w {
	case ".", "!", "?", "...", "…", "..", "....":
		return true
	}
	c := w[0]
	if c != '!' && c != '?' && c != '.' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] != '!' && w[i] != '?' && w[i] != '.' {
			return false
		}
	}
	return true
}

func isCloser(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "}", "»", "›", "''":
		return true
	}
	return false
}

func isClosingOnly(w string) bool {
	switch w {
	case "”", "’", ")", "]", "}", "»":
		return true
	}
	return false
}

// startsSentence reports whether w can begin a sentence after a full stop.
func startsSentence(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) {
		return true
	}
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '-', '*', '•', '–', '—', '#', '$', '€', '£', '¿', '¡', '`', '<', ':', '=', '>', '&':
		return true
	}
	return w == "i" || w == "i'm"
}

// lowerStart reports whether the lower-case word k starts a new sentence
// after the final punctuation i, as it often does in web text ("where did
// you grow up? india?", "call them. they haven't"). After a full stop the
// word before it must be a plain word, not a cut abbreviation.
func (t *tokenizer) lowerStart(i, k int) bool {
	r, _ := utf8.DecodeRuneInString(t.toks[k].Text)
	if !unicode.IsLower(r) || i == 0 {
		return false
	}
	if t.toks[i].Text != "." {
		return t.toks[i].Text[0] == '?' || t.toks[i].Text[0] == '!'
	}
	prev := t.toks[i-1].Text
	if len(prev) < 4 {
		return false
	}
	for j := 0; j < len(prev); j++ {
		if !(prev[j] >= 'a' && prev[j] <= 'z') {
			return false
		}
	}
	return true
}

func (t *tokenizer) titleAbbrev(w string) bool {
	core := w[:len(w)-1]
	if len(core) == 1 {
		return true // initial
	}
	if r, n := utf8.DecodeRuneInString(core); n == len(core) && unicode.IsUpper(r) {
		return true // an initial outside ASCII ("Ó.")
	}
	var buf [8]byte
	lw, ok := lowerASCII(buf[:], core)
	if !ok {
		return false
	}
	switch lw {
	case "e.g", "i.e", "cf", "vs", "viz":
		return true
	}
	return abbrevKind(lw) == abbrTitle
}

// isSentenceStarter reports whether w is a common first word of a
// sentence, which after an abbreviation ("in the U.S. The ...") marks a
// sentence break.
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
		"There", "Then", "But", "And", "Or", "So", "In", "On", "At", "As", "If", "When", "While", "What",
		"Who", "Why", "How", "Its", "His", "Her", "Their", "Our", "My", "Your", "Some", "Many", "Most",
		"All", "For", "After", "Before", "Since", "However", "Also", "Yet", "Still", "Now", "Today",
		"Meanwhile", "Although", "Though", "Because", "Both", "Each", "Every", "Here", "Please", "Thanks",
		"Thank", "Is", "Are", "Do", "Does", "Did", "Can", "Will", "Would", "Should", "Could", "Let",
		"Yes", "No", "Not", "Where", "Which", "Just", "Also,", "Anyway", "Well":
		return true
	}
	return false
}

// isSpeechVerb reports whether w is a verb of saying ("“Go!” Smith said").
func isSpeechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "asked", "asks", "told", "tells", "added", "adds", "replied", "explained",
		"noted", "continued", "insisted", "wrote", "writes", "declared", "stated", "shouted", "cried",
		"whispered", "exclaimed", "answered", "responded", "argued", "warned", "admitted", "agreed",
		"claimed", "recalled", "yelled", "screamed", "demanded", "announced", "laughed", "tweeted":
		return true
	}
	return false
}

// ScoreTokenizer measures Tokenize against a treebank: it joins the
// sentences' "# text" per document (a blank line at "# newpar", a space
// otherwise), tokenizes each document and compares word boundaries and
// sentence boundaries (character spans) with the gold. It returns the two
// F1 scores in percent.
func ScoreTokenizer(gold []TreeSentence) (tokF1, sentF1 float64) {
	var wc, sc boundaryCount
	for d := 0; d < len(gold); {
		e := d + 1
		for e < len(gold) && !gold[e].NewDoc {
			e++
		}
		text, words, sents := goldSpans(gold[d:e])
		a := Tokenize(text)
		pw := make([][2]int, len(a.Tokens))
		for i, t := range a.Tokens {
			pw[i] = [2]int{t.Start, t.End}
		}
		ps := make([][2]int, len(a.Sentences))
		for i, s := range a.Sentences {
			ps[i] = [2]int{s.Start, s.End}
		}
		wc.add(words, pw)
		sc.add(sents, ps)
		d = e
	}
	return wc.f1(), sc.f1()
}

type boundaryCount struct{ gold, pred, match int }

func (c *boundaryCount) add(gold, pred [][2]int) {
	c.gold += len(gold)
	c.pred += len(pred)
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		switch {
		case gold[i] == pred[j]:
			c.match++
			i++
			j++
		case gold[i][0] < pred[j][0] || gold[i][0] == pred[j][0] && gold[i][1] < pred[j][1]:
			i++
		default:
			j++
		}
	}
}

func (c *boundaryCount) f1() float64 {
	if c.gold+c.pred == 0 {
		return 100
	}
	return 200 * float64(c.match) / float64(c.gold+c.pred)
}

// goldSpans builds a document's text from its sentences and finds the
// character spans of the gold words and sentences in it.
func goldSpans(doc []TreeSentence) (string, [][2]int, [][2]int) {
	var b strings.Builder
	var words, sents [][2]int
	for si, s := range doc {
		if si > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(s.Text)
		text := s.Text
		pos := 0
		first := len(words)
		for wi := 0; wi < len(s.Words); {
			w := s.Words[wi]
			mt := -1
			for k, m := range s.Multi {
				if m.First == w.ID {
					mt = k
				}
			}
			if mt >= 0 {
				m := s.Multi[mt]
				p := strings.Index(text[pos:], m.Form)
				if p < 0 {
					wi += m.Last - m.First + 1
					continue
				}
				off := pos + p
				end := off + len(m.Form)
				for k := m.First; k <= m.Last && wi < len(s.Words); k++ {
					sub := s.Words[wi]
					we := off + len(sub.Form)
					if we > end || k == m.Last {
						we = end
					}
					if !strings.EqualFold(text[off:we], sub.Form) && k < m.Last {
						// the word is not spelled as in the text ("wo" for
						// "will"): keep the cumulative length.
					}
					words = append(words, [2]int{base + off, base + we})
					off = we
					wi++
				}
				pos = end
				continue
			}
			p := strings.Index(text[pos:], w.Form)
			if p < 0 {
				wi++
				continue
			}
			words = append(words, [2]int{base + pos + p, base + pos + p + len(w.Form)})
			pos += p + len(w.Form)
			wi++
		}
		if len(words) > first {
			sents = append(sents, [2]int{words[first][0], words[len(words)-1][1]})
		}
	}
	return b.String(), words, sents
}
