package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldMarks writes letters with diacritics as the letters under them
// ("Tân Phú Thịnh" is "Tan Phu Thinh", "Verónica" is "Veronica", "ß" is
// "ss"): name lists and questions are often written without them. ASCII
// text is returned as it is.
func FoldMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == 'ł' || r == 'Ł':
			b.WriteByte('l')
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ß':
			b.WriteString("ss")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// EqualFoldLower is strings.EqualFold(s, lower) for a lower written in
// lower-case ASCII (a word: "whose", "according to"), which most calls
// compare a token with: it compares the bytes in line and calls
// strings.EqualFold only when s holds a byte outside ASCII, which may be
// a fold of an ASCII letter (K, the Kelvin sign, is k; ſ is s). A lower
// with a capital or a byte outside ASCII is no such word: the answer
// would be wrong.
func EqualFoldLower(s, lower string) bool {
	if len(s) < len(lower) {
		return false // a rune of s is one byte at least, one of lower's one byte
	}
	for i := 0; i < len(lower); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.EqualFold(s, lower)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return len(s) == len(lower)
}

// lowerKey returns strings.ToLower(s), written into buf when s is ASCII
// and fits: a key to look up or compare with, not to keep (it may use
// buf's bytes).
func lowerKey(buf []byte, s string) string {
	if lw, ok := lowerASCII(buf, s); ok {
		return lw
	}
	return strings.ToLower(s)
}

// isLowerCase reports whether strings.ToLower(s) == s, without building
// the lower case of an ASCII s.
func isLowerCase(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == s
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
