package nlp

// The tagger's view of one word: the hashes of its parts that the
// features read (wordInfo), filled in one pass over an ASCII word's bytes
// or, for any other word, rune by rune.

import (
	"unicode"
	"unicode/utf8"
)

// wordInfo holds the hashes of a word's parts that features read.
type wordInfo struct {
	raw, lower, shape uint64
	pre               [3]uint64
	suf               [4]uint64
	flags             uint64
	n                 int // bytes
}

func lowerNorm(b byte) byte {
	switch {
	case b >= 'A' && b <= 'Z':
		return b + 32
	case b >= '1' && b <= '9':
		return '0'
	}
	return b
}

// shapeClass is the class of a character in a word's shape; with
// letters, a Latin letter outside ASCII is an ASCII letter of its case
// (another script's words are foreign words in English text).
func shapeClass(r rune, letters bool) byte {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= '0' && r <= '9':
		return 'd'
	case r >= 0x80:
		if letters && unicode.Is(unicode.Latin, r) {
			if unicode.IsUpper(r) {
				return 'X'
			}
			if unicode.IsLower(r) {
				return 'x'
			}
		}
		return 'u'
	}
	return byte(r)
}

// set fills w with the features of word s (letters: see Tagger.letters).
func (w *wordInfo) set(s string, letters bool) {
	if !w.setASCII(s) {
		w.setAny(s, letters)
	}
}

// setAny is set for any word.
func (w *wordInfo) setAny(s string, letters bool) {
	*w = wordInfo{n: len(s)}
	w.raw = strHash64(s)
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(lowerNorm(s[i]))
		h *= fnvPrime
		if i < 3 {
			w.pre[i] = h
		}
	}
	w.lower = h
	for k := 1; k <= 4; k++ {
		if len(s) < k {
			break
		}
		h := uint64(fnvOffset)
		for i := len(s) - k; i < len(s); i++ {
			h ^= uint64(lowerNorm(s[i]))
			h *= fnvPrime
		}
		w.suf[k-1] = h
	}
	// Shape: character classes with runs longer than two collapsed.
	sh := uint64(fnvOffset)
	var last byte
	run := 0
	upper, lower := 0, 0
	for i, r := range s {
		c := shapeClass(r, letters)
		switch c {
		case 'X':
			upper++
			if i == 0 {
				w.flags |= flagCap
			}
		case 'x':
			lower++
		case 'd':
			w.flags |= flagDigit
		case 'u':
			w.flags |= flagNonASCII
		case '-':
			w.flags |= flagHyphen
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		last = c
		if run <= 2 {
			sh ^= uint64(c)
			sh *= fnvPrime
		}
	}
	w.shape = sh
	if upper > 0 && lower == 0 {
		w.flags |= flagAllCaps
	}
	if upper+lower > 0 {
		w.flags |= flagAlpha
	}
	if upper+lower == 0 && w.flags&flagDigit == 0 && utf8.RuneCountInString(s) > 0 {
		w.flags |= flagPunct
	}
}

// setASCII is set for a word of ASCII bytes, every hash but the
// suffixes' taken in one pass over the bytes (an ASCII byte is its own
// rune, and its shape class does not depend on letters). It reports false,
// w of no meaning, when s holds a byte outside ASCII.
func (w *wordInfo) setASCII(s string) bool {
	*w = wordInfo{n: len(s)}
	raw, h, sh := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last byte
	run := 0
	upper, lower := 0, 0
	var flags uint64
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= utf8.RuneSelf {
			return false
		}
		raw ^= uint64(b)
		raw *= fnvPrime
		h ^= uint64(lowerNorm(b))
		h *= fnvPrime
		if i < 3 {
			w.pre[i] = h
		}
		c := b // shapeClass(rune(b), letters)
		switch {
		case b >= 'A' && b <= 'Z':
			c = 'X'
			upper++
			if i == 0 {
				flags |= flagCap
			}
		case b >= 'a' && b <= 'z':
			c = 'x'
			lower++
		case b >= '0' && b <= '9':
			c = 'd'
			flags |= flagDigit
		case b == '-':
			flags |= flagHyphen
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		last = c
		if run <= 2 {
			sh ^= uint64(c)
			sh *= fnvPrime
		}
	}
	w.raw, w.lower, w.shape = raw, h, sh
	for k := 1; k <= 4 && k <= len(s); k++ {
		h := uint64(fnvOffset)
		for i := len(s) - k; i < len(s); i++ {
			h ^= uint64(lowerNorm(s[i]))
			h *= fnvPrime
		}
		w.suf[k-1] = h
	}
	if upper > 0 && lower == 0 {
		flags |= flagAllCaps
	}
	if upper+lower > 0 {
		flags |= flagAlpha
	}
	if upper+lower == 0 && flags&flagDigit == 0 && len(s) > 0 {
		flags |= flagPunct
	}
	w.flags = flags
	return true
}
