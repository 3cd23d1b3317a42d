package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the article text.
type token struct {
	start, end int
	text       string
	word       bool // letters or digits (with inner ' - . ’)
	cap        bool // a word starting with an upper-case letter
	lower      string
}

// tokenize splits text[s.start:s.end] into tokens. Words keep inner
// apostrophes, hyphens and periods ("don't", "D-Mass", "U.S."); every other
// non-space character is a token of its own. low is text with its ASCII
// capitals lowered (lowerASCIIText): an ASCII word's lower case is a slice
// of it, not a string of its own.
func tokenize(text, low string, s span, out []token) []token {
	i := s.start
	for i < s.end {
		if c := text[i]; c == ' ' || c == '\n' {
			i++ // white space (unicode.IsSpace), the common case
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) { // unicode.IsSpace, an ASCII rune told in line
			i += n
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < s.end {
				c := text[j]
				if asciiAlnum(c) {
					j++ // a letter or a digit (unicode.IsLetter, IsDigit), the common case
					continue
				}
				// Any other ASCII byte is no letter, digit or mark
				// (unicode.Mn has none below U+0300): only a rune
				// outside ASCII is decoded and looked up.
				r2, n2 := rune(c), 1
				if c >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
						j += n2
						continue
					}
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
					// Inner joiner: keep when a letter or digit follows.
					if j+n2 < s.end {
						r3, _ := utf8.DecodeRuneInString(text[j+n2:])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							j += n2
							continue
						}
					}
					// "U.S." keeps its final period when it is an initialism.
					if r2 == '.' && isInitialism(text[i:j+1]) {
						j += n2
					}
				}
				break
			}
			w := text[i:j]
			lw := low[i:j]
			if !asciiOnly(w) {
				lw = strings.ToLower(w)
			}
			out = append(out, token{start: i, end: j, text: w, word: true, cap: unicode.IsUpper(r), lower: lw})
			i = j
			continue
		}
		out = append(out, token{start: i, end: i + n, text: text[i : i+n], lower: text[i : i+n]})
		i += n
	}
	return out
}

// asciiAlnum reports whether c is an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// lowerASCIIText returns text with its ASCII capitals lowered and every
// other byte as it is: for an ASCII word of text, the same bytes
// strings.ToLower writes.
func lowerASCIIText(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	from := 0 // text[from:i] has no capital: written as it is, in one copy
	for i := 0; i < len(text); i++ {
		if c := text[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(text[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(text[from:])
	return b.String()
}

// isInitialism reports whether w looks like "U.S." or "a.m.": single letters
// each followed by a period.
func isInitialism(w string) bool {
	if len(w) < 4 {
		return false
	}
	for i, r := range w {
		if i%2 == 0 && !unicode.IsLetter(r) {
			return false
		}
		if i%2 == 1 && r != '.' {
			return false
		}
	}
	return w[len(w)-1] == '.'
}
