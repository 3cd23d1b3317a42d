package nlp

import (
	"slices"
	"strings"
)

// Mention detection for the coreference stage. Mentions come from the
// analysis the earlier stages made: the named entities (PERSON, ORG, GPE,
// LOC, NORP), the personal and possessive pronouns, and definite or
// possessed noun phrases ("the minister", "the union's chief negotiator",
// "its president"), whose span is the head noun with its determiners,
// adjectives, compounds and possessor, and a short "of" phrase after it.

// crPron describes a personal or possessive pronoun.
type crPron struct {
	person byte // 1, 2 or 3
	gender byte // 'm', 'f', 'n' or 0 (unknown)
	number byte // 's', 'p' or 0
}

// crPronoun returns the pronoun's class (1-based, 0 when the word is not a
// personal or possessive pronoun) and its attributes.
func crPronoun(word string) (int, crPron) {
	if len(word) == 0 || len(word) > 10 {
		return 0, crPron{}
	}
	var buf [10]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(word)]) {
	case "he":
		return 1, crPron{3, 'm', 's'}
	case "him", "himself":
		return 2, crPron{3, 'm', 's'}
	case "his":
		return 3, crPron{3, 'm', 's'}
	case "she":
		return 4, crPron{3, 'f', 's'}
	case "her", "herself":
		return 5, crPron{3, 'f', 's'}
	case "hers":
		return 6, crPron{3, 'f', 's'}
	case "it":
		return 7, crPron{3, 'n', 's'}
	case "its", "itself":
		return 8, crPron{3, 'n', 's'}
	case "they":
		return 9, crPron{3, 0, 'p'}
	case "them", "themselves", "themself":
		return 10, crPron{3, 0, 'p'}
	case "their", "theirs":
		return 11, crPron{3, 0, 'p'}
	case "i":
		return 12, crPron{1, 0, 's'}
	case "me", "myself":
		return 13, crPron{1, 0, 's'}
	case "my", "mine":
		return 14, crPron{1, 0, 's'}
	case "we":
		return 15, crPron{1, 0, 'p'}
	case "us", "ourselves":
		return 16, crPron{1, 0, 'p'}
	case "our", "ours":
		return 17, crPron{1, 0, 'p'}
	case "you", "yourself", "yourselves":
		return 18, crPron{2, 0, 0}
	case "your", "yours":
		return 19, crPron{2, 0, 0}
	}
	return 0, crPron{}
}

// crSpeechVerb reports whether a verb form attributes speech.
func crSpeechVerb(word string) bool {
	if len(word) < 3 || len(word) > 12 {
		return false
	}
	var buf [12]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(word)]) {
	case "say", "said", "says", "saying", "tell", "told", "tells", "add", "added", "adds",
		"explain", "explained", "explains", "note", "noted", "notes", "state", "stated", "states",
		"write", "wrote", "writes", "argue", "argued", "argues", "insist", "insisted", "insists",
		"warn", "warned", "warns", "ask", "asked", "asks", "reply", "replied", "replies",
		"claim", "claimed", "claims", "announce", "announced", "announces", "believe", "believes",
		"believed", "think", "thinks", "thought", "declare", "declared", "declares":
		return true
	}
	return false
}

// crDefinite reports whether a determiner makes its noun phrase definite.
func crDefinite(word string) bool {
	switch word {
	case "the", "The", "this", "This", "that", "That", "these", "These", "those", "Those", "THE":
		return true
	}
	return false
}

// crTitleGender returns the gender a title before a name gives ('m', 'f')
// or 0.
func crTitleGender(word string) byte {
	switch strings.TrimSuffix(word, ".") {
	case "Mr", "MR", "Sir", "Lord", "King", "Prince", "Father", "Brother", "Mister":
		return 'm'
	case "Mrs", "MRS", "Ms", "MS", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister", "Madam":
		return 'f'
	}
	return 0
}

// crNamedType reports whether an entity type is one coreference follows.
func crNamedType(t string) bool {
	switch t {
	case PERSON, ORG, GPE, LOC, NORP:
		return true
	}
	return false
}

