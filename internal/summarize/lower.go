package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerBufLen is how long a string lowerIn and lowerHas lower-case on the
// stack; a longer one gets a string of its own.
const lowerBufLen = 64

// lowerIn returns m[strings.ToLower(s)]. An s whose lower case has up to
// lowerBufLen bytes is lower-cased into a buffer on the stack, not a new
// string: a look-up per word that allocates nothing.
func lowerIn[V any](m map[string]V, s string) V {
	v, _ := lowerHas(m, s)
	return v
}

// lowerHas is lowerIn with the look-up's ok.
func lowerHas[V any](m map[string]V, s string) (V, bool) {
	var buf [lowerBufLen]byte
	v, ok := m[string(lowerBytes(buf[:0], s))]
	return v, ok
}

// lowerASCII appends s lower-cased to buf and reports true when s is
// ASCII and fits in buf's capacity; for such an s the bytes are
// strings.ToLower's. It reports false, and buf as it was, otherwise.
func lowerASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf)-len(buf) {
		return buf, false
	}
	n := len(buf)
	out := buf[n : n+len(s)] // written in place: no append per byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return buf[:n], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return buf[:n+len(s)], true
}

// lowerBytes appends s lower-cased, as strings.ToLower writes it, to buf:
// on buf's own bytes when they have room (else append grows buf).
func lowerBytes(buf []byte, s string) []byte {
	if b, ok := lowerASCII(buf, s); ok {
		return b
	}
	// strings.ToLower maps every rune of a non-ASCII s through
	// unicode.ToLower (strings.Map), an invalid byte read as
	// utf8.RuneError and written as that rune's three bytes: the same
	// bytes as these. (An ASCII s too long for buf is lowered here too.)
	for _, r := range s {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// isUpperForm reports whether strings.ToUpper(s) == s, without building
// the upper-case string when s is ASCII.
func isUpperForm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToUpper(s) == s
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// isLowerForm reports whether strings.ToLower(s) == s, without building
// the lower-case string when s is ASCII.
func isLowerForm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s) == s
		}
		if 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// lookupGazLower is lookupGaz(strings.ToLower(s)), with the lower case
// written on the stack when s is ASCII and short.
func lookupGazLower(s string) (gazEntry, bool) {
	var buf [lowerBufLen]byte
	l := lowerBytes(buf[:0], s)
	if g, ok := gazetteer[string(l)]; ok {
		return g, true
	}
	if len(l) >= 4 && string(l[:4]) == "the " {
		g, ok := gazetteer[string(l[4:])]
		return g, ok
	}
	return gazEntry{}, false
}

// hyphenLowerIn returns m[strings.ReplaceAll(strings.ToLower(s), " ",
// "-")], with the key written on the stack when s is ASCII and short.
func hyphenLowerIn(m map[string]bool, s string) bool {
	var buf [lowerBufLen]byte
	l := lowerBytes(buf[:0], s)
	for i, c := range l {
		if c == ' ' {
			l[i] = '-'
		}
	}
	return m[string(l)]
}

// isSpace is unicode.IsSpace with an ASCII rune answered in line (space,
// and tab to carriage return), without a call.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// fieldCount returns len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// lastField returns the last of strings.Fields(s), or "" when s has
// none, without building the others.
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if isSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end]
}

// firstField returns the first of strings.Fields(s), or "" when s has
// none, and whether another follows it, without building the others.
func firstField(s string) (string, bool) {
	start := -1 // where the first field starts
	for i, r := range s {
		switch {
		case !isSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			return s[start:i], lastField(s[i:]) != ""
		}
	}
	if start < 0 {
		return "", false
	}
	return s[start:], false
}

// appendFields appends the fields of s, as strings.Fields splits them, to
// dst: with a dst on the caller's stack, a short phrase is split without
// allocating.
func appendFields(dst []string, s string) []string {
	for f := range strings.FieldsSeq(s) {
		dst = append(dst, f)
	}
	return dst
}
