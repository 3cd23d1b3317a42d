package nlp

import "strings"

// Semantic classes of mentions for the coreference model: whether a noun
// phrase names a person, a body, a place or a thing, learned from GUM's
// entity types. "They call for…" goes back to "the authors" rather than
// to "the results"; "she" to "the pregnant woman". The trainer counts, for
// every head noun of a GUM train mention, the entity types of its
// mentions, and keeps the nouns whose class is clear (crSemMinCount
// mentions, crSemMinShare of them of one class). The lexicon is packed in
// the model file as a StrMap from the lower-case lemma to the class.

// Semantic class codes (a byte each; 0 for unknown).
const (
	crSemPerson = 'p'
	crSemOrg    = 'g'
	crSemPlace  = 'l'
	crSemThing  = 't' // object, substance, plant, animal
	crSemAbstr  = 'a' // abstract, event, time
)

const (
	crSemMinCount = 3
	crSemMinShare = 0.7
	crSemFolds    = 5
)

// crSemOfEtype maps a GUM entity type to a semantic class.
func crSemOfEtype(et string) byte {
	switch et {
	case "person":
		return crSemPerson
	case "organization":
		return crSemOrg
	case "place":
		return crSemPlace
	case "object", "substance", "plant", "animal":
		return crSemThing
	case "abstract", "event", "time":
		return crSemAbstr
	}
	return 0
}

// crSemOfType maps a named entity type to a semantic class.
func crSemOfType(t string) byte {
	switch t {
	case PERSON:
		return crSemPerson
	case ORG:
		return crSemOrg
	case GPE, LOC:
		return crSemPlace
	}
	return 0
}

// crSemLexicon counts the entity types of the head nouns of the gold
// mentions of docs (those for which use returns true) and returns the
// nouns whose class is clear, lower-case lemma -> class.
func crSemLexicon(docs []crDoc, use func(k int) bool) map[string]string {
	type count struct {
		n  int
		by [256]int
	}
	counts := map[string]*count{}
	for k := range docs {
		if !use(k) {
			continue
		}
		d := &docs[k]
		for _, g := range d.gold {
			t := &d.a.Tokens[g.head]
			if t.UPOS != "NOUN" {
				continue
			}
			c := crSemOfEtype(g.etype)
			if c == 0 {
				continue
			}
			w := strings.ToLower(t.Lemma)
			if w == "" || w == "_" {
				continue
			}
			ct := counts[w]
			if ct == nil {
				ct = &count{}
				counts[w] = ct
			}
			ct.n++
			ct.by[c]++
		}
	}
	out := map[string]string{}
	for w, ct := range counts {
		if ct.n < crSemMinCount {
			continue
		}
		for _, c := range []byte{crSemPerson, crSemOrg, crSemPlace, crSemThing, crSemAbstr} {
			if float64(ct.by[c]) >= crSemMinShare*float64(ct.n) {
				out[w] = string(c)
				break
			}
		}
	}
	return out
}

// semOf returns the semantic class the lexicon gives a nominal mention's
// head token, or 0.
func (s *crRun) semOf(h *Token) byte {
	if s.sem == nil || h.UPOS != "NOUN" {
		return 0
	}
	w := h.Lemma
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			w = strings.ToLower(w)
			break
		}
	}
	if v, ok := s.sem.Get(w); ok && v != "" {
		return v[0]
	}
	return 0
}