// crLowerHash hashes s in lower case (ASCII), for case-blind comparison.
func crLowerHash(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

// crSpanHead returns the token of [first, last) whose head is outside the
// span (the first such), or last-1.
func crSpanHead(a *Analysis, first, last int) int {
	for i := first; i < last; i++ {
		h := a.Tokens[i].Head
		if h < first || h >= last {
			return i
		}
	}
	return last - 1
}

// crRelBase returns the relation without its subtype, except nmod:poss.
func crRelBase(rel string) string {
	if rel == "nmod:poss" {
		return rel
	}
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// detectMentions fills s.mentions (sorted) from the analysis, using the
// scratch arrays of s.
func (s *crRun) detectMentions() {
	a := s.a
	n := len(a.Tokens)
	s.lo = crGrow(s.lo, n)
	s.hi = crGrow(s.hi, n)
	s.ent = crGrow(s.ent, n)
	s.flags = crGrowB(s.flags, n)
	s.left = crGrow(s.left, n)
	s.right = crGrow(s.right, n)
	s.subj = crGrow(s.subj, n)
	for i := 0; i < n; i++ {
		s.lo[i], s.hi[i], s.ent[i], s.flags[i] = i, i+1, -1, 0
		s.left[i], s.right[i], s.subj[i] = i, i+1, -1
	}
	// Subtree spans: walk up from every token (bounded, in case of a
	// malformed tree).
	for i := 0; i < n; i++ {
		h := a.Tokens[i].Head
		for d := 0; h >= 0 && h < n && d < 40; d++ {
			if i < s.lo[h] {
				s.lo[h] = i
			}
			if i+1 > s.hi[h] {
				s.hi[h] = i + 1
			}
			h = a.Tokens[h].Head
		}
	}
	for ei, e := range a.Entities {
		for t := max(e.First, 0); t < e.Last && t < n; t++ {
			s.ent[t] = ei
		}
	}
	// Children: determiners, possessors, "of" phrases, copulas, subjects.
	for i := 0; i < n; i++ {
		t := &a.Tokens[i]
		h := t.Head
		if h < 0 || h >= n {
			continue
		}
		switch t.Rel {
		case "det":
			if crDefinite(t.Text) {
				s.flags[h] |= crfDef
			}
		case "nmod:poss":
			s.flags[h] |= crfPoss
		case "case":
			if t.Text == "of" || t.Text == "Of" {
				s.flags[h] |= crfOf
			}
		case "cop":
			s.flags[h] |= crfCop
		case "nsubj", "nsubj:pass":
			s.subj[h] = i
		}
	}
	for i := 0; i < n; i++ {
		t := &a.Tokens[i]
		h := t.Head
		if h < 0 || h >= n {
			continue
		}
		if i < h {
			switch t.Rel {
			case "det", "amod", "compound", "nmod:poss", "nummod", "flat", "det:poss":
				if s.lo[i] < s.left[h] {
					s.left[h] = s.lo[i]
				}
			}
		} else if crRelBase(t.Rel) == "nmod" && s.flags[i]&crfOf != 0 && s.hi[i]-h <= 6 && s.lo[i] > h {
			if s.hi[i] > s.right[h] {
				s.right[h] = s.hi[i]
			}
		}
	}
	ms := s.tmp[:0]
	if cap(ms) == 0 {
		ms = make([]Mention, 0, n/3+8)
	}
	for _, e := range a.Entities {
		if !crNamedType(e.Type) || e.First < 0 || e.Last > n || e.First >= e.Last {
			continue
		}
		ms = append(ms, Mention{First: e.First, Last: e.Last, Head: crSpanHead(a, e.First, e.Last), Kind: NameMention, Type: e.Type, Cluster: -1})
	}
	for i := 0; i < n; i++ {
		if s.ent[i] >= 0 {
			continue
		}
		t := &a.Tokens[i]
		switch t.UPOS {
		case "PRON", "DET", "":
			if c, _ := crPronoun(t.Text); c > 0 {
				if t.Text == "US" {
					continue
				}
				ms = append(ms, Mention{First: i, Last: i + 1, Head: i, Kind: PronounMention, Cluster: -1})
			}
		case "NOUN", "PROPN":
			if s.flags[i]&(crfDef|crfPoss) == 0 {
				// Indefinite and bare noun phrases in argument roles are
				// mentions too (antecedents of "it" and "they"), but they
				// always start a cluster.
				switch crRelBase(t.Rel) {
				case "nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "root":
				default:
					continue
				}
			}
			first, last := s.left[i], s.right[i]
			if first > i {
				first = i
			}
			// Keep the span clear of entities that are not inside it whole.
			ok := true
			for k := first; k < last; k++ {
				if e := s.ent[k]; e >= 0 && (a.Entities[e].First < first || a.Entities[e].Last > last) {
					ok = false
					break
				}
			}
			if !ok {
				first, last = i, i+1
				for first > 0 && s.ent[first-1] < 0 && a.Tokens[first-1].Head == i && first-1 >= s.left[i] {
					first--
				}
			}
			ms = append(ms, Mention{First: first, Last: last, Head: i, Kind: NominalMention, Cluster: -1})
		}
	}
	// Text order, longest first: sort compact keys, then permute.
	keys := slices.Grow(s.keys[:0], len(ms))
	for k, m := range ms {
		keys = append(keys, uint64(m.First)<<42|uint64(1<<21-1-m.Last)<<21|uint64(k))
	}
	slices.Sort(keys)
	out := make([]Mention, len(ms))
	for k, key := range keys {
		out[k] = ms[key&(1<<21-1)]
	}
	s.keys = keys
	s.mentions = out
}

// Token flags used by the mention detector.
const (
	crfDef   = 1 << iota // has a definite determiner
	crfPoss              // has a possessor
	crfOf                // has "of" as its case marker
	crfCop               // has a copula
	crfQuote             // is inside quotation marks
)

func crGrow(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

func crGrowB(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	return b[:n]
}
