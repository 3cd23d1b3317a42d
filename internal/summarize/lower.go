package summarize

import "strings"

// lowerBufLen is how long a string lowerIn and lowerHas lower-case on the
// stack; a longer one gets a string of its own.
const lowerBufLen = 64

// lowerIn returns m[strings.ToLower(s)]. An ASCII s of up to lowerBufLen
// bytes is lower-cased into a buffer on the stack, not a new string: a
// look-up per word that allocates nothing.
func lowerIn[V any](m map[string]V, s string) V {
	v, _ := lowerHas(m, s)
	return v
}

// lowerHas is lowerIn with the look-up's ok.
func lowerHas[V any](m map[string]V, s string) (V, bool) {
	var buf [lowerBufLen]byte
	if b, ok := lowerASCII(buf[:0], s); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[strings.ToLower(s)]
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
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return buf[:n], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}
