package nlp

import (
	"strings"
	"unicode/utf8"
)

// misspelledSurnames gives a surname standing alone that is one letter off
// (or written with another apostrophe: "O'Neill", "O’Neill")
// the surname of a person the text named in full before it ("Tyresha
// McClenney …. McLenney said…", "James O’Neill …. O'Neill said") the key
// of that surname, so that the mention is linked as the short form it
// is: news misspells names, and a reader takes them up all the same. Only
// a word the entity model reads as a person's name, of five letters or
// more, that the text never writes inside a full name of its own, with
// the same first letter as the surname and one surname only in reach.
// Run time only (not in training): the models are learned from text as
// written.
func (s *crRun) misspelledSurnames() {
	a := s.a
	// inFull reports whether the text writes word key k inside a full name.
	inFull := func(k uint64) bool {
		for _, f := range a.Entities {
			if f.Type == PERSON && f.Last-f.First >= 2 {
				for t := f.First; t < f.Last; t++ {
					if s.tokKey[t] == k {
						return true
					}
				}
			}
		}
		return false
	}
	for _, e := range a.Entities {
		if e.Type != PERSON || e.Last-e.First != 1 || utf8.RuneCountInString(a.Tokens[e.First].Text) < 5 || inFull(s.tokKey[e.First]) {
			continue
		}
		w := a.Tokens[e.First].Text
		if a.Tokens[e.First].UPOS != "PROPN" {
			continue
		}
		var found uint64
		n := 0
		for _, f := range a.Entities {
			if f.First >= e.First {
				break
			}
			if f.Type != PERSON || f.Last-f.First < 2 {
				continue
			}
			sur := a.Tokens[f.Last-1].Text
			if k := s.tokKey[f.Last-1]; k != found && utf8.RuneCountInString(sur) >= 5 && sur[0] == w[0] && (OneEditApart(sur, w) || SameName(sur, w)) {
				found = k
				n++
			}
		}
		if n == 1 {
			s.tokKey[e.First] = found
		}
	}
}

// OneEditApart reports whether a and b differ by exactly one letter
// changed, added, dropped, or two neighbours swapped (case aside): how a
// name misspelled once is written ("McLenney" for "McClenney").
func OneEditApart(a, b string) bool {
	x, y := []rune(apostrophes.Replace(strings.ToLower(a))), []rune(apostrophes.Replace(strings.ToLower(b)))
	if len(x) < len(y) {
		x, y = y, x
	}
	switch len(x) - len(y) {
	case 0:
		diff := -1
		for i := range x {
			if x[i] == y[i] {
				continue
			}
			if diff >= 0 {
				// A second difference: only the swap of two
				// neighbours counts.
				return diff == i-1 && x[diff] == y[i] && x[i] == y[diff] && string(x[i+1:]) == string(y[i+1:])
			}
			diff = i
		}
		return diff >= 0
	case 1:
		i := 0
		for i < len(y) && x[i] == y[i] {
			i++
		}
		return string(x[i+1:]) == string(y[i:])
	}
	return false
}

// SameName reports whether a and b are one word written with different
// apostrophes or case ("O'Neill", "O’Neill").
func SameName(a, b string) bool {
	return a != b && apostrophes.Replace(strings.ToLower(a)) == apostrophes.Replace(strings.ToLower(b))
}

// apostrophes writes every apostrophe as the plain one.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "`", "'", "ʼ", "'")
