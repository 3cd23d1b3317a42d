package summarize

import (
	"strings"
	"unicode"
)

// personName returns a person's name as the entity model or coreference
// gave it without the words around the name that are not part of it: the
// title before it and the body or place that title belongs to ("Chief
// Executive Robert Lane", "Economy Minister Luis Caputo", "Nordstar Chair
// Elin Nyberg" -> the name), and the place after it that says whom the
// person represents ("Evans Njewa of Malawi", "Tom Dalton of
// Pennsylvania"). A name is left as it is when nothing would be left of it,
// when the words before the title are not all capitalised, and "of" is cut
// only after a name of two words or more ("Catherine of Aragon" stays).
func personName(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return name
	}
	// The last title word among the leading capitalised words.
	lastTitle := -1
	for i, w := range f[:len(f)-1] {
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			break
		}
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if titleWords[lw] && !honorific(w) {
			lastTitle = i
			continue
		}
		if isKnownFirstName(lw) {
			break // the name has begun
		}
	}
	out := f
	// "Wild defenseman Ryan Suter", "union negotiator John Holland": a
	// common noun in lower case ends the description before the name.
	if k := lastCommonWord(f); k >= 0 && len(f)-k-1 >= 2 {
		return strings.Join(f[k+1:], " ")
	}
	if lastTitle >= 0 {
		rest := f[lastTitle+1:]
		// A given name alone after the title is known by both ("Pope
		// Francis").
		lone := len(rest) == 1 && isKnownFirstNameLower(rest[0])
		if len(rest) > 0 && !lone && !isTitleWord(rest[0]) && startsUpper(rest[0]) {
			out = rest
		}
	}
	// "NAME of PLACE": the place the person comes from or represents.
	if k := placeAfterName(out); k > 0 {
		out = out[:k]
	}
	if len(out) == len(f) {
		return name
	}
	return strings.Join(out, " ")
}

// lastCommonWord returns the index of the last word in lower case that is
// no name particle ("van", "bin", "de la") and no function word, when only
// capitalised words follow it; else -1.
func lastCommonWord(f []string) int {
	for i := len(f) - 1; i >= 0; i-- {
		w := f[i]
		if startsUpper(w) {
			continue
		}
		if len(w) < 3 || nameParticle(strings.ToLower(w)+" ") != "" || nameParticle(strings.ToLower(w)) != "" {
			return -1
		}
		switch strings.ToLower(w) {
		case "and", "of", "the", "for", "del", "della", "dos", "das", "los", "las", "des", "bint", "ibn":
			return -1
		}
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return -1
			}
		}
		return i
	}
	return -1
}

// placeAfterName returns the index of the "of" that follows a person's
// name of two capitalised words or more and opens the place the person
// represents ("Tom Dalton of Pennsylvania"), or -1. A title or a body's
// word before it ("Secretary of State", "Bank of England") is no name.
func placeAfterName(words []string) int {
	for i := 2; i+1 < len(words); i++ {
		if words[i] != "of" {
			continue
		}
		if !startsUpper(words[i+1]) {
			return -1
		}
		for _, w := range words[:i] {
			lw := strings.ToLower(strings.TrimSuffix(w, "."))
			if !startsUpper(w) || titleWords[lw] || orgWords[lw] {
				return -1
			}
		}
		return i
	}
	return -1
}

// startsUpper reports whether a word starts with a capital letter.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
